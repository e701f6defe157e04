"""The API key never shows: not in reprs, error messages, logs, or pickled exceptions."""

from __future__ import annotations

import logging
import pickle
import traceback
from collections.abc import Callable
from typing import Any

import claude
import pytest
from claude.testing import Delay, ErrorReply, JSONReply, Reset, StandIn
from conftest import API_KEY, CREATE, MakeClient, resolve

pytestmark = pytest.mark.anyio

TOKEN = "tok-ant-test-SECRET"
SECRETS = ("SECRET", API_KEY, TOKEN)


def assert_hidden(*texts: str | bytes) -> None:
    for text in texts:
        data = text.encode() if isinstance(text, str) else text
        for secret in SECRETS:
            assert secret.encode() not in data, f"{secret!r} leaked in {text!r}"


def assert_error_hidden(err: BaseException) -> None:
    """Neither the message, the repr, the traceback nor the pickle shows a secret."""
    assert_hidden(str(err), repr(err), "".join(traceback.format_exception(err)), pickle.dumps(err))


async def test_client_and_config_reprs(make_client: MakeClient) -> None:
    clients = [
        make_client(),
        make_client(api_key=None, auth_token=TOKEN),
        make_client(api_key=None, default_headers={"X-Api-Key": API_KEY}),
        make_client(api_key=None, default_headers={"Authorization": f"Bearer {TOKEN}"}),
        make_client(api_key=None).with_options(api_key=API_KEY, auth_token=TOKEN),
    ]
    for client in clients:
        assert_hidden(repr(client), str(client), repr(client.config), str(client.config))
    assert "api_key=Secret('**********')" in repr(clients[0].config)
    assert "default_headers=(('x-api-key', '**********'),)" in repr(clients[2].config)
    # the values are still there to be sent
    assert clients[0].config.api_key.value == API_KEY
    assert clients[2].config.default_headers == (("x-api-key", API_KEY),)


async def test_authentication_error(client: Any, make_standin: Callable[..., StandIn]) -> None:
    strict = make_standin(api_key="sk-ant-another-key")

    with pytest.raises(claude.AuthenticationError) as info:
        await resolve(client.with_options(base_url=strict.base_url).messages.create(**CREATE))

    err = info.value
    assert_error_hidden(err)
    clone = pickle.loads(pickle.dumps(err))
    assert type(clone) is claude.AuthenticationError
    assert (clone.status_code, clone.type, clone.message, clone.request_id) == (
        401,
        "authentication_error",
        "invalid x-api-key",
        err.request_id,
    )
    assert clone.body == err.body
    assert str(clone) == str(err)
    assert clone.response.status_code == 401
    assert clone.response.headers["request-id"] == err.request_id
    assert clone.response.json() == err.body
    assert clone.response.request.headers["x-api-key"] == "[redacted]"
    assert clone.response.request.url == err.response.request.url


async def test_bearer_token_in_errors(
    make_client: MakeClient, make_standin: Callable[..., StandIn]
) -> None:
    strict = make_standin(api_key="sk-ant-another-key")
    client = make_client(base_url=strict.base_url, api_key=None, auth_token=TOKEN)

    with pytest.raises(claude.AuthenticationError) as info:
        await resolve(client.models.retrieve("claude-opus-4"))

    assert info.value.message == "invalid bearer token"
    assert_error_hidden(info.value)
    clone = pickle.loads(pickle.dumps(info.value))
    assert clone.response.request.headers["authorization"] == "[redacted]"


async def test_status_error_after_retries(client: Any, server: StandIn) -> None:
    server.queue("messages.create", *[ErrorReply(529)] * 3)

    with pytest.raises(claude.OverloadedError) as info:
        await resolve(client.messages.create(**CREATE))

    assert_error_hidden(info.value)
    assert pickle.loads(pickle.dumps(info.value)).retries == 2


async def test_connection_error(client: Any, server: StandIn) -> None:
    server.queue("messages.create", Reset(), Reset(), Reset())

    with pytest.raises(claude.APIConnectionError) as info:
        await resolve(client.messages.create(**CREATE))

    err = info.value
    assert_error_hidden(err)
    clone = pickle.loads(pickle.dumps(err))
    assert type(clone) is claude.APIConnectionError
    assert (clone.message, clone.retries, str(clone)) == (err.message, 2, str(err))
    assert clone.request.headers["x-api-key"] == "[redacted]"
    assert clone.request.url == err.request.url
    assert clone.request.content == err.request.content


async def test_timeout_error(client: Any, server: StandIn) -> None:
    server.queue("models.retrieve", Delay(2.0))

    with pytest.raises(claude.APITimeoutError) as info:
        await resolve(client.models.retrieve("claude-opus-4", timeout=0.1, max_retries=0))

    assert_error_hidden(info.value)
    assert type(pickle.loads(pickle.dumps(info.value))) is claude.APITimeoutError


async def test_validation_errors(client: Any, server: StandIn) -> None:
    server.queue(
        "models.retrieve",
        JSONReply(body={"id": "claude-x", "type": "model", "capabilities": "all"}),
    )

    with pytest.raises(claude.ResponseValidationError) as response_info:
        await resolve(client.models.retrieve("claude-x"))
    with pytest.raises(claude.RequestValidationError) as request_info:
        await resolve(client.messages.create(model="m", messages=[]))

    assert_error_hidden(response_info.value)
    assert_error_hidden(request_info.value)
    clone = pickle.loads(pickle.dumps(response_info.value))
    assert clone.message == response_info.value.message
    assert clone.response.request.headers["x-api-key"] == "[redacted]"


async def test_configuration_error(make_client: MakeClient) -> None:
    client = make_client(api_key=None)

    with pytest.raises(claude.ConfigurationError) as info:
        await resolve(client.models.retrieve("claude-opus-4"))

    assert_error_hidden(info.value)


async def test_debug_logs_of_a_call_with_retries(
    client: Any, server: StandIn, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)  # every logger: claude, httpx, httpcore, the stand-in
    server.queue("messages.create", ErrorReply(529), Reset())

    await resolve(client.messages.create(**CREATE))
    with pytest.raises(claude.NotFoundError):
        await resolve(client.models.retrieve("nope"))

    names = {record.name for record in caplog.records}
    assert {"claude", "httpx"} <= names
    retries = [r.getMessage() for r in caplog.records if r.name == "claude"]
    assert len(retries) == 2
    requests = [r.getMessage() for r in caplog.records if r.name == "httpx"]
    assert requests[0].startswith("HTTP Request: POST http://127.0.0.1:")
    assert_hidden(caplog.text)
    for record in caplog.records:
        assert_hidden(record.getMessage(), repr(record.args), repr(record.__dict__))
