"""Overall deadlines: one clock for a whole call, retries and waits included.

httpx timeouts bound each phase (connect, one read, one write), so a server that sends a byte
just before every read timeout keeps a call alive forever. A :class:`Deadline` is an absolute
point on the monotonic clock, fixed when the call starts; it is the pure core shared by:

* the retry transport, which clamps every attempt's httpx timeouts to the time left and does
  not start a retry (or its wait) that cannot finish in time (:func:`clamp_timeouts`);
* the body readers, which check it after every chunk (sync), or run under an
  ``anyio.fail_after`` scope of the time left (async), so a drip-feeding server ends in
  :class:`~claude.APITimeoutError` at the deadline;
* streams, which use :class:`StreamClock`: an idle limit between events (the API sends
  ``ping`` events while it works) plus an optional total.

The rule for a call's deadline: the client's ``deadline`` option when given, else the call's
(or the client's) ``timeout`` seconds (for an ``httpx.Timeout``, its read timeout); see
:func:`call_deadline`.
"""

from __future__ import annotations

import dataclasses
import math
import time
from typing import TYPE_CHECKING, Any

import httpx

if TYPE_CHECKING:
    from ._config import ClientConfig

__all__ = [
    "DEADLINE_KEY",
    "Deadline",
    "StreamClock",
    "call_deadline",
    "clamp_timeouts",
    "deadline_error",
]

#: ``request.extensions`` key holding the call's :class:`Deadline` (read by the retry transport).
DEADLINE_KEY = "claude.deadline"


@dataclasses.dataclass(frozen=True, slots=True)
class Deadline:
    """An absolute monotonic time by which a call must end.

    Attributes:
        seconds: The total the call was given.
        at: ``time.monotonic()`` value of the deadline.
    """

    seconds: float
    at: float

    @classmethod
    def after(cls, seconds: float) -> Deadline:
        """A deadline *seconds* from now."""
        return cls(seconds, time.monotonic() + seconds)

    def remaining(self) -> float:
        """Seconds left (negative once passed)."""
        return self.at - time.monotonic()

    def check(self, request: httpx.Request | None = None) -> None:
        """Raise ``httpx.ReadTimeout`` (translated to APITimeoutError) once passed."""
        if time.monotonic() >= self.at:
            raise deadline_error(self.seconds, request)


def deadline_error(seconds: float, request: httpx.Request | None) -> httpx.TimeoutException:
    """The httpx timeout raised when a deadline passes (the client translates it)."""
    return httpx.ReadTimeout(f"the call's deadline of {seconds:g} s passed", request=request)


def call_deadline(config: ClientConfig, timeout: httpx.Timeout | None) -> Deadline | None:
    """The deadline of a call starting now (None: unbounded).

    Args:
        config: The client's settings: its ``deadline`` when set, else its ``timeout``.
        timeout: The call's own ``timeout=``, which replaces the client's (not ``deadline``).
    """
    seconds = config.deadline
    if seconds is None:
        seconds = (timeout or config.timeout).read
    if seconds is None or not math.isfinite(seconds):
        return None
    return Deadline.after(seconds)


def clamp_timeouts(timeouts: dict[str, Any], remaining: float) -> dict[str, Any]:
    """httpx's per-phase timeouts (``request.extensions["timeout"]``), none above *remaining*."""
    remaining = max(remaining, 0.001)
    return {
        name: remaining if value is None or value > remaining else value
        for name, value in timeouts.items()
    }


class StreamClock:
    """When a stream must end: an idle limit between events and an optional total.

    Args:
        idle: Longest wait for the next event, in seconds (None: no limit).
        total: Longest time for the whole body (None: no limit).
    """

    __slots__ = ("_idle", "_idle_at", "_total", "_total_at")

    def __init__(self, idle: float | None, total: float | None) -> None:
        now = time.monotonic()
        self._idle = idle
        self._total = total
        self._idle_at = math.inf if idle is None else now + idle
        self._total_at = math.inf if total is None else now + total

    def event(self) -> None:
        """An event arrived: the idle limit starts again."""
        if self._idle is not None:
            self._idle_at = time.monotonic() + self._idle

    def remaining(self) -> float:
        """Seconds until the nearer limit (``math.inf`` when there is none)."""
        return min(self._idle_at, self._total_at) - time.monotonic()

    def deadline(self) -> Deadline | None:
        """The nearer limit as a :class:`Deadline` (None when there is none)."""
        at = min(self._idle_at, self._total_at)
        if math.isinf(at):
            return None
        seconds = self._total if self._total_at <= self._idle_at else self._idle
        return Deadline(seconds or 0.0, at)

    def check(self, request: httpx.Request | None = None) -> None:
        """Raise ``httpx.ReadTimeout`` when a limit has passed."""
        if time.monotonic() >= min(self._idle_at, self._total_at):
            raise self.error(request)

    def error(self, request: httpx.Request | None = None) -> httpx.ReadTimeout:
        """The timeout of the nearer limit (raised when it passes)."""
        if self._total_at <= self._idle_at:
            message = f"the stream's total limit of {self._total:g} s (stream_timeout) passed"
        else:
            message = f"no stream event for {self._idle:g} s (stream_idle_timeout)"
        return httpx.ReadTimeout(message, request=request)
