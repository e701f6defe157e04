"""Hostile and broken servers: every call ends in a typed error, in bounded time and memory.

Each row runs the client in a child process (``child.py``) against :class:`FaultServer`, sync
and async, and checks the error class, the time taken against the deadline, the peak RSS growth
of the child against the configured limit, and that the API key appears nowhere in the error
(nor at the second origin that redirects point to). Limits are small (1 MiB) so the bombs stay
cheap; one row per kind runs with the default limits.

The children of :data:`PLAN` all start when the module's servers do, four at a time (most rows
wait on a deadline or on the interpreter starting); each test then takes its own outcome. A
call missing from the plan simply runs when its test does.
"""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
from collections.abc import Iterator
from concurrent.futures import Future, ThreadPoolExecutor
from pathlib import Path
from typing import Any

import pytest

from .server import FaultServer

CHILD = Path(__file__).with_name("child.py")
KEY = b"sk-ant-fault-KEY-0123456789"  # the key child.py uses
MIB = 1 << 20
LIMIT = MIB
SLACK = 8 * MIB  # interpreter noise around one call, measured at about 1 MiB
SMALL = {"max_response_bytes": LIMIT, "max_event_bytes": LIMIT, "max_line_bytes": LIMIT}
DEFAULTS = {"max_response_bytes": 64 * MIB, "max_event_bytes": 16 * MIB, "max_line_bytes": 64 * MIB}
TIMEOUT = 1.0  # the drip-feeding server sends a byte every 0.5 s
LATE = 1.0  # how far past a deadline a call may end (a busy machine included)
MODES = ["sync", "async"]


def _closed_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


CLOSED = f"http://127.0.0.1:{_closed_port()}"  # nothing listens there

# Every call the tests below make: (fault, modes, op, spec); started together, slow ones first.
PLAN: list[tuple[str, tuple[str, ...], str, dict[str, Any]]] = [
    ("drip-head", ("sync", "async"), "create", {"options": {"timeout": TIMEOUT * 1.5}}),
    ("drip-then-silence", ("sync", "async"), "create", {"options": {"timeout": TIMEOUT * 1.5}}),
    ("drip-json", ("sync", "async"), "create", {"options": {"timeout": TIMEOUT}}),
    ("drip-json", ("sync", "async"), "count_tokens", {"options": {"timeout": TIMEOUT}}),
    ("drip-sse", ("sync", "async"), "stream", {"options": {"stream_idle_timeout": TIMEOUT}}),
    ("drip-sse", ("sync", "async"), "stream",
     {"options": {"stream_idle_timeout": 30.0, "stream_timeout": TIMEOUT}}),
    ("drip-jsonl", ("sync", "async"), "results", {"options": {"stream_idle_timeout": TIMEOUT}}),
    ("silent", ("sync", "async"), "create", {"options": {"timeout": TIMEOUT}}),
    ("silent", ("sync",), "create",
     {"options": {"timeout": 30.0, "deadline": TIMEOUT, "max_retries": 5}, "real_waits": True}),
    ("gzip-bomb-1g", ("sync", "async"), "create", {}),
    ("gzip-bomb-1g", ("async",), "stream", {}),
    ("sse-no-newline", ("sync", "async"), "stream", {"options": SMALL}),
    ("gzip-bomb-64m", ("sync", "async"), "create", {"options": SMALL}),
    ("gzip-bomb-64m", ("sync", "async"), "count_tokens", {"options": SMALL}),
    ("gzip-bomb-64m", ("sync", "async"), "stream", {"options": SMALL}),
    ("gzip-bomb-error", ("sync",), "create", {}),
    ("gzip-bomb-error", ("async",), "stream", {}),
    ("big-json", ("sync", "async"), "create", {"options": SMALL}),
    ("big-json", ("sync",), "create", {"options": {"max_response_bytes": 64 * MIB}}),
    ("jsonl-no-newline", ("sync", "async"), "results", {"options": SMALL}),
    ("redirect-302", ("sync", "async"), "create", {"follow_redirects": True}),
    ("redirect-307", ("sync", "async"), "create", {"follow_redirects": True}),
    ("redirect-307", ("sync", "async"), "stream", {"follow_redirects": True}),
    ("foreign-results", ("sync", "async"), "results", {}),
    ("none", ("sync", "async"), "create", {"base_url": CLOSED}),
    ("reset", ("sync", "async"), "create", {"options": {"max_retries": 1}}),
    ("invalid-json", ("sync", "async"), "create", {}),
    ("html", ("sync", "async"), "create", {}),
    ("retry-now-sync", ("sync",), "create", {"options": {"max_retries": 2}, "real_waits": True}),
    ("retry-now-async", ("async",), "create", {"options": {"max_retries": 2}, "real_waits": True}),
]  # fmt: skip

_started: dict[str, Future[dict[str, Any]]] = {}


def _full(server: FaultServer, fault: str, mode: str, op: str, spec: dict[str, Any]) -> str:
    """The child's argument: the whole scenario as JSON (also the key of its outcome)."""
    options = {"max_retries": 0, **spec.get("options", {})}
    full = {"mode": mode, "op": op, "warmup": server.url("ok"), **spec, "options": options}
    full.setdefault("base_url", server.url(fault))
    return json.dumps(full, sort_keys=True)


def _child(argument: str) -> dict[str, Any]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("ANTHROPIC_")}
    done = subprocess.run(
        [sys.executable, str(CHILD), argument],
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    outcome: dict[str, Any] = json.loads(done.stdout)
    return outcome


@pytest.fixture(scope="module")
def servers() -> Iterator[tuple[FaultServer, FaultServer]]:
    """The faulty server, and another origin that records whatever reaches it.

    Every call of :data:`PLAN` starts here, four children at a time.
    """
    with FaultServer() as other, FaultServer() as server, ThreadPoolExecutor(4) as pool:
        server.redirect_to = other.base_url
        for fault, modes, op, spec in PLAN:
            for mode in modes:
                argument = _full(server, fault, mode, op, spec)
                _started[argument] = pool.submit(_child, argument)
        yield server, other
        _started.clear()


def run(server: FaultServer, fault: str, mode: str, op: str, **spec: Any) -> dict[str, Any]:
    """The outcome of *op* run in a child process against *fault* (see child.py)."""
    argument = _full(server, fault, mode, op, spec)
    started = _started.get(argument)
    if started is None:
        print("not in PLAN (runs now):", argument)
    outcome = started.result() if started is not None else _child(argument)
    print(fault, mode, op, {k: outcome.get(k) for k in ("error", "elapsed", "growth", "size")})
    if outcome["error"] is not None:
        assert outcome["leaks"] == [], f"the key shows in {outcome['leaks']}"
    return outcome


def assert_too_large(outcome: dict[str, Any], limit: int, what: str) -> None:
    assert outcome["error"] == "ResponseTooLargeError", outcome
    assert "ResponseValidationError" in outcome["bases"]
    assert outcome["limit"] == limit
    assert limit < outcome["size"] <= limit + 64 * 1024  # stopped within one piece
    assert outcome["message"].startswith(what), outcome["message"]
    assert "req_fault" in outcome["message"]
    assert outcome["request_id"] == "req_fault"
    assert outcome["growth"] < limit + SLACK, outcome
    assert outcome["elapsed"] < 15


# --- memory: bodies, lines and events over their limits ----------------------------------------


@pytest.mark.parametrize("mode", MODES)
def test_sse_line_that_never_ends(servers: tuple[FaultServer, FaultServer], mode: str) -> None:
    outcome = run(servers[0], "sse-no-newline", mode, "stream", options=SMALL)
    assert_too_large(outcome, LIMIT, "SSE line exceeds max_event_bytes")


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("op", ["create", "count_tokens"])
def test_gzip_bomb_on_a_json_reply(
    servers: tuple[FaultServer, FaultServer], mode: str, op: str
) -> None:
    outcome = run(servers[0], "gzip-bomb-64m", mode, op, options=SMALL)
    assert_too_large(outcome, LIMIT, "response body exceeds max_response_bytes")


@pytest.mark.parametrize("mode", MODES)
def test_gzip_bomb_on_a_stream(servers: tuple[FaultServer, FaultServer], mode: str) -> None:
    outcome = run(servers[0], "gzip-bomb-64m", mode, "stream", options=SMALL)
    assert_too_large(outcome, LIMIT, "SSE line exceeds max_event_bytes")


@pytest.mark.parametrize("mode", MODES)
def test_gzip_bomb_of_1_gib_with_the_default_limits(
    servers: tuple[FaultServer, FaultServer], mode: str
) -> None:
    outcome = run(servers[0], "gzip-bomb-1g", mode, "create")
    assert_too_large(outcome, DEFAULTS["max_response_bytes"], "response body exceeds")


def test_gzip_bomb_of_1_gib_on_a_stream_with_the_default_limits(
    servers: tuple[FaultServer, FaultServer],
) -> None:
    outcome = run(servers[0], "gzip-bomb-1g", "async", "stream")
    assert_too_large(outcome, DEFAULTS["max_event_bytes"], "SSE line exceeds")


@pytest.mark.parametrize(("mode", "op"), [("sync", "create"), ("async", "stream")])
def test_gzip_bomb_as_an_error_body(
    servers: tuple[FaultServer, FaultServer], mode: str, op: str
) -> None:
    # an error body is kept only in part (256 KiB): the status is what matters
    outcome = run(servers[0], "gzip-bomb-error", mode, op)
    assert outcome["error"] == "InternalServerError", outcome
    assert outcome["status_code"] == 500
    assert outcome["growth"] < SLACK
    assert outcome["elapsed"] < 15


@pytest.mark.parametrize("mode", MODES)
def test_50_mb_json_reply(servers: tuple[FaultServer, FaultServer], mode: str) -> None:
    outcome = run(servers[0], "big-json", mode, "create", options=SMALL)
    assert_too_large(outcome, LIMIT, "response body exceeds max_response_bytes")


def test_50_mb_json_reply_fits_a_larger_limit(servers: tuple[FaultServer, FaultServer]) -> None:
    outcome = run(
        servers[0], "big-json", "sync", "create", options={"max_response_bytes": 64 * MIB}
    )
    assert outcome["error"] is None
    assert outcome["result"] == "msg_fault"


@pytest.mark.parametrize("mode", MODES)
def test_batch_results_line_that_never_ends(
    servers: tuple[FaultServer, FaultServer], mode: str
) -> None:
    outcome = run(servers[0], "jsonl-no-newline", mode, "results", options=SMALL)
    assert_too_large(outcome, LIMIT, "JSONL line exceeds max_line_bytes")


# --- time: drip-feeding and silent servers -----------------------------------------------------


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("op", ["create", "count_tokens"])
def test_drip_fed_json_ends_at_the_deadline(
    servers: tuple[FaultServer, FaultServer], mode: str, op: str
) -> None:
    outcome = run(servers[0], "drip-json", mode, op, options={"timeout": TIMEOUT})
    assert outcome["error"] == "APITimeoutError", outcome
    assert "deadline of 1 s passed" in outcome["message"]
    assert TIMEOUT - 0.05 <= outcome["elapsed"] < TIMEOUT + LATE
    assert outcome["growth"] < SLACK


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("fault", ["drip-head", "drip-then-silence"])
def test_deadline_holds_in_every_phase(
    servers: tuple[FaultServer, FaultServer], mode: str, fault: str
) -> None:
    # a head that never ends; a body that stops just before the deadline: still on time
    outcome = run(servers[0], fault, mode, "create", options={"timeout": TIMEOUT * 1.5})
    assert outcome["error"] == "APITimeoutError", outcome
    assert TIMEOUT * 1.5 - 0.05 <= outcome["elapsed"] < TIMEOUT * 1.5 + LATE


@pytest.mark.parametrize("mode", MODES)
def test_drip_fed_stream_ends_at_the_idle_timeout(
    servers: tuple[FaultServer, FaultServer], mode: str
) -> None:
    options = {"stream_idle_timeout": TIMEOUT}
    outcome = run(servers[0], "drip-sse", mode, "stream", options=options)
    assert outcome["error"] == "APITimeoutError", outcome
    assert "no stream event for 1 s (stream_idle_timeout)" in outcome["message"]
    assert TIMEOUT - 0.05 <= outcome["elapsed"] < TIMEOUT + LATE
    assert outcome["growth"] < SLACK


@pytest.mark.parametrize("mode", MODES)
def test_drip_fed_batch_results_end_at_the_idle_timeout(
    servers: tuple[FaultServer, FaultServer], mode: str
) -> None:
    options = {"stream_idle_timeout": TIMEOUT}
    outcome = run(servers[0], "drip-jsonl", mode, "results", options=options)
    assert outcome["error"] == "APITimeoutError", outcome
    assert "stream_idle_timeout" in outcome["message"]
    assert TIMEOUT - 0.05 <= outcome["elapsed"] < TIMEOUT + LATE
    assert outcome["growth"] < SLACK


@pytest.mark.parametrize("mode", MODES)
def test_stream_total_limit(servers: tuple[FaultServer, FaultServer], mode: str) -> None:
    options = {"stream_idle_timeout": 30.0, "stream_timeout": TIMEOUT}
    outcome = run(servers[0], "drip-sse", mode, "stream", options=options)
    assert outcome["error"] == "APITimeoutError", outcome
    assert "stream_timeout" in outcome["message"]
    assert TIMEOUT - 0.05 <= outcome["elapsed"] < TIMEOUT + LATE


@pytest.mark.parametrize("mode", MODES)
def test_silent_server_times_out(servers: tuple[FaultServer, FaultServer], mode: str) -> None:
    outcome = run(servers[0], "silent", mode, "create", options={"timeout": TIMEOUT})
    assert outcome["error"] == "APITimeoutError", outcome
    assert TIMEOUT - 0.05 <= outcome["elapsed"] < TIMEOUT + LATE


def test_deadline_covers_retries(servers: tuple[FaultServer, FaultServer]) -> None:
    # silent server, 5 retries allowed with real waits: the deadline still ends the call
    options = {"timeout": 30.0, "deadline": TIMEOUT, "max_retries": 5}
    outcome = run(servers[0], "silent", "sync", "create", options=options, real_waits=True)
    assert outcome["error"] == "APITimeoutError", outcome
    assert outcome["elapsed"] < TIMEOUT + LATE


# --- credentials: redirects and foreign origins ------------------------------------------------


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize(("status", "op"), [(302, "create"), (307, "create"), (307, "stream")])
def test_redirect_to_another_origin_is_not_followed(
    servers: tuple[FaultServer, FaultServer], mode: str, status: int, op: str
) -> None:
    server, other = servers
    # the user's own httpx client follows redirects: the client must not
    outcome = run(server, f"redirect-{status}", mode, op, follow_redirects=True)
    assert outcome["error"] == "APIStatusError", outcome
    assert outcome["status_code"] == status
    assert f"redirected to {other.base_url}/v1/messages" in outcome["message"]
    assert other.received == []  # not one connection there, so zero bytes of the key
    assert outcome["growth"] < SLACK


@pytest.mark.parametrize("mode", MODES)
def test_results_url_of_another_origin_gets_no_credentials(
    servers: tuple[FaultServer, FaultServer], mode: str
) -> None:
    server, other = servers
    outcome = run(server, "foreign-results", mode, "results")  # results_url on `other`
    assert outcome["error"] == "ClaudeError", outcome
    assert "refusing to send credentials" in outcome["message"]
    assert other.received == []


# --- connection errors and the good old faults -------------------------------------------------


@pytest.mark.parametrize("mode", MODES)
def test_connection_refused(servers: tuple[FaultServer, FaultServer], mode: str) -> None:
    outcome = run(servers[0], "none", mode, "create", base_url=CLOSED)
    assert outcome["error"] == "APIConnectionError", outcome  # and no key: see run()
    assert outcome["elapsed"] < 5


@pytest.mark.parametrize("mode", MODES)
def test_connection_reset(servers: tuple[FaultServer, FaultServer], mode: str) -> None:
    outcome = run(servers[0], "reset", mode, "create", options={"max_retries": 1})
    assert outcome["error"] == "APIConnectionError", outcome
    assert outcome["retries"] == 1
    assert outcome["elapsed"] < 5


@pytest.mark.parametrize("mode", MODES)
def test_invalid_json(servers: tuple[FaultServer, FaultServer], mode: str) -> None:
    outcome = run(servers[0], "invalid-json", mode, "create")
    assert outcome["error"] == "ResponseValidationError", outcome
    assert outcome["message"].startswith("response body is not JSON")
    assert outcome["growth"] < SLACK


@pytest.mark.parametrize("mode", MODES)
def test_html_error_page(servers: tuple[FaultServer, FaultServer], mode: str) -> None:
    outcome = run(servers[0], "html", mode, "create")
    assert outcome["error"] == "InternalServerError", outcome
    assert outcome["status_code"] == 502
    assert "502 Bad Gateway nginx" in outcome["message"]


@pytest.mark.parametrize("mode", MODES)
def test_retry_after_ms_zero_retries_at_once(
    servers: tuple[FaultServer, FaultServer], mode: str
) -> None:
    server = servers[0]
    fault = f"retry-now-{mode}"
    # real waits: the normal backoff would wait at least 0.375 s
    outcome = run(server, fault, mode, "create", options={"max_retries": 2}, real_waits=True)
    assert outcome["error"] is None, outcome
    assert outcome["result"] == "msg_fault"
    assert server.counts[fault] == 2
    assert outcome["elapsed"] < 0.3
