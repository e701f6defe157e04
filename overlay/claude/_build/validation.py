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
import inspect
import sys
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


# Hints are resolved one field at a time, when a request first carries that field: resolving a
# whole class (``typing.get_type_hints``) would import every model its annotations name (the
# dozens of tool types of ``MessageCreateParams``) on the first call. The result is what
# ``get_type_hints(cls)`` gives for that field: the most derived class's annotation, evaluated
# in its module's namespace.
_ABSENT = object()


def _annotation(cls: type, name: str) -> Any:
    for base in cls.__mro__:
        annotations = inspect.get_annotations(base)
        if name in annotations:
            return annotations[name], base.__module__
    return _ABSENT, None


@functools.cache
def _field_hint(cls: type, name: str) -> Any:
    annotation, module = _annotation(cls, name)
    if annotation is _ABSENT:
        return _ABSENT
    stand_in = types.SimpleNamespace(
        __annotations__={name: annotation},
        __globals__=getattr(sys.modules.get(module or ""), "__dict__", {}),
    )
    return typing.get_type_hints(stand_in, localns=_Namespace())[name]


@functools.cache
def _fields(cls: type) -> tuple[tuple[str, str, bool, bool], ...]:
    """``(attribute, JSON name, required, maybe constant)`` of each constructor field of an
    attrs class; a constant (``type: Literal["text"] = "text"``) has a string default."""
    return tuple(
        (field.name, _json_name(field), field.default is attrs.NOTHING, type(field.default) is str)
        for field in attrs.fields(cls)
        if field.init
    )


def _json_name(field: attrs.Attribute[Any]) -> str:
    return field.name  # the generated models use the wire names as attribute names


# What each hint asks for, worked out once per hint object (``typing.get_origin`` and friends
# are too slow to repeat on every value). Keyed by identity: equal unions or literals can list
# their members in another order, and the order decides the messages.
_ANY, _UNION, _LITERAL, _LIST, _DICT, _MODEL, _SCALAR = range(7)
_shapes: dict[int, tuple[Any, int, Any]] = {}


def _shape(hint: Any) -> tuple[int, Any]:
    entry = _shapes.get(id(hint))
    if entry is not None and entry[0] is hint:
        return entry[1], entry[2]
    kind, detail = _classify(hint)
    if len(_shapes) > 10_000:  # only hints of generated classes come here; a safety net
        _shapes.clear()
    _shapes[id(hint)] = (hint, kind, detail)  # keeps *hint* alive: its id stays unique
    return kind, detail


def _classify(hint: Any) -> tuple[int, Any]:
    origin = typing.get_origin(hint)
    if hint is Any or hint is object:
        return _ANY, None
    if origin in (Union, types.UnionType):
        # A key that is present is never UNSET: that option accepts nothing here.
        options = tuple(o for o in typing.get_args(hint) if getattr(o, "__name__", "") != "Unset")
        models = tuple(o for o in options if isinstance(o, type) and attrs.has(o))
        return _UNION, (options, models)
    if origin is Literal:
        return _LITERAL, typing.get_args(hint)
    if origin is list:
        (item,) = typing.get_args(hint) or (Any,)
        return _LIST, item
    if origin is dict or hint is dict:
        return _DICT, None
    if isinstance(hint, type) and attrs.has(hint):
        return _MODEL, hint
    return _SCALAR, hint


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
    kind, detail = _shape(hint)
    if kind == _MODEL:
        return _check_model(detail, value, path)
    if kind == _SCALAR:
        return _check_scalar(detail, value, path)
    if kind == _UNION:
        return _check_union(detail, value, path)
    if kind == _LITERAL:
        if value in detail:
            return None
        return path, f"expected one of {', '.join(map(repr, detail))}, got {value!r}"
    if kind == _LIST:
        if not isinstance(value, list):
            return path, f"expected a list, got {_kind(value)}"
        for index, element in enumerate(value):
            if (problem := _check(detail, element, f"{path}[{index}]")) is not None:
                return problem
        return None
    if kind == _DICT:
        return (
            None if isinstance(value, dict) else (path, f"expected an object, got {_kind(value)}")
        )
    return None  # Any


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
    prefix = f"{path}." if path else ""
    for attribute, name, required, maybe_const in _fields(cls):
        if name not in value:
            if required or (maybe_const and _required_const(cls, attribute)):
                return f"{prefix}{name}", "required field missing"
            continue
        hint = _field_hint(cls, attribute)
        if (problem := _check(hint, value[name], prefix + name)) is not None:
            return problem
    return None


@functools.cache
def _tag(cls: type) -> tuple[str, tuple[Any, ...], bool] | None:
    """``(JSON key, values, optional)`` of a union member's tag (``type`` or ``role``)."""
    for key in ("type", "role"):
        hint = _field_hint(cls, key)
        if hint is _ABSENT:
            continue
        if typing.get_origin(hint) is Literal:
            return key, typing.get_args(hint), False
        kind, detail = _shape(hint)
        if kind == _UNION:  # ``Literal[...] | Unset``: a tag that may be left out
            literals = [o for o in detail[0] if typing.get_origin(o) is Literal]
            if len(literals) == 1 and len(detail[0]) == 1:
                return key, typing.get_args(literals[0]), True
    return None


@functools.cache
def _required_const(cls: type, attribute: str) -> bool:
    """A constant field (``type``, ``role``, a server tool's ``name``: a bare ``Literal`` with
    its value as the constructor default) is still required in JSON: ``from_dict`` needs it."""
    return _shape(_field_hint(cls, attribute))[0] == _LITERAL


@functools.cache
def _dispatch(models: tuple[type, ...]) -> tuple[dict[tuple[str, Any], type], dict[str, type], str]:
    """How a union of models is told apart: ``(tag key, value) -> member``, the member a
    missing optional tag means (by key), and the one tag key every member requires ("" if
    none)."""
    by_tag: dict[tuple[str, Any], type] = {}
    optional: dict[str, type] = {}
    keys: set[str] = set()
    all_tagged = True
    for cls in models:
        tag = _tag(cls)
        if tag is None:
            all_tagged = False
            continue
        key, values, is_optional = tag
        keys.add(key)
        for value in values:
            by_tag.setdefault((key, value), cls)
        if is_optional:
            optional.setdefault(key, cls)
    required = next(iter(keys)) if all_tagged and len(keys) == 1 and not optional else ""
    return by_tag, optional, required


_TAG_KEYS = ("type", "role")


def _check_union(
    detail: tuple[tuple[Any, ...], tuple[type, ...]], value: Any, path: str
) -> _Problem | None:
    options, models = detail
    unknown_tag = False
    if isinstance(value, dict) and len(models) > 1:
        by_tag, optional, required = _dispatch(models)
        for key in _TAG_KEYS:
            if key in value:
                try:
                    cls = by_tag.get((key, value[key]))
                except TypeError:  # an unhashable tag value: no member
                    cls = None
                if cls is not None:
                    return _check_model(cls, value, path)
            elif key in optional:
                return _check_model(optional[key], value, path)  # what a missing tag means
        if required and required not in value:
            return f"{path}.{required}" if path else required, "required field missing"
        # a tag that is a string naming no member: a type this client does not know yet
        unknown_tag = any(isinstance(value.get(key), str) and value[key] for key in _TAG_KEYS)
    problems = []
    for option in options:
        problem = _check(option, value, path)
        if problem is None:
            return None
        problems.append(problem)
    if unknown_tag:
        return None  # kept as-is (forward compatibility)
    deepest = max(problems, key=lambda p: len(p[0]))
    if deepest[0] != path:
        return deepest
    names = ", ".join(_name(o) for o in options if _name(o) != "Unset")
    return path, f"expected {names}, got {_kind(value)}"


def _name(hint: Any) -> str:
    if typing.get_origin(hint) is list:
        return "a list"
    if hint is dict or typing.get_origin(hint) is dict:  # a free-form JSON object
        return "a JSON object"
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
