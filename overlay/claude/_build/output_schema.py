"""The JSON schema of an output format, in the subset structured outputs accept.

Structured outputs take a subset of JSON Schema: every object closed
(``additionalProperties: false``), unions as ``anyOf``, a short list of string formats, and
``minItems`` of 0 or 1 only. A schema generated from a type (a pydantic model's
``model_json_schema()``, a dataclass's schema) carries more: defaults, numeric and length
bounds, patterns, titles of ``$ref`` siblings. :func:`strict_schema` keeps what the API
takes and moves the rest into the ``description`` as ``{key: value, ...}``, so the model still
reads the constraint (the official SDK rewrites its schemas the same way, so the same type
sends the same schema with either client). A value that then breaks a moved constraint is
caught when the reply is parsed (pydantic validation, or the schema check).

A JSON schema mapping given as the output format is sent as it is: it is the caller's own.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

__all__ = ["strict_schema"]

_STRING_FORMATS = frozenset(
    {"date-time", "time", "date", "duration", "email", "hostname", "uri", "ipv4", "ipv6", "uuid"}
)
# Kept as they are on every schema (the rest of a schema's keys are rewritten or described).
_KEPT = ("enum", "const", "description", "title", "required")


def strict_schema(schema: Mapping[str, Any]) -> dict[str, Any]:
    """*schema* rewritten into the subset structured outputs accept (a new dict)."""
    rest = dict(schema)
    strict: dict[str, Any] = {}
    for defs_key in ("$defs", "definitions"):
        defs = rest.pop(defs_key, None)
        if isinstance(defs, Mapping):
            strict[defs_key] = {name: strict_schema(sub) for name, sub in defs.items()}
    ref = rest.pop("$ref", None)
    if ref is not None:  # siblings of a reference are not taken
        strict["$ref"] = ref
        return strict
    for key in _KEPT:
        if key in rest:
            strict[key] = rest.pop(key)
    union = rest.pop("anyOf", None) or rest.pop("oneOf", None)
    if isinstance(union, list):
        strict["anyOf"] = [strict_schema(member) for member in union]
    all_of = rest.pop("allOf", None)
    if isinstance(all_of, list):
        strict["allOf"] = [strict_schema(member) for member in all_of]
    kind = rest.pop("type", None)
    if "enum" in strict or "const" in strict:
        kind = None  # the values say it all
    if kind is not None:
        strict["type"] = kind
    kinds = set(kind) if isinstance(kind, list) else {kind}
    if "object" in kinds:
        _object(rest, strict)
    if "array" in kinds:
        _array(rest, strict)
    if "string" in kinds and rest.get("format") in _STRING_FORMATS:
        strict["format"] = rest.pop("format")
    if rest:
        _describe(strict, rest)
    return strict


def _object(rest: dict[str, Any], strict: dict[str, Any]) -> None:
    properties = rest.pop("properties", {})
    strict["properties"] = {name: strict_schema(sub) for name, sub in properties.items()}
    extra = rest.pop("additionalProperties", False)
    # A map (``dict[str, X]``) keeps its value schema: closing it would make it always empty.
    strict["additionalProperties"] = strict_schema(extra) if isinstance(extra, Mapping) else False


def _array(rest: dict[str, Any], strict: dict[str, Any]) -> None:
    items = rest.pop("items", None)
    if isinstance(items, Mapping):
        strict["items"] = strict_schema(items)
    if rest.get("minItems") in (0, 1):
        strict["minItems"] = rest.pop("minItems")


def _describe(strict: dict[str, Any], unsupported: dict[str, Any]) -> None:
    note = "{" + ", ".join(f"{key}: {value}" for key, value in unsupported.items()) + "}"
    description = strict.get("description")
    strict["description"] = f"{description}\n\n{note}" if description is not None else note
