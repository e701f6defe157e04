"""Typed errors as the clients raise them, from replies of the stand-in over real TCP."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import claude
import httpx
import pytest
from claude.testing import ErrorReply, JSONReply, RawReply, StandIn, html_reply
from conftest import CREATE, MESSAGES, resolve

pytestmark = pytest.mark.anyio

BY_STATUS = [
    (400, "invalid_request_error", "Invalid request", claude.BadRequestError),
    (401, "authentication_error", "invalid x-api-key", claude.AuthenticationError),
    (402, "billing_error", "Your credit balance is too low", claude.BillingError),
    (
        403,
        "permission_error",
        "Your API key does not have permission to use this resource",
        claude.PermissionDeniedError,
    ),
    (404, "not_found_error", "Not found", claude.NotFoundError),
    (
        413,
        "request_too_large",
        "Request exceeds the maximum allowed number of bytes",
        claude.RequestTooLargeError,
    ),
    (
        429,
        "rate_limit_error",
        "Number of requests has exceeded your rate limit",
        claude.RateLimitError,
    ),
    (500, "api_error", "Internal server error", claude.InternalServerError),
    (504, "timeout_error", "Request timed out", claude.GatewayTimeoutError),
    (529, "overloaded_error", "Overloaded", claude.OverloadedError),
]

BY_TYPE = [
    ("invalid_request_error", claude.BadRequestError),
    ("authentication_error", claude.AuthenticationError),
    ("billing_error", claude.BillingError),
    ("permission_error", claude.PermissionDeniedError),
    ("not_found_error", claude.NotFoundError),
    ("request_too_large", claude.RequestTooLargeError),
    ("rate_limit_error", claude.RateLimitError),
    ("api_error", claude.InternalServerError),
    ("overloaded_error", claude.OverloadedError),
]


def valid_message(**changes: Any) -> dict[str, Any]:
    message = {
        "id": "msg_01",
        "type": "message",
        "role": "assistant",
        "model": "claude-sonnet-4-5",
        "content": [{"type": "text", "text": "Hi"}],
        "stop_reason": "end_turn",
        "stop_sequence": None,
        "usage": {"input_tokens": 3, "output_tokens": 1},
    }
    message.update(changes)
    return message


@pytest.mark.parametrize(("status", "error_type", "message", "error"), BY_STATUS)
async def test_error_class_from_status(
    client: Any,
    server: StandIn,
    status: int,
    error_type: str,
    message: str,
    error: type[claude.APIStatusError],
) -> None:
    server.queue("messages.create", ErrorReply(status))

    with pytest.raises(claude.APIStatusError) as info:
        await resolve(client.messages.create(**CREATE, max_retries=0))

    err = info.value
    request_id = server.requests[0].request_id
    assert type(err) is error
    assert isinstance(err, claude.ClaudeError)
    assert (err.status_code, err.type, err.message) == (status, error_type, message)
    assert err.request_id == request_id
    assert err.body == {
        "type": "error",
        "error": {"type": error_type, "message": message},
        "request_id": request_id,
    }
    assert isinstance(err.response, httpx.Response)
    assert err.response.status_code == status
    assert err.response.headers["request-id"] == request_id
    assert err.response.is_closed
    assert err.retries == 0
    assert str(err) == f"{status} {error_type}: {message} (request_id={request_id})"
    assert repr(err) == (
        f"{error.__name__}(status_code={status}, type={error_type!r}, request_id={request_id!r})"
    )


@pytest.mark.parametrize(("error_type", "error"), BY_TYPE)
async def test_error_class_from_type(
    client: Any, server: StandIn, error_type: str, error: type[claude.APIStatusError]
) -> None:
    # the API's error type decides, whatever the status (here a bare 400)
    server.queue("messages.create", ErrorReply(400, type=error_type, message="typed"))

    with pytest.raises(claude.APIStatusError) as info:
        await resolve(client.messages.create(**CREATE))

    assert type(info.value) is error
    assert (info.value.status_code, info.value.type, info.value.message) == (
        400,
        error_type,
        "typed",
    )


async def test_unknown_status_gives_the_base_class(client: Any, server: StandIn) -> None:
    server.queue("models.retrieve", ErrorReply(418, type="teapot_error", message="short and stout"))

    with pytest.raises(claude.APIStatusError) as info:
        await resolve(client.models.retrieve("claude-opus-4"))

    err = info.value
    assert type(err) is claude.APIStatusError
    assert (err.status_code, err.type, err.message) == (418, "teapot_error", "short and stout")
    assert str(err) == f"418 teapot_error: short and stout (request_id={err.request_id})"
    assert err.request_id == server.requests[0].request_id


async def test_unknown_5xx_is_an_internal_server_error(client: Any, server: StandIn) -> None:
    server.queue("models.retrieve", ErrorReply(507, type="storage_error", message="full"))

    with pytest.raises(claude.InternalServerError) as info:
        await resolve(client.models.retrieve("claude-opus-4", max_retries=0))

    assert type(info.value) is claude.InternalServerError
    assert (info.value.status_code, info.value.type) == (507, "storage_error")


async def test_html_page_from_a_proxy(client: Any, server: StandIn) -> None:
    server.queue("messages.create", html_reply(502), html_reply(502), html_reply(502))

    with pytest.raises(claude.InternalServerError) as info:
        await resolve(client.messages.create(**CREATE))

    err = info.value
    request_id = server.requests[-1].request_id
    assert type(err) is claude.InternalServerError
    assert (err.status_code, err.type) == (502, None)
    assert err.message == "502 Bad Gateway 502 Bad Gateway nginx"
    assert isinstance(err.body, str)
    assert err.body.startswith("<html>")
    assert err.request_id == request_id
    assert err.retries == 2
    assert str(err) == (
        f"502: 502 Bad Gateway 502 Bad Gateway nginx (request_id={request_id}, after 2 retries)"
    )


async def test_error_without_a_body_uses_the_reason(client: Any, server: StandIn) -> None:
    server.queue("models.retrieve", RawReply(body=b"", status=403))

    with pytest.raises(claude.PermissionDeniedError) as info:
        await resolve(client.models.retrieve("claude-opus-4"))

    assert (info.value.message, info.value.type, info.value.body) == ("Forbidden", None, None)


async def test_auth_error_from_a_wrong_key(
    client: Any, make_standin: Callable[..., StandIn]
) -> None:
    strict = make_standin(api_key="sk-ant-the-right-one")
    wrong = client.with_options(base_url=strict.base_url)

    with pytest.raises(claude.AuthenticationError) as info:
        await resolve(wrong.models.retrieve("claude-opus-4"))

    err = info.value
    assert (err.status_code, err.type, err.message) == (
        401,
        "authentication_error",
        "invalid x-api-key",
    )
    assert str(err) == f"401 authentication_error: invalid x-api-key (request_id={err.request_id})"


# --- malformed responses -------------------------------------------------------------------


async def test_usage_that_is_not_an_object(client: Any, server: StandIn) -> None:
    # (a block without its required `text` parses liberally: tests/test_missing_fields.py)
    body = valid_message(usage="plenty")
    server.queue("messages.create", JSONReply(body=body))

    with pytest.raises(claude.ResponseValidationError) as info:
        await resolve(client.messages.create(**CREATE))

    err = info.value
    request_id = server.requests[0].request_id
    expected = "response does not match Message: Usage expects a JSON object, got str"
    assert err.message == expected
    assert str(err) == f"{expected} (request_id={request_id})"
    assert isinstance(err.cause, TypeError)
    assert err.response is not None
    assert err.response.status_code == 200


async def test_success_body_that_is_not_json(client: Any, server: StandIn) -> None:
    server.queue("models.retrieve", RawReply(body="<html>oops</html>", content_type="text/html"))

    with pytest.raises(claude.ResponseValidationError) as info:
        await resolve(client.models.retrieve("claude-opus-4"))

    assert info.value.message.startswith("response body is not JSON (")


async def test_unknown_content_block_is_kept(client: Any, server: StandIn) -> None:
    # forward compatibility: a block type this client does not know does not break the call
    future = {"type": "hologram", "frames": 3}
    server.queue("messages.create", JSONReply(body=valid_message(content=[future])))

    message = await resolve(client.messages.create(**CREATE))

    assert message.to_dict()["content"] == [future]


# --- bad input, caught before sending ------------------------------------------------------


@pytest.mark.parametrize(
    ("fields", "field", "text"),
    [
        (
            {"model": "m", "messages": MESSAGES},
            "max_tokens",
            "max_tokens: required field missing",
        ),
        (
            {"model": "m", "max_tokens": "5", "messages": MESSAGES},
            "max_tokens",
            "max_tokens: expected int, got str '5' (got '5')",
        ),
        (
            {
                "model": "m",
                "max_tokens": 5,
                "messages": [{"role": "user", "content": [{"type": "text", "text": 5}]}],
            },
            "messages[0].content[0].text",
            "messages[0].content[0].text: expected str, got int 5 (got 5)",
        ),
        (
            {
                "model": "m",
                "max_tokens": 5,
                "messages": [
                    {"role": "user", "content": "hi"},
                    {"role": "assistant", "content": [{"type": "text"}]},
                ],
            },
            "messages[1].content[0].text",
            "messages[1].content[0].text: required field missing",
        ),
    ],
)
async def test_request_validation_before_sending(
    client: Any, server: StandIn, fields: dict[str, Any], field: str, text: str
) -> None:
    with pytest.raises(claude.RequestValidationError) as info:
        await resolve(client.messages.create(**fields))

    assert isinstance(info.value, ValueError)
    assert info.value.field == field
    assert str(info.value) == text
    assert server.requests == []


async def test_request_validation_of_a_batch(client: Any, server: StandIn) -> None:
    requests = [{"custom_id": "a", "params": {"model": "m", "messages": MESSAGES}}]

    with pytest.raises(claude.RequestValidationError) as info:
        await resolve(client.messages.batches.create(requests=requests))

    assert info.value.field == "requests[0].params.max_tokens"
    assert server.requests == []


@pytest.mark.parametrize(
    ("call", "field"),
    [
        (lambda c: c.models.retrieve(""), "model_id"),
        (lambda c: c.messages.batches.retrieve(""), "message_batch_id"),
        (lambda c: c.messages.batches.cancel(None), "message_batch_id"),
        (lambda c: c.models.list(limit=0), "limit"),
        (lambda c: c.models.list(limit=1001), "limit"),
        (lambda c: c.messages.batches.list(after_id="a", before_id="b"), "before_id"),
    ],
)
async def test_bad_ids_and_list_arguments(
    client: Any, server: StandIn, call: Any, field: str
) -> None:
    with pytest.raises(claude.RequestValidationError) as info:
        await resolve(call(client))

    assert info.value.field == field
    assert server.requests == []


async def test_unsupported_params_type(client: Any, server: StandIn) -> None:
    with pytest.raises(TypeError, match="expected MessageCreateParams, a builder or a mapping"):
        await resolve(client.messages.create(42))
    assert server.requests == []


async def test_the_stand_in_agrees_with_local_validation(client: Any, server: StandIn) -> None:
    # what the client lets through, the stand-in (checking against the same models) accepts
    body = {
        "model": "m",
        "max_tokens": 5,
        "system": [{"type": "text", "text": "Be brief."}],
        "messages": [{"role": "user", "content": [{"type": "text", "text": "hi"}]}],
    }
    message = await resolve(client.messages.create(**body))

    assert message.content[0].text == "Echo: hi"
    assert server.requests[0].json == body
