"""Tests for claude._retry: the retry policy, its sync and async transports, and real TCP."""

from __future__ import annotations

import email.utils
import logging
import os
import socket
import subprocess
import sys
import threading
import time
from collections.abc import AsyncIterator, Iterator
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import httpx
import pytest
from claude._errors import APIConnectionError
from claude._retry import (
    AsyncRetryTransport,
    RetryPolicy,
    RetryTransport,
    is_testing,
    retry_delay,
    set_testing,
    should_retry_status,
)
from claude._status import translate_transport_error

NOW = 1_700_000_000.0
NO_JITTER = RetryPolicy(jitter=0.0)
MODES = pytest.mark.parametrize("mode", ["sync", "async"])
anyio_test = pytest.mark.anyio


@pytest.fixture
def anyio_backend() -> str:
    return "asyncio"


@pytest.fixture(autouse=True)
def _restore_testing_mode() -> Iterator[None]:
    previous = is_testing()
    set_testing(False)
    yield
    set_testing(previous)


# --- scripted inner transport -------------------------------------------------------------


class TrackedStream(httpx.SyncByteStream, httpx.AsyncByteStream):
    """A response body that records whether it was read and whether it was closed."""

    def __init__(self) -> None:
        self.read = False
        self.closed = False

    def __iter__(self) -> Iterator[bytes]:
        self.read = True
        yield b'{"ok": true}'

    async def __aiter__(self) -> AsyncIterator[bytes]:
        self.read = True
        yield b'{"ok": true}'

    def close(self) -> None:
        self.closed = True

    async def aclose(self) -> None:
        self.closed = True


Step = int | tuple[int, dict[str, str]] | Exception


class Script:
    """MockTransport handler answering a scripted sequence; the last step repeats."""

    def __init__(self, *steps: Step) -> None:
        self.steps = steps
        self.calls = 0
        self.streams: list[TrackedStream] = []

    def __call__(self, request: httpx.Request) -> httpx.Response:
        step = self.steps[min(self.calls, len(self.steps) - 1)]
        self.calls += 1
        if isinstance(step, Exception):
            raise step
        status, headers = step if isinstance(step, tuple) else (step, {})
        stream = TrackedStream()
        self.streams.append(stream)
        return httpx.Response(status, headers=headers, stream=stream)


@dataclass
class Run:
    """Sends one POST through a sync or async RetryTransport over a Script."""

    mode: str
    script: Script
    policy: RetryPolicy | None = None
    clock: float = NOW
    waits: list[float] = field(default_factory=list)

    async def post(
        self,
        *,
        extensions: dict[str, object] | None = None,
        streaming_body: bool = False,
        url: str = "https://api.test/v1/messages",
    ) -> httpx.Response:
        inner = httpx.MockTransport(self.script)
        ext = extensions or {}
        if self.mode == "sync":
            transport = RetryTransport(
                inner, policy=self.policy, sleep=self.waits.append, clock=lambda: self.clock
            )
            with httpx.Client(transport=transport) as client:
                if streaming_body:
                    return client.post(url, content=iter([b"a", b"b"]), extensions=ext)
                return client.post(url, content=b'{"x": 1}', extensions=ext)

        async def sleep(seconds: float) -> None:
            self.waits.append(seconds)

        async def body() -> AsyncIterator[bytes]:
            yield b"a"

        atransport = AsyncRetryTransport(
            inner, policy=self.policy, sleep=sleep, clock=lambda: self.clock
        )
        async with httpx.AsyncClient(transport=atransport) as aclient:
            if streaming_body:
                return await aclient.post(url, content=body(), extensions=ext)
            return await aclient.post(url, content=b'{"x": 1}', extensions=ext)


# --- pure policy functions ----------------------------------------------------------------


@pytest.mark.parametrize("status", [408, 409, 429, 500, 502, 503, 504, 529, 599])
def test_should_retry_status_yes(status: int) -> None:
    assert should_retry_status(status, httpx.Headers())


@pytest.mark.parametrize("status", [200, 400, 401, 402, 403, 404, 413, 422, 600])
def test_should_retry_status_no(status: int) -> None:
    assert not should_retry_status(status, httpx.Headers())


def test_x_should_retry_overrides_status() -> None:
    assert should_retry_status(400, httpx.Headers({"X-Should-Retry": "true"}))
    assert not should_retry_status(503, httpx.Headers({"x-should-retry": " FALSE "}))
    assert should_retry_status(503, httpx.Headers({"x-should-retry": "maybe"}))


@pytest.mark.parametrize(
    ("headers", "expected"),
    [
        ({"retry-after-ms": "1500"}, 1.5),
        ({"retry-after-ms": "12.5", "retry-after": "9"}, 0.0125),
        ({"retry-after": "3"}, 3.0),
        ({"retry-after": "2.5"}, 2.5),
        ({"retry-after-ms": "soon", "retry-after": "2"}, 2.0),
        ({"retry-after": email.utils.formatdate(NOW + 30, usegmt=True)}, 30.0),
        ({"retry-after": "60"}, 60.0),
        # retry-after-ms: 0 means now (a plain retry-after: 0 falls back to backoff, below)
        ({"retry-after-ms": "0"}, 0.0),
        ({"retry-after-ms": "0.0", "retry-after": "5"}, 0.0),
    ],
)
def test_retry_delay_from_headers(headers: dict[str, str], expected: float) -> None:
    assert retry_delay(RetryPolicy(), 0, httpx.Headers(headers), NOW) == pytest.approx(expected)


@pytest.mark.parametrize(
    "headers",
    [
        {"retry-after": "61"},
        {"retry-after-ms": "90000", "retry-after": "1"},
        {"retry-after": "0"},
        {"retry-after": "-5"},
        {"retry-after": "nan"},
        {"retry-after": email.utils.formatdate(NOW - 30, usegmt=True)},
        {"retry-after": email.utils.formatdate(NOW + 3600, usegmt=True)},
        {"retry-after": "next tuesday"},
    ],
)
def test_retry_delay_unusable_header_falls_back_to_backoff(headers: dict[str, str]) -> None:
    assert retry_delay(NO_JITTER, 0, httpx.Headers(headers), NOW) == 0.5
    assert retry_delay(NO_JITTER, 2, httpx.Headers(headers), NOW) == 2.0


def test_backoff_doubles_then_caps() -> None:
    waits = [retry_delay(NO_JITTER, attempt, {}, NOW) for attempt in range(7)]
    assert waits == [0.5, 1.0, 2.0, 4.0, 8.0, 8.0, 8.0]
    assert retry_delay(NO_JITTER, 10_000, {}, NOW) == 8.0


def test_backoff_jitter_bounds() -> None:
    policy = RetryPolicy()
    assert retry_delay(policy, 1, {}, NOW, rand=lambda: 0.0) == 1.0
    assert retry_delay(policy, 1, {}, NOW, rand=lambda: 0.5) == 0.875
    assert retry_delay(policy, 1, {}, NOW, rand=lambda: 0.999999) == pytest.approx(0.75)
    assert retry_delay(policy, 9, {}, NOW, rand=lambda: 0.999999) == pytest.approx(6.0)


@pytest.mark.parametrize(
    "kwargs",
    [{"max_retries": -1}, {"initial_delay": 9.0}, {"max_retry_after": -1.0}, {"jitter": 1.5}],
)
def test_policy_validation(kwargs: dict[str, float]) -> None:
    with pytest.raises(ValueError):
        RetryPolicy(**kwargs)  # type: ignore[arg-type]


# --- transports: the policy table, sync and async ----------------------------------------


@anyio_test
@MODES
@pytest.mark.parametrize("status", [408, 409, 429, 500, 502, 503, 504, 529])
async def test_retried_statuses(mode: str, status: int) -> None:
    run = Run(mode, Script(status, status, 200), NO_JITTER)
    response = await run.post()
    assert response.status_code == 200
    assert run.script.calls == 3
    assert run.waits == [0.5, 1.0]
    assert response.extensions["claude.retries"] == 2
    assert response.request.extensions["claude.retries"] == 2


@anyio_test
@MODES
@pytest.mark.parametrize("status", [400, 401, 403, 404, 413])
async def test_not_retried_statuses(mode: str, status: int) -> None:
    run = Run(mode, Script(status, 200))
    response = await run.post()
    assert response.status_code == status
    assert run.script.calls == 1
    assert run.waits == []
    assert response.extensions["claude.retries"] == 0


@anyio_test
@MODES
async def test_gives_up_after_max_retries_and_returns_last_response(mode: str) -> None:
    run = Run(mode, Script(529), NO_JITTER)
    response = await run.post()
    assert response.status_code == 529
    assert run.script.calls == 3
    assert response.extensions["claude.retries"] == 2


@anyio_test
@MODES
async def test_x_should_retry_true_retries_a_400(mode: str) -> None:
    run = Run(mode, Script((400, {"x-should-retry": "true"}), 200))
    assert (await run.post()).status_code == 200
    assert run.script.calls == 2


@anyio_test
@MODES
async def test_x_should_retry_false_stops_a_503(mode: str) -> None:
    run = Run(mode, Script((503, {"x-should-retry": "false"}), 200))
    assert (await run.post()).status_code == 503
    assert run.script.calls == 1


@anyio_test
@MODES
@pytest.mark.parametrize(
    ("headers", "expected"),
    [
        ({"retry-after-ms": "250"}, 0.25),
        ({"retry-after": "7"}, 7.0),
        ({"retry-after": email.utils.formatdate(NOW + 12, usegmt=True)}, 12.0),
        ({"retry-after": "3600"}, 0.5),
    ],
)
async def test_transport_honours_server_wait(
    mode: str, headers: dict[str, str], expected: float
) -> None:
    run = Run(mode, Script((429, headers), 200), NO_JITTER)
    assert (await run.post()).status_code == 200
    assert run.waits == [pytest.approx(expected)]


@anyio_test
@MODES
async def test_transport_backoff_with_jitter(mode: str) -> None:
    run = Run(mode, Script(500, 500, 500, 200), RetryPolicy(max_retries=3))
    assert (await run.post()).status_code == 200
    low, high = zip(*[(0.75 * b, b) for b in (0.5, 1.0, 2.0)], strict=True)
    assert all(lo <= w <= hi for lo, w, hi in zip(low, run.waits, high, strict=True))


@anyio_test
@MODES
async def test_max_retries_zero(mode: str) -> None:
    run = Run(mode, Script(529, 200), RetryPolicy(max_retries=0))
    assert (await run.post()).status_code == 529
    assert run.script.calls == 1


@anyio_test
@MODES
async def test_per_request_override(mode: str) -> None:
    off = Run(mode, Script(529, 200))
    assert (await off.post(extensions={"claude.max_retries": 0})).status_code == 529
    assert off.script.calls == 1
    more = Run(mode, Script(529))
    response = await more.post(extensions={"claude.max_retries": 4})
    assert more.script.calls == 5
    assert response.extensions["claude.retries"] == 4


@anyio_test
@MODES
@pytest.mark.parametrize("value", [-1, "3", 1.5, True])
async def test_invalid_per_request_override(mode: str, value: object) -> None:
    run = Run(mode, Script(200))
    with pytest.raises(ValueError, match=r"claude\.max_retries"):
        await run.post(extensions={"claude.max_retries": value})
    assert run.script.calls == 0


@anyio_test
@MODES
async def test_connection_errors_retried_then_raised(mode: str) -> None:
    run = Run(mode, Script(httpx.ConnectError("refused")), NO_JITTER)
    with pytest.raises(httpx.ConnectError) as info:
        await run.post()
    assert run.script.calls == 3
    assert run.waits == [0.5, 1.0]
    assert info.value.request.extensions["claude.retries"] == 2
    translated = translate_transport_error(info.value)
    assert type(translated) is APIConnectionError
    assert translated.retries == 2


@anyio_test
@MODES
@pytest.mark.parametrize(
    "exc",
    [
        httpx.ConnectTimeout("t"),
        httpx.ReadTimeout("t"),
        httpx.ReadError("r"),
        httpx.WriteError("w"),
        httpx.RemoteProtocolError("p"),
    ],
)
async def test_transport_errors_retried_then_success(mode: str, exc: Exception) -> None:
    run = Run(mode, Script(exc, 200))
    response = await run.post()
    assert response.status_code == 200
    assert response.extensions["claude.retries"] == 1


@anyio_test
@MODES
@pytest.mark.parametrize(
    "exc", [httpx.UnsupportedProtocol("ftp"), httpx.LocalProtocolError("bad"), RuntimeError("x")]
)
async def test_local_errors_not_retried(mode: str, exc: Exception) -> None:
    run = Run(mode, Script(exc, 200))
    with pytest.raises(type(exc)):
        await run.post()
    assert run.script.calls == 1


@anyio_test
@MODES
async def test_retried_response_closed_unread(mode: str) -> None:
    run = Run(mode, Script(503, 429, 200))
    await run.post()
    first, second, last = run.script.streams
    for retried in (first, second):
        assert retried.closed
        assert not retried.read
    assert last.read


@anyio_test
@MODES
async def test_non_replayable_body_not_retried(mode: str) -> None:
    run = Run(mode, Script(503, 200))
    response = await run.post(streaming_body=True)
    assert response.status_code == 503
    assert run.script.calls == 1
    assert response.extensions["claude.retries"] == 0


@anyio_test
@MODES
async def test_testing_mode_zeroes_waits(mode: str) -> None:
    set_testing(True)
    assert is_testing()
    run = Run(mode, Script((429, {"retry-after": "30"}), 500, 200))
    assert (await run.post()).status_code == 200
    assert run.waits == [0.0, 0.0]


@pytest.mark.parametrize(("value", "expected"), [("1", "True"), ("", "False")])
def test_testing_env_var_read_at_import(value: str, expected: str) -> None:
    env = {**os.environ, "CLAUDE_RETRY_TESTING": value}
    env["PYTHONPATH"] = str(Path(__file__).resolve().parents[1] / "overlay")
    code = "import claude._retry as r; print(r.is_testing())"
    out = subprocess.run(
        [sys.executable, "-c", code], env=env, capture_output=True, text=True, check=True
    )
    assert out.stdout.strip() == expected


@anyio_test
@MODES
async def test_one_debug_line_per_retry_without_secrets(
    mode: str, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG, logger="claude")
    run = Run(mode, Script(httpx.ReadTimeout("t"), 529, 200), NO_JITTER)
    await run.post(url="https://api.test/v1/messages?key=sk-secret")
    lines = [r.getMessage() for r in caplog.records if r.name == "claude"]
    assert lines == [
        "Retrying POST /v1/messages after ReadTimeout in 0.500 s (retry 1 of 2)",
        "Retrying POST /v1/messages after 529 in 1.000 s (retry 2 of 2)",
    ]


class ClosingTransport(httpx.BaseTransport, httpx.AsyncBaseTransport):
    closed = False

    def close(self) -> None:
        self.closed = True

    async def aclose(self) -> None:
        self.closed = True


@anyio_test
async def test_close_is_forwarded() -> None:
    inner = ClosingTransport()
    RetryTransport(inner).close()
    assert inner.closed
    ainner = ClosingTransport()
    await AsyncRetryTransport(ainner).aclose()
    assert ainner.closed


def test_default_inner_transports() -> None:
    with RetryTransport() as sync_transport:
        assert isinstance(sync_transport.transport, httpx.HTTPTransport)
    assert isinstance(AsyncRetryTransport().transport, httpx.AsyncHTTPTransport)


# --- real TCP on 127.0.0.1 -----------------------------------------------------------------


@dataclass
class ScriptedServer:
    url: str
    replies: list[tuple[int, dict[str, str]]]
    bodies: list[bytes] = field(default_factory=list)


@pytest.fixture
def server() -> Iterator[ScriptedServer]:
    state = ScriptedServer("", [])

    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def do_POST(self) -> None:
            state.bodies.append(self.rfile.read(int(self.headers["Content-Length"])))
            status, headers = state.replies.pop(0) if state.replies else (200, {})
            payload = b'{"status": %d}' % status
            self.send_response(status)
            for name, value in {**headers, "Content-Length": str(len(payload))}.items():
                self.send_header(name, value)
            self.end_headers()
            self.wfile.write(payload)

        def log_message(self, format: str, *args: object) -> None:
            pass

    httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    httpd.daemon_threads = True
    thread = threading.Thread(target=httpd.serve_forever, args=(0.01,), daemon=True)
    thread.start()
    state.url = f"http://127.0.0.1:{httpd.server_address[1]}/v1/messages"
    yield state
    httpd.shutdown()
    httpd.server_close()
    thread.join(timeout=5)


def test_tcp_retries_scripted_529s(server: ScriptedServer) -> None:
    server.replies = [(529, {}), (529, {}), (200, {})]
    waits: list[float] = []
    transport = RetryTransport(httpx.HTTPTransport(), sleep=waits.append)
    with httpx.Client(transport=transport, timeout=5) as client:
        response = client.post(server.url, content=b'{"model": "m"}')
    assert response.status_code == 200
    assert response.json() == {"status": 200}
    assert response.extensions["claude.retries"] == 2
    assert server.bodies == [b'{"model": "m"}'] * 3
    assert len(waits) == 2


def test_tcp_real_sleep_from_retry_after_ms(server: ScriptedServer) -> None:
    server.replies = [(429, {"retry-after-ms": "20"}), (200, {})]
    started = time.monotonic()
    with httpx.Client(transport=RetryTransport(), timeout=5) as client:
        response = client.post(server.url, content=b"{}")
    assert time.monotonic() - started >= 0.02  # the default sleep really waited
    assert response.status_code == 200
    assert len(server.bodies) == 2


@anyio_test
async def test_tcp_async_retries_scripted_529s(server: ScriptedServer) -> None:
    server.replies = [(529, {"retry-after-ms": "10"}), (503, {"retry-after-ms": "10"}), (200, {})]
    async with httpx.AsyncClient(transport=AsyncRetryTransport(), timeout=5) as client:
        response = await client.post(server.url, content=b"{}")
    assert response.status_code == 200
    assert response.extensions["claude.retries"] == 2
    assert len(server.bodies) == 3


def _unused_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
    return port


def test_tcp_connect_refused_retried_then_raised() -> None:
    waits: list[float] = []
    url = f"http://127.0.0.1:{_unused_port()}/v1/messages"
    transport = RetryTransport(httpx.HTTPTransport(), sleep=waits.append)
    with (
        httpx.Client(transport=transport, timeout=5) as client,
        pytest.raises(httpx.ConnectError) as info,
    ):
        client.post(url, content=b"{}")
    assert len(waits) == 2
    assert info.value.request.extensions["claude.retries"] == 2
    assert "after 2 retries" in str(translate_transport_error(info.value))


@anyio_test
async def test_tcp_async_connect_refused_retried_then_raised() -> None:
    set_testing(True)
    url = f"http://127.0.0.1:{_unused_port()}/v1/messages"
    async with httpx.AsyncClient(transport=AsyncRetryTransport(), timeout=5) as client:
        with pytest.raises(httpx.ConnectError) as info:
            await client.post(url, content=b"{}")
    assert info.value.request.extensions["claude.retries"] == 2
