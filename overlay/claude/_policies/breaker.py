"""The circuit breaker's state machine, per endpoint: pure decisions, times passed in.

closed --(threshold reached)--> open --(``open_for`` elapsed)--> half-open: one probe goes
through; its success closes the circuit, its failure opens it again. What counts as a failure
is the retry policy's notion of a server-side failure: a 5xx status (529 included) or a
transport error; a 4xx is the caller's problem and counts as a success of the endpoint.

(pybreaker and circuitbreaker wrap callables and keep global state with their own clocks; the
breaker here must sit inside the retry transport, be driven by statuses, share one clock with
the other policies and be inspected by health checks, so it is a small class.)
"""

from __future__ import annotations

import collections
import threading

import httpx

from .settings import CircuitBreaker

__all__ = ["Breaker", "is_failure_error", "is_failure_status"]

_NOT_FAILURES = (httpx.UnsupportedProtocol, httpx.LocalProtocolError)


def is_failure_status(status: int) -> bool:
    """Whether a response status counts against the endpoint (5xx, 529 included)."""
    return status >= 500


def is_failure_error(exc: BaseException) -> bool:
    """Whether an exception raised while sending counts against the endpoint."""
    return isinstance(exc, httpx.TransportError) and not isinstance(exc, _NOT_FAILURES)


class Breaker:
    """One endpoint's circuit; thread-safe (a lock around each transition)."""

    def __init__(self, settings: CircuitBreaker) -> None:
        self.settings = settings
        self.state = "closed"
        self.consecutive = 0
        self.opened_at = 0.0
        self.probing = False
        self._window: collections.deque[tuple[float, bool]] = collections.deque()
        self._lock = threading.Lock()

    def retry_in(self, now: float) -> float:
        """Seconds until an open circuit lets a probe through (0 when it would now)."""
        if self.state != "open":
            return 0.0
        return max(0.0, self.opened_at + self.settings.open_for - now)

    def allow(self, now: float) -> bool:
        """Whether a request may go now; in half-open, only the one probe is let through."""
        with self._lock:
            if self.state == "closed":
                return True
            if self.state == "open":
                if now < self.opened_at + self.settings.open_for:
                    return False
                self.state = "half_open"
                self.probing = False
            if self.probing:
                return False
            self.probing = True
            return True

    def record(self, now: float, failed: bool) -> None:
        """Record the outcome of a request that :meth:`allow` let through."""
        with self._lock:
            settings = self.settings
            if self.state == "half_open":
                self.probing = False
                if failed:
                    self._open(now)
                else:
                    self._close()
                return
            if self.state == "open":  # a forced probe (health check) while open
                if not failed:
                    self._close()
                else:
                    self.opened_at = now
                return
            self.consecutive = self.consecutive + 1 if failed else 0
            window = self._window
            window.append((now, failed))
            while window and window[0][0] < now - settings.window:
                window.popleft()
            if self.consecutive >= settings.failure_threshold:
                self._open(now)
            elif settings.failure_rate is not None and len(window) >= settings.min_calls:
                failures = sum(1 for _, bad in window if bad)
                if failures / len(window) >= settings.failure_rate:
                    self._open(now)

    def cancel(self) -> None:
        """A let-through request ended without an outcome (cancelled): free the probe slot."""
        with self._lock:
            self.probing = False

    def _open(self, now: float) -> None:
        self.state = "open"
        self.opened_at = now
        self.probing = False

    def _close(self) -> None:
        self.state = "closed"
        self.consecutive = 0
        self._window.clear()
