"""Response fields the API does not always send are optional in the spec (issue: "the spec says only
what the API promises"): a model object without `lifecycle`, and server tool usage with
`web_search_requests` alone, parse through the public calls, sync and async, plain and streamed.
"""

from __future__ import annotations

import copy
from collections.abc import Callable
from typing import Any

import claude
import pytest
from claude.testing import MessageReply, StandIn
from conftest import CREATE, MakeClient, collect, resolve

pytestmark = pytest.mark.anyio

# A model object as the published API reference describes it: no `lifecycle`.
MODEL = {
    "type": "model",
    "id": "claude-test-1",
    "display_name": "Claude Test 1",
    "created_at": "2025-01-01T00:00:00Z",
    "capabilities": None,
    "max_input_tokens": 200000,
    "max_tokens": 64000,
}
MESSAGE = {
    "id": "msg_01",
    "type": "message",
    "role": "assistant",
    "model": "claude-sonnet-4-5",
    "content": [{"type": "text", "text": "Searched."}],
    "stop_reason": "end_turn",
    "stop_sequence": None,
    "usage": {
        "input_tokens": 12,
        "output_tokens": 3,
        "server_tool_use": {"web_search_requests": 2},  # no `web_fetch_requests`
    },
}


async def test_models_without_lifecycle_list_and_retrieve(
    make_client: MakeClient, make_standin: Callable[..., StandIn]
) -> None:
    server = make_standin(models=[MODEL])
    client = make_client(base_url=server.base_url)
    (listed,) = await collect(client.models.list())
    one = await resolve(client.models.retrieve("claude-test-1"))
    for model in (listed, one):
        assert model.id == "claude-test-1"
        assert model.max_input_tokens == 200000
        assert model.lifecycle is None
        assert "lifecycle" not in model.to_dict()


async def test_a_model_with_lifecycle_still_reads_it(
    make_client: MakeClient, make_standin: Callable[..., StandIn]
) -> None:
    server = make_standin(models=[{**MODEL, "lifecycle": "deprecated"}])
    client = make_client(base_url=server.base_url)
    (model,) = await collect(client.models.list())
    assert model.lifecycle == "deprecated"


async def test_a_reply_with_web_search_requests_only(client: Any, server: StandIn) -> None:
    server.queue("messages.create", MessageReply(message=copy.deepcopy(MESSAGE), stream=False))
    message = await resolve(client.messages.create(**CREATE))
    usage = message.usage.server_tool_use
    assert usage.web_search_requests == 2
    assert usage.web_fetch_requests is None
    assert message.to_dict()["usage"]["server_tool_use"] == {"web_search_requests": 2}


async def test_a_streamed_reply_with_web_search_requests_only(client: Any, server: StandIn) -> None:
    server.queue("messages.create", MessageReply(message=copy.deepcopy(MESSAGE), stream=True))
    stream = client.messages.stream(**CREATE)
    if hasattr(stream, "__aenter__"):
        async with stream as events:
            final = await events.get_final_message()
    else:
        with stream as events:
            final = events.get_final_message()
    assert [b.text for b in final.content] == ["Searched."]
    assert final.usage.server_tool_use.web_search_requests == 2
    assert final.usage.server_tool_use.web_fetch_requests is None


# --- The `lifecycle` filter of `models.list` (the `lifecycle[]` query parameter).
STAGED = [
    {**MODEL, "id": "claude-test-3", "lifecycle": "active"},
    {**MODEL, "id": "claude-test-2", "lifecycle": "deprecated"},
    {**MODEL, "id": "claude-test-1", "lifecycle": "retired"},
]


@pytest.mark.parametrize(
    ("lifecycle", "ids"),
    [
        (None, ["claude-test-3", "claude-test-2"]),
        (["retired"], ["claude-test-1"]),
        (("active", "retired"), ["claude-test-3", "claude-test-1"]),
    ],
)
async def test_models_list_filters_by_lifecycle_on_every_page(
    make_client: MakeClient,
    make_standin: Callable[..., StandIn],
    lifecycle: Any,
    ids: list[str],
) -> None:
    server = make_standin(models=STAGED)
    client = make_client(base_url=server.base_url)
    listed = await collect(client.models.list(lifecycle=lifecycle, limit=1))
    assert [m.id for m in listed] == ids
    targets = [r for r in server.requests if r.operation == "models.list"]
    assert len(targets) == len(ids)  # one model a page: the filter goes with every page
    for request in targets:
        assert request.query.get("lifecycle[]") == (lifecycle[-1] if lifecycle else None)


@pytest.mark.parametrize(
    ("lifecycle", "field"),
    [
        ("active", "lifecycle"),
        ([], "lifecycle"),
        (["active", "deprecated", "retired", "active"], "lifecycle"),
        (["active", "gone"], "lifecycle[1]"),
    ],
)
async def test_a_bad_lifecycle_filter_is_rejected_before_sending(
    make_client: MakeClient, make_standin: Callable[..., StandIn], lifecycle: Any, field: str
) -> None:
    server = make_standin(models=STAGED)
    client = make_client(base_url=server.base_url)
    with pytest.raises(claude.RequestValidationError) as caught:
        await collect(client.models.list(lifecycle=lifecycle))
    assert caught.value.field == field
    assert server.requests == []


# --- Absent optional fields read as None through every call, and are never sent back as null.
async def test_a_batch_result_line_reads_absent_fields_as_none(
    client: Any, server: StandIn
) -> None:
    requests = [{"custom_id": "a", "params": CREATE}]
    batch = await resolve(client.messages.batches.create(requests=requests))
    ended = await resolve(client.messages.batches.retrieve(batch.id))
    line = {"custom_id": "a", "result": {"type": "succeeded", "message": copy.deepcopy(MESSAGE)}}
    server.set_results(ended.id, [line])
    stream = await resolve(client.messages.batches.results(ended.id))
    if hasattr(stream, "__aenter__"):
        async with stream:
            (result,) = [item async for item in stream]
    else:
        with stream:
            (result,) = list(stream)
    message = result.result.message
    assert message.stop_details is None
    assert message.usage.cache_creation is None
    assert message.content[0].citations is None
    assert result.to_dict() == line


async def test_a_reply_goes_back_without_nulls_for_what_it_lacked(
    client: Any, server: StandIn
) -> None:
    server.queue("messages.create", MessageReply(message=copy.deepcopy(MESSAGE), stream=False))
    reply = await resolve(client.messages.create(**CREATE))
    assert reply.content[0].citations is None  # absent in the reply
    turns = [*CREATE["messages"], {"role": "assistant", "content": reply.content}]
    turns.append({"role": "user", "content": "And then?"})
    await resolve(client.messages.create(**{**CREATE, "messages": turns}))
    sent = server.requests[-1].json["messages"][1]["content"]
    assert sent == [{"type": "text", "text": "Searched."}]
