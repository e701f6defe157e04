"""The retry policy as the clients apply it, over real TCP against the stand-in."""

from __future__ import annotations

import email.utils
import logging
import time
from typing import Any

import claude
import pytest
from claude._retry import set_testing
from claude.testing import ErrorReply, Reset, ResetAfter, StandIn
from conftest import CREATE, MESSAGES, MakeClient, resolve

pytestmark = pytest.mark.anyio

RETRIED = [408, 409, 429, 500, 502, 503, 504, 529]
NOT_RETRIED = [
    (400, claude.BadRequestError),
    (401, claude.AuthenticationError),
    (402, claude.BillingError),
    (403, claude.PermissionDeniedError),
    (404, claude.NotFoundError),
    (413, claude.RequestTooLargeError),
]


def record_waits(client: Any) -> list[float]:
    """Replace the retry transport's sleep with a recorder; return the recorded waits."""
    waits: list[float] = []
    transport = client._http._transport
    if isinstance(client, claude.AsyncClient):

        async def sleep(seconds: float) -> None:
            waits.append(seconds)

        transport._sleep = sleep
    else:
        transport._sleep = waits.append
    return waits


@pytest.mark.parametrize("status", RETRIED)
async def test_retried_statuses_then_success(client: Any, server: StandIn, status: int) -> None:
    server.queue("messages.create", ErrorReply(status), ErrorReply(status))

    message = await resolve(client.messages.create(**CREATE))

    assert message.content[0].text == "Echo: Hello"
    assert claude.response_info(message).retries == 2
    assert len(server.requests) == 3
    assert all(r.json == CREATE for r in server.requests)  # the same body each time


@pytest.mark.parametrize(("status", "error"), NOT_RETRIED)
async def test_statuses_not_retried(
    client: Any, server: StandIn, status: int, error: type[claude.APIStatusError]
) -> None:
    server.queue("messages.create", ErrorReply(status))

    with pytest.raises(error) as info:
        await resolve(client.messages.create(**CREATE))

    assert type(info.value) is error
    assert info.value.status_code == status
    assert info.value.retries == 0
    assert len(server.requests) == 1


async def test_x_should_retry_true_retries_a_400(client: Any, server: StandIn) -> None:
    server.queue("messages.create", ErrorReply(400, headers={"x-should-retry": "true"}))

    message = await resolve(client.messages.create(**CREATE))

    assert claude.response_info(message).retries == 1
    assert len(server.requests) == 2


async def test_x_should_retry_false_stops_a_503(client: Any, server: StandIn) -> None:
    server.queue("messages.create", ErrorReply(503, headers={"x-should-retry": "false"}))

    with pytest.raises(claude.InternalServerError) as info:
        await resolve(client.messages.create(**CREATE))

    assert info.value.status_code == 503
    assert info.value.retries == 0
    assert len(server.requests) == 1


async def test_retries_exhausted_raise_with_the_count(client: Any, server: StandIn) -> None:
    server.queue("messages.create", *[ErrorReply(529)] * 3)

    with pytest.raises(claude.OverloadedError) as info:
        await resolve(client.messages.create(**CREATE))

    err = info.value
    assert err.retries == 2
    assert err.request_id == server.requests[-1].request_id
    assert (
        str(err)
        == f"529 overloaded_error: Overloaded (request_id={err.request_id}, after 2 retries)"
    )
    assert len(server.requests) == 3


# --- waits ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("headers", "low", "high"),
    [
        ({"retry-after-ms": "250"}, 0.25, 0.25),
        ({"retry-after": "2"}, 2.0, 2.0),
        ({"retry-after": "1.5"}, 1.5, 1.5),
        ({"retry-after-ms": "1500", "retry-after": "9"}, 1.5, 1.5),  # milliseconds win
        ({"retry-after": "120"}, 0.375, 0.5),  # longer than 60 s: backoff instead
        ({"retry-after-ms": "-5"}, 0.375, 0.5),
        ({}, 0.375, 0.5),  # backoff: 0.5 s minus up to 25 % jitter
    ],
)
async def test_waits_follow_the_server(
    client: Any, server: StandIn, headers: dict[str, str], low: float, high: float
) -> None:
    set_testing(False)
    waits = record_waits(client)
    server.queue("messages.create", ErrorReply(429, headers=headers))

    started = time.monotonic()
    await resolve(client.messages.create(**CREATE))

    assert len(waits) == 1
    assert low <= waits[0] <= high
    assert time.monotonic() - started < 1.0  # the recorder did not sleep
    assert len(server.requests) == 2


async def test_retry_after_http_date(client: Any, server: StandIn) -> None:
    set_testing(False)
    waits = record_waits(client)
    when = email.utils.formatdate(time.time() + 30, usegmt=True)
    server.queue("messages.create", ErrorReply(503, headers={"retry-after": when}))

    await resolve(client.messages.create(**CREATE))

    assert len(waits) == 1
    assert 28.0 < waits[0] <= 30.0


async def test_backoff_grows(client: Any, server: StandIn) -> None:
    set_testing(False)
    waits = record_waits(client)
    server.queue("messages.create", ErrorReply(500), ErrorReply(500))

    await resolve(client.messages.create(**CREATE))

    assert len(waits) == 2
    assert 0.375 <= waits[0] <= 0.5
    assert 0.75 <= waits[1] <= 1.0


async def test_test_mode_makes_every_wait_zero(client: Any, server: StandIn) -> None:
    waits = record_waits(client)  # test mode is on (conftest)
    server.queue("messages.create", ErrorReply(429, headers={"retry-after": "20"}), Reset())

    message = await resolve(client.messages.create(**CREATE))

    assert waits == [0.0, 0.0]
    assert claude.response_info(message).retries == 2


# --- connection failures -------------------------------------------------------------------


async def test_reset_before_headers_is_retried(client: Any, server: StandIn) -> None:
    server.queue("messages.create", Reset())

    message = await resolve(client.messages.create(**CREATE))

    assert message.content[0].text == "Echo: Hello"
    assert claude.response_info(message).retries == 1
    assert len(server.requests) == 2


async def test_reset_on_every_attempt(client: Any, server: StandIn) -> None:
    server.queue("messages.create", Reset(), Reset(), Reset())

    with pytest.raises(claude.APIConnectionError) as info:
        await resolve(client.messages.create(**CREATE))

    err = info.value
    assert type(err) is claude.APIConnectionError
    assert err.retries == 2
    assert str(err).startswith("Connection error (")
    assert str(err).endswith(") after 2 retries")
    assert repr(err) == f"APIConnectionError({err.message!r}, retries=2)"
    assert err.request is not None
    assert err.request.url.path == "/v1/messages"
    assert len(server.requests) == 3


async def test_reset_mid_body_is_not_replayed(client: Any, server: StandIn) -> None:
    # the headers said 200: a response that has begun is never silently sent again
    server.queue("messages.create", ResetAfter(20))

    with pytest.raises(claude.APIConnectionError) as info:
        await resolve(client.messages.create(**CREATE))

    assert info.value.retries == 0
    assert len(server.requests) == 1


async def test_connection_refused_is_retried(make_client: MakeClient) -> None:
    client = make_client(base_url="http://127.0.0.1:9")

    with pytest.raises(claude.APIConnectionError) as info:
        await resolve(client.models.retrieve("claude-opus-4"))

    assert type(info.value) is claude.APIConnectionError
    assert info.value.retries == 2
    assert "ConnectError" in str(info.value)


# --- max_retries ---------------------------------------------------------------------------


async def test_max_retries_zero_per_client(make_client: MakeClient, server: StandIn) -> None:
    client = make_client(max_retries=0)
    server.queue("messages.create", ErrorReply(529))

    with pytest.raises(claude.OverloadedError) as info:
        await resolve(client.messages.create(**CREATE))

    assert info.value.retries == 0
    assert len(server.requests) == 1


async def test_max_retries_per_call_raises_the_limit(client: Any, server: StandIn) -> None:
    server.queue("messages.create", *[ErrorReply(529)] * 5)

    message = await resolve(client.messages.create(**CREATE, max_retries=5))

    assert claude.response_info(message).retries == 5
    assert len(server.requests) == 6


async def test_max_retries_per_call_lowers_the_limit(client: Any, server: StandIn) -> None:
    server.queue("messages.count_tokens", *[ErrorReply(500)] * 3)

    with pytest.raises(claude.InternalServerError) as info:
        await resolve(client.messages.count_tokens(model="m", messages=MESSAGES, max_retries=1))

    assert info.value.retries == 1
    assert len(server.requests) == 2
    assert server.pending("messages.count_tokens") == 1


async def test_max_retries_per_call_beats_the_client(
    make_client: MakeClient, server: StandIn
) -> None:
    client = make_client(max_retries=0)
    server.queue("models.retrieve", Reset(), ErrorReply(502))

    model = await resolve(client.models.retrieve("claude-opus-4", max_retries=3))

    assert model.id == "claude-opus-4-20250514"
    assert claude.response_info(model).retries == 2


async def test_every_operation_retries(client: Any, server: StandIn) -> None:
    for operation in ("models.list", "batches.create", "batches.list"):
        server.queue(operation, ErrorReply(529))

    models = [m async for m in _aiter(client.models.list())]
    batch = await resolve(
        client.messages.batches.create(requests=[{"custom_id": "a", "params": CREATE}])
    )
    batches = [b async for b in _aiter(client.messages.batches.list())]

    assert len(models) == 5
    assert [b.id for b in batches] == [batch.id]
    assert claude.response_info(batch).retries == 1
    assert len(server.requests) == 6


async def _aiter(iterable: Any) -> Any:
    if hasattr(iterable, "__aiter__"):
        async for item in iterable:
            yield item
    else:
        for item in iterable:
            yield item


# --- logging -------------------------------------------------------------------------------


async def test_retries_are_logged(
    client: Any, server: StandIn, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG, logger="claude")
    server.queue("messages.create", ErrorReply(529), Reset())

    await resolve(client.messages.create(**CREATE))

    retries = [r.getMessage() for r in caplog.records if r.name == "claude"]
    assert retries[0] == "Retrying POST /v1/messages after 529 in 0.000 s (retry 1 of 2)"
    assert retries[1].startswith("Retrying POST /v1/messages after ")
    assert retries[1].endswith(" in 0.000 s (retry 2 of 2)")
    assert len(retries) == 2
