"""Client-side rate limiting: token buckets, adapted to the server's headers.

An attempt is admitted when every bucket holds its cost; otherwise it is told how long the
refill takes, sleeps, and asks again (with the newest knowledge of the server by then). The
check-and-take happens under one lock, so threads and tasks of a client share the buckets;
the sleeping happens outside it, in the sync or async transport.

Until the first answer arrives, at most ``burst`` (default 1) attempts are in flight: the
server's limits are not known yet. Two kinds of bucket per dimension (requests, input
tokens, output tokens):

* a local one from :class:`~.settings.RateLimit` (``*_per_minute``, ``burst``);
* a mirror of the server's, learned from ``anthropic-ratelimit-<dim>-limit``, ``-remaining``
  and ``-reset`` (the time the server's bucket is full again, RFC 3339): capacity = limit,
  refill rate = (limit - remaining) / (reset - now), level = remaining minus what this client
  has in flight. Only an answer to a later-admitted request updates it, so a slow early
  answer cannot raise the level again.

A ``retry-after`` on a 429 holds every caller back until then. (aiolimiter and limits count
locally only and cannot follow server headers or bound a wait by a call's timeout.)
"""

from __future__ import annotations

import contextlib
import datetime
import threading
from collections.abc import Mapping
from dataclasses import dataclass

from claude._retry import _server_delay

from .settings import RateLimit

__all__ = ["Booking", "Bucket", "Limiter", "parse_reset"]

DIMENSIONS = ("requests", "input-tokens", "output-tokens")
_PREFIX = "anthropic-ratelimit-"


def parse_reset(value: str, now: float) -> float | None:
    """Seconds from *now* (Unix time) until an RFC 3339 reset time, or None if unreadable."""
    with contextlib.suppress(ValueError):
        moment = datetime.datetime.fromisoformat(value.strip().replace("Z", "+00:00"))
        if moment.tzinfo is None:
            moment = moment.replace(tzinfo=datetime.UTC)
        return moment.timestamp() - now
    return None


class Bucket:
    """A token bucket that accepts bookings ahead of time (its level may go negative)."""

    def __init__(self, capacity: float, rate: float, now: float) -> None:
        self.capacity = capacity
        self.rate = rate  # per second
        self.level = capacity
        self.stamp = now
        self.outstanding = 0.0
        self.seen = -1  # the latest booking sequence number that updated a mirror

    def _refill(self, now: float) -> None:
        if now > self.stamp:
            self.level = min(self.capacity, self.level + (now - self.stamp) * self.rate)
            self.stamp = now

    def shortfall(self, now: float, cost: float) -> float:
        """Seconds until the bucket holds *cost* (a cost above capacity needs a full bucket)."""
        self._refill(now)
        need = min(cost, self.capacity)
        if self.level >= need:
            return 0.0
        return (need - self.level) / self.rate if self.rate > 0 else 1.0

    def take(self, cost: float) -> None:
        self.level -= cost
        self.outstanding += cost

    def settle(self, cost: float) -> None:
        """A booked request was answered: it is no longer outstanding."""
        self.outstanding = max(0.0, self.outstanding - cost)

    def observe(self, now: float, limit: float, remaining: float, reset_in: float | None) -> None:
        """Align with the server's bucket (called after :meth:`settle`)."""
        self.capacity = max(limit, 1.0)
        if reset_in is not None and reset_in > 0 and remaining < limit:
            self.rate = (limit - remaining) / reset_in
        elif self.rate <= 0:
            self.rate = limit / 60.0
        self.level = remaining - self.outstanding
        self.stamp = now


@dataclass(frozen=True, slots=True)
class Booking:
    """What one admitted attempt took: its costs, and its admission order."""

    seq: int
    costs: tuple[float, float, float]


class Limiter:
    """The buckets of one client (shared by its threads and tasks)."""

    def __init__(self, settings: RateLimit, now: float) -> None:
        self.settings = settings
        self._lock = threading.Lock()
        self._seq = 0
        self._paused_until = 0.0
        self.local: dict[str, Bucket] = {}
        self.server: dict[str, Bucket] = {}
        self.outstanding = dict.fromkeys(DIMENSIONS, 0.0)
        self.answered = False  # until the first answer, at most ``cold_start`` in flight
        self.cold_start = settings.burst or 1.0
        per_minute = (
            settings.requests_per_minute,
            settings.input_tokens_per_minute,
            settings.output_tokens_per_minute,
        )
        for dim, value in zip(DIMENSIONS, per_minute, strict=True):
            if value is not None:
                rate = value / 60.0
                burst = settings.burst if dim == "requests" and settings.burst else None
                self.local[dim] = Bucket(burst or max(1.0, rate), rate, now)

    def acquire(self, now: float, costs: tuple[float, float, float]) -> Booking | float:
        """Admit one attempt (costs: requests, input tokens, output tokens) or say how long
        to wait before asking again."""
        with self._lock:
            wait = max(0.0, self._paused_until - now)
            if (
                self.settings.adaptive
                and not self.answered
                and self.outstanding["requests"] >= self.cold_start
            ):
                wait = max(wait, 0.005)  # the server's limits are not known yet: ask again soon
            for dim, cost in zip(DIMENSIONS, costs, strict=True):
                for buckets in (self.local, self.server):
                    bucket = buckets.get(dim)
                    if bucket is not None and cost > 0:
                        wait = max(wait, bucket.shortfall(now, cost))
            if wait > 0:
                return max(wait, 0.001)
            self._seq += 1
            for dim, cost in zip(DIMENSIONS, costs, strict=True):
                self.outstanding[dim] += cost
                for buckets in (self.local, self.server):
                    if (bucket := buckets.get(dim)) is not None and cost > 0:
                        bucket.take(cost)
            return Booking(self._seq, costs)

    def done(
        self,
        booking: Booking,
        now: float,
        wall: float,
        status: int | None,
        headers: Mapping[str, str],
    ) -> None:
        """Settle *booking* and learn from the response (None status: no response)."""
        with self._lock:
            for dim, cost in zip(DIMENSIONS, booking.costs, strict=True):
                self.outstanding[dim] = max(0.0, self.outstanding[dim] - cost)
                for buckets in (self.local, self.server):
                    if (bucket := buckets.get(dim)) is not None and cost > 0:
                        bucket.settle(cost)
            if status is None or not self.settings.adaptive:
                return
            self.answered = True
            if status == 429:
                asked = _server_delay(headers, wall)
                if asked is not None and asked > 0:
                    pause = now + asked + self.settings.margin
                    self._paused_until = max(self._paused_until, pause)
            # one pass over the headers (an httpx.Headers lookup scans them all)
            limits = {k: v for k, v in headers.items() if k.startswith(_PREFIX)}
            if limits:
                for dim in DIMENSIONS:
                    self._observe(dim, booking.seq, now, wall, limits)

    def _observe(
        self, dim: str, seq: int, now: float, wall: float, headers: Mapping[str, str]
    ) -> None:
        raw_limit = headers.get(f"{_PREFIX}{dim}-limit")
        raw_remaining = headers.get(f"{_PREFIX}{dim}-remaining")
        if raw_limit is None or raw_remaining is None:
            return
        try:
            limit, remaining = float(raw_limit), float(raw_remaining)
        except ValueError:
            return
        if limit <= 0 or remaining < 0:
            return
        raw_reset = headers.get(f"{_PREFIX}{dim}-reset")
        reset_in = None if raw_reset is None else parse_reset(raw_reset, wall)
        if reset_in is not None:
            reset_in += self.settings.margin
        bucket = self.server.get(dim)
        if bucket is None:
            bucket = self.server[dim] = Bucket(limit, limit / 60.0, now)
            bucket.outstanding = self.outstanding[dim]
        elif seq < bucket.seen:
            return
        bucket.seen = seq
        bucket.observe(now, limit, remaining, reset_in)
