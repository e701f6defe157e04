"""Liberal responses end to end: a required field the server leaves out never fails a call.

Over real TCP with the stand-in, sync and async, plain and streamed: the rest of the result is
usable, reading the missing field raises `claude.MissingFieldError` naming model and field, the
omission is logged at DEBUG on the `claude` logger and listed in `response_info().missing_fields`.
The exhaustive model-by-model check is tests/spec/test_missing_fields.py.
"""

from __future__ import annotations

import copy
import logging
from typing import Any

import claude
import pytest
from claude.testing import JSONReply, MessageReply, StandIn
from conftest import collect, resolve
from spec import examples as ex

pytestmark = pytest.mark.anyio

PARAMS: dict[str, Any] = {
    "model": "claude-sonnet-4-5",
    "max_tokens": 64,
    "messages": [{"role": "user", "content": "hi"}],
}


def model_without(model_id: str, *fields: str) -> dict[str, Any]:
    info = {**copy.deepcopy(ex.MODEL_INFO), "id": model_id}
    for name in fields:
        info.pop(name, None)
    return info


def message_with_server_tool_use(usage: dict[str, int]) -> dict[str, Any]:
    message = copy.deepcopy(ex.MESSAGE)
    message["usage"]["server_tool_use"] = usage
    return message


async def test_models_without_lifecycle(
    client: Any, server: StandIn, caplog: pytest.LogCaptureFixture
) -> None:
    """The issue's case: ``lifecycle`` is optional in the spec, so its absence is no omission;
    a field the spec requires (``display_name``) left out is, and still fails nothing."""
    page = {
        "data": [model_without("claude-a", "lifecycle"), model_without("claude-b", "display_name")],
        "has_more": False,
        "first_id": "claude-a",
        "last_id": "claude-b",
    }
    server.queue("models.list", JSONReply(body=page))

    with caplog.at_level(logging.DEBUG, logger="claude"):
        models = await collect(await resolve(client.models.list()))

    assert [m.id for m in models] == ["claude-a", "claude-b"]
    assert models[0].display_name == ex.MODEL_INFO["display_name"]
    assert models[0].lifecycle is None  # optional: absent reads None
    with pytest.raises(claude.MissingFieldError, match=r"^ModelInfo\.display_name is missing"):
        models[1].display_name  # noqa: B018
    assert "data[1].display_name" in caplog.text
    assert "data[0].lifecycle" not in caplog.text


async def test_model_retrieve_without_lifecycle(client: Any, server: StandIn) -> None:
    server.queue("models.retrieve", JSONReply(body=model_without("claude-a", "lifecycle")))
    model = await resolve(client.models.retrieve("claude-a"))
    assert model.id == "claude-a"
    assert claude.response_info(model).missing_fields == ()
    assert "lifecycle" not in model.to_dict()

    server.queue("models.retrieve", JSONReply(body=model_without("claude-a", "created_at")))
    model = await resolve(client.models.retrieve("claude-a"))
    assert claude.response_info(model).missing_fields == ("created_at",)
    assert "created_at" not in model.to_dict()


async def test_message_whose_server_tool_use_lacks_web_fetch_requests(
    client: Any, server: StandIn, caplog: pytest.LogCaptureFixture
) -> None:
    reply = message_with_server_tool_use({"web_search_requests": 2})
    server.queue("messages.create", MessageReply(message=reply))
    message = await resolve(client.messages.create(**PARAMS))
    assert claude.text_of(message) == claude.text_of(claude_api_message(ex.MESSAGE))
    assert message.usage.server_tool_use.web_search_requests == 2
    assert message.usage.server_tool_use.web_fetch_requests is None  # optional
    assert claude.response_info(message).missing_fields == ()

    # the required counter left out: the call still succeeds, the omission is visible
    reply = message_with_server_tool_use({"web_fetch_requests": 1})
    server.queue("messages.create", MessageReply(message=reply))
    with caplog.at_level(logging.DEBUG, logger="claude"):
        message = await resolve(client.messages.create(**PARAMS))
    assert message.usage.server_tool_use.web_fetch_requests == 1
    with pytest.raises(claude.MissingFieldError, match="web_search_requests"):
        message.usage.server_tool_use.web_search_requests  # noqa: B018
    info = claude.response_info(message)
    assert info.missing_fields == ("usage.server_tool_use.web_search_requests",)
    assert "usage.server_tool_use.web_search_requests" in caplog.text


async def test_streamed_message_whose_server_tool_use_lacks_web_fetch_requests(
    client: Any, server: StandIn
) -> None:
    reply = message_with_server_tool_use({"web_fetch_requests": 3})
    server.queue("messages.create", MessageReply(message=reply, stream=True))

    manager = client.messages.stream(**PARAMS)
    if hasattr(manager, "__aenter__"):
        async with manager as stream:
            events = [event async for event in stream]
            message = await stream.get_final_message()
    else:
        with manager as stream:
            events = list(stream)
            message = stream.get_final_message()

    assert events
    assert message.usage.server_tool_use.web_fetch_requests == 3
    with pytest.raises(claude.MissingFieldError, match=r"ServerToolUsage\.web_search_requests"):
        message.usage.server_tool_use.web_search_requests  # noqa: B018
    assert claude.response_info(message).missing_fields == (
        "usage.server_tool_use.web_search_requests",
    )


async def test_batch_results_line_missing_a_field(client: Any, server: StandIn) -> None:
    message = copy.deepcopy(ex.MESSAGE)
    del message["model"]
    lines = [
        {"custom_id": "ok", "result": {"type": "succeeded", "message": ex.MESSAGE}},
        {"custom_id": "partial", "result": {"type": "succeeded", "message": message}},
        {"result": {"type": "expired"}},
    ]
    batch = await resolve(
        client.messages.batches.create(requests=[{"custom_id": "x", "params": PARAMS}])
    )
    await resolve(client.messages.batches.retrieve(batch.id))
    server.set_results(batch.id, lines)

    items = await collect(await resolve(client.messages.batches.results(batch.id)))

    assert [item.result.type for item in items] == ["succeeded", "succeeded", "expired"]
    assert items[0].custom_id == "ok"
    with pytest.raises(LookupError):
        claude.response_info(items[0])  # a complete line carries no record
    assert items[1].result.message.id == ex.MESSAGE["id"]
    with pytest.raises(claude.MissingFieldError, match=r"^Message\.model is missing"):
        items[1].result.message.model  # noqa: B018
    assert claude.response_info(items[1]).missing_fields == ("result.message.model",)
    with pytest.raises(claude.MissingFieldError, match="custom_id"):
        items[2].custom_id  # noqa: B018
    assert claude.response_info(items[2]).missing_fields == ("custom_id",)


async def test_a_wrong_type_is_still_a_response_validation_error(
    client: Any, server: StandIn
) -> None:
    message = copy.deepcopy(ex.MESSAGE)
    message["usage"] = "plenty"
    server.queue("messages.create", JSONReply(body=message))

    with pytest.raises(claude.ResponseValidationError, match="Usage expects a JSON object"):
        await resolve(client.messages.create(**PARAMS))


def claude_api_message(data: dict[str, Any]) -> Any:
    from claude_api.models import Message

    return Message.from_dict(copy.deepcopy(data))


async def test_batch_results_as_dicts(client: Any, server: StandIn) -> None:
    lines = [
        {"custom_id": "ok", "result": {"type": "succeeded", "message": ex.MESSAGE}},
        {"custom_id": "gone", "result": {"type": "expired"}, "new_field": 1},
    ]
    batch = await resolve(
        client.messages.batches.create(requests=[{"custom_id": "x", "params": PARAMS}])
    )
    await resolve(client.messages.batches.retrieve(batch.id))
    server.set_results(batch.id, lines)

    items = await collect(await resolve(client.messages.batches.results(batch.id, parse="dict")))

    assert items == lines
    with pytest.raises(ValueError, match="parse must be 'typed' or 'dict'"):
        await resolve(client.messages.batches.results(batch.id, parse="models"))


async def test_error_body_without_a_message(client: Any, server: StandIn) -> None:
    body = {"type": "error", "error": {"type": "overloaded_error"}}
    server.queue("messages.create", JSONReply(body=body, status=529))

    with pytest.raises(claude.OverloadedError) as info:
        await resolve(client.messages.create(**PARAMS, max_retries=0))

    assert info.value.status_code == 529
    assert info.value.type == "overloaded_error"


def test_error_body_model_without_a_message() -> None:
    from claude_api.models import ErrorResponse

    parsed = ErrorResponse.from_dict({"type": "error", "error": {"type": "overloaded_error"}})

    assert parsed.error.type == "overloaded_error"
    with pytest.raises(claude.MissingFieldError, match="message"):
        parsed.error.message  # noqa: B018
