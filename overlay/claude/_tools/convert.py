"""Turn checked JSON into the Python values a tool's type hints ask for.

Dicts become dataclasses, attrs classes or (plain) TypedDicts, values become ``Enum`` members,
integral floats become ints, ints become floats where a float is annotated, recursively through
lists, dicts and unions. The input is assumed to fit the schema derived from the same hints
(:mod:`.schema`); a union member is chosen by the first schema the value fits.
"""

from __future__ import annotations

import enum
import functools
import types
import typing
from typing import Annotated, Any, NotRequired, Required, Union

from .schema import fields_of, type_schema
from .schema_check import schema_problem

__all__ = ["from_json"]


@functools.lru_cache(maxsize=512)
def _cached_schema(hint: Any) -> dict[str, Any]:
    return type_schema(hint)


def _fits(hint: Any, value: Any) -> bool:
    try:
        schema = _cached_schema(hint)
    except TypeError:  # an unhashable hint (Annotated with odd metadata)
        schema = type_schema(hint)
    return schema_problem(schema, value) is None


def from_json(hint: Any, value: Any) -> Any:
    """*value* (JSON data fitting *hint*'s schema) as an instance of *hint*."""
    origin = typing.get_origin(hint)
    args = typing.get_args(hint)
    if origin in (Annotated, Required, NotRequired):
        return from_json(args[0], value)
    if origin in (Union, types.UnionType):
        for member in args:
            if _fits(member, value):
                return from_json(member, value)
        return value
    if hint is int and isinstance(value, float):
        return int(value)
    if hint is float and isinstance(value, int) and not isinstance(value, bool):
        return float(value)
    if isinstance(hint, type) and issubclass(hint, enum.Enum):
        return hint(value)
    if isinstance(value, list) and args:
        return [from_json(args[0], item) for item in value]
    if isinstance(value, dict):
        return _object(hint, args, value)
    return value


def _object(hint: Any, args: tuple[Any, ...], value: dict[str, Any]) -> Any:
    if len(args) == 2:  # dict[str, X]
        return {key: from_json(args[1], item) for key, item in value.items()}
    fields = fields_of(hint)
    if fields is None:
        return value
    converted = {
        spec.name: from_json(spec.hint, value[spec.name]) for spec in fields if spec.name in value
    }
    if typing.is_typeddict(hint):
        return converted
    return hint(**converted)
