"""The shared core of the policy transports: every decision before and after an attempt.

:class:`Runtime` holds one client's policy state (breakers, endpoints, limiter) in a single
:class:`State` value that a configuration reload replaces in one assignment, so an attempt sees
the old policies or the new ones, never a mix. The sync and async transports
(:mod:`.transport`) call :meth:`Runtime.begin` and :meth:`Runtime.end` around each attempt
and only send, sleep and call hooks themselves.
"""

from __future__ import annotations

import dataclasses
import time
from collections.abc import Callable, Iterator, Mapping
from typing import Any

import httpx
import orjson

from claude._wire import RETRY_HINT_KEY

from .breaker import Breaker, is_failure_error, is_failure_status
from .compress import compress_request
from .errors import CircuitOpenError, RateLimitWaitError
from .failover import Endpoints, is_under, rebase
from .limiter import Booking, Limiter
from .settings import Policies

__all__ = ["PROBE_KEY", "Attempt", "Runtime", "State", "origin"]

#: Request extension: the base URL a health probe is pinned to (no failover, no breaker gate).
PROBE_KEY = "claude.probe_endpoint"
_TRIED_KEY = "claude.tried_endpoints"
_ORIGINAL_KEY = "claude.original_url"


def origin(url: httpx.URL) -> str:
    """``scheme://host[:port]`` of *url*."""
    port = f":{url.port}" if url.port is not None else ""
    return f"{url.scheme}://{url.host}{port}"


@dataclasses.dataclass(frozen=True, slots=True)
class State:
    """The policies in force and the state objects they drive."""

    policies: Policies
    primary: str
    breakers: dict[str, Breaker]
    endpoints: Endpoints | None
    limiter: Limiter | None


@dataclasses.dataclass(slots=True)
class Attempt:
    """One attempt in flight: where it went and what it booked."""

    state: State
    endpoint: str
    breaker: Breaker | None
    booking: Booking | None
    track_usage: bool
    probe: bool


def _breaker_for(state: State, url: str) -> Breaker | None:
    settings = state.policies.circuit_breaker
    if settings is None:
        return None
    breaker = state.breakers.get(url)
    if breaker is None:  # an endpoint outside the configured ones (an absolute URL)
        breaker = state.breakers.setdefault(url, Breaker(settings))
    return breaker


class Runtime:
    """The policy state of one client, shared by its threads and tasks.

    Args:
        policies: What was configured.
        primary: The base URL requests are built on (the client's ``base_url``).
        clock: Monotonic seconds (waits, breaker windows).
        wall: Unix time (``retry-after`` dates, ``-reset`` headers).
    """

    def __init__(
        self,
        policies: Policies,
        primary: str,
        *,
        clock: Callable[[], float] = time.monotonic,
        wall: Callable[[], float] = time.time,
    ) -> None:
        self.clock = clock
        self.wall = wall
        self.templates: dict[str, list[tuple[str, str]]] = {}  # headers for background probes
        self.reloader: Any = None  # a .dynamic.Reloader when reload_interval is set
        self.state = self._build(policies, primary, None)

    def _build(self, policies: Policies, primary: str, old: State | None) -> State:
        now = self.clock()
        urls = policies.failover.base_urls if policies.failover else (primary,)
        breakers: dict[str, Breaker] = {}
        if policies.circuit_breaker is not None:
            for url in urls:
                kept = old.breakers.get(url) if old else None
                if kept is not None:
                    kept.settings = policies.circuit_breaker
                breakers[url] = kept or Breaker(policies.circuit_breaker)
        endpoints = None
        if policies.failover is not None:
            endpoints = Endpoints(policies.failover)
            if old is not None and old.endpoints is not None:
                endpoints.last_failure.update(old.endpoints.last_failure)
        limiter = None
        if policies.rate_limit is not None:
            same = old is not None and old.limiter is not None
            if same and old.limiter.settings == policies.rate_limit:  # type: ignore[union-attr]
                limiter = old.limiter  # type: ignore[union-attr]
            else:
                limiter = Limiter(policies.rate_limit, now)
        return State(policies, primary, breakers, endpoints, limiter)

    def apply(self, policies: Policies) -> None:
        """Put new policies in force (one assignment); per-endpoint state is kept."""
        old = self.state
        tracker, new = old.policies.usage, policies.usage
        if tracker is not None and new is not None and new is not tracker:
            # a file's [usage] table: the new limits on the tracker in use, keeping its totals
            tracker.prices, tracker.max_cost, tracker.max_tokens = (
                new.prices,
                new.max_cost,
                new.max_tokens,
            )
            policies = dataclasses.replace(policies, usage=tracker)
        self.state = self._build(policies, old.primary, old)

    # -- before an attempt ----------------------------------------------------------------

    def begin(self, request: httpx.Request) -> Attempt:
        """Decide where the attempt goes; raise if it must not go (then :meth:`admit`).

        Raises:
            BudgetExceededError: The usage budget is spent.
            CircuitOpenError: No eligible endpoint has a closed (or probing) circuit.
        """
        if self.reloader is not None:
            self.reloader.maybe_reload()
        state = self.state
        policies = state.policies
        extensions = request.extensions
        probe = extensions.get(PROBE_KEY)
        if probe is None and policies.usage is not None:
            policies.usage.check_budget()
        if policies.compress_above is not None:
            compress_request(request, policies.compress_above)
        now = self.clock()
        if probe is not None:
            endpoint, breaker = probe, _breaker_for(state, probe)
        else:
            endpoint, breaker = self._choose(state, request, now)
        breaker_settings = policies.circuit_breaker
        if breaker_settings is not None and breaker_settings.probe_interval is not None:
            self.remember(endpoint, request)
        track = (
            policies.usage is not None and request.method == "POST" and _is_messages(request.url)
        )
        return Attempt(state, endpoint, breaker, None, track, probe is not None)

    def admit(self, attempt: Attempt, request: httpx.Request) -> Iterator[float]:
        """The waits before the rate limiter admits *attempt* (the caller sleeps each one).

        Raises:
            RateLimitWaitError: The total wait would exceed the call's timeout.
        """
        limiter = attempt.state.limiter
        if limiter is None or attempt.probe:
            return
        costs = _costs(limiter, request)
        bound = _timeout_of(request)
        waited = 0.0
        while True:
            result = limiter.acquire(self.clock(), costs)
            if not isinstance(result, float):
                attempt.booking = result
                return
            if bound is not None and waited + result > bound:
                if attempt.breaker is not None:
                    attempt.breaker.cancel()
                raise RateLimitWaitError(waited + result, bound)
            waited += result
            yield result

    def _choose(
        self, state: State, request: httpx.Request, now: float
    ) -> tuple[str, Breaker | None]:
        if state.endpoints is None:
            url = str(request.url)
            endpoint = state.primary if is_under(url, state.primary) else origin(request.url)
            breaker = _breaker_for(state, endpoint)
            if breaker is not None and not breaker.allow(now):
                raise CircuitOpenError((endpoint,), breaker.retry_in(now))
            return endpoint, breaker
        extensions = request.extensions
        original = extensions.setdefault(_ORIGINAL_KEY, str(request.url))
        tried: list[str] = extensions.setdefault(_TRIED_KEY, [])
        refused: list[tuple[str, float]] = []
        for candidate in state.endpoints.order(now, tried):
            breaker = _breaker_for(state, candidate)
            if breaker is None or breaker.allow(now):
                moved = rebase(original, state.primary, candidate)
                if moved != str(request.url):
                    request.url = httpx.URL(moved)
                    request.headers["host"] = request.url.netloc.decode("ascii")
                return candidate, breaker
            refused.append((candidate, breaker.retry_in(now)))
        if not refused:  # every endpoint was tried by this request already
            raise CircuitOpenError(tuple(tried), 0.0)
        raise CircuitOpenError(tuple(u for u, _ in refused), min(r for _, r in refused))

    # -- after an attempt -----------------------------------------------------------------

    def end(
        self,
        attempt: Attempt,
        request: httpx.Request,
        status: int | None,
        error: BaseException | None,
        headers: Mapping[str, str],
    ) -> None:
        """Record the outcome: limiter, breaker, endpoint health, and the retry hint."""
        state, now = attempt.state, self.clock()
        if attempt.booking is not None and state.limiter is not None:
            state.limiter.done(attempt.booking, now, self.wall(), status, headers)
        if status is not None:
            failed = is_failure_status(status)
        else:
            failed = error is not None and is_failure_error(error)
        if attempt.breaker is not None:
            if status is None and not failed:
                attempt.breaker.cancel()  # cancelled, or a local mistake: no verdict
            else:
                attempt.breaker.record(now, failed)
        if attempt.probe or state.endpoints is None:
            return
        if failed:
            state.endpoints.failed(attempt.endpoint, now)
        elif status is not None:
            state.endpoints.succeeded(attempt.endpoint)
        tried: list[str] = request.extensions.setdefault(_TRIED_KEY, [])
        tried.append(attempt.endpoint)
        left = [u for u in state.endpoints.urls if u not in tried]
        request.extensions[RETRY_HINT_KEY] = "stop" if not left else "now" if failed else None

    def remember(self, endpoint: str, request: httpx.Request) -> None:
        """Keep an endpoint's request headers, for background probes (credentials included)."""
        if endpoint not in self.templates:
            skip = {"content-type", "content-length", "content-encoding", "host"}
            self.templates[endpoint] = [
                (k, v) for k, v in request.headers.multi_items() if k.lower() not in skip
            ]


def _is_messages(url: httpx.URL) -> bool:
    return url.path.endswith("/v1/messages")


def _timeout_of(request: httpx.Request) -> float | None:
    timeout = request.extensions.get("timeout")
    if not isinstance(timeout, Mapping):
        return None
    values = [v for v in timeout.values() if isinstance(v, int | float)]
    return max(values) if values else None


def _costs(limiter: Limiter, request: httpx.Request) -> tuple[float, float, float]:
    """Requests, estimated input tokens (body bytes / 4) and ``max_tokens`` of an attempt."""
    local, server = limiter.local, limiter.server
    tokens = ("input-tokens", "output-tokens")
    if not any(d in local or d in server for d in tokens) or not _is_messages(request.url):
        return (1.0, 0.0, 0.0)
    dims = local.keys() | server.keys()
    body = request.content
    if request.headers.get("content-encoding") == "gzip":
        import gzip

        body = gzip.decompress(body)
    max_tokens = 0.0
    if "output-tokens" in dims:
        try:
            value = orjson.loads(body).get("max_tokens", 0)
        except (orjson.JSONDecodeError, AttributeError):
            value = 0
        max_tokens = float(value) if isinstance(value, int | float) else 0.0
    return (1.0, len(body) / 4.0, max_tokens)
