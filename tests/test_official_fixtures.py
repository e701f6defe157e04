"""Stream fixtures in the official SDK's format replayed against this client and the official one.

Each file of ``tests/fixtures/streams`` is a ``text/event-stream`` body as the official SDK's
own fixtures write it: ``event: X`` / ``data: {...}`` events separated by a blank line, the
last one ended by a single newline. The stand-in serves it verbatim (``RawReply``) to
``claude.Client`` / ``claude.AsyncClient`` and to ``anthropic.Anthropic`` (the oracle, pinned in
the test extra); both final messages must be the same JSON.

Normalisation: ``null`` members are dropped on both sides (``exclude_none`` for the official
models, the same walk over this client's ``to_dict()``): the official models fill every
optional field they know with ``None``, this client keeps only what the wire sent.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import anthropic
import claude
import pytest
from claude.testing import RawReply, StandIn

pytestmark = pytest.mark.anyio

FIXTURES = Path(__file__).parent / "fixtures" / "streams"
NAMES = sorted(path.stem for path in FIXTURES.glob("*.txt"))
REQUEST: dict[str, Any] = {
    "model": "claude-sonnet-4-5",
    "max_tokens": 1024,
    "messages": [{"role": "user", "content": "Hi"}],
}


def body(name: str) -> bytes:
    return (FIXTURES / f"{name}.txt").read_bytes()


def without_none(value: Any) -> Any:
    if isinstance(value, dict):
        return {k: without_none(v) for k, v in value.items() if v is not None}
    if isinstance(value, list):
        return [without_none(v) for v in value]
    return value


def serve(server: StandIn, name: str, *, blank_line_at_end: bool = False) -> None:
    data = body(name) + (b"\n" if blank_line_at_end else b"")
    server.queue("messages.create", RawReply(body=data, content_type="text/event-stream"))


def official_final(server: StandIn, name: str) -> dict[str, Any]:
    serve(server, name)
    client = anthropic.Anthropic(base_url=server.base_url, api_key="test", max_retries=0)
    with client, client.messages.stream(**REQUEST) as stream:
        message = stream.get_final_message()
    dumped: dict[str, Any] = message.model_dump(mode="json", exclude_none=True)
    return without_none(dumped)


async def our_final(server: StandIn, name: str, mode: str) -> dict[str, Any]:
    serve(server, name)
    if mode == "sync":
        client = claude.Client(api_key="test", base_url=server.base_url)
        with client, client.messages.stream(**REQUEST) as stream:
            message = stream.get_final_message()
    else:
        aclient = claude.AsyncClient(api_key="test", base_url=server.base_url)
        async with aclient, aclient.messages.stream(**REQUEST) as astream:
            message = await astream.get_final_message()
    return without_none(message.to_dict())


def test_fixtures_are_in_the_official_format() -> None:
    assert NAMES == ["citations", "server_tool_use", "text", "thinking", "tool_use"]
    for name in NAMES:
        data = body(name)
        assert data.endswith(b'data: {"type":"message_stop"}\n')
        assert not data.endswith(b"\n\n")
        assert data.count(b"\n\nevent: ") == data.count(b"event: ") - 1


@pytest.mark.parametrize("mode", ["sync", "async"])
@pytest.mark.parametrize("name", NAMES)
async def test_final_message_equals_the_official_sdk(
    name: str, mode: str, claude_standin: StandIn
) -> None:
    expected = official_final(claude_standin, name)
    got = await our_final(claude_standin, name, mode)
    assert got == expected
    assert got["content"]  # the fixture is not trivially empty


@pytest.mark.parametrize("name", NAMES)
def test_helper_events_match_the_official_sdk(name: str, claude_standin: StandIn) -> None:
    """The helper events (type and payload) come in the official order.

    The official SDK (2.16.0) does not dispatch a last event ended by a single newline: its
    iteration stops after ``message_delta`` (its final message is built by then). It gets the
    body with a blank line at the end, so its ``message_stop`` is compared too.
    """
    serve(claude_standin, name, blank_line_at_end=True)
    official = anthropic.Anthropic(base_url=claude_standin.base_url, api_key="test", max_retries=0)
    with official, official.messages.stream(**REQUEST) as stream:
        theirs = [describe_official(event) for event in stream]
    serve(claude_standin, name)
    client = claude.Client(api_key="test", base_url=claude_standin.base_url)
    with client, client.messages.stream(**REQUEST) as ours_stream:
        ours = [describe_ours(event) for event in ours_stream]
    assert ours == theirs
    assert ours[-1][0] == "message_stop"


def test_the_official_sdk_drops_a_last_event_without_blank_line(claude_standin: StandIn) -> None:
    """What the note above says, kept true: this client yields that message_stop."""
    serve(claude_standin, "text")
    official = anthropic.Anthropic(base_url=claude_standin.base_url, api_key="test", max_retries=0)
    with official, official.messages.stream(**REQUEST) as stream:
        assert [event.type for event in stream][-1] == "message_delta"
    serve(claude_standin, "text")
    client = claude.Client(api_key="test", base_url=claude_standin.base_url)
    with client, client.messages.stream(**REQUEST) as ours:
        assert isinstance(list(ours)[-1], claude.MessageStopEvent)


def describe_official(event: Any) -> tuple[Any, ...]:
    kind = event.type
    if kind == "text":
        return (kind, event.text, event.snapshot)
    if kind == "thinking":
        return (kind, event.thinking, event.snapshot)
    if kind == "signature":
        return (kind, event.signature)
    if kind == "input_json":
        return (kind, event.partial_json, event.snapshot)
    if kind == "citation":
        return (kind, dump(event.citation), [dump(c) for c in event.snapshot])
    if kind == "content_block_stop":
        return (kind, event.index, dump(event.content_block))
    if kind == "message_stop":
        return (kind, dump(event.message))
    return (kind,)


def dump(model: Any) -> Any:
    return without_none(model.model_dump(mode="json", exclude_none=True))


def describe_ours(event: Any) -> tuple[Any, ...]:
    if isinstance(event, claude.TextEvent):
        return (event.type, event.text, event.snapshot)
    if isinstance(event, claude.ThinkingEvent):
        return (event.type, event.thinking, event.snapshot)
    if isinstance(event, claude.SignatureEvent):
        return (event.type, event.signature)
    if isinstance(event, claude.InputJsonEvent):
        return (event.type, event.partial_json, event.snapshot)
    if isinstance(event, claude.CitationEvent):
        snapshot = [without_none(c.to_dict()) for c in event.snapshot]
        return (event.type, without_none(event.citation.to_dict()), snapshot)
    if isinstance(event, claude.ContentBlockStopEvent):
        return ("content_block_stop", event.index, without_none(event.content_block.to_dict()))
    if isinstance(event, claude.MessageStopEvent):
        return ("message_stop", without_none(event.message.to_dict()))
    return (event.to_dict()["type"],)


async def our_events(server: StandIn, name: str, mode: str, how: str) -> list[Any]:
    serve(server, name)
    if mode == "sync":
        with claude.Client(api_key="test", base_url=server.base_url) as client:
            if how == "stream":
                with client.messages.stream(**REQUEST) as stream:
                    return list(stream)
            with client.messages.create(**REQUEST, stream=True) as events:
                return list(events)
    async with claude.AsyncClient(api_key="test", base_url=server.base_url) as aclient:
        if how == "stream":
            async with aclient.messages.stream(**REQUEST) as astream:
                return [event async for event in astream]
        async with await aclient.messages.create(**REQUEST, stream=True) as aevents:
            return [event async for event in aevents]


@pytest.mark.parametrize("name", NAMES)
async def test_async_helper_events_equal_the_sync_ones(name: str, claude_standin: StandIn) -> None:
    sync = [describe_ours(e) for e in await our_events(claude_standin, name, "sync", "stream")]
    got = [describe_ours(e) for e in await our_events(claude_standin, name, "async", "stream")]
    assert got == sync
    kinds = {entry[0] for entry in got}
    assert {"content_block_stop", "message_stop"} <= kinds


@pytest.mark.parametrize("mode", ["sync", "async"])
@pytest.mark.parametrize("name", NAMES)
async def test_create_stream_true_gives_raw_events_only(
    name: str, mode: str, claude_standin: StandIn
) -> None:
    helpers = (claude.TextEvent, claude.ThinkingEvent, claude.SignatureEvent)
    helpers += (claude.InputJsonEvent, claude.CitationEvent)
    raw = await our_events(claude_standin, name, mode, "create")
    assert not any(isinstance(e, helpers) for e in raw)
    assert not any(
        isinstance(e, claude.ContentBlockStopEvent | claude.MessageStopEvent) for e in raw
    )
    streamed = await our_events(claude_standin, name, mode, "stream")
    assert [e.to_dict() for e in streamed if not isinstance(e, helpers)] == [
        e.to_dict() for e in raw
    ]
    wire = [line[7:] for line in body(name).decode().splitlines() if line.startswith("event: ")]
    assert [e.to_dict()["type"] for e in raw] == [t for t in wire if t != "ping"]


@pytest.mark.parametrize("mode", ["sync", "async"])
async def test_stop_events_remain_the_generated_events(mode: str, claude_standin: StandIn) -> None:
    from claude_api.models import ContentBlockStopEvent, Message, MessageStopEvent, ToolUseBlock

    events = await our_events(claude_standin, "tool_use", mode, "stream")
    stops = [e for e in events if isinstance(e, ContentBlockStopEvent)]
    assert all(isinstance(e, claude.ContentBlockStopEvent) for e in stops)
    assert [e.to_dict() for e in stops] == [
        {"type": "content_block_stop", "index": 0},
        {"type": "content_block_stop", "index": 1},
    ]
    tool_block = stops[1].content_block
    assert isinstance(tool_block, ToolUseBlock)
    assert tool_block.to_dict()["input"] == {"location": "San Francisco, CA", "unit": "celsius"}
    (last,) = [e for e in events if isinstance(e, MessageStopEvent)]
    assert isinstance(last, claude.MessageStopEvent)
    assert last.to_dict() == {"type": "message_stop"}
    assert isinstance(last.message, Message)
    assert last.message.content[1].to_dict() == tool_block.to_dict()
    assert claude.response_info(last.message).status_code == 200
    inputs = [e.snapshot for e in events if isinstance(e, claude.InputJsonEvent)]
    assert inputs[-1] == {"location": "San Francisco, CA", "unit": "celsius"}
    assert all(isinstance(snapshot, dict) for snapshot in inputs)


async def test_get_final_message_after_iteration_is_the_message_stop_message(
    claude_standin: StandIn,
) -> None:
    serve(claude_standin, "thinking")
    client = claude.Client(api_key="test", base_url=claude_standin.base_url)
    with client, client.messages.stream(**REQUEST) as stream:
        events = list(stream)
        final = stream.get_final_message()
    assert isinstance(events[-1], claude.MessageStopEvent)
    assert events[-1].message is final
    signatures = [e for e in events if isinstance(e, claude.SignatureEvent)]
    assert [s.signature for s in signatures] == [final.content[0].to_dict()["signature"]]
    thinking = [e for e in events if isinstance(e, claude.ThinkingEvent)]
    assert [t.snapshot for t in thinking] == ["Let me add ", "Let me add 2 and 2: it is 4."]
