"""Limits and deadlines: the pure pieces, and the options that set them, through the clients.

The hostile servers themselves are played by ``tests/faults/`` (each call in a child process,
peak memory measured); these tests pin the rules: how bodies are inflated and counted, what
SSE and JSONL readers accept, how a call's deadline is chosen, what a redirect or a foreign
``results_url`` gives, and that no error object carries the key.
"""

from __future__ import annotations

import gzip
import pickle
import zlib
from collections.abc import Callable
from typing import Any

import claude
import httpx
import pytest
from claude._body import ERROR_BODY_LIMIT, PIECE, BodyCollector, Inflater
from claude._config import resolve_config
from claude._deadline import Deadline, StreamClock, call_deadline, clamp_timeouts
from claude._stream.jsonl import JSONLSplitter
from claude._stream.sse import SSEDecoder
from claude.testing import JSONReply, RawReply, Reset, StandIn
from conftest import API_KEY, CREATE, MakeClient, resolve

pytestmark = pytest.mark.anyio


# --- bounded inflation ---------------------------------------------------------------------


def _pieces(inflater: Inflater, data: bytes, size: int = 4096) -> list[bytes]:
    out = [p for i in range(0, len(data), size) for p in inflater.feed(data[i : i + size])]
    return out + list(inflater.flush())


@pytest.mark.parametrize(
    ("encoding", "compress"),
    [
        ("gzip", gzip.compress),
        ("deflate", zlib.compress),
        ("deflate", lambda data: zlib.compress(data)[2:-4]),  # raw deflate, no zlib header
    ],
)
def test_inflater_gives_small_pieces(encoding: str, compress: Callable[[bytes], bytes]) -> None:
    body = bytes(5 * PIECE + 123) + b"end"
    pieces = _pieces(Inflater(encoding), compress(body))
    assert b"".join(pieces) == body
    assert max(map(len, pieces)) <= PIECE


def test_inflater_stops_when_the_reader_does() -> None:
    # 64 MiB of zeros in one network chunk: taking one piece inflates one piece only
    bomb = gzip.compress(bytes(64 << 20), compresslevel=1)
    first = next(iter(Inflater("gzip").feed(bomb)))
    assert len(first) == PIECE


def test_inflater_rejects_a_broken_body() -> None:
    with pytest.raises(claude.ResponseValidationError, match="not valid gzip"):
        _pieces(Inflater("gzip"), b"\x1f\x8b\x08\x00garbage-garbage")


def _response(status: int = 200) -> httpx.Response:
    return httpx.Response(
        status, headers={"request-id": "req_1"}, request=httpx.Request("GET", "http://x")
    )


def test_body_collector_raises_past_the_limit() -> None:
    collector = BodyCollector(_response(), 10, "max_response_bytes", None)
    assert collector.add(b"x" * 10)
    with pytest.raises(claude.ResponseTooLargeError) as info:
        collector.add(b"y")
    err = info.value
    assert (err.limit, err.size, err.option, err.request_id) == (
        10,
        11,
        "max_response_bytes",
        "req_1",
    )
    assert str(err) == (
        "response body exceeds max_response_bytes=10 bytes (11 bytes read so far)"
        " (request_id=req_1)"
    )
    assert isinstance(err, claude.ResponseValidationError)


def test_body_collector_truncates_an_error_body() -> None:
    collector = BodyCollector(_response(500), 10, "max_response_bytes", None, truncate=True)
    assert collector.add(b"x" * 6)
    assert not collector.add(b"y" * 6)
    assert collector.content() == b"xxxxxxyyyy"


def test_body_collector_checks_the_deadline() -> None:
    collector = BodyCollector(_response(), 100, "max_response_bytes", Deadline(1.0, 0.0))
    with pytest.raises(httpx.ReadTimeout, match="deadline of 1 s passed"):
        collector.add(b"x")


# --- SSE and JSONL limits ------------------------------------------------------------------


def test_sse_pending_line_is_bounded() -> None:
    decoder = SSEDecoder(max_size=100)
    decoder.feed(b"data: " + b"a" * 90)
    with pytest.raises(claude.ResponseTooLargeError, match="SSE line exceeds max_event_bytes=100"):
        decoder.feed(b"a" * 20)


def test_sse_event_data_is_bounded_across_lines() -> None:
    decoder = SSEDecoder(max_size=100)
    assert decoder.feed(b"data: " + b"a" * 40 + b"\n") == []
    with pytest.raises(claude.ResponseTooLargeError, match="SSE event exceeds"):
        decoder.feed(b"data: " + b"b" * 40 + b"\ndata: " + b"c" * 40 + b"\n")


def test_sse_within_the_limit_and_after_dispatch() -> None:
    decoder = SSEDecoder(max_size=100)
    events = []
    for _ in range(10):  # ten events of 80 characters: each fits, their sum does not matter
        events += decoder.feed(b"data: " + b"a" * 74 + b"\n\n")
    assert len(events) == 10
    assert events[0].data == "a" * 74


def test_jsonl_line_is_bounded() -> None:
    splitter = JSONLSplitter(max_size=100)
    assert splitter.feed(b'{"a": 1}\n' + b"x" * 50) == [b'{"a": 1}']
    with pytest.raises(claude.ResponseTooLargeError, match="JSONL line exceeds max_line_bytes=100"):
        splitter.feed(b"x" * 60)
    with pytest.raises(claude.ResponseTooLargeError):
        JSONLSplitter(max_size=10).feed(b"y" * 20 + b"\n")


# --- which deadline applies ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("options", "call_timeout", "seconds"),
    [
        ({}, None, 600.0),
        ({"timeout": 3}, None, 3.0),
        ({"timeout": httpx.Timeout(5.0, read=40.0)}, None, 40.0),
        ({"timeout": httpx.Timeout(None)}, None, None),
        ({"timeout": 3}, httpx.Timeout(7.0), 7.0),
        ({"timeout": 3, "deadline": 30}, httpx.Timeout(7.0), 30.0),
    ],
)
def test_call_deadline(options: dict[str, Any], call_timeout: Any, seconds: float | None) -> None:
    deadline = call_deadline(resolve_config(api_key="k", **options), call_timeout)
    assert (deadline.seconds if deadline else None) == seconds


def test_clamp_timeouts() -> None:
    timeouts = {"connect": 5.0, "read": None, "write": 1.0, "pool": 600.0}
    assert clamp_timeouts(timeouts, 2.0) == {"connect": 2.0, "read": 2.0, "write": 1.0, "pool": 2.0}


def test_stream_clock_limits() -> None:
    assert StreamClock(None, None).deadline() is None
    clock = StreamClock(idle=0.0, total=None)
    with pytest.raises(httpx.ReadTimeout, match="no stream event for 0 s"):
        clock.check()
    clock = StreamClock(idle=60.0, total=0.0)
    with pytest.raises(httpx.ReadTimeout, match="stream_timeout"):
        clock.check()


@pytest.mark.parametrize(
    "bad",
    [
        {"max_response_bytes": 0},
        {"max_event_bytes": 1.5},
        {"max_line_bytes": True},
        {"deadline": -1},
        {"stream_idle_timeout": "5"},
        {"stream_timeout": 0},
    ],
)
def test_limit_options_are_checked(bad: dict[str, Any]) -> None:
    with pytest.raises(ValueError, match=next(iter(bad))):
        claude.Client(api_key="k", **bad)


async def test_limit_options_through_with_options(make_client: MakeClient) -> None:
    client = make_client(max_response_bytes=1000, deadline=5)
    derived = client.with_options(max_event_bytes=2000, stream_timeout=9.5)
    assert (derived.config.max_response_bytes, derived.config.deadline) == (1000, 5.0)
    assert (derived.config.max_event_bytes, derived.config.stream_timeout) == (2000, 9.5)
    assert client.config.max_event_bytes == 16 * 1024 * 1024


# --- through the clients, over TCP ---------------------------------------------------------


async def test_small_limit_on_a_real_reply(make_client: MakeClient, server: StandIn) -> None:
    client = make_client(max_response_bytes=100)
    with pytest.raises(claude.ResponseTooLargeError) as info:
        await resolve(client.messages.create(**CREATE))
    assert info.value.request_id.startswith("req_")
    assert info.value.limit == 100
    # the same reply fits the default limit
    message = await resolve(make_client().messages.create(**CREATE))
    assert message.content[0].text == "Echo: Hello"


async def test_a_gzip_reply_is_read(make_client: MakeClient, server: StandIn) -> None:
    body = gzip.compress(b'{"input_tokens": 7}')
    reply = JSONReply(body=body, headers={"content-encoding": "gzip"})
    server.queue("messages.count_tokens", reply)
    count = await resolve(make_client().messages.count_tokens(**CREATE))
    assert count.input_tokens == 7
    assert claude.response_info(count).status_code == 200


async def test_a_huge_error_body_is_truncated(make_client: MakeClient, server: StandIn) -> None:
    page = "<html>" + "x" * (2 * ERROR_BODY_LIMIT) + "</html>"
    server.queue("messages.create", RawReply(body=page, status=400, content_type="text/html"))
    with pytest.raises(claude.BadRequestError) as info:
        await resolve(make_client(max_retries=0).messages.create(**CREATE))
    assert len(info.value.body) == ERROR_BODY_LIMIT
    assert len(info.value.response.content) == ERROR_BODY_LIMIT


async def test_live_errors_carry_no_key(
    make_client: MakeClient, make_standin: Callable[..., StandIn]
) -> None:
    strict = make_standin(api_key="sk-ant-another-key")
    client = make_client(base_url=strict.base_url, max_retries=0)
    with pytest.raises(claude.AuthenticationError) as status_info:
        await resolve(client.messages.create(**CREATE))
    assert status_info.value.response.request.headers["x-api-key"] == "[redacted]"

    server = make_standin()
    server.queue("messages.create", Reset())
    client = make_client(base_url=server.base_url, max_retries=0)
    with pytest.raises(claude.APIConnectionError) as info:
        await resolve(client.messages.create(**CREATE))
    err = info.value
    cause = err.__cause__
    assert isinstance(cause, httpx.TransportError)
    for headers in (err.request.headers, cause.request.headers):
        assert headers["x-api-key"] == "[redacted]"
        assert API_KEY not in repr(headers)
    assert API_KEY.encode() not in pickle.dumps(err)
    # the redacted copy still tells what was sent
    assert err.request.url.path == "/v1/messages"
    assert b'"model"' in err.request.content


async def test_redirects_are_not_followed(make_client: MakeClient, server: StandIn) -> None:
    target = server.base_url + "/v1/messages"
    server.queue("messages.create", RawReply(body="", status=307, headers={"location": target}))
    with pytest.raises(claude.APIStatusError) as info:
        await resolve(make_client().messages.create(**CREATE))
    assert info.value.status_code == 307
    assert f"redirected to {target}; redirects are not followed" in info.value.message
    assert len(server.requests) == 1  # not even the same origin is asked again


async def test_a_transport_that_returns_a_read_response(mode: str) -> None:
    # httpx.MockTransport (and other in-memory transports) hand back bodies already read
    def handle(request: httpx.Request) -> httpx.Response:
        if request.url.path.endswith("count_tokens"):
            return httpx.Response(200, json={"input_tokens": 3})
        return httpx.Response(200, json={"input_tokens": 3, "pad": "x" * 500})

    if mode == "sync":
        http: Any = httpx.Client(transport=httpx.MockTransport(handle))
        client: Any = claude.Client(api_key="k", base_url="http://test", http_client=http)
    else:
        http = httpx.AsyncClient(transport=httpx.MockTransport(handle))
        client = claude.AsyncClient(api_key="k", base_url="http://test", http_client=http)
    assert (await resolve(client.messages.count_tokens(**CREATE))).input_tokens == 3
    with pytest.raises(claude.ResponseTooLargeError):
        await resolve(client.with_options(max_response_bytes=100).models.retrieve("m"))


def test_response_too_large_error_pickles() -> None:
    err = claude.ResponseTooLargeError(
        "SSE event", limit=5, size=9, option="max_event_bytes", response=_response()
    )
    clone = pickle.loads(pickle.dumps(err))
    assert type(clone) is claude.ResponseTooLargeError
    assert (clone.what, clone.limit, clone.size, clone.option) == (
        "SSE event",
        5,
        9,
        "max_event_bytes",
    )
    assert (
        str(clone)
        == str(err)
        == ("SSE event exceeds max_event_bytes=5 bytes (9 bytes read so far) (request_id=req_1)")
    )
