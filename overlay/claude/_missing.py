"""Required fields a response left out: found after a parse, logged, and kept for ``response_info``.

The generated models read responses liberally (``openapi/templates/model.py.jinja``): a field
the spec calls required but the data lacks leaves that attribute unset, and reading it raises
``claude.MissingFieldError``. The models count such partial builds (``claude_api.types``), so
after a parse one integer comparison tells whether to look; only then is the result walked to
name the paths. They are logged at DEBUG on the ``claude`` logger and kept beside the result
(keyed by identity, dropped with it) for :func:`claude.response_info`.
"""

from __future__ import annotations

import logging
import weakref
from collections.abc import Callable
from typing import Any, TypeVar

__all__ = ["generated_types", "missing_of", "parse_liberally", "record_missing"]

T = TypeVar("T")

_log = logging.getLogger("claude")
# ``claude_api.types``, loaded at the first parse (``import claude`` does not load the models);
# kept here so the hot path (every response, stream event and batch line) pays one global read.
_types: Any = None


def generated_types() -> Any:
    """``claude_api.types`` (its ``partial_count`` tells whether a parse built a partial model)."""
    global _types
    if _types is None:
        from claude_api import types

        _types = types
    return _types


# id -> (weak reference to the result, the paths it lacks)
_table: dict[int, tuple[weakref.ref[object], tuple[str, ...]]] = {}


def parse_liberally(data: Any, parse: Callable[[Any], T]) -> T:
    """``parse(data)``; when a model in the result lacks required fields, log and record them."""
    types = _types or generated_types()
    before = types.partial_count
    result = parse(data)
    if types.partial_count != before:
        record_missing(result)
    return result


def record_missing(result: object) -> bool:
    """Log and record the required fields *result* lacks; whether it lacks any.

    Called after a parse that built a partial model (``partial_count`` moved)."""
    paths = tuple(_missing_paths(result, ""))
    if paths:
        _log.debug(
            "response %s lacks required field(s): %s", type(result).__name__, ", ".join(paths)
        )
        _remember(result, paths)
    return bool(paths)


def missing_of(result: object) -> tuple[str, ...]:
    """The paths of the required fields *result* lacked when parsed (empty if none)."""
    entry = _table.get(id(result))
    if entry is None or entry[0]() is not result:
        return ()
    return entry[1]


def _remember(result: object, paths: tuple[str, ...]) -> None:
    key = id(result)
    try:
        ref = weakref.ref(result, lambda _: _table.pop(key, None))
    except TypeError:  # not weak-referenceable: nothing to keep beside it (the log has it)
        return
    _table[key] = (ref, paths)


def _missing_paths(value: object, prefix: str) -> list[str]:
    """Attribute paths (``usage.server_tool_use.web_fetch_requests``) of unset fields."""
    if isinstance(value, list):
        found: list[str] = []
        for index, item in enumerate(value):
            found.extend(_missing_paths(item, f"{prefix}[{index}]"))
        return found
    fields = getattr(type(value), "__attrs_attrs__", None)
    if fields is None:
        return []
    lacking = set(generated_types().missing_fields(value))
    found = []
    for field in fields:
        path = f"{prefix}.{field.name}" if prefix else field.name
        if field.name in lacking:
            found.append(path)
        elif field.name != "additional_properties":
            found.extend(_missing_paths(generated_types().field_value(value, field.name), path))
    return found
