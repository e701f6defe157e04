"""Which endpoint an attempt goes to: pure ordering by strategy and health.

An endpoint that failed within ``cooldown`` seconds goes after the healthy ones (so traffic
returns to a recovered preferred endpoint once its cooldown has passed); an endpoint already
tried by the request is never chosen again within its attempt budget.
"""

from __future__ import annotations

import random
import threading
from collections.abc import Callable, Iterable

from .settings import Failover

__all__ = ["Endpoints", "is_under", "rebase"]


def is_under(url: str, base: str) -> bool:
    """Whether *url* is *base* or below it (not merely another host with the same prefix)."""
    return url.startswith(base) and (len(url) == len(base) or url[len(base)] in "/?#")


def rebase(url: str, primary: str, endpoint: str) -> str:
    """*url* (built on *primary*) moved onto *endpoint*; unchanged if it is not under *primary*."""
    if endpoint == primary or not is_under(url, primary):
        return url
    return endpoint + url[len(primary) :]


class Endpoints:
    """The failover endpoints of a client and when each last failed."""

    def __init__(self, settings: Failover, rand: Callable[[], float] = random.random) -> None:
        self.settings = settings
        self.last_failure: dict[str, float] = {}
        self._next = 0
        self._rand = rand
        self._lock = threading.Lock()

    @property
    def urls(self) -> tuple[str, ...]:
        return self.settings.base_urls

    def order(self, now: float, tried: Iterable[str]) -> list[str]:
        """The untried endpoints, best first, for the strategy and their health."""
        settings = self.settings
        excluded = set(tried)
        urls = [url for url in settings.base_urls if url not in excluded]
        strategy = settings.strategy
        if strategy == "round_robin":
            with self._lock:
                start = self._next % max(1, len(settings.base_urls))
                if not excluded:  # one step per request, not per attempt
                    self._next += 1
            position = {url: i for i, url in enumerate(settings.base_urls)}
            count = len(settings.base_urls)
            urls.sort(key=lambda url: (position[url] - start) % count)
        elif strategy == "random":
            urls.sort(key=lambda _: self._rand())
        elif strategy == "least_recently_failed":
            urls.sort(key=lambda url: self.last_failure.get(url, float("-inf")))
            return urls
        cooling = settings.cooldown
        healthy = [u for u in urls if now - self.last_failure.get(u, float("-inf")) >= cooling]
        return healthy + [u for u in urls if u not in healthy]

    def failed(self, url: str, now: float) -> None:
        self.last_failure[url] = now

    def succeeded(self, url: str) -> None:
        self.last_failure.pop(url, None)
