"""Turning a complete ``Message`` into the events the API streams, and events into bytes.

:func:`message_to_events` is the inverse of a stream accumulator: feeding its events to a
correct accumulator gives back the message. It is pure (dicts in, dicts out), so tests can
edit the sequence before serving it with an ``SSEReply``.
"""

from __future__ import annotations

import copy
from collections.abc import Iterable, Iterator, Mapping, Sequence
from typing import Any

from ._replies import ERROR_TYPES, SSEItem
from ._wire import dumps

__all__ = ["encode_event", "error_event", "iter_sse", "message_to_events", "shape_events"]

# Usage fields the API repeats in ``message_delta`` (cumulative counts).
_DELTA_USAGE_KEYS = (
    "input_tokens",
    "cache_creation_input_tokens",
    "cache_read_input_tokens",
    "server_tool_use",
)


def _pieces(text: str, size: int) -> list[str]:
    size = max(1, size)
    return [text[i : i + size] for i in range(0, len(text), size)]


def _delta(index: int, delta: dict[str, Any]) -> dict[str, Any]:
    return {"type": "content_block_delta", "index": index, "delta": delta}


def _block_events(
    index: int, block: Mapping[str, Any], text_chunk: int, json_chunk: int
) -> list[dict[str, Any]]:
    """``content_block_start``, the deltas that rebuild *block*, ``content_block_stop``."""
    start = copy.deepcopy(dict(block))
    deltas: list[dict[str, Any]] = []
    kind = block.get("type")
    if kind == "text":
        start["text"] = ""
        citations = block.get("citations")
        if isinstance(citations, list):
            start["citations"] = []
            deltas += [_delta(index, {"type": "citations_delta", "citation": c}) for c in citations]
        for piece in _pieces(str(block.get("text", "")), text_chunk):
            deltas.append(_delta(index, {"type": "text_delta", "text": piece}))
    elif kind == "thinking":
        start["thinking"], start["signature"] = "", ""
        for piece in _pieces(str(block.get("thinking", "")), text_chunk):
            deltas.append(_delta(index, {"type": "thinking_delta", "thinking": piece}))
        signature = str(block.get("signature", ""))
        deltas.append(_delta(index, {"type": "signature_delta", "signature": signature}))
    elif kind in ("tool_use", "server_tool_use"):
        start["input"] = {}
        partial = dumps(block.get("input", {})).decode()
        for piece in _pieces(partial, json_chunk):
            deltas.append(_delta(index, {"type": "input_json_delta", "partial_json": piece}))
    # any other block (redacted thinking, tool results, unknown types) arrives whole
    start_event = {"type": "content_block_start", "index": index, "content_block": start}
    return [start_event, *deltas, {"type": "content_block_stop", "index": index}]


def message_to_events(
    message: Mapping[str, Any],
    *,
    text_chunk: int = 8,
    json_chunk: int = 8,
    ping_every: int = 0,
) -> list[dict[str, Any]]:
    """The event sequence the API would stream for *message* (a ``Message`` dict).

    Args:
        message: The complete message, as the non-streaming endpoint returns it.
        text_chunk: Characters per ``text_delta`` and ``thinking_delta``.
        json_chunk: Characters of the tool input's JSON per ``input_json_delta``.
        ping_every: Insert a ``ping`` event after every this many events (0: none).

    Returns:
        ``message_start``; per block ``content_block_start``, its deltas and
        ``content_block_stop``; ``message_delta`` (stop reason and final usage);
        ``message_stop``. Each event is a dict whose ``type`` is the SSE event name.
    """
    usage = dict(message.get("usage") or {})
    start = copy.deepcopy(dict(message))
    start["content"] = []
    start["stop_reason"], start["stop_sequence"] = None, None
    if "stop_details" in start:
        start["stop_details"] = None
    start["usage"] = {**usage, "output_tokens": min(1, int(usage.get("output_tokens", 1)))}

    events: list[dict[str, Any]] = [{"type": "message_start", "message": start}]
    for index, block in enumerate(message.get("content") or []):
        events += _block_events(index, block, text_chunk, json_chunk)

    delta: dict[str, Any] = {
        "stop_reason": message.get("stop_reason"),
        "stop_sequence": message.get("stop_sequence"),
    }
    for key in ("stop_details", "container"):
        if key in message:
            delta[key] = message[key]
    delta_usage = {k: usage[k] for k in _DELTA_USAGE_KEYS if k in usage}
    delta_usage["output_tokens"] = usage.get("output_tokens", 0)
    events.append({"type": "message_delta", "delta": delta, "usage": delta_usage})
    events.append({"type": "message_stop"})

    if ping_every > 0:
        with_pings: list[dict[str, Any]] = []
        for n, event in enumerate(events, 1):
            with_pings.append(event)
            if n % ping_every == 0 and n < len(events):
                with_pings.append({"type": "ping"})
        events = with_pings
    return events


def error_event(type: str = "overloaded_error", message: str | None = None) -> dict[str, Any]:
    """An ``error`` stream event (the API sends these after a 200, mid-stream)."""
    default = next((m for t, m in ERROR_TYPES.values() if t == type), "Error")
    return {"type": "error", "error": {"type": type, "message": message or default}}


def shape_events(
    events: Sequence[SSEItem],
    *,
    extra_events: Mapping[int, Sequence[SSEItem]] | None = None,
    end_after: int | None = None,
    error_after: int | None = None,
    error_type: str = "overloaded_error",
    error_message: str | None = None,
) -> list[SSEItem]:
    """Insert *extra_events*, then cut the stream short with an error event or without one."""
    shaped: list[SSEItem] = []
    extra = extra_events or {}
    for position, event in enumerate(events):
        shaped += extra.get(position, ())
        shaped.append(event)
    for position in sorted(p for p in extra if p >= len(events)):
        shaped += extra[position]
    if error_after is not None:
        return [*shaped[:error_after], error_event(error_type, error_message)]
    if end_after is not None:
        return shaped[:end_after]
    return shaped


def encode_event(event: str, data: Any, line_ending: str = "\n") -> bytes:
    """One event on the wire: ``event: X``, one ``data:`` line per line of data, blank line.

    *data* that is ``str`` or ``bytes`` is sent verbatim; anything else as compact JSON.
    """
    if isinstance(data, bytes):
        data = data.decode()
    text = data if isinstance(data, str) else dumps(data).decode()
    lines = [f"event: {event}", *(f"data: {line}" for line in text.split("\n")), "", ""]
    return line_ending.join(lines).encode()


def iter_sse(items: Iterable[SSEItem], line_ending: str = "\n") -> Iterator[bytes]:
    """Encode stream items lazily: pairs as given, event dicts under their ``type``."""
    for item in items:
        if isinstance(item, tuple):
            name, data = item
        else:
            name, data = str(item.get("type", "message")), item
        yield encode_event(name, data, line_ending)
