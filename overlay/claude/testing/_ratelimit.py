"""A server-side rate limit for the stand-in: a token bucket and the API's headers.

Like the API, the bucket refills continuously (``requests`` per ``period`` seconds) and every
answer carries ``anthropic-ratelimit-requests-limit``, ``-remaining`` and ``-reset`` (when the
bucket is full again, RFC 3339 with microseconds); a request finding it empty gets a 429
``rate_limit_error`` with ``retry-after`` (whole seconds, rounded up).
"""

from __future__ import annotations

import datetime
import math
import threading
import time
from collections.abc import Callable

__all__ = ["ServerRateLimit"]

_PREFIX = "anthropic-ratelimit-requests-"


class ServerRateLimit:
    """A request bucket of *requests* per *period* seconds (thread-safe)."""

    def __init__(
        self,
        requests: int,
        period: float = 60.0,
        *,
        clock: Callable[[], float] = time.monotonic,
        wall: Callable[[], float] = time.time,
    ) -> None:
        if requests < 1 or period <= 0:
            raise ValueError("need requests >= 1 and period > 0")
        self.capacity = float(requests)
        self.rate = requests / period
        self.level = float(requests)
        self._clock, self._wall = clock, wall
        self._stamp = clock()
        self._lock = threading.Lock()
        self.accepted = 0
        self.throttled = 0

    def take(self) -> tuple[bool, dict[str, str]]:
        """Take one request: (allowed, the headers to send with the answer)."""
        with self._lock:
            now = self._clock()
            self.level = min(self.capacity, self.level + (now - self._stamp) * self.rate)
            self._stamp = now
            allowed = self.level >= 1.0
            if allowed:
                self.level -= 1.0
                self.accepted += 1
            else:
                self.throttled += 1
            full_in = (self.capacity - self.level) / self.rate
            reset = datetime.datetime.fromtimestamp(self._wall() + full_in, datetime.UTC)
            headers = {
                _PREFIX + "limit": str(int(self.capacity)),
                _PREFIX + "remaining": str(math.floor(max(0.0, self.level))),
                _PREFIX + "reset": reset.isoformat().replace("+00:00", "Z"),
            }
            if not allowed:
                headers["retry-after"] = str(max(1, math.ceil((1.0 - self.level) / self.rate)))
            return allowed, headers
