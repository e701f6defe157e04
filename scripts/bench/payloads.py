"""The bytes every benchmark serves or parses, built deterministically from a size.

The server process and the workers import this module and build the same bytes from the same
sizes, so all three columns read byte-identical bodies. Shapes follow the Messages API:
every payload parses into known types with both this client and the official SDK (the smoke
test and ``bench.py --check-payloads`` check that).
"""

from __future__ import annotations

import json
import random
from collections.abc import Iterator
from typing import Any

__all__ = [
    "BATCH_ID",
    "MODEL_TEXT",
    "MODEL_TOOL",
    "SMALL_BATCH_ID",
    "SMALL_BATCH_LINES",
    "Sizes",
    "batch_jsonl",
    "batch_object",
    "create_body",
    "create_request",
    "mixed_message",
    "sse_chunks",
    "text_stream_events",
    "tool_stream_events",
]

MODEL_TEXT = "claude-bench-text"  # the server answers this model with the text stream
MODEL_TOOL = "claude-bench-tool"  # ... and this one with the tool-use stream
BATCH_ID = "msgbatch_01BenchResults"
SMALL_BATCH_ID = "msgbatch_01BenchWarmUp"  # its 100 lines load every result type
SMALL_BATCH_LINES = 100

_WORDS = (
    *("the", "quick", "brown", "fox", "jumps", "over", "lazy", "dog", "while", "claude"),
    *("writes", "a", "long", "and", "careful", "answer", "about", "streaming", "protocols,"),
    *("json", "parsing,", "memory", "use", "and", "the", "cost", "of", "small", "allocations"),
)


class Sizes:
    """How big each workload is (``quick`` gives tiny sizes for the smoke test)."""

    def __init__(self, quick: bool) -> None:
        self.quick = quick
        self.import_samples = 1 if quick else 4  # fresh interpreters per column and round
        self.create_calls = 5 if quick else 300  # sequential calls per round
        self.stream_deltas = 50 if quick else 2000  # text deltas in the text stream
        self.text_streams = 2 if quick else 10  # streams consumed per round
        self.tool_deltas = 20 if quick else 400  # input_json_delta events in the tool stream
        self.tool_streams = 2 if quick else 20
        self.batch_lines = 200 if quick else 100_000
        self.parse_blocks = 50
        self.parse_repeats = 20 if quick else 2000
        self.concurrent_calls = 20 if quick else 500
        self.in_flight = 5 if quick else 50

    def as_dict(self) -> dict[str, int]:
        """The sizes as JSON-ready data (passed to the server and the workers)."""
        return {k: v for k, v in vars(self).items() if isinstance(v, int) and k != "quick"}


def _text(rng: random.Random, words: int) -> str:
    return " ".join(rng.choice(_WORDS) for _ in range(words))


def _usage(output_tokens: int) -> dict[str, Any]:
    return {
        "input_tokens": 25,
        "output_tokens": output_tokens,
        "cache_creation_input_tokens": 0,
        "cache_read_input_tokens": 0,
        "service_tier": "standard",
    }


def create_request(model: str = "claude-sonnet-4-6") -> dict[str, Any]:
    """The request every column sends (keyword arguments of ``messages.create``)."""
    return {
        "model": model,
        "max_tokens": 1024,
        "messages": [{"role": "user", "content": "Write two sentences about benchmarks."}],
    }


def _message(msg_id: str, content: list[dict[str, Any]], stop: str = "end_turn") -> dict[str, Any]:
    return {
        "id": msg_id,
        "type": "message",
        "role": "assistant",
        "model": "claude-sonnet-4-6",
        "content": content,
        "stop_reason": stop,
        "stop_sequence": None,
        "usage": _usage(60),
    }


def create_body() -> bytes:
    """The answer to a non-streaming create: one text block of about 60 words."""
    rng = random.Random(1)
    text = _text(rng, 60)
    return json.dumps(_message("msg_01BenchCreate", [{"type": "text", "text": text}])).encode()


def mixed_message(blocks: int) -> bytes:
    """A ``Message`` with *blocks* content blocks of mixed known types (the parse row)."""
    rng = random.Random(2)
    content: list[dict[str, Any]] = []
    for i in range(blocks):
        kind = i % 6
        if kind == 0:
            content.append({"type": "text", "text": _text(rng, 40), "citations": None})
        elif kind == 1:
            content.append(
                {"type": "thinking", "thinking": _text(rng, 50), "signature": "sig" + "A" * 60}
            )
        elif kind == 2:
            content.append(
                {
                    "type": "tool_use",
                    "id": f"toolu_{i:04d}",
                    "name": "get_weather",
                    "input": {"city": _text(rng, 2), "units": "metric", "days": [1, 2, 3]},
                }
            )
        elif kind == 3:
            content.append(
                {
                    "type": "text",
                    "text": _text(rng, 20),
                    "citations": [
                        {
                            "type": "char_location",
                            "cited_text": _text(rng, 8),
                            "document_index": 0,
                            "document_title": "Notes",
                            "start_char_index": 10,
                            "end_char_index": 60,
                        }
                    ],
                }
            )
        elif kind == 4:
            content.append(
                {
                    "type": "server_tool_use",
                    "id": f"srvtoolu_{i:04d}",
                    "name": "web_search",
                    "input": {"query": _text(rng, 4)},
                }
            )
        else:
            content.append(
                {
                    "type": "web_search_tool_result",
                    "tool_use_id": f"srvtoolu_{i - 1:04d}",
                    "content": [
                        {
                            "type": "web_search_result",
                            "url": f"https://example.com/{i}/{j}",
                            "title": _text(rng, 5),
                            "encrypted_content": "enc" + "B" * 80,
                            "page_age": "2 days ago",
                        }
                        for j in range(3)
                    ],
                }
            )
    return json.dumps(_message("msg_01BenchParse", content, stop="tool_use")).encode()


def _event(name: str, data: dict[str, Any]) -> bytes:
    return f"event: {name}\ndata: {json.dumps(data, separators=(',', ':'))}\n\n".encode()


def _delta_event(delta: dict[str, Any]) -> bytes:
    return _event(
        "content_block_delta", {"type": "content_block_delta", "index": 0, "delta": delta}
    )


def _stream_start(msg_id: str) -> list[bytes]:
    start = _message(msg_id, [], stop="end_turn")
    start["stop_reason"] = None
    start["usage"] = _usage(1)
    return [
        _event("message_start", {"type": "message_start", "message": start}),
        _event("ping", {"type": "ping"}),
    ]


def _stream_end(stop: str, output_tokens: int) -> list[bytes]:
    return [
        _event("content_block_stop", {"type": "content_block_stop", "index": 0}),
        _event(
            "message_delta",
            {
                "type": "message_delta",
                "delta": {"stop_reason": stop, "stop_sequence": None},
                "usage": {"output_tokens": output_tokens},
            },
        ),
        _event("message_stop", {"type": "message_stop"}),
    ]


def text_stream_events(deltas: int) -> list[bytes]:
    """The events of a text answer streamed in *deltas* ``text_delta`` events."""
    rng = random.Random(3)
    events = _stream_start("msg_01BenchText")
    events.append(
        _event(
            "content_block_start",
            {
                "type": "content_block_start",
                "index": 0,
                "content_block": {"type": "text", "text": ""},
            },
        )
    )
    for _ in range(deltas):
        delta = {"type": "text_delta", "text": _text(rng, rng.randint(1, 3)) + " "}
        events.append(_delta_event(delta))
    return events + _stream_end("end_turn", deltas)


def tool_input(deltas: int) -> dict[str, Any]:
    """The tool input the tool stream spells out (about 25 bytes of JSON per delta)."""
    rng = random.Random(4)
    items = [
        {"id": i, "name": _text(rng, 2), "tags": [rng.choice(_WORDS)], "ok": i % 3 == 0}
        for i in range(max(1, deltas // 3))
    ]
    return {"query": _text(rng, 6), "limit": 50, "items": items}


def tool_stream_events(deltas: int) -> list[bytes]:
    """A tool_use block whose input JSON arrives split across *deltas* fragments."""
    rng = random.Random(5)
    raw = json.dumps(tool_input(deltas))
    cuts = sorted(rng.sample(range(1, len(raw)), min(deltas - 1, len(raw) - 1)))
    pieces = [raw[a:b] for a, b in zip([0, *cuts], [*cuts, len(raw)], strict=True)]
    events = _stream_start("msg_01BenchTool")
    events.append(
        _event(
            "content_block_start",
            {
                "type": "content_block_start",
                "index": 0,
                "content_block": {
                    "type": "tool_use",
                    "id": "toolu_01Bench",
                    "name": "search",
                    "input": {},
                },
            },
        )
    )
    for piece in pieces:
        delta = {"type": "input_json_delta", "partial_json": piece}
        events.append(_delta_event(delta))
    return events + _stream_end("tool_use", len(pieces))


def sse_chunks(events: list[bytes]) -> list[bytes]:
    """The writes of a stream: one event per write as the API flushes them, except that
    every seventh event is cut in two (a read boundary inside an event, as networks do)."""
    chunks: list[bytes] = []
    for i, event in enumerate(events):
        if i % 7 == 3 and len(event) > 20:
            cut = len(event) // 2
            chunks += [event[:cut], event[cut:]]
        else:
            chunks.append(event)
    return chunks


def batch_object(batch_id: str, results_url: str) -> bytes:
    """The ended batch whose results the batch row reads."""
    return json.dumps(
        {
            "id": batch_id,
            "type": "message_batch",
            "processing_status": "ended",
            "request_counts": {
                "processing": 0,
                "succeeded": 1,
                "errored": 0,
                "canceled": 0,
                "expired": 0,
            },
            "created_at": "2026-11-20T10:00:00Z",
            "expires_at": "2026-11-21T10:00:00Z",
            "ended_at": "2026-11-20T11:00:00Z",
            "archived_at": None,
            "cancel_initiated_at": None,
            "results_url": results_url,
        }
    ).encode()


def _batch_lines(lines: int) -> Iterator[bytes]:
    rng = random.Random(6)
    for i in range(lines):
        custom_id = f"request-{i:07d}"
        if i % 50 == 49:
            result: dict[str, Any] = {
                "type": "errored",
                "error": {
                    "type": "error",
                    "error": {"type": "invalid_request_error", "message": "max_tokens too large"},
                },
            }
        elif i % 97 == 96:
            result = {"type": "expired"}
        else:
            text = _text(rng, rng.randint(10, 40))
            message = _message(f"msg_{i:012d}", [{"type": "text", "text": text}])
            result = {"type": "succeeded", "message": message}
        yield json.dumps({"custom_id": custom_id, "result": result}).encode() + b"\n"


def batch_jsonl(lines: int) -> bytes:
    """The results file: *lines* lines, mostly succeeded, some errored and expired."""
    return b"".join(_batch_lines(lines))
