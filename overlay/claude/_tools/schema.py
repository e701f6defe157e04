"""JSON schemas from Python type hints, for tool inputs and JSON output formats.

Supported: ``str``, ``int``, ``float``, ``bool``, ``None``, ``Any``, ``Literal``, ``Enum``,
``list[X]``/``Sequence[X]``, ``dict[str, X]``/``Mapping[str, X]``, unions and ``Optional``,
``Annotated[X, "description"]``, and (inlined, not recursive) ``TypedDict``, dataclasses and
attrs classes, whose field docs come from their docstring's ``Attributes:``/``Args:``.
Anything else is a ``TypeError`` naming where it was found, raised when the tool is defined.
"""

from __future__ import annotations

import collections.abc
import dataclasses
import enum
import inspect
import types
import typing
from collections.abc import Callable
from typing import Annotated, Any, Literal, NotRequired, Required, Union

import attrs

from .docstrings import parse_docstring

__all__ = ["FieldSpec", "fields_of", "json_default", "signature_schema", "type_schema"]

_SCALARS: dict[Any, str] = {str: "string", bool: "boolean", int: "integer", float: "number"}
_JSON_TYPES: dict[type, str] = {str: "string", bool: "boolean", int: "integer", float: "number"}
_LISTS = (list, collections.abc.Sequence, collections.abc.Iterable)
_DICTS = (dict, collections.abc.Mapping)


@attrs.frozen
class FieldSpec:
    """One field of an object type: its JSON name, hint, whether required, and default
    (``dataclasses.MISSING`` for none)."""

    name: str
    hint: Any
    required: bool
    default: Any = dataclasses.MISSING


def type_schema(hint: Any, *, where: str = "type") -> dict[str, Any]:
    """The JSON schema of values of type *hint*.

    Raises:
        TypeError: *hint* (or a part of it) is not supported; the message says where.
    """
    return _schema(hint, where, frozenset())


def signature_schema(fn: Callable[..., Any]) -> tuple[dict[str, Any], dict[str, Any], str]:
    """``(input schema, {parameter: hint}, description)`` of a function.

    Parameters with defaults are optional; ``*args``/``**kwargs`` are not supported.
    """
    summary, docs = parse_docstring(inspect.getdoc(fn))
    hints = typing.get_type_hints(fn, include_extras=True)
    properties: dict[str, Any] = {}
    required: list[str] = []
    param_hints: dict[str, Any] = {}
    for param in inspect.signature(fn).parameters.values():
        if param.kind in (param.VAR_POSITIONAL, param.VAR_KEYWORD):
            raise TypeError(f"parameter {param.name!r}: *args and **kwargs cannot be tool inputs")
        hint = hints.get(param.name, Any)
        schema = _schema(hint, f"parameter {param.name!r}", frozenset())
        _describe(schema, docs.get(param.name))
        if param.default is param.empty:
            required.append(param.name)
        else:
            _add_default(schema, param.default)
        properties[param.name] = schema
        param_hints[param.name] = hint
    schema = {"type": "object", "properties": properties, "additionalProperties": False}
    if required:
        schema["required"] = required
    return schema, param_hints, summary


def _describe(schema: dict[str, Any], description: str | None) -> None:
    if description and "description" not in schema:
        schema["description"] = description


def json_default(value: Any) -> Any:
    """*value* as JSON data for a schema ``default``, or ``dataclasses.MISSING``."""
    if isinstance(value, enum.Enum):
        value = value.value
    if value is None or isinstance(value, str | int | float | bool):
        return value
    if isinstance(value, list | tuple) and all(
        json_default(v) is not dataclasses.MISSING for v in value
    ):
        return [json_default(v) for v in value]
    return dataclasses.MISSING


def _add_default(schema: dict[str, Any], default: Any) -> None:
    value = json_default(default)
    if value is not dataclasses.MISSING:
        schema["default"] = value


def _schema(hint: Any, where: str, seen: frozenset[type]) -> dict[str, Any]:
    origin = typing.get_origin(hint)
    args = typing.get_args(hint)
    if origin is Annotated:
        schema = _schema(args[0], where, seen)
        _describe(schema, next((a for a in args[1:] if isinstance(a, str)), None))
        return schema
    if origin in (Required, NotRequired):
        return _schema(args[0], where, seen)
    if hint is Any or hint is object:
        return {}
    if hint is None or hint is type(None):
        return {"type": "null"}
    if hint in _SCALARS:
        return {"type": _SCALARS[hint]}
    if origin is Literal:
        return _enum_schema([v.value if isinstance(v, enum.Enum) else v for v in args])
    if origin in (Union, types.UnionType):
        return _union_schema([_schema(a, where, seen) for a in args])
    if hint in _LISTS or origin in _LISTS:
        return {"type": "array", **({"items": _schema(args[0], where, seen)} if args else {})}
    if hint in _DICTS or origin in _DICTS:
        if args and args[0] is not str:
            raise TypeError(f"{where}: dict keys must be str, got {args[0]!r}")
        values = {"additionalProperties": _schema(args[1], where, seen)} if args else {}
        return {"type": "object", **values}
    if isinstance(hint, type) and issubclass(hint, enum.Enum):
        schema = _enum_schema([member.value for member in hint])
        _describe(schema, _class_doc(hint)[0])
        return schema
    fields = fields_of(hint)
    if fields is not None:
        if hint in seen:
            raise TypeError(f"{where}: recursive type {hint.__name__} is not supported")
        return _object_schema(hint, fields, where, seen | {hint})
    raise TypeError(f"{where}: unsupported type hint {hint!r}")


def _enum_schema(values: list[Any]) -> dict[str, Any]:
    kinds = {_json_type(v) for v in values}
    schema: dict[str, Any] = {"enum": values}
    if len(kinds) == 1 and None not in kinds:
        schema = {"type": kinds.pop(), **schema}
    return schema


def _json_type(value: Any) -> str | None:
    if value is None:
        return "null"
    return _JSON_TYPES.get(type(value))


def _union_schema(members: list[dict[str, Any]]) -> dict[str, Any]:
    if any(m == {} for m in members):
        return {}
    if all(set(m) == {"type"} for m in members):
        kinds: list[str] = []
        for member in members:
            more = member["type"] if isinstance(member["type"], list) else [member["type"]]
            kinds += [k for k in more if k not in kinds]
        return {"type": kinds[0] if len(kinds) == 1 else kinds}
    return {"anyOf": members}


def _class_doc(cls: type) -> tuple[str, dict[str, str]]:
    doc = cls.__dict__.get("__doc__")
    if not doc or (dataclasses.is_dataclass(cls) and doc.startswith(f"{cls.__name__}(")):
        return "", {}
    return parse_docstring(doc)


def fields_of(cls: Any) -> list[FieldSpec] | None:
    """The fields of a TypedDict, dataclass or attrs class; None for other types."""
    if not isinstance(cls, type):
        return None
    if typing.is_typeddict(cls):
        hints = typing.get_type_hints(cls, include_extras=True)
        required = cls.__required_keys__  # type: ignore[attr-defined]
        return [
            FieldSpec(name, hint, _typeddict_required(hint, name in required))
            for name, hint in hints.items()
        ]
    if dataclasses.is_dataclass(cls):
        hints = typing.get_type_hints(cls, include_extras=True)
        return [
            FieldSpec(f.name, hints[f.name], _no_default(f.default, f.default_factory), f.default)
            for f in dataclasses.fields(cls)
            if f.init
        ]
    if attrs.has(cls):
        hints = typing.get_type_hints(cls, include_extras=True)
        return [
            FieldSpec(
                f.alias or f.name,
                hints.get(f.name, Any),
                f.default is attrs.NOTHING,
                _attrs_default(f.default),
            )
            for f in attrs.fields(cls)
            if f.init
        ]
    return None


def _typeddict_required(hint: Any, default: bool) -> bool:
    # Under ``from __future__ import annotations`` Python 3.11 cannot see NotRequired in the
    # annotation strings, so the resolved hint decides.
    origin = typing.get_origin(hint)
    return origin is Required or (origin is not NotRequired and default)


def _no_default(default: Any, factory: Any) -> bool:
    return default is dataclasses.MISSING and factory is dataclasses.MISSING


def _attrs_default(default: Any) -> Any:
    if default is attrs.NOTHING or isinstance(default, attrs.Factory):  # type: ignore[arg-type]
        return dataclasses.MISSING
    return default


def _object_schema(
    cls: type, fields: list[FieldSpec], where: str, seen: frozenset[type]
) -> dict[str, Any]:
    summary, docs = _class_doc(cls)
    properties: dict[str, Any] = {}
    for spec in fields:
        field = _schema(spec.hint, f"{where}: field {cls.__name__}.{spec.name}", seen)
        _describe(field, docs.get(spec.name))
        if spec.default is not dataclasses.MISSING:
            _add_default(field, spec.default)
        properties[spec.name] = field
    schema: dict[str, Any] = {"type": "object", "properties": properties}
    required = [spec.name for spec in fields if spec.required]
    if required:
        schema["required"] = required
    schema["additionalProperties"] = False
    _describe(schema, summary)
    return schema
