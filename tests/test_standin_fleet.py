"""The stand-in's fleet faults over TCP: outages, an API-style rate limit, gzip request bodies."""

from __future__ import annotations

import datetime
import gzip
import time
from collections.abc import Iterator

import httpx
import orjson
import pytest
from claude.testing import ErrorReply, ServerRateLimit, StandIn

HEADERS = {"x-api-key": "sk-test", "anthropic-version": "2023-06-01"}
BODY = {"model": "m", "max_tokens": 5, "messages": [{"role": "user", "content": "hi"}]}


@pytest.fixture
def client(server: StandIn) -> Iterator[httpx.Client]:
    with httpx.Client(base_url=server.base_url, headers=HEADERS) as http:
        yield http


def test_an_outage_resets_every_request_until_it_ends(
    server: StandIn, client: httpx.Client
) -> None:
    server.queue("messages.create", ErrorReply(529))
    server.outage()
    for _ in range(2):
        with pytest.raises(httpx.TransportError):
            client.post("/v1/messages", json=BODY)
    assert len(server.requests) == 2  # recorded
    assert server.pending("messages.create") == 1  # no queued reply consumed
    server.outage(down=False)
    assert client.post("/v1/messages", json=BODY).status_code == 529


def test_an_outage_with_a_reply(server: StandIn, client: httpx.Client) -> None:
    server.outage(ErrorReply(503))
    assert client.get("/v1/models").status_code == 503
    with pytest.raises(TypeError, match="not a reply"):
        server.outage("down")  # type: ignore[arg-type]


def test_rate_limit_headers_count_down_then_429(server: StandIn, client: httpx.Client) -> None:
    limit = server.rate_limit(3, period=60)
    assert limit is not None
    remaining = []
    for _ in range(3):
        response = client.post("/v1/messages", json=BODY)
        assert response.status_code == 200
        assert response.headers["anthropic-ratelimit-requests-limit"] == "3"
        remaining.append(response.headers["anthropic-ratelimit-requests-remaining"])
        reset = datetime.datetime.fromisoformat(
            response.headers["anthropic-ratelimit-requests-reset"].replace("Z", "+00:00")
        )
        assert 0 < reset.timestamp() - time.time() <= 60
    assert remaining == ["2", "1", "0"]
    throttled = client.get("/v1/models")
    assert throttled.status_code == 429
    assert throttled.json()["error"]["type"] == "rate_limit_error"
    assert throttled.headers["retry-after"] == "20"
    assert throttled.headers["anthropic-ratelimit-requests-remaining"] == "0"
    assert (limit.accepted, limit.throttled) == (3, 1)
    server.rate_limit(None)
    assert "anthropic-ratelimit-requests-limit" not in client.get("/v1/models").headers


def test_rate_limit_refills_continuously() -> None:
    now = [0.0]
    limit = ServerRateLimit(2, period=1.0, clock=lambda: now[0], wall=lambda: 1000.0)
    assert [limit.take()[0] for _ in range(3)] == [True, True, False]
    now[0] = 0.5  # one request back
    allowed, headers = limit.take()
    assert allowed
    assert headers["anthropic-ratelimit-requests-remaining"] == "0"
    assert headers["anthropic-ratelimit-requests-reset"] == "1970-01-01T00:16:41+00:00".replace(
        "+00:00", "Z"
    )
    with pytest.raises(ValueError, match="requests >= 1"):
        ServerRateLimit(0)


def test_gzip_request_bodies_are_decoded(server: StandIn, client: httpx.Client) -> None:
    raw = orjson.dumps(BODY)
    response = client.post(
        "/v1/messages",
        content=gzip.compress(raw),
        headers={"content-encoding": "gzip", "content-type": "application/json"},
    )
    assert response.status_code == 200
    assert server.requests[-1].json == BODY
    assert server.requests[-1].headers["content-encoding"] == "gzip"
