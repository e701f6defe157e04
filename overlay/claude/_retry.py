"""Retries at the httpx transport layer: the one retry mechanism of the client.

Policy:

* Retried: transport errors raised by the inner transport (connect/read/write/pool timeouts,
  ``ConnectError``, ``ReadError``, ``WriteError``, ``RemoteProtocolError``, ``ProxyError``...),
  except ``UnsupportedProtocol`` and ``LocalProtocolError``, which are deterministic local
  mistakes; and the statuses 408, 409, 429 and every 5xx (529 included). No other status.
* The response header ``x-should-retry: true`` forces a retry and ``x-should-retry: false``
  forbids it, whatever the status.
* Wait: ``retry-after-ms`` (milliseconds, float) when it parses, else ``retry-after`` (seconds, or
  an HTTP date). ``retry-after-ms: 0`` means retry at once. Another value that is not positive,
  or one above ``max_retry_after`` (60 s), is ignored rather than clamped: a server asking
  for minutes is not served by a shorter wait, so the normal backoff applies. Otherwise
  ``min(initial_delay * 2**attempt, max_delay)`` times a jitter factor in ``[1 - jitter, 1]``
  (0.5 s, 1 s, 2 s... up to 8 s, minus up to 25 %).
* ``max_retries`` (default 2, so up to 3 attempts); a request can override it with
  ``extensions={"claude.max_retries": n}``. The retry count is written to
  ``request.extensions["claude.retries"]`` (reachable from httpx exceptions through
  ``exc.request``) and to the returned ``response.extensions["claude.retries"]``.
* Decisions use the status and headers only: a retried response is closed unread, and a
  returned response is never replayed. Errors raised later, while the caller reads the body,
  are not retried.
* A request whose body is not an in-memory ``httpx.ByteStream`` (a generator, a file upload,
  multipart) cannot be replayed and is sent exactly once.
* Deadline: a request carrying a :class:`~claude._deadline.Deadline` in
  ``extensions["claude.deadline"]`` has every attempt's httpx timeouts clamped to the time left,
  and no retry starts whose wait would end past it; once passed, ``httpx.ReadTimeout`` is raised.
* Test mode (:func:`set_testing`, or ``CLAUDE_RETRY_TESTING=1`` at import) makes every wait 0.

Why not a library (checked against the httpx-retries 0.6.0 and stamina 26.1.0 sources):
httpx-retries ignores ``retry-after-ms`` and ``x-should-retry``, clamps a long ``Retry-After``
to its maximum instead of falling back to backoff, has no test mode, resends any request body
(non-replayable streams included), keeps the retry state only on the returned response (lost
when an exception is raised), and by default does not retry POST. stamina retries a callable
on exceptions (through tenacity), not on responses: it reads no headers, its jitter is
additive, and its test mode also changes the number of attempts.
"""

from __future__ import annotations

import contextlib
import email.utils
import logging
import math
import os
import random
import time
from collections.abc import Awaitable, Callable, Mapping
from dataclasses import dataclass

import httpx

from ._deadline import DEADLINE_KEY, Deadline, clamp_timeouts
from ._wire import (
    MAX_RETRIES_KEY,
    RETRIES_KEY,
    RETRY_AFTER_HEADER,
    RETRY_AFTER_MS_HEADER,
    RETRY_HINT_KEY,
    SHOULD_RETRY_HEADER,
)

__all__ = [
    "AsyncRetryTransport",
    "RetryPolicy",
    "RetryTransport",
    "is_testing",
    "retry_delay",
    "set_testing",
    "should_retry_status",
]

logger = logging.getLogger("claude")

_RETRY_STATUSES = frozenset({408, 409, 429})
_NOT_RETRIED_ERRORS = (httpx.UnsupportedProtocol, httpx.LocalProtocolError)

_testing = os.environ.get("CLAUDE_RETRY_TESTING", "").strip().lower() in {"1", "true"}


def set_testing(enabled: bool) -> None:
    """Turn test mode on or off: in test mode every retry wait is zero."""
    global _testing
    _testing = bool(enabled)


def is_testing() -> bool:
    """Return whether test mode (zero waits) is on."""
    return _testing


@dataclass(frozen=True, slots=True)
class RetryPolicy:
    """Retry settings (all durations in seconds).

    Args:
        max_retries: Retries after the first attempt.
        initial_delay: Backoff before the first retry, before jitter.
        max_delay: Upper bound of the backoff.
        max_retry_after: Longest server-requested wait that is honoured.
        jitter: The backoff is multiplied by a random factor in ``[1 - jitter, 1]``.
    """

    max_retries: int = 2
    initial_delay: float = 0.5
    max_delay: float = 8.0
    max_retry_after: float = 60.0
    jitter: float = 0.25

    def __post_init__(self) -> None:
        if self.max_retries < 0:
            raise ValueError("max_retries must be >= 0")
        if not 0 <= self.initial_delay <= self.max_delay:
            raise ValueError("need 0 <= initial_delay <= max_delay")
        if self.max_retry_after < 0:
            raise ValueError("max_retry_after must be >= 0")
        if not 0 <= self.jitter <= 1:
            raise ValueError("jitter must be within [0, 1]")


def should_retry_status(status: int, headers: Mapping[str, str]) -> bool:
    """Return whether a response with *status* and *headers* should be retried.

    Args:
        status: The HTTP status code.
        headers: Response headers; case-insensitive (``httpx.Headers``) or lower-case keys.
    """
    forced = headers.get(SHOULD_RETRY_HEADER, "").strip().lower()
    if forced in {"true", "false"}:
        return forced == "true"
    return status in _RETRY_STATUSES or 500 <= status <= 599


def _server_delay(headers: Mapping[str, str], now: float) -> float | None:
    """Return the wait the server asked for, in seconds, or None when absent or invalid."""
    raw_ms = headers.get(RETRY_AFTER_MS_HEADER)
    if raw_ms is not None:
        with contextlib.suppress(ValueError):
            ms = float(raw_ms)
            if math.isfinite(ms):
                return ms / 1000
    raw = headers.get(RETRY_AFTER_HEADER, "").strip()
    if not raw:
        return None
    with contextlib.suppress(ValueError):
        seconds = float(raw)
        return seconds if math.isfinite(seconds) else None
    with contextlib.suppress(TypeError, ValueError, IndexError, OverflowError):
        date = email.utils.parsedate_tz(raw)
        if date is not None:
            return email.utils.mktime_tz(date) - now
    return None


def _retry_now(headers: Mapping[str, str]) -> bool:
    """Whether ``retry-after-ms: 0`` asks for an immediate retry."""
    with contextlib.suppress(ValueError):
        return float(headers.get("retry-after-ms", "nan")) == 0
    return False


def retry_delay(
    policy: RetryPolicy,
    attempt: int,
    headers: Mapping[str, str],
    now: float,
    *,
    rand: Callable[[], float] = random.random,
) -> float:
    """Return the wait before retry number ``attempt + 1``.

    Args:
        policy: The retry settings.
        attempt: Retries already made (0 before the first retry).
        headers: Response headers (empty for a transport error).
        now: Current Unix time, to resolve a ``retry-after`` HTTP date.
        rand: Source of uniform numbers in ``[0, 1)`` for the jitter.
    """
    asked = _server_delay(headers, now)
    if asked is not None and 0 < asked <= policy.max_retry_after:
        return asked
    if asked == 0 and _retry_now(headers):
        return 0.0
    backoff = min(policy.initial_delay * 2.0 ** min(attempt, 64), policy.max_delay)
    return backoff * (1 - policy.jitter * rand())


def _max_retries(request: httpx.Request, policy: RetryPolicy) -> int:
    value = request.extensions.get(MAX_RETRIES_KEY, policy.max_retries)
    if isinstance(value, bool) or not isinstance(value, int) or value < 0:
        raise ValueError(f"extensions[{MAX_RETRIES_KEY!r}] must be an int >= 0, got {value!r}")
    return value


class _RetryState:
    """Decisions for one request; the transports only send, close and sleep.

    ``after_response`` / ``after_error`` return the wait before the next attempt, or None when
    the response is to be returned / the error raised.
    """

    def __init__(
        self, request: httpx.Request, policy: RetryPolicy, clock: Callable[[], float]
    ) -> None:
        self.request = request
        self.policy = policy
        self.clock = clock
        self.max_retries = _max_retries(request, policy)
        self.replayable = isinstance(request.stream, httpx.ByteStream)
        self.retries = 0
        request.extensions[RETRIES_KEY] = 0
        deadline = request.extensions.get(DEADLINE_KEY)
        self.deadline = deadline if isinstance(deadline, Deadline) else None
        self.timeouts = request.extensions.get("timeout")

    def before_attempt(self) -> None:
        """Clamp this attempt's httpx timeouts to the time left (raise when none is)."""
        if self.deadline is None:
            return
        self.deadline.check(self.request)
        if isinstance(self.timeouts, dict):
            remaining = self.deadline.remaining()
            self.request.extensions["timeout"] = clamp_timeouts(self.timeouts, remaining)

    def _can_retry(self) -> bool:
        return self.replayable and self.retries < self.max_retries

    def _stopped(self) -> bool:
        """An inner transport asked for no more attempts (looked up only when one is due)."""
        return self.request.extensions.get(RETRY_HINT_KEY) == "stop"

    def _advance(self, cause: str, headers: Mapping[str, str]) -> float | None:
        """The wait before the next attempt, or None when it would end past the deadline."""
        delay = retry_delay(self.policy, self.retries, headers, self.clock())
        wait = 0.0 if _testing or self.request.extensions.get(RETRY_HINT_KEY) == "now" else delay
        if self.deadline is not None and wait >= self.deadline.remaining():
            return None
        self.retries += 1
        self.request.extensions[RETRIES_KEY] = self.retries
        logger.debug(
            "Retrying %s %s after %s in %.3f s (retry %d of %d)",
            self.request.method,
            self.request.url.path,
            cause,
            wait,
            self.retries,
            self.max_retries,
        )
        return wait

    def after_response(self, response: httpx.Response) -> float | None:
        if (
            self._can_retry()
            and should_retry_status(response.status_code, response.headers)
            and not self._stopped()
        ):
            wait = self._advance(str(response.status_code), response.headers)
            if wait is not None:
                return wait
        response.extensions[RETRIES_KEY] = self.retries
        return None

    def after_error(self, exc: Exception) -> float | None:
        if not isinstance(exc, httpx.TransportError):
            return None
        try:
            _ = exc.request  # raises RuntimeError when no request is attached
        except RuntimeError:
            exc.request = self.request
        if isinstance(exc, _NOT_RETRIED_ERRORS) or not self._can_retry() or self._stopped():
            return None
        return self._advance(type(exc).__name__, {})


class RetryTransport(httpx.BaseTransport):
    """Sync transport that retries an inner transport according to a :class:`RetryPolicy`.

    Args:
        transport: The transport that sends (default ``httpx.HTTPTransport()``); configure
            pool limits, TLS and proxies on it.
        policy: The retry settings (default ``RetryPolicy()``).
        sleep: Called with each wait (default ``time.sleep``).
        clock: Current Unix time (default ``time.time``).
    """

    def __init__(
        self,
        transport: httpx.BaseTransport | None = None,
        *,
        policy: RetryPolicy | None = None,
        sleep: Callable[[float], None] | None = None,
        clock: Callable[[], float] | None = None,
    ) -> None:
        self.transport = transport if transport is not None else httpx.HTTPTransport()
        self.policy = policy if policy is not None else RetryPolicy()
        self._sleep = sleep if sleep is not None else time.sleep
        self._clock = clock if clock is not None else time.time

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        """Send *request*, retrying per the policy."""
        state = _RetryState(request, self.policy, self._clock)
        while True:
            try:
                state.before_attempt()
                response = self.transport.handle_request(request)
            except Exception as exc:
                if (wait := state.after_error(exc)) is None:
                    raise
            else:
                if (wait := state.after_response(response)) is None:
                    return response
                with contextlib.suppress(httpx.TransportError):
                    response.close()
            self._sleep(wait)

    def close(self) -> None:
        """Close the inner transport."""
        self.transport.close()


class AsyncRetryTransport(httpx.AsyncBaseTransport):
    """Async transport that retries an inner transport according to a :class:`RetryPolicy`.

    Args:
        transport: The transport that sends (default ``httpx.AsyncHTTPTransport()``);
            configure pool limits, TLS and proxies on it.
        policy: The retry settings (default ``RetryPolicy()``).
        sleep: Awaited with each wait (default ``anyio.sleep``).
        clock: Current Unix time (default ``time.time``).
    """

    def __init__(
        self,
        transport: httpx.AsyncBaseTransport | None = None,
        *,
        policy: RetryPolicy | None = None,
        sleep: Callable[[float], Awaitable[None]] | None = None,
        clock: Callable[[], float] | None = None,
    ) -> None:
        self.transport = transport if transport is not None else httpx.AsyncHTTPTransport()
        self.policy = policy if policy is not None else RetryPolicy()
        self._sleep = sleep
        self._clock = clock if clock is not None else time.time

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        """Send *request*, retrying per the policy."""
        state = _RetryState(request, self.policy, self._clock)
        while True:
            try:
                state.before_attempt()
                response = await self.transport.handle_async_request(request)
            except Exception as exc:
                if (wait := state.after_error(exc)) is None:
                    raise
            else:
                if (wait := state.after_response(response)) is None:
                    return response
                with contextlib.suppress(httpx.TransportError):
                    await response.aclose()
            if self._sleep is None:
                import anyio  # lazy: keeps ``import claude`` cheap

                self._sleep = anyio.sleep
            await self._sleep(wait)

    async def aclose(self) -> None:
        """Close the inner transport."""
        await self.transport.aclose()
