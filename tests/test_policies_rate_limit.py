"""Client-side rate limiting against a stand-in that limits like the API (over TCP)."""

from __future__ import annotations

import asyncio
import threading
from typing import Any

import claude
import pytest
from claude._policies.limiter import Bucket, Limiter, parse_reset
from claude.testing import StandIn
from conftest import API_KEY, CREATE, MakeClient, resolve

pytestmark = pytest.mark.anyio

# The server allows 20 requests at once and 40 a second; the client starts with a burst of 5
# and a configured rate of 100 a second, so only following the headers keeps it under.
SERVER_BURST, SERVER_PERIOD = 20, 0.5
CLIENT = claude.RateLimit(requests_per_minute=6_000, burst=5)


async def _burst(client: claude.AsyncClient, count: int) -> list[Any]:
    async def one() -> Any:
        try:
            return await client.messages.create(**CREATE)
        except claude.RateLimitError as exc:
            return exc

    return await asyncio.gather(*(one() for _ in range(count)))


async def test_fifty_concurrent_tasks_stay_under_the_server_limit(server: StandIn) -> None:
    limit = server.rate_limit(SERVER_BURST, SERVER_PERIOD)
    assert limit is not None
    async with claude.AsyncClient(
        api_key=API_KEY, base_url=server.base_url, rate_limit=CLIENT, max_retries=0
    ) as client:
        results = await _burst(client, 50)
    assert all(not isinstance(r, Exception) for r in results)
    assert (limit.accepted, limit.throttled) == (50, 0)


async def test_without_the_limiter_a_burst_is_throttled(server: StandIn) -> None:
    limit = server.rate_limit(5, 5.0)  # tight, so no machine is slow enough to stay under
    assert limit is not None
    async with claude.AsyncClient(
        api_key=API_KEY, base_url=server.base_url, max_retries=0
    ) as client:
        results = await _burst(client, 50)
    assert limit.throttled > 0
    assert sum(isinstance(r, claude.RateLimitError) for r in results) == limit.throttled


def test_threads_of_one_client_share_the_limiter(server: StandIn) -> None:
    limit = server.rate_limit(SERVER_BURST, SERVER_PERIOD)
    assert limit is not None
    errors: list[BaseException] = []
    with claude.Client(
        api_key=API_KEY, base_url=server.base_url, rate_limit=CLIENT, max_retries=0
    ) as client:

        def work() -> None:
            for _ in range(5):
                try:
                    client.messages.create(**CREATE)
                except BaseException as exc:  # collected, asserted below
                    errors.append(exc)

        threads = [threading.Thread(target=work) for _ in range(10)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join(timeout=60)
    assert errors == []
    assert (limit.accepted, limit.throttled) == (50, 0)


async def test_a_retry_after_holds_every_caller_back(
    make_client: MakeClient, server: StandIn
) -> None:
    from claude.testing import ErrorReply

    client = make_client(rate_limit=claude.RateLimit(), max_retries=0, timeout=2)
    server.queue("messages.create", ErrorReply(429, headers={"retry-after": "30"}))
    with pytest.raises(claude.RateLimitError):
        await resolve(client.messages.create(**CREATE))
    for _ in range(2):  # any caller of this client, until the server's time has passed
        with pytest.raises(claude.RateLimitWaitError) as caught:
            await resolve(client.messages.count_tokens(model="m", messages=CREATE["messages"]))
        assert caught.value.wait > 29
    assert len(server.requests) == 1


async def test_a_wait_longer_than_the_timeout_raises_without_sending(
    make_client: MakeClient, server: StandIn
) -> None:
    client = make_client(rate_limit=claude.RateLimit(requests_per_minute=6, burst=1), timeout=1.0)
    await resolve(client.messages.create(**CREATE))
    with pytest.raises(claude.RateLimitWaitError) as caught:
        await resolve(client.messages.create(**CREATE))  # the next slot is 10 s away
    # the per-attempt timeout is what is left of the call's deadline: a hair under 1 s
    assert caught.value.timeout == pytest.approx(1.0, abs=0.05)
    assert caught.value.wait > 9
    assert len(server.requests) == 1
    limiter = client._http._transport.transport.runtime.state.limiter
    assert limiter.outstanding["requests"] == 0  # nothing was taken for the refused call


async def test_token_dimensions_book_estimates(make_client: MakeClient, server: StandIn) -> None:
    rate = claude.RateLimit(input_tokens_per_minute=600_000, output_tokens_per_minute=60_000)
    client = make_client(rate_limit=rate)
    await resolve(client.messages.create(**CREATE))
    limiter = client._http._transport.transport.runtime.state.limiter
    output = limiter.local["output-tokens"]
    assert output.capacity - output.level == pytest.approx(CREATE["max_tokens"], abs=2)
    assert limiter.outstanding["output-tokens"] == 0


# -- the pure core ------------------------------------------------------------------------


def test_bucket_admits_what_it_holds_and_says_how_long_to_wait() -> None:
    bucket = Bucket(capacity=2, rate=10, now=0.0)
    for _ in range(2):
        assert bucket.shortfall(0.0, 1) == 0
        bucket.take(1)
    assert bucket.shortfall(0.0, 1) == pytest.approx(0.1)
    assert bucket.shortfall(0.05, 1) == pytest.approx(0.05)
    assert bucket.shortfall(0.0, 50) == pytest.approx(0.15)  # above capacity: a full bucket


def _headers(remaining: int, reset: str) -> dict[str, str]:
    return {
        "anthropic-ratelimit-requests-limit": "10",
        "anthropic-ratelimit-requests-remaining": str(remaining),
        "anthropic-ratelimit-requests-reset": reset,
    }


def test_limiter_sends_one_request_until_the_first_answer() -> None:
    limiter = Limiter(claude.RateLimit(), now=0.0)
    first = limiter.acquire(0.0, (1, 0, 0))
    assert not isinstance(first, float)
    assert limiter.acquire(0.0, (1, 0, 0)) == pytest.approx(0.005)
    limiter.done(first, 0.0, 0.0, 200, {})  # an answer without rate-limit headers
    assert not isinstance(limiter.acquire(0.0, (1, 0, 0)), float)


def test_limiter_learns_the_server_bucket_from_headers() -> None:
    limiter = Limiter(claude.RateLimit(margin=0, burst=2), now=0.0)
    first = limiter.acquire(0.0, (1, 0, 0))
    second = limiter.acquire(0.0, (1, 0, 0))
    assert not isinstance(first, float)
    assert not isinstance(second, float)
    reset = "2030-01-01T00:00:01Z"
    wall = parse_reset(reset, 0.0)
    assert wall is not None
    limiter.done(second, 0.0, wall - 1.0, 200, _headers(0, reset))  # full in 1 s: 10 a second
    server = limiter.server["requests"]
    assert (server.capacity, server.rate) == (10, pytest.approx(10))
    assert server.level == -1  # the first request is still in flight
    assert limiter.acquire(0.0, (1, 0, 0)) == pytest.approx(0.2)
    limiter.done(first, 0.0, wall - 1.0, 200, _headers(9, reset))  # older: ignored
    assert limiter.server["requests"].level == -1
    assert limiter.acquire(0.1, (1, 0, 0)) == pytest.approx(0.1)


def test_limiter_pauses_after_a_retry_after() -> None:
    limiter = Limiter(claude.RateLimit(margin=0), now=0.0)
    booking = limiter.acquire(0.0, (1, 0, 0))
    assert not isinstance(booking, float)
    limiter.done(booking, 0.0, 0.0, 429, {"retry-after": "2"})
    assert limiter.acquire(0.5, (1, 0, 0)) == pytest.approx(1.5)


def test_parse_reset_handles_bad_values() -> None:
    assert parse_reset("not a date", 0.0) is None
    assert parse_reset("1970-01-01T00:00:05", 0.0) == 5.0


def test_token_buckets_follow_their_own_headers() -> None:
    limiter = Limiter(claude.RateLimit(margin=0, burst=5), now=0.0)
    booking = limiter.acquire(0.0, (1, 400, 1000))
    assert not isinstance(booking, float)
    headers = {
        "anthropic-ratelimit-output-tokens-limit": "8000",
        "anthropic-ratelimit-output-tokens-remaining": "1000",
        "anthropic-ratelimit-output-tokens-reset": "1970-01-01T00:00:07Z",
        "anthropic-ratelimit-input-tokens-limit": "bogus",
        "anthropic-ratelimit-input-tokens-remaining": "1",
    }
    limiter.done(booking, 0.0, 0.0, 200, headers)
    assert set(limiter.server) == {"output-tokens"}  # the unreadable input figures are ignored
    output = limiter.server["output-tokens"]
    assert (output.capacity, output.rate, output.level) == (8000, 1000, 1000)
    assert limiter.acquire(0.0, (1, 0, 3000)) == pytest.approx(2.0)  # 2000 more: 2 s
