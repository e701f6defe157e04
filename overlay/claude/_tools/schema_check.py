"""A small JSON Schema checker for the subset :mod:`.schema` produces.

Keywords: ``type`` (one or a list), ``enum``, ``const``, ``properties``, ``required``,
``additionalProperties`` (a boolean or a schema), ``items``, ``anyOf``; others are ignored.
It reports the first problem with its path, like ``items[2].city: required field missing``,
which is what a tool sends back to the model when its input does not fit.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

__all__ = ["schema_problem"]

_Problem = tuple[str, str]


def _is_type(value: Any, kind: str) -> bool:
    if kind == "string":
        return isinstance(value, str)
    if kind == "boolean":
        return isinstance(value, bool)
    if kind == "integer":
        if isinstance(value, float):
            return value.is_integer()
        return isinstance(value, int) and not isinstance(value, bool)
    if kind == "number":
        return isinstance(value, int | float) and not isinstance(value, bool)
    if kind == "null":
        return value is None
    if kind == "object":
        return isinstance(value, dict)
    if kind == "array":
        return isinstance(value, list)
    return True  # an unknown type keyword: not ours to judge


def _kind(value: Any) -> str:
    if value is None:
        return "null"
    if isinstance(value, dict):
        return "an object"
    if isinstance(value, list):
        return "an array"
    return f"{type(value).__name__} {value!r}"[:80]


def _join(path: str, key: str) -> str:
    return f"{path}.{key}" if path else key


def schema_problem(schema: Mapping[str, Any], value: Any, path: str = "") -> _Problem | None:
    """``(path, problem)`` for the first place *value* breaks *schema*, or None."""
    kinds = schema.get("type")
    if kinds is not None:
        options = kinds if isinstance(kinds, list) else [kinds]
        if not any(_is_type(value, kind) for kind in options):
            return path, f"expected {' or '.join(options)}, got {_kind(value)}"
    if "enum" in schema and not any(_same(value, v) for v in schema["enum"]):
        return path, f"expected one of {', '.join(map(repr, schema['enum']))}, got {value!r}"
    if "const" in schema and not _same(value, schema["const"]):
        return path, f"expected {schema['const']!r}, got {value!r}"
    if "anyOf" in schema:
        problems = [schema_problem(option, value, path) for option in schema["anyOf"]]
        if all(problems):
            return max(problems, key=lambda p: len(p[0]) if p else 0)
    if isinstance(value, dict):
        return _object_problem(schema, value, path)
    if isinstance(value, list) and isinstance(schema.get("items"), Mapping):
        for index, item in enumerate(value):
            if (problem := schema_problem(schema["items"], item, f"{path}[{index}]")) is not None:
                return problem
    return None


def _same(value: Any, expected: Any) -> bool:
    return value == expected and isinstance(value, bool) == isinstance(expected, bool)


def _object_problem(schema: Mapping[str, Any], value: dict[str, Any], path: str) -> _Problem | None:
    properties: Mapping[str, Any] = schema.get("properties") or {}
    for name in schema.get("required") or ():
        if name not in value:
            return _join(path, name), "required field missing"
    extra = schema.get("additionalProperties", True)
    for key, item in value.items():
        if key in properties:
            sub = properties[key]
        elif extra is False:
            return _join(path, key), "unexpected field"
        elif isinstance(extra, Mapping):
            sub = extra
        else:
            continue
        if (problem := schema_problem(sub, item, _join(path, key))) is not None:
            return problem
    return None
