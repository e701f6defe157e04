"""Tests for claude._stream.streams over real TCP against the stand-in, sync and async.

Every scenario runs with both clients, over LF and CRLF line endings, with the body written
one byte at a time and in large chunks. A complete stream must give exactly the message the
stand-in was scripted with, which is also what the non-streamed call returns.
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

import claude
import httpx
import orjson
import pytest
from claude import MessageAccumulator
from claude._retry import is_testing, set_testing
from claude.testing import (
    ErrorReply,
    MessageReply,
    RawReply,
    ResetAfter,
    SSEReply,
    StandIn,
    encode_event,
    message_to_events,
)
from claude_api.models import (
    ContentBlockDeltaEvent,
    ContentBlockStartEvent,
    ContentBlockStopEvent,
    Message,
    MessageDeltaEvent,
    MessageStartEvent,
    MessageStopEvent,
    TextDelta,
)

pytestmark = pytest.mark.anyio

REQUEST = {
    "model": "claude-sonnet-4-5",
    "max_tokens": 1024,
    "messages": [{"role": "user", "content": "Hi"}],
}
MODES = pytest.mark.parametrize("mode", ["sync", "async"])
USAGE = {
    "input_tokens": 21,
    "output_tokens": 48,
    "cache_creation_input_tokens": 0,
    "cache_read_input_tokens": 0,
    "service_tier": "standard",
}
EVENT_CLASSES = {
    "message_start": MessageStartEvent,
    "content_block_start": ContentBlockStartEvent,
    "content_block_delta": ContentBlockDeltaEvent,
    "content_block_stop": ContentBlockStopEvent,
    "message_delta": MessageDeltaEvent,
    "message_stop": MessageStopEvent,
}


def message(*content: dict[str, Any], **fields: Any) -> dict[str, Any]:
    return {
        "id": "msg_01XFDUDYJgAACzvnptvVoYEL",
        "type": "message",
        "role": "assistant",
        "model": "claude-sonnet-4-5-20250929",
        "content": list(content),
        "stop_reason": "end_turn",
        "stop_sequence": None,
        "usage": dict(USAGE),
        **fields,
    }


def tool(tool_id: str, name: str, tool_input: dict[str, Any]) -> dict[str, Any]:
    return {"type": "tool_use", "id": tool_id, "name": name, "input": tool_input}


CITATIONS = [
    {
        "type": "char_location",
        "cited_text": "The grass is green.",
        "document_index": 0,
        "document_title": "Nature",
        "start_char_index": 0,
        "end_char_index": 19,
    },
    {
        "type": "page_location",
        "cited_text": "Page two",
        "document_index": 1,
        "document_title": None,
        "start_page_number": 2,
        "end_page_number": 3,
    },
    {
        "type": "content_block_location",
        "cited_text": "Block one",
        "document_index": 2,
        "document_title": "Blocks",
        "start_block_index": 0,
        "end_block_index": 1,
    },
    {
        "type": "web_search_result_location",
        "cited_text": "From the web",
        "url": "https://example.com/a",
        "title": "Example",
        "encrypted_index": "Eo8BCioIAhgBIiQ",
    },
]
WEATHER_INPUT = {
    "location": "San Francisco, CA",
    "unit": "celsius",
    "days": [1, 2, 3],
    "options": {"detail": True, "note": "emoji 😀, CJK 日本語, accents éàü"},
}
SCRIPTED = {
    "text": message({"type": "text", "text": "Hello! How can I help you today?"}),
    "multibyte": message({"type": "text", "text": "Emoji 😀👍🏽, CJK 你好世界, Hindi नमस्ते, é"}),
    "tool split": message(
        {"type": "text", "text": "Let me check the weather."},
        tool("toolu_01", "get_weather", WEATHER_INPUT),
        stop_reason="tool_use",
    ),
    "two tools": message(
        tool("toolu_01", "get_weather", {"location": "Paris"}),
        tool("toolu_02", "get_time", {}),
        stop_reason="tool_use",
    ),
    "thinking": message(
        {"type": "thinking", "thinking": "Let me add: 2 + 2 = 4.", "signature": "EqQBCgIYAh=="},
        {"type": "redacted_thinking", "data": "EmwKAhgBEgy3va3pzix/LafPsn4a"},
        {"type": "text", "text": "The answer is 4."},
    ),
    "citations": message(
        {"type": "text", "text": "According to the documents, ", "citations": None},
        {"type": "text", "text": "grass is green", "citations": CITATIONS},
        {"type": "text", "text": ".", "citations": None},
    ),
    "refusal": message(
        {"type": "text", "text": "I can't help with that."},
        stop_reason="refusal",
        stop_details={"type": "refusal", "category": "cyber", "explanation": "Not allowed."},
    ),
    "stop sequence": message(
        {"type": "text", "text": "one, two, "},
        stop_reason="stop_sequence",
        stop_sequence="three",
    ),
    "server tool": message(
        {"type": "text", "text": "Searching."},
        {
            "type": "server_tool_use",
            "id": "srvtoolu_01",
            "name": "web_search",
            "input": {"query": "claude shannon birth date"},
        },
        {
            "type": "web_search_tool_result",
            "tool_use_id": "srvtoolu_01",
            "content": [
                {
                    "type": "web_search_result",
                    "url": "https://en.wikipedia.org/wiki/Claude_Shannon",
                    "title": "Claude Shannon",
                    "encrypted_content": "EqgfCioIARgBIiQ3YTAw",
                    "page_age": "April 30, 2025",
                }
            ],
        },
        {"type": "text", "text": "April 30, 1916.", "citations": CITATIONS[3:]},
        usage={**USAGE, "server_tool_use": {"web_search_requests": 1, "web_fetch_requests": 0}},
    ),
    "unknown block": message(
        {"type": "text", "text": "Before."},
        {"type": "future_block", "payload": {"nested": [1, "two"]}},
        {"type": "text", "text": "After."},
        stop_reason="future_stop_reason",
    ),
    "empty": message(),
}


@pytest.fixture
def anyio_backend() -> str:
    return "asyncio"


@pytest.fixture
def retry_test_mode() -> Iterator[None]:
    """Zero retry waits, restored after the test."""
    previous = is_testing()
    set_testing(True)
    yield
    set_testing(previous)


WIRES = {
    "lf-1B": ("\n", 1),
    "crlf-1B": ("\r\n", 1),
    "lf-64KiB": ("\n", 65536),
    "crlf-64KiB": ("\r\n", 65536),
}


@pytest.fixture(params=list(WIRES))
def server(request: pytest.FixtureRequest) -> Iterator[StandIn]:
    """A stand-in writing SSE with one of the line endings and chunk sizes of WIRES."""
    line_ending, chunk_size = WIRES[request.param]
    with StandIn(line_ending=line_ending, chunk_size=chunk_size) as standin:
        yield standin


@dataclass
class Outcome:
    """What a streaming call gave."""

    events: list[Any] = field(default_factory=list)  # the raw events (helper events left out)
    stream_events: list[Any] = field(default_factory=list)  # all the iteration gave
    texts: list[str] = field(default_factory=list)
    final: Message | None = None
    error: Exception | None = None
    response: httpx.Response | None = None
    request_id: str | None = None

    @property
    def closed(self) -> bool:
        return self.response is not None and self.response.is_closed


def make_client(mode: str, server: StandIn) -> Any:
    cls = claude.Client if mode == "sync" else claude.AsyncClient
    return cls(api_key="test", base_url=server.base_url)


async def run_stream(mode: str, server: StandIn, how: str = "events") -> Outcome:
    """``client.messages.stream(...)``: iterate events (or ``text_stream``, or nothing), then
    ``get_final_message()``; a client error is caught into the outcome."""
    out = Outcome()
    client = make_client(mode, server)
    try:
        if mode == "sync":
            with client, client.messages.stream(**REQUEST) as stream:
                out.response, out.request_id = stream.response, stream.request_id
                if how == "events":
                    out.stream_events.extend(stream)
                elif how == "text":
                    out.texts.extend(stream.text_stream)
                out.final = stream.get_final_message()
        else:
            async with client, client.messages.stream(**REQUEST) as stream:
                out.response, out.request_id = stream.response, stream.request_id
                if how == "events":
                    async for event in stream:
                        out.stream_events.append(event)
                elif how == "text":
                    async for text in stream.text_stream:
                        out.texts.append(text)
                out.final = await stream.get_final_message()
    except claude.ClaudeError as exc:
        out.error = exc
    out.events = raw_events(out.stream_events)
    return out


async def run_events(mode: str, server: StandIn) -> Outcome:
    """``client.messages.create(..., stream=True)``: iterate every event."""
    out = Outcome()
    client = make_client(mode, server)
    try:
        if mode == "sync":
            with client:
                events = client.messages.create(**REQUEST, stream=True)
                out.response, out.request_id = events.response, events.request_id
                with events:
                    out.events.extend(events)
        else:
            async with client:
                events = await client.messages.create(**REQUEST, stream=True)
                out.response, out.request_id = events.response, events.request_id
                async with events:
                    async for event in events:
                        out.events.append(event)
    except claude.ClaudeError as exc:
        out.error = exc
    return out


async def create(mode: str, server: StandIn) -> dict[str, Any]:
    """The non-streamed call's message, as a dict."""
    client = make_client(mode, server)
    if mode == "sync":
        with client:
            result = client.messages.create(**REQUEST)
    else:
        async with client:
            result = await client.messages.create(**REQUEST)
    assert isinstance(result, Message)
    return result.to_dict()


def wire_types(events: list[dict[str, Any]]) -> list[str]:
    return [e["type"] for e in events if e["type"] != "ping"]


HELPER_EVENTS = (
    claude.TextEvent,
    claude.ThinkingEvent,
    claude.SignatureEvent,
    claude.InputJsonEvent,
    claude.CitationEvent,
)


def raw_events(events: list[Any]) -> list[Any]:
    """The raw events of a message stream's iteration: helper events (each right after the
    content_block_delta it comes from) left out."""
    raw: list[Any] = []
    for event in events:
        if isinstance(event, HELPER_EVENTS):
            assert isinstance(raw[-1], ContentBlockDeltaEvent)
        else:
            raw.append(event)
    return raw


def check_events(events: list[Any], expected: list[dict[str, Any]]) -> None:
    """Typed events, one per wire event but pings, equal to what was sent."""
    events = raw_events(events)
    assert len(events) == len(wire_types(expected))
    sent = [e for e in expected if e["type"] != "ping"]
    for event, wire in zip(events, sent, strict=True):
        cls = EVENT_CLASSES.get(wire["type"])
        if cls is None:
            assert event == wire
        else:
            assert isinstance(event, cls)
            assert event.to_dict() == cls.from_dict(wire).to_dict()


# -- complete streams -------------------------------------------------------------------------


@MODES
@pytest.mark.parametrize("name", list(SCRIPTED))
async def test_complete_stream_gives_the_scripted_message(
    mode: str, name: str, server: StandIn
) -> None:
    scripted = SCRIPTED[name]
    reply = MessageReply(message=scripted, text_chunk=3, json_chunk=2, ping_every=3)
    server.queue("messages.create", reply)
    out = await run_stream(mode, server)
    assert out.error is None
    assert out.final is not None
    assert out.final.to_dict() == scripted
    check_events(out.events, message_to_events(scripted, text_chunk=3, json_chunk=2))
    assert out.closed
    # What the non-streamed call returns for the same scripted message.
    server.queue("messages.create", MessageReply(message=scripted))
    assert await create(mode, server) == out.final.to_dict()
    # Response information is attached to the final message.
    info = claude.response_info(out.final)
    assert info.status_code == 200
    assert info.request_id == out.request_id == server.requests[0].request_id


@MODES
@pytest.mark.parametrize("name", ["tool split", "server tool", "thinking"])
async def test_raw_event_stream(mode: str, name: str, server: StandIn) -> None:
    scripted = SCRIPTED[name]
    server.queue("messages.create", MessageReply(message=scripted, json_chunk=1, ping_every=1))
    out = await run_events(mode, server)
    assert out.error is None
    check_events(out.events, message_to_events(scripted, json_chunk=1))
    assert not any(isinstance(e, dict) and e.get("type") == "ping" for e in out.events)
    assert out.closed
    accumulator = MessageAccumulator()
    for event in out.events:
        accumulator.add(event)
    assert accumulator.message().to_dict() == scripted


@MODES
async def test_text_stream_and_final_text(mode: str, server: StandIn) -> None:
    scripted = SCRIPTED["tool split"]
    server.queue("messages.create", MessageReply(message=scripted, text_chunk=2))
    out = await run_stream(mode, server, how="text")
    assert out.error is None
    assert "".join(out.texts) == "Let me check the weather."
    assert len(out.texts) == 13
    assert out.final is not None
    assert out.final.to_dict() == scripted

    server.queue("messages.create", MessageReply(message=SCRIPTED["citations"]))
    client = make_client(mode, server)
    if mode == "sync":
        with client, client.messages.stream(**REQUEST) as stream:
            text = stream.get_final_text()
    else:
        async with client, client.messages.stream(**REQUEST) as stream:
            text = await stream.get_final_text()
    assert text == "According to the documents, grass is green."


@MODES
async def test_final_message_without_iterating(mode: str, server: StandIn) -> None:
    server.queue("messages.create", MessageReply(message=SCRIPTED["two tools"], json_chunk=1))
    out = await run_stream(mode, server, how="nothing")
    assert out.final is not None
    assert out.final.to_dict() == SCRIPTED["two tools"]
    assert out.closed


@MODES
async def test_snapshot_while_streaming(mode: str, server: StandIn) -> None:
    scripted = SCRIPTED["tool split"]
    server.queue("messages.create", MessageReply(message=scripted, text_chunk=5, json_chunk=10))
    snapshots: list[dict[str, Any] | None] = []
    infos: list[claude.StreamInfo | None] = []

    def take(stream: Any, event: Any) -> None:
        if isinstance(event, HELPER_EVENTS):
            return  # one snapshot per raw event
        snapshot = stream.current_message_snapshot
        snapshots.append(snapshot.to_dict() if snapshot is not None else None)
        infos.append(claude.stream_info(snapshot))

    client = make_client(mode, server)
    if mode == "sync":
        with client, client.messages.stream(**REQUEST) as stream:
            assert stream.current_message_snapshot is None
            for event in stream:
                take(stream, event)
            final = stream.get_final_message()
    else:
        async with client, client.messages.stream(**REQUEST) as stream:
            assert stream.current_message_snapshot is None
            async for event in stream:
                take(stream, event)
            final = await stream.get_final_message()
    assert snapshots[0] is not None
    assert snapshots[0]["content"] == []
    pairs = list(zip(snapshots, infos, strict=True))
    text_growing = [(s["content"][0], i) for s, i in pairs if s and len(s["content"]) == 1]
    assert text_growing[0][0] == {"type": "text", "text": ""}
    assert text_growing[1][0] == {"type": "text", "text": "Let m"}
    assert text_growing[1][1] == claude.StreamInfo(incomplete=(0,), partial_json={})
    tool_open = [(s["content"][1], i) for s, i in pairs if s and len(s["content"]) == 2]
    assert all(set(block) == set(scripted["content"][1]) for block, _ in tool_open)
    assert tool_open[-1] == (scripted["content"][1], None)  # after content_block_stop
    still_open = [(block, i) for block, i in tool_open if i is not None]
    full_json = orjson.dumps(WEATHER_INPUT).decode()
    assert len(still_open) == 1 + -(-len(full_json) // 10)  # at the start, then per delta
    assert still_open[0][0]["input"] == {}
    assert still_open[3][0]["input"] == {"location": "San Francisco, CA"}
    assert still_open[-1][1] == claude.StreamInfo(incomplete=(1,), partial_json={1: full_json})
    assert still_open[-1][0]["input"] == WEATHER_INPUT  # complete JSON, not stopped yet
    assert snapshots[-1] == scripted == final.to_dict()
    assert claude.stream_info(final) is None


@MODES
async def test_max_tokens_inside_tool_json(mode: str, server: StandIn) -> None:
    """A complete stream whose tool JSON was cut by max_tokens: the message is returned, its
    tool input parsed leniently and the block marked incomplete."""
    scripted = message(
        {"type": "text", "text": "Calling."},
        tool("toolu_01", "get_weather", WEATHER_INPUT),
        stop_reason="max_tokens",
    )
    events = message_to_events(scripted, json_chunk=7)
    fragments = [e for e in events if e.get("delta", {}).get("type") == "input_json_delta"]
    for dropped in fragments[5:]:
        events.remove(dropped)
    received = "".join(e["delta"]["partial_json"] for e in fragments[:5])
    server.queue("messages.create", SSEReply(events=events))
    out = await run_stream(mode, server)
    assert out.error is None
    assert out.final is not None
    assert out.final.stop_reason == "max_tokens"
    block = out.final.content[1].to_dict()
    assert received == '{"location":"San Francisco, CA","un'
    assert block == {**scripted["content"][1], "input": {"location": "San Francisco, CA"}}
    assert claude.stream_info(out.final) == claude.StreamInfo(
        incomplete=(1,), partial_json={1: received}
    )
    assert out.closed


@MODES
async def test_unknown_events_and_deltas_pass_through(mode: str, server: StandIn) -> None:
    scripted = SCRIPTED["unknown block"]
    unknown_delta = {
        "type": "content_block_delta",
        "index": 0,
        "delta": {"type": "future_delta", "value": [1, 2]},
    }
    extra = {
        0: [("future_event", {"type": "future_event", "early": True})],
        2: [unknown_delta, ("future_text", "not json at all")],
        99: [("future_event", {"late": 1})],
    }
    server.queue("messages.create", MessageReply(message=scripted, extra_events=extra))
    out = await run_stream(mode, server)
    assert out.error is None
    assert out.final is not None
    assert out.final.to_dict() == scripted
    assert out.final.content[1] == {"type": "future_block", "payload": {"nested": [1, "two"]}}
    assert out.events[0] == {"type": "future_event", "early": True}
    assert out.events[3] == ContentBlockDeltaEvent.from_dict(unknown_delta)
    assert out.events[3].delta == {"type": "future_delta", "value": [1, 2]}
    assert out.events[4] == {"type": "future_text", "data": "not json at all"}
    assert out.events[-1] == {"type": "future_event", "late": 1}
    starts = [e for e in out.events if isinstance(e, ContentBlockStartEvent)]
    assert starts[1].content_block == scripted["content"][1]


@MODES
async def test_multibyte_text_split_across_chunks(mode: str, server: StandIn) -> None:
    scripted = SCRIPTED["multibyte"]
    server.queue("messages.create", MessageReply(message=scripted, text_chunk=1))
    out = await run_stream(mode, server, how="text")
    assert "".join(out.texts) == scripted["content"][0]["text"]
    assert out.final is not None
    assert out.final.to_dict() == scripted


# -- broken streams ---------------------------------------------------------------------------


@MODES
@pytest.mark.parametrize(
    ("error_type", "error_class", "status"),
    [
        ("overloaded_error", claude.OverloadedError, 529),
        ("api_error", claude.InternalServerError, 500),
        ("rate_limit_error", claude.RateLimitError, 429),
        ("future_error", claude.InternalServerError, 500),
    ],
)
async def test_error_event_mid_stream(
    mode: str, error_type: str, error_class: type[Exception], status: int, server: StandIn
) -> None:
    scripted = SCRIPTED["tool split"]
    events = message_to_events(scripted, json_chunk=4)
    cut = next(i for i, e in enumerate(events) if e["type"] == "content_block_start" and i > 1)
    cut += 3  # inside the tool's JSON
    reply = MessageReply(
        message=scripted, json_chunk=4, error_after=cut, error_type=error_type, error_message="Oops"
    )
    server.queue("messages.create", reply)
    out = await run_stream(mode, server)
    error = out.error
    assert type(error) is error_class
    assert isinstance(error, claude.APIStatusError)
    assert error.status_code == status
    assert error.type == error_type
    assert error.message == "Oops"
    assert error.request_id == out.request_id == server.requests[0].request_id
    partial = error.partial
    assert isinstance(partial, Message)
    assert partial.content[0].to_dict() == scripted["content"][0]
    tool_block = partial.content[1].to_dict()
    assert set(tool_block) == set(scripted["content"][1])  # schema fields only
    info = claude.stream_info(partial)
    assert info is not None
    assert info.incomplete == (1,)
    assert info.partial_json == {1: '{"locati'}  # two deltas of four characters
    assert tool_block["input"] == {}
    assert partial.stop_reason is None
    assert out.final is None
    assert out.closed
    assert len(server.requests) == 1  # never replayed


@MODES
async def test_end_without_message_stop(mode: str, server: StandIn) -> None:
    scripted = SCRIPTED["tool split"]
    events = message_to_events(scripted, json_chunk=6)
    cut = len(events) - 6  # inside the tool JSON: three deltas and the stops are missing
    server.queue("messages.create", MessageReply(message=scripted, json_chunk=6, end_after=cut))
    out = await run_stream(mode, server)
    error = out.error
    assert isinstance(error, claude.StreamInterruptedError)
    assert "before message_stop" in str(error)
    partial = error.partial
    assert isinstance(partial, Message)
    received = "".join(
        e["delta"]["partial_json"]
        for e in events[:cut]
        if e.get("delta", {}).get("type") == "input_json_delta"
    )
    tool_block = partial.content[1].to_dict()
    assert set(tool_block) == set(scripted["content"][1])
    assert claude.stream_info(partial) == claude.StreamInfo(
        incomplete=(1,), partial_json={1: received}
    )
    assert tool_block["input"]["location"] == "San Francisco, CA"
    assert tool_block["input"] != WEATHER_INPUT
    assert out.closed

    # The end of the body after message_delta but before message_stop still fails.
    reply = MessageReply(message=scripted, json_chunk=6, end_after=len(events) - 1)
    server.queue("messages.create", reply)
    out = await run_stream(mode, server)
    assert isinstance(out.error, claude.StreamInterruptedError)
    assert isinstance(out.error.partial, Message)
    assert out.error.partial.stop_reason == "tool_use"


@MODES
async def test_connection_drop_mid_body(mode: str, server: StandIn) -> None:
    scripted = SCRIPTED["tool split"]
    events = message_to_events(scripted, json_chunk=5)
    line_ending = server.line_ending
    pieces = [encode_event(e["type"], e, line_ending) for e in events]
    json_events = [i for i, e in enumerate(events) if "partial_json" in e.get("delta", {})]
    whole = json_events[3] + 1  # events received whole before the cut
    nbytes = sum(len(p) for p in pieces[:whole]) + 10
    server.queue(
        "messages.create", ResetAfter(nbytes, MessageReply(message=scripted, json_chunk=5))
    )
    out = await run_stream(mode, server)
    error = out.error
    assert isinstance(error, claude.StreamInterruptedError)
    assert isinstance(error.__cause__, claude.APIConnectionError)
    assert isinstance(error.__cause__.__cause__, httpx.TransportError)
    assert out.closed
    assert len(server.requests) == 1  # never replayed
    # The partial is what the events received give, tool input parsed leniently.
    accumulator = MessageAccumulator()
    for event in out.events:
        accumulator.add(event)
    partial = error.partial
    if not out.events:  # the reset can discard bytes that were sent but not delivered
        assert partial is None
        return
    assert isinstance(partial, Message)
    expected = accumulator.partial()
    assert isinstance(expected, Message)
    assert partial.to_dict() == expected.to_dict()
    full_json = orjson.dumps(WEATHER_INPUT).decode()
    if len(partial.content) == 2:
        block = partial.content[1].to_dict()
        info = claude.stream_info(partial)
        assert info is not None
        assert info.incomplete == (1,)
        assert full_json.startswith(info.partial_json[1])
        assert "_partial_json" not in block
        assert isinstance(block["input"], dict)
        assert block["input"] != WEATHER_INPUT
    if server.chunk_size == 65536:  # one write: everything before the reset arrives
        assert len(out.events) == whole
        block = partial.content[1].to_dict()
        info = claude.stream_info(partial)
        assert info is not None
        assert info.partial_json[1] == full_json[:20] == '{"location":"San Fra'
        assert block["input"] == {"location": "San Fra"}


@MODES
async def test_drop_after_message_stop_is_not_a_failure(mode: str) -> None:
    scripted = SCRIPTED["text"]
    body = b"".join(encode_event(e["type"], e) for e in message_to_events(scripted))
    with StandIn(chunk_size=65536) as server:
        server.queue("messages.create", ResetAfter(len(body), MessageReply(message=scripted)))
        out = await run_stream(mode, server)
    assert out.error is None
    assert out.final is not None
    assert out.final.to_dict() == scripted


@MODES
async def test_events_before_message_start(mode: str, server: StandIn) -> None:
    events = message_to_events(SCRIPTED["text"])
    early = [events[1], *events]  # content_block_start first
    server.queue("messages.create", SSEReply(events=early))
    out = await run_stream(mode, server)
    assert isinstance(out.error, claude.StreamProtocolError)
    assert "before message_start" in str(out.error)
    assert out.error.partial is None
    assert out.closed

    server.queue("messages.create", SSEReply(events=early))
    out = await run_events(mode, server)
    assert isinstance(out.error, claude.StreamProtocolError)
    assert out.closed


@MODES
async def test_malformed_known_event(mode: str, server: StandIn) -> None:
    events = message_to_events(SCRIPTED["text"])
    events[2] = {"type": "content_block_delta", "index": 0, "delta": {"type": "text_delta"}}
    server.queue("messages.create", SSEReply(events=events))
    out = await run_stream(mode, server)
    assert isinstance(out.error, claude.ResponseValidationError)
    assert out.error.response is out.response
    assert out.closed

    server.queue("messages.create", SSEReply(events=[("message_start", "{not json")]))
    out = await run_events(mode, server)
    assert isinstance(out.error, claude.ResponseValidationError)
    assert out.closed


@MODES
async def test_error_is_raised_again_by_get_final_message(mode: str, server: StandIn) -> None:
    server.queue("messages.create", MessageReply(message=SCRIPTED["text"], error_after=3))
    client = make_client(mode, server)
    errors: list[Exception] = []
    if mode == "sync":
        with client, client.messages.stream(**REQUEST) as stream:
            with pytest.raises(claude.OverloadedError) as first:
                list(stream)
            for _ in range(2):
                with pytest.raises(claude.OverloadedError) as again:
                    stream.get_final_message()
                errors.append(again.value)
    else:
        async with client, client.messages.stream(**REQUEST) as stream:
            with pytest.raises(claude.OverloadedError) as first:
                _ = [event async for event in stream]
            for _ in range(2):
                with pytest.raises(claude.OverloadedError) as again:
                    await stream.get_final_message()
                errors.append(again.value)
    assert all(error is first.value for error in errors)


# -- status errors before the body, and retries -----------------------------------------------


@MODES
@pytest.mark.usefixtures("retry_test_mode")
async def test_status_error_before_the_body_is_retried(mode: str, server: StandIn) -> None:
    scripted = SCRIPTED["text"]
    server.queue("messages.create", ErrorReply(529), MessageReply(message=scripted))
    out = await run_stream(mode, server)
    assert out.final is not None
    assert out.final.to_dict() == scripted
    assert claude.response_info(out.final).retries == 1
    assert len(server.requests) == 2


@MODES
@pytest.mark.usefixtures("retry_test_mode")
async def test_status_error_before_the_body_is_raised_typed(mode: str, server: StandIn) -> None:
    server.queue("messages.create", ErrorReply(400, message="max_tokens: too large"))
    out = await run_stream(mode, server)
    assert isinstance(out.error, claude.BadRequestError)
    assert out.error.message == "max_tokens: too large"
    assert out.response is None  # the stream never opened
    assert len(server.requests) == 1

    server.queue("messages.create", *[ErrorReply(529)] * 3)
    out = await run_events(mode, server)
    assert isinstance(out.error, claude.OverloadedError)
    assert out.error.retries == 2
    assert len(server.requests) == 4


# -- the response is closed on every path -----------------------------------------------------


@MODES
async def test_break_closes_the_response(mode: str, server: StandIn) -> None:
    server.queue("messages.create", MessageReply(message=SCRIPTED["tool split"], text_chunk=1))
    client = make_client(mode, server)
    if mode == "sync":
        with client:
            with client.messages.stream(**REQUEST) as stream:
                for event in stream:
                    if isinstance(event, ContentBlockDeltaEvent):
                        break
                assert not stream.response.is_closed
            assert stream.response.is_closed
            with pytest.raises(claude.StreamInterruptedError, match="closed before"):
                stream.get_final_message()
            assert list(stream) == []
    else:
        async with client:
            async with client.messages.stream(**REQUEST) as stream:
                async for event in stream:
                    if isinstance(event, ContentBlockDeltaEvent):
                        break
                assert not stream.response.is_closed
            assert stream.response.is_closed
            with pytest.raises(claude.StreamInterruptedError, match="closed before"):
                await stream.get_final_message()
    assert isinstance(event.delta, TextDelta)
    assert event.delta.text == "L"


@MODES
async def test_raw_stream_break_and_close(mode: str, server: StandIn) -> None:
    server.queue("messages.create", MessageReply(message=SCRIPTED["text"], text_chunk=1))
    server.queue("messages.create", MessageReply(message=SCRIPTED["text"], text_chunk=1))
    client = make_client(mode, server)
    if mode == "sync":
        with client:
            with client.messages.create(**REQUEST, stream=True) as events:
                for _ in events:
                    break
            assert events.response.is_closed
            events = client.messages.create(**REQUEST, stream=True)
            next(iter(events))
            events.close()
            events.close()  # idempotent
            assert events.response.is_closed
    else:
        async with client:
            async with await client.messages.create(**REQUEST, stream=True) as events:
                async for _ in events:
                    break
            assert events.response.is_closed
            events = await client.messages.create(**REQUEST, stream=True)
            await events.__anext__()
            await events.close()
            await events.aclose()  # idempotent
            assert events.response.is_closed


@MODES
async def test_exception_in_the_with_block_closes_the_response(mode: str, server: StandIn) -> None:
    server.queue("messages.create", MessageReply(message=SCRIPTED["text"]))
    client = make_client(mode, server)
    if mode == "sync":
        with client, pytest.raises(KeyError), client.messages.stream(**REQUEST) as stream:
            raise KeyError("boom")
    else:
        async with client:
            with pytest.raises(KeyError):
                async with client.messages.stream(**REQUEST) as stream:
                    raise KeyError("boom")
    assert stream.response.is_closed


async def test_abandoned_iterator_closes_the_response(server: StandIn) -> None:
    server.queue("messages.create", MessageReply(message=SCRIPTED["text"], text_chunk=1))
    with claude.Client(api_key="test", base_url=server.base_url) as client:
        events = client.messages.create(**REQUEST, stream=True)
        response = events.response
        for _ in events:
            break
        assert not response.is_closed
        del events
        gc.collect()
        assert response.is_closed
        # Iterating to the end closes it without any help.
        events = client.messages.create(**REQUEST, stream=True)
        assert len(list(events)) > 3
        assert events.response.is_closed


@MODES
@pytest.mark.parametrize("ending", ["\n", "\r\n"])
async def test_last_event_ended_by_a_single_line_end(
    mode: str, ending: str, server: StandIn
) -> None:
    """The official SDK's fixtures end ``message_stop`` with one line end and no blank line."""
    scripted = SCRIPTED["tool split"]
    body = b"".join(encode_event(e["type"], e, ending) for e in message_to_events(scripted))
    assert body.endswith((ending * 2).encode())
    body = body[: -len(ending)]
    server.queue(
        "messages.create", RawReply(body=body, content_type="text/event-stream; charset=utf-8")
    )

    out = await run_stream(mode, server)

    assert out.error is None
    assert out.final is not None
    assert out.final.to_dict() == scripted
    assert wire_types([e.to_dict() for e in out.events])[-1] == "message_stop"
    assert out.closed


@MODES
async def test_partial_messages_go_back_as_history(mode: str, server: StandIn) -> None:
    """A reply cut by max_tokens, and the partial of a broken stream, re-sent as an assistant
    turn: accepted by local validation and sent with schema fields only."""
    scripted = message(
        {"type": "text", "text": "Calling."},
        tool("toolu_01", "get_weather", WEATHER_INPUT),
        stop_reason="max_tokens",
    )
    events = message_to_events(scripted, json_chunk=7)
    fragments = [e for e in events if e.get("delta", {}).get("type") == "input_json_delta"]
    for dropped in fragments[5:]:
        events.remove(dropped)
    server.queue("messages.create", SSEReply(events=events))
    cut = message_to_events(scripted, json_chunk=4)
    server.queue("messages.create", SSEReply(events=cut[: len(cut) - 6]))  # no stops, no end
    finished = await run_stream(mode, server)
    broken = await run_stream(mode, server)
    assert finished.final is not None
    assert isinstance(broken.error, claude.StreamInterruptedError)
    partial = broken.error.partial
    assert isinstance(partial, Message)
    for reply in (finished.final, partial):
        history = [*REQUEST["messages"], {"role": "assistant", "content": reply.content}]
        before = len(server.requests)
        client = make_client(mode, server)
        if mode == "sync":
            with client:
                client.messages.count_tokens(model=REQUEST["model"], messages=history)
        else:
            async with client:
                await client.messages.count_tokens(model=REQUEST["model"], messages=history)
        (sent,) = server.requests[before:]
        content = sent.json["messages"][-1]["content"]
        assert content == [block.to_dict() for block in reply.content]
        tool_input = content[-1]["input"]
        assert isinstance(tool_input, dict)
        assert tool_input["location"] == "San Francisco, CA"
        assert all(not key.startswith("_") for block in content for key in block)
