"""Circuit breaker, failover, usage and budget, hooks, compression and health checks over TCP.

Every test runs with ``claude.Client`` and ``claude.AsyncClient`` (the ``make_client``
fixture) against real stand-ins on 127.0.0.1.
"""

from __future__ import annotations

import gzip
import time
from collections.abc import Callable
from typing import Any

import claude
import pytest
from claude.testing import ErrorReply, MessageReply, StandIn
from conftest import CREATE, MakeClient, collect, resolve

pytestmark = pytest.mark.anyio


def _create(client: Any, **extra: Any) -> Any:
    return client.messages.create(**{**CREATE, **extra})


def _hits(server: StandIn, path: str = "/v1/messages") -> int:
    return sum(1 for r in server.requests if r.path == path)


# -- circuit breaker ---------------------------------------------------------------------


async def test_breaker_opens_fails_fast_and_closes_after_a_probe(
    make_client: MakeClient, server: StandIn
) -> None:
    breaker = claude.CircuitBreaker(failure_threshold=3, open_for=5)
    client = make_client(circuit_breaker=breaker, max_retries=0)
    server.queue("messages.create", *[ErrorReply(529)] * 3)
    for _ in range(3):
        with pytest.raises(claude.OverloadedError):
            await resolve(_create(client))
    assert _hits(server) == 3
    with pytest.raises(claude.CircuitOpenError) as caught:
        await resolve(_create(client))
    assert caught.value.endpoints == (server.base_url,)
    assert 0 < caught.value.retry_in <= 5
    assert _hits(server) == 3  # failed fast: nothing was sent
    report = await resolve(client.health())  # health probes are not held back by the circuit
    assert report.endpoints[0].state == "closed"  # ...and a healthy answer closes it
    message = await resolve(_create(client))
    assert message.stop_reason == "end_turn"


async def test_half_open_lets_one_probe_through_and_a_failed_probe_reopens(
    make_client: MakeClient, server: StandIn
) -> None:
    client = make_client(
        circuit_breaker=claude.CircuitBreaker(failure_threshold=1, open_for=0.5), max_retries=0
    )
    server.queue("messages.create", ErrorReply(500), ErrorReply(503))
    with pytest.raises(claude.InternalServerError):
        await resolve(_create(client))
    with pytest.raises(claude.CircuitOpenError):
        await resolve(_create(client))
    time.sleep(0.55)
    with pytest.raises(claude.InternalServerError):  # the probe went through, and failed
        await resolve(_create(client))
    with pytest.raises(claude.CircuitOpenError):  # open again, for another open_for
        await resolve(_create(client))
    time.sleep(0.55)
    assert (await resolve(_create(client))).stop_reason == "end_turn"
    assert _hits(server) == 3


async def test_breaker_ignores_4xx_and_counts_connection_errors(
    make_client: MakeClient, server: StandIn
) -> None:
    client = make_client(circuit_breaker=claude.CircuitBreaker(failure_threshold=2), max_retries=0)
    server.queue("messages.create", *[ErrorReply(400)] * 4, *[ErrorReply(429)] * 2)
    for _ in range(4):
        with pytest.raises(claude.BadRequestError):
            await resolve(_create(client))
    for _ in range(2):
        with pytest.raises(claude.RateLimitError):
            await resolve(_create(client))
    server.outage()  # connection resets
    for _ in range(2):
        with pytest.raises(claude.APIConnectionError):
            await resolve(_create(client))
    with pytest.raises(claude.CircuitOpenError):
        await resolve(_create(client))


async def test_breaker_on_failure_rate_in_a_window(
    make_client: MakeClient, server: StandIn
) -> None:
    breaker = claude.CircuitBreaker(failure_threshold=100, failure_rate=0.5, min_calls=4)
    client = make_client(circuit_breaker=breaker, max_retries=0)
    server.queue("messages.create", ErrorReply(500), MessageReply(), ErrorReply(500))
    for expected in (claude.InternalServerError, None, claude.InternalServerError, None):
        if expected is None:
            await resolve(_create(client))
        else:
            with pytest.raises(expected):
                await resolve(_create(client))
    with pytest.raises(claude.CircuitOpenError):  # 2 failures of 4 calls: 50 %
        await resolve(_create(client))


async def test_retries_count_against_the_breaker_and_stop_when_it_opens(
    make_client: MakeClient, server: StandIn
) -> None:
    client = make_client(circuit_breaker=claude.CircuitBreaker(failure_threshold=2), max_retries=5)
    server.queue("messages.create", *[ErrorReply(529)] * 5)
    with pytest.raises(claude.CircuitOpenError):
        await resolve(_create(client))
    assert _hits(server) == 2


async def test_background_probes_close_an_open_circuit_and_stop_with_the_client(
    mode: str, server: StandIn
) -> None:
    breaker = claude.CircuitBreaker(failure_threshold=1, open_for=60, probe_interval=0.02)
    cls = claude.Client if mode == "sync" else claude.AsyncClient
    client: Any = cls(api_key="k", base_url=server.base_url, circuit_breaker=breaker, max_retries=0)
    server.outage()  # down: connection resets, no answer at all
    with pytest.raises(claude.APIConnectionError):
        await resolve(_create(client))
    with pytest.raises(claude.CircuitOpenError):
        await resolve(_create(client))
    server.outage(down=False)
    breaker_state = client._http._transport.transport.runtime.state.breakers[server.base_url]
    deadline = time.monotonic() + 5
    while breaker_state.state != "closed":  # closed by a background probe, no call needed
        assert time.monotonic() < deadline, "no background probe"
        if mode == "async":
            import anyio

            await anyio.sleep(0.02)
        else:
            time.sleep(0.02)
    probe = next(r for r in server.requests if r.path == "/v1/models")
    assert probe.query == {"limit": "1"}
    assert probe.headers["x-api-key"] == "k"
    assert (await resolve(_create(client))).stop_reason == "end_turn"  # closed by the probe
    transport = client._http._transport.transport
    await resolve(client.close())
    if mode == "sync":
        assert transport._prober is not None
        assert not transport._prober.is_alive()
    else:
        assert transport._prober.done()


# -- failover ----------------------------------------------------------------------------


async def test_failover_moves_to_the_second_endpoint_and_comes_back(
    make_client: MakeClient, make_standin: Callable[..., StandIn]
) -> None:
    first, second = make_standin(), make_standin()
    failover = claude.Failover([first.base_url, second.base_url], cooldown=0.5)
    client = make_client(base_url=None, failover=failover)
    assert client.config.base_url == first.base_url
    await resolve(_create(client))
    assert (_hits(first), _hits(second)) == (1, 0)
    first.outage()
    for _ in range(3):
        await resolve(_create(client))
    # the first call tried the broken endpoint once, then the next ones went straight on
    assert (_hits(first), _hits(second)) == (2, 3)
    first.outage(down=False)
    time.sleep(0.55)  # cooldown over: the preferred endpoint is tried first again
    await resolve(_create(client))
    assert (_hits(first), _hits(second)) == (3, 3)


async def test_failover_never_sends_twice_to_one_endpoint_within_a_budget(
    make_client: MakeClient, make_standin: Callable[..., StandIn]
) -> None:
    first, second = make_standin(), make_standin()
    client = make_client(
        base_url=None, failover=claude.Failover([first.base_url, second.base_url]), max_retries=6
    )
    first.queue("messages.create", *[ErrorReply(529)] * 3)
    second.queue("messages.create", *[ErrorReply(500)] * 3)
    with pytest.raises(claude.InternalServerError) as caught:
        await resolve(_create(client))
    assert (_hits(first), _hits(second)) == (1, 1)
    assert caught.value.retries == 1


async def test_failover_of_a_stream_before_the_body_starts(
    make_client: MakeClient, make_standin: Callable[..., StandIn]
) -> None:
    first, second = make_standin(), make_standin()
    failover = claude.Failover([first.base_url, second.base_url], cooldown=0.01)
    client = make_client(base_url=None, failover=failover)
    first.queue("messages.create", ErrorReply(529))
    events = await collect(await resolve(_create(client, stream=True)))
    assert events[-1].type == "message_stop"
    assert (_hits(first), _hits(second)) == (1, 1)
    # once the body has started, a broken stream is not replayed elsewhere
    first.queue("messages.create", MessageReply(end_after=3))
    time.sleep(0.02)  # the first endpoint's cooldown is over
    with pytest.raises(claude.StreamInterruptedError):
        await collect(await resolve(_create(client, stream=True)))
    assert (_hits(first), _hits(second)) == (2, 1)


@pytest.mark.parametrize("strategy", ["round_robin", "least_recently_failed", "random"])
async def test_failover_strategies_spread_or_avoid(
    make_client: MakeClient, make_standin: Callable[..., StandIn], strategy: str
) -> None:
    first, second = make_standin(), make_standin()
    failover = claude.Failover([first.base_url, second.base_url], strategy=strategy)  # type: ignore[arg-type]
    client = make_client(base_url=None, failover=failover)
    for _ in range(20):
        await resolve(_create(client))
    if strategy == "round_robin":
        assert (_hits(first), _hits(second)) == (10, 10)
    elif strategy == "random":
        assert _hits(first) > 0
        assert _hits(second) > 0
    else:
        second.clear_requests()
        first.clear_requests()
        first.queue("messages.create", ErrorReply(500))
        for _ in range(4):  # the first call fails on the first endpoint, the second answers
            await resolve(_create(client))
        assert (_hits(first), _hits(second)) == (1, 4)


async def test_failover_with_every_circuit_open_fails_fast(
    make_client: MakeClient, make_standin: Callable[..., StandIn]
) -> None:
    first, second = make_standin(), make_standin()
    client = make_client(
        base_url=None,
        failover=claude.Failover([first.base_url, second.base_url]),
        circuit_breaker=claude.CircuitBreaker(failure_threshold=1, open_for=30),
    )
    first.outage()
    second.outage(ErrorReply(503))
    with pytest.raises(claude.InternalServerError):
        await resolve(_create(client))
    with pytest.raises(claude.CircuitOpenError) as caught:
        await resolve(_create(client))
    assert set(caught.value.endpoints) == {first.base_url, second.base_url}
    assert (_hits(first), _hits(second)) == (1, 1)
    report = await resolve(client.health())
    assert [e.ok for e in report.endpoints] == [False, False]
    assert not report.healthy
    assert report.endpoints[0].error is not None
    assert report.endpoints[1].status_code == 503


# -- usage, cost and budget ---------------------------------------------------------------

_USAGE = {
    "input_tokens": 100,
    "output_tokens": 50,
    "cache_creation_input_tokens": 10,
    "cache_read_input_tokens": 1000,
    "server_tool_use": {"web_search_requests": 2, "web_fetch_requests": 0},
}


def _message(model: str = "claude-sonnet-4-5-20250929") -> dict[str, Any]:
    return {
        "id": "msg_1",
        "type": "message",
        "role": "assistant",
        "model": model,
        "content": [{"type": "text", "text": "hi"}],
        "stop_reason": "end_turn",
        "stop_sequence": None,
        "usage": _USAGE,
    }


async def test_usage_adds_up_calls_and_streams_per_model_with_prices(
    make_client: MakeClient, server: StandIn
) -> None:
    prices = {"claude-sonnet-4-5": claude.Price(3, 15, 3.75, 0.3, server_tool_request=0.01)}
    tracker = claude.UsageTracker(prices)
    client = make_client(usage=tracker)
    server.queue("messages.create", MessageReply(message=_message()))
    server.queue("messages.create", MessageReply(message=_message(), stream=True))
    server.queue("messages.create", MessageReply(message=_message("claude-haiku-4-5")))
    await resolve(_create(client))
    await collect(await resolve(_create(client, stream=True)))
    await resolve(_create(client, model="claude-haiku-4-5"))
    await resolve(
        client.messages.count_tokens(model="claude-sonnet-4-5", messages=CREATE["messages"])
    )
    usage = tracker.by_model()
    sonnet = usage["claude-sonnet-4-5-20250929"]
    assert (sonnet.requests, sonnet.input_tokens, sonnet.output_tokens) == (2, 200, 100)
    assert (sonnet.cache_creation_input_tokens, sonnet.cache_read_input_tokens) == (20, 2000)
    assert sonnet.server_tool_requests == {"web_search_requests": 4}
    assert usage["claude-haiku-4-5"].requests == 1
    assert tracker.total.total_tokens == 3 * 1160
    per_call = (100 * 3 + 50 * 15 + 10 * 3.75 + 1000 * 0.3) / 1e6 + 2 * 0.01
    assert tracker.cost() == pytest.approx(2 * per_call)  # haiku has no price: 0


async def test_usage_of_a_stream_counts_the_final_delta(
    make_client: MakeClient, server: StandIn
) -> None:
    tracker = claude.UsageTracker()
    client = make_client(usage=tracker)
    manager = client.messages.stream(**CREATE)
    if hasattr(manager, "__aenter__"):
        async with manager as stream:
            await stream.get_final_message()
    else:
        with manager as stream:
            message = stream.get_final_message()
            assert tracker.total.output_tokens == message.usage.output_tokens
    assert tracker.total.requests == 1
    assert tracker.total.output_tokens > 1  # the message_delta figure, not message_start's


async def test_a_budget_stops_a_loop_before_sending(
    make_client: MakeClient, server: StandIn
) -> None:
    tracker = claude.UsageTracker(max_tokens=3 * 1160)
    client = make_client(usage=tracker)
    server.queue("messages.create", *[MessageReply(message=_message())] * 10)
    sent = 0
    caught = None
    for _ in range(10):
        try:
            await resolve(_create(client))
        except claude.BudgetExceededError as exc:
            caught = exc
            break
        sent += 1
    assert caught is not None
    assert sent == 3
    assert _hits(server) == 3
    assert caught.unit == "tokens"
    assert caught.spent == 3480
    with pytest.raises(claude.BudgetExceededError):  # streams too, before anything is sent
        await resolve(_create(client, stream=True))
    assert _hits(server) == 3


async def test_a_cost_budget(make_client: MakeClient, server: StandIn) -> None:
    tracker = claude.UsageTracker({"claude-sonnet-4-5": claude.Price(input=1e6)}, max_cost=150)
    client = make_client(usage=tracker)
    server.queue("messages.create", *[MessageReply(message=_message())] * 3)
    await resolve(_create(client))
    await resolve(_create(client))
    with pytest.raises(claude.BudgetExceededError) as caught:
        await resolve(_create(client))
    assert (caught.value.unit, caught.value.budget) == ("cost", 150)


# -- hooks and compression -----------------------------------------------------------------


async def test_event_hooks_see_every_attempt(
    make_client: MakeClient, server: StandIn, mode: str
) -> None:
    seen: list[str] = []

    def on_request(request: Any) -> None:
        seen.append(f"> {request.method} {request.url.path}")

    async def on_response_async(response: Any) -> None:
        seen.append(f"< {response.status_code}")

    def on_response(response: Any) -> None:
        seen.append(f"< {response.status_code}")

    hooks = {
        "request": [on_request],
        "response": [on_response_async if mode == "async" else on_response],
    }
    client = make_client(event_hooks=hooks)
    server.queue("messages.create", ErrorReply(529))
    await resolve(_create(client))
    assert seen == ["> POST /v1/messages", "< 529", "> POST /v1/messages", "< 200"]


async def test_compression_above_the_threshold_only(
    make_client: MakeClient, server: StandIn
) -> None:
    client = make_client(compress_requests=200)
    await resolve(_create(client))
    long = [{"role": "user", "content": "x" * 5000}]
    message = await resolve(client.messages.create(model="m", max_tokens=5, messages=long))
    assert message.stop_reason == "max_tokens"  # the stand-in echoed the long text
    small, large = server.requests
    assert "content-encoding" not in small.headers
    assert large.headers["content-encoding"] == "gzip"
    assert int(large.headers["content-length"]) < 300
    assert large.json["messages"] == long  # the stand-in decoded it


async def test_a_compressed_request_is_retried_compressed_once(
    make_client: MakeClient, server: StandIn
) -> None:
    client = make_client(compress_requests=True)
    server.queue("messages.create", ErrorReply(500))
    long = [{"role": "user", "content": "y" * 4000}]
    await resolve(client.messages.create(model="m", max_tokens=5, messages=long))
    assert [r.json["messages"] for r in server.requests] == [long, long]
    assert all(r.headers["content-encoding"] == "gzip" for r in server.requests)
    assert gzip.compress(b"") != b""  # gzip is the stdlib's


async def test_health_reports_each_endpoint(
    make_client: MakeClient, make_standin: Callable[..., StandIn]
) -> None:
    first, second = make_standin(), make_standin()
    second.outage()
    client = make_client(base_url=None, failover=claude.Failover([first.base_url, second.base_url]))
    report = await resolve(client.health())
    assert isinstance(report, claude.HealthReport)
    up, down = report.endpoints
    assert (up.base_url, up.ok, up.status_code, up.state) == (first.base_url, True, 200, None)
    assert up.latency > 0
    assert (down.ok, down.status_code) == (False, None)
    assert "ConnectError" in (down.error or "") or "Error" in (down.error or "")
    assert report.healthy
    assert first.requests[-1].query == {"limit": "1"}
    assert len(second.requests) == 1  # no retries for probes


async def test_health_without_policies(make_client: MakeClient, server: StandIn) -> None:
    report = await resolve(make_client().health())
    assert [(e.base_url, e.ok, e.state) for e in report.endpoints] == [
        (server.base_url, True, None)
    ]


# -- the retry transport's hint ----------------------------------------------------------


@pytest.mark.parametrize(("hint", "attempts", "waits"), [("stop", 1, []), ("now", 3, [0.0, 0.0])])
def test_the_retry_transport_follows_an_inner_hint(
    hint: str, attempts: int, waits: list[float]
) -> None:
    import httpx
    from claude._retry import RETRY_HINT_KEY, RetryPolicy, RetryTransport, set_testing

    calls: list[int] = []

    def answer(request: httpx.Request) -> httpx.Response:
        calls.append(1)
        request.extensions[RETRY_HINT_KEY] = hint
        return httpx.Response(503)

    slept: list[float] = []
    transport = RetryTransport(
        httpx.MockTransport(answer), policy=RetryPolicy(initial_delay=5), sleep=slept.append
    )
    set_testing(False)  # real waits, so a zero comes from the hint
    response = transport.handle_request(
        httpx.Request("POST", "http://x/v1/messages", content=b"{}")
    )
    assert response.status_code == 503
    assert len(calls) == attempts
    assert slept == waits


async def test_half_open_lets_exactly_one_of_many_concurrent_calls_through(
    server: StandIn,
) -> None:
    import anyio
    from claude.testing import Delay

    breaker = claude.CircuitBreaker(failure_threshold=1, open_for=0.05)
    async with claude.AsyncClient(
        api_key="k", base_url=server.base_url, circuit_breaker=breaker, max_retries=0
    ) as client:
        server.queue("messages.create", ErrorReply(500), Delay(0.3))
        with pytest.raises(claude.InternalServerError):
            await _create(client)
        await anyio.sleep(0.06)
        outcomes: list[str] = []

        async def one() -> None:
            try:
                await _create(client)
                outcomes.append("sent")
            except claude.CircuitOpenError:
                outcomes.append("refused")

        async with anyio.create_task_group() as group:
            for _ in range(5):
                group.start_soon(one)
    assert sorted(outcomes) == ["refused"] * 4 + ["sent"]
    assert _hits(server) == 2
