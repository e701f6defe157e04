"""Find *where* a JSON value fails to fit a generated model, for error messages.

The generated ``from_dict`` raises a bare ``KeyError('text')`` or ``TypeError`` with no path.
It also checks little: scalar types are taken on trust, and a union member with a bad payload
falls through to the next member. So request data is walked against the generated attrs
classes and their type hints before parsing, naming the first field at fault, e.g.
``messages[0].content[1].source.media_type: expected one of 'image/jpeg', ... got 'image/bmp'``.
No library walks attrs type hints against raw JSON this way, and the spec-level alternative
(jsonschema over the bundled spec) would ship the spec inside the package.
"""

from __future__ import annotations

import functools
import types
import typing
from typing import Any, Literal, Union

import attrs

__all__ = ["find_problem", "locate_problem"]

_Problem = tuple[str, str]


class _Namespace(dict[str, Any]):
    """Resolves the names in generated annotations through the lazy ``claude_api.models``."""

    def __missing__(self, key: str) -> Any:
        import claude_api.models
        import claude_api.types

        for module in (claude_api.models, claude_api.types):
            try:
                return getattr(module, key)
            except AttributeError:
                continue
        raise KeyError(key)


@functools.cache
def _hints(cls: type) -> dict[str, Any]:
    return typing.get_type_hints(cls, localns=_Namespace())


def _json_name(field: attrs.Attribute[Any]) -> str:
    return field.name[:-1] if field.name.endswith("_") else field.name


def find_problem(model: type, data: Any) -> _Problem | None:
    """``(path, problem)`` for the first place *data* does not fit *model*, or None."""
    return _check(model, data, "")


def locate_problem(model: type, data: Any, exc: BaseException) -> _Problem:
    """Like :func:`find_problem`, falling back to *exc* when the walk finds nothing."""
    found = _check(model, data, "")
    if found is not None:
        return found
    detail = f"missing field {exc}" if isinstance(exc, KeyError) else str(exc)
    return "", detail or type(exc).__name__


def _check(hint: Any, value: Any, path: str) -> _Problem | None:
    origin = typing.get_origin(hint)
    if hint is Any or hint is object:
        return None
    if origin in (Union, types.UnionType):
        return _check_union(typing.get_args(hint), value, path)
    if origin is Literal:
        allowed = typing.get_args(hint)
        if value in allowed:
            return None
        return path, f"expected one of {', '.join(map(repr, allowed))}, got {value!r}"
    if origin is list:
        if not isinstance(value, list):
            return path, f"expected a list, got {_kind(value)}"
        (item,) = typing.get_args(hint) or (Any,)
        for index, element in enumerate(value):
            if (problem := _check(item, element, f"{path}[{index}]")) is not None:
                return problem
        return None
    if origin is dict or hint is dict:
        return (
            None if isinstance(value, dict) else (path, f"expected an object, got {_kind(value)}")
        )
    if isinstance(hint, type) and attrs.has(hint):
        return _check_model(hint, value, path)
    return _check_scalar(hint, value, path)


def _check_scalar(hint: Any, value: Any, path: str) -> _Problem | None:
    if hint is type(None):
        return None if value is None else (path, f"expected null, got {_kind(value)}")
    if hint is bool:
        ok = isinstance(value, bool)
    elif hint is int:
        ok = isinstance(value, int) and not isinstance(value, bool)
    elif hint is float:
        ok = isinstance(value, int | float) and not isinstance(value, bool)
    elif hint is str:
        ok = isinstance(value, str)
    else:  # datetimes, files...: leave to the generated parser
        return None
    return None if ok else (path, f"expected {hint.__name__}, got {_kind(value)}")


def _check_model(cls: type, value: Any, path: str) -> _Problem | None:
    if not isinstance(value, dict):
        return path, f"expected an object ({cls.__name__}), got {_kind(value)}"
    hints = _hints(cls)
    prefix = f"{path}." if path else ""
    for field in attrs.fields(cls):
        if not field.init:
            continue
        name = _json_name(field)
        if name not in value:
            if field.default is attrs.NOTHING:
                return f"{prefix}{name}", "required field missing"
            continue
        if (problem := _check(hints[field.name], value[name], prefix + name)) is not None:
            return problem
    return None


def _tag(cls: type) -> tuple[str, tuple[Any, ...]] | None:
    hints = _hints(cls)
    for key in ("type_", "role"):
        hint = hints.get(key)
        if hint is not None and typing.get_origin(hint) is Literal:
            return key.rstrip("_"), typing.get_args(hint)
    return None


def _check_union(options: tuple[Any, ...], value: Any, path: str) -> _Problem | None:
    # A key that is present is never UNSET: that option accepts nothing here.
    options = tuple(o for o in options if getattr(o, "__name__", "") != "Unset")
    models = [o for o in options if isinstance(o, type) and attrs.has(o)]
    if isinstance(value, dict) and len(models) > 1:
        for cls in models:
            tag = _tag(cls)
            if tag is not None and value.get(tag[0]) in tag[1]:
                return _check_model(cls, value, path)
    problems = []
    for option in options:
        problem = _check(option, value, path)
        if problem is None:
            return None
        problems.append(problem)
    if isinstance(value, dict) and len(models) > 1:
        return None  # an unknown tag: kept as-is (forward compatibility)
    deepest = max(problems, key=lambda p: len(p[0]))
    if deepest[0] != path:
        return deepest
    names = ", ".join(_name(o) for o in options if _name(o) != "Unset")
    return path, f"expected {names}, got {_kind(value)}"


def _name(hint: Any) -> str:
    if typing.get_origin(hint) is list:
        return "a list"
    if typing.get_origin(hint) is Literal:
        return " or ".join(map(repr, typing.get_args(hint)))
    return getattr(hint, "__name__", str(hint))


def _kind(value: Any) -> str:
    if value is None:
        return "null"
    if isinstance(value, dict):
        return "an object"
    if isinstance(value, list):
        return "a list"
    return f"{type(value).__name__} {value!r}"[:80]
