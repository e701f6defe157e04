"""Helper events on the edges: unknown blocks and deltas, JSON that goes bad, early close."""

from __future__ import annotations

from typing import Any

import claude
import pytest
from claude.testing import SSEReply, StandIn, message_to_events

pytestmark = pytest.mark.anyio

REQUEST: dict[str, Any] = {
    "model": "claude-sonnet-4-5",
    "max_tokens": 64,
    "messages": [{"role": "user", "content": "Hi"}],
}
MODES = pytest.mark.parametrize("mode", ["sync", "async"])
START = {
    "type": "message_start",
    "message": {
        "id": "msg_1",
        "type": "message",
        "role": "assistant",
        "model": "claude-sonnet-4-5",
        "content": [],
        "stop_reason": None,
        "stop_sequence": None,
        "usage": {"input_tokens": 3, "output_tokens": 1},
    },
}
END = [
    {"type": "message_delta", "delta": {"stop_reason": "end_turn"}, "usage": {"output_tokens": 5}},
    {"type": "message_stop"},
]


def delta(index: int, **fields: Any) -> dict[str, Any]:
    return {"type": "content_block_delta", "index": index, "delta": fields}


async def collect(mode: str, server: StandIn, into: list[Any]) -> None:
    """Iterate a message stream into *into* (kept when the iteration raises)."""
    if mode == "sync":
        client = claude.Client(api_key="test", base_url=server.base_url)
        with client, client.messages.stream(**REQUEST) as stream:
            into.extend(stream)
        return
    aclient = claude.AsyncClient(api_key="test", base_url=server.base_url)
    async with aclient, aclient.messages.stream(**REQUEST) as astream:
        async for event in astream:
            into.append(event)


async def iterate(mode: str, server: StandIn, events: list[dict[str, Any]]) -> list[Any]:
    server.queue("messages.create", SSEReply(events=events))
    if mode == "sync":
        client = claude.Client(api_key="test", base_url=server.base_url)
        with client, client.messages.stream(**REQUEST) as stream:
            return list(stream)
    aclient = claude.AsyncClient(api_key="test", base_url=server.base_url)
    async with aclient, aclient.messages.stream(**REQUEST) as astream:
        return [event async for event in astream]


@MODES
async def test_unknown_blocks_and_deltas_make_no_helper_event(mode: str, server: StandIn) -> None:
    events = [
        START,
        {"type": "content_block_start", "index": 0, "content_block": {"type": "hologram", "x": 1}},
        delta(0, type="text_delta", text="not a text block"),
        delta(0, type="sparkle_delta", glow=2),
        {"type": "content_block_stop", "index": 0},
        {"type": "content_block_start", "index": 1, "content_block": {"type": "text", "text": ""}},
        delta(1, type="sparkle_delta", glow=3),
        delta(1, type="input_json_delta", partial_json="{}"),  # not a tool block
        delta(1, type="text_delta", text="ok"),
        {"type": "content_block_stop", "index": 1},
        *END,
    ]
    got = await iterate(mode, server, events)
    helpers = [e for e in got if isinstance(e, claude.TextEvent | claude.InputJsonEvent)]
    assert helpers == [claude.TextEvent(text="ok", snapshot="ok")]
    stops = [e for e in got if isinstance(e, claude.ContentBlockStopEvent)]
    assert stops[0].content_block == {"type": "hologram", "x": 1}  # kept raw, as in the message
    assert stops[1].content_block.to_dict() == {"type": "text", "text": "ok"}
    assert isinstance(got[-1], claude.MessageStopEvent)
    assert got[-1].message.content[0] == {"type": "hologram", "x": 1}


@MODES
async def test_input_json_snapshots_grow_and_bad_json_fails_at_stop(
    mode: str, server: StandIn
) -> None:
    tool = {"type": "tool_use", "id": "toolu_1", "name": "f", "input": {}}
    head = [START, {"type": "content_block_start", "index": 0, "content_block": tool}]
    good = [
        delta(0, type="input_json_delta", partial_json=p)
        for p in ('{"a": [1, ', '2], "b": "x', 'y"}')
    ]
    got = await iterate(
        mode, server, [*head, *good, {"type": "content_block_stop", "index": 0}, *END]
    )
    snapshots = [e.snapshot for e in got if isinstance(e, claude.InputJsonEvent)]
    assert snapshots == [{"a": [1]}, {"a": [1, 2]}, {"a": [1, 2], "b": "xy"}]

    bad = [delta(0, type="input_json_delta", partial_json=p) for p in ('{"a": 1', "]]")]
    server.queue(
        "messages.create",
        SSEReply(events=[*head, *bad, {"type": "content_block_stop", "index": 0}, *END]),
    )
    seen: list[Any] = []
    with pytest.raises(claude.ResponseValidationError, match="not valid JSON"):
        await collect(mode, server, seen)
    # a trailing number complete as it stands is kept (as the official snapshots keep it);
    # then the snapshot stays what the last good prefix gave
    assert [e.snapshot for e in seen if isinstance(e, claude.InputJsonEvent)] == [
        {"a": 1},
        {"a": 1},
    ]


@MODES
async def test_closing_drops_pending_helper_events(mode: str, server: StandIn) -> None:
    scripted = {
        **START["message"],
        "content": [{"type": "text", "text": "Hello there"}],
        "stop_reason": "end_turn",
    }
    server.queue("messages.create", SSEReply(events=message_to_events(scripted, text_chunk=3)))
    if mode == "sync":
        client = claude.Client(api_key="test", base_url=server.base_url)
        with client, client.messages.stream(**REQUEST) as stream:
            for event in stream:
                if event.__class__.__name__ == "ContentBlockDeltaEvent":
                    break  # its TextEvent is pending
            stream.close()
            assert list(stream) == []
    else:
        aclient = claude.AsyncClient(api_key="test", base_url=server.base_url)
        async with aclient, aclient.messages.stream(**REQUEST) as astream:
            async for event in astream:
                if event.__class__.__name__ == "ContentBlockDeltaEvent":
                    break
            await astream.close()
            assert [event async for event in astream] == []
