"""The settings of each policy: frozen, validated values (a bad one names the field).

:class:`Policies` bundles what a client was given; it is built from ``ClientOptions`` by
:func:`policies_from_options` only when at least one policy option is present.
"""

from __future__ import annotations

import dataclasses
import math
import os
from collections.abc import Callable, Mapping, Sequence
from typing import TYPE_CHECKING, Any, Literal

if TYPE_CHECKING:
    from .usage import UsageTracker

__all__ = [
    "POLICY_OPTIONS",
    "STRATEGIES",
    "CircuitBreaker",
    "Failover",
    "Policies",
    "RateLimit",
    "policies_from_options",
]

Strategy = Literal["priority", "round_robin", "least_recently_failed", "random"]
STRATEGIES: tuple[str, ...] = ("priority", "round_robin", "least_recently_failed", "random")
#: The ``ClientOptions`` keys this package owns.
POLICY_OPTIONS = frozenset(
    {
        "circuit_breaker",
        "rate_limit",
        "failover",
        "usage",
        "event_hooks",
        "compress_requests",
        "config_file",
        "reload_interval",
    }
)


def _positive(owner: str, name: str, value: float | None, *, allow_none: bool = True) -> None:
    if value is None and allow_none:
        return
    if (
        isinstance(value, bool)
        or not isinstance(value, int | float)
        or not math.isfinite(value)
        or value <= 0
    ):
        raise ValueError(f"{owner}.{name} must be a positive number, got {value!r}")


@dataclasses.dataclass(frozen=True, slots=True)
class CircuitBreaker:
    """Open an endpoint's circuit after failures (5xx, 529, connection errors; not 4xx).

    Args:
        failure_threshold: Consecutive failures that open the circuit.
        failure_rate: Also open when this share of the calls in ``window`` failed (0 < r <= 1).
        window: Seconds of history for ``failure_rate``.
        min_calls: Calls in the window before ``failure_rate`` is judged.
        open_for: Seconds an open circuit fails fast before it lets one probe through.
        probe_interval: Seconds between background probes of open circuits (None: none);
            the probing thread or task stops when the client's connection pool is closed.
    """

    failure_threshold: int = 5
    failure_rate: float | None = None
    window: float = 60.0
    min_calls: int = 10
    open_for: float = 30.0
    probe_interval: float | None = None

    def __post_init__(self) -> None:
        for name in ("failure_threshold", "min_calls"):
            value = getattr(self, name)
            if isinstance(value, bool) or not isinstance(value, int) or value < 1:
                raise ValueError(f"circuit_breaker.{name} must be an int >= 1, got {value!r}")
        if self.failure_rate is not None:
            _positive("circuit_breaker", "failure_rate", self.failure_rate)
            if self.failure_rate > 1:
                raise ValueError(
                    f"circuit_breaker.failure_rate must be within (0, 1], got {self.failure_rate}"
                )
        _positive("circuit_breaker", "window", self.window, allow_none=False)
        _positive("circuit_breaker", "open_for", self.open_for, allow_none=False)
        _positive("circuit_breaker", "probe_interval", self.probe_interval)


@dataclasses.dataclass(frozen=True, slots=True)
class RateLimit:
    """Client-side token buckets, adapting to the ``anthropic-ratelimit-*`` headers.

    Args:
        requests_per_minute: Local request rate (None: learn it from the server's headers).
        input_tokens_per_minute: Local input-token rate (estimated as body bytes / 4).
        output_tokens_per_minute: Local output-token rate (each request reserves ``max_tokens``).
        burst: Requests that may start at once (default: one second's worth, at least 1);
            also how many may be in flight before the first answer shows the server's
            limits (default 1).
        adaptive: Follow the server's remaining/reset headers and ``retry-after``.
        margin: Seconds added to a server-requested wait (clock differences).
    """

    requests_per_minute: float | None = None
    input_tokens_per_minute: float | None = None
    output_tokens_per_minute: float | None = None
    burst: float | None = None
    adaptive: bool = True
    margin: float = 0.05

    def __post_init__(self) -> None:
        for name in ("requests_per_minute", "input_tokens_per_minute", "output_tokens_per_minute"):
            _positive("rate_limit", name, getattr(self, name))
        _positive("rate_limit", "burst", self.burst)
        if not isinstance(self.adaptive, bool):
            raise ValueError(f"rate_limit.adaptive must be a bool, got {self.adaptive!r}")
        if not isinstance(self.margin, int | float) or not 0 <= self.margin <= 10:
            raise ValueError(f"rate_limit.margin must be within [0, 10] s, got {self.margin!r}")


@dataclasses.dataclass(frozen=True, slots=True)
class Failover:
    """Ordered base URLs; a failed attempt moves to another one within the retry budget.

    Args:
        base_urls: Endpoints, the preferred first (at least one; ``http(s)://`` URLs).
        strategy: ``priority``, ``round_robin``, ``least_recently_failed`` or ``random``.
        cooldown: Seconds a failed endpoint is tried only after the healthy ones.
    """

    base_urls: tuple[str, ...]
    strategy: Strategy = "priority"
    cooldown: float = 30.0

    def __init__(
        self, base_urls: Sequence[str], strategy: Strategy = "priority", cooldown: float = 30.0
    ) -> None:
        if isinstance(base_urls, str) or not isinstance(base_urls, Sequence):
            raise ValueError(f"failover.base_urls must be a list of URLs, got {base_urls!r}")
        urls = tuple(str(url).rstrip("/") for url in base_urls)
        if not urls:
            raise ValueError("failover.base_urls must not be empty")
        for index, url in enumerate(urls):
            if not url.startswith(("http://", "https://")):
                raise ValueError(f"failover.base_urls.{index} must be an http(s) URL, got {url!r}")
        if len(set(urls)) != len(urls):
            raise ValueError(f"failover.base_urls has duplicates: {urls!r}")
        if strategy not in STRATEGIES:
            raise ValueError(f"failover.strategy must be one of {STRATEGIES}, got {strategy!r}")
        _positive("failover", "cooldown", cooldown, allow_none=False)
        object.__setattr__(self, "base_urls", urls)
        object.__setattr__(self, "strategy", strategy)
        object.__setattr__(self, "cooldown", float(cooldown))


Hook = Callable[[Any], Any]


@dataclasses.dataclass(frozen=True, slots=True)
class Policies:
    """The policies of one client (None: that policy is off)."""

    circuit_breaker: CircuitBreaker | None = None
    rate_limit: RateLimit | None = None
    failover: Failover | None = None
    usage: UsageTracker | None = None
    request_hooks: tuple[Hook, ...] = ()
    response_hooks: tuple[Hook, ...] = ()
    compress_above: int | None = None
    config_file: str | None = None
    reload_interval: float | None = None
    # the arguments given beside config_file (re-applied over the file on reload); never shown,
    # since they may hold credentials
    explicit: Mapping[str, Any] | None = dataclasses.field(default=None, compare=False, repr=False)

    @property
    def needs_transport(self) -> bool:
        """Whether anything acts on requests (a config file alone does not)."""
        return any(
            (
                self.circuit_breaker,
                self.rate_limit,
                self.failover,
                self.usage is not None,
                self.request_hooks,
                self.response_hooks,
                self.compress_above is not None,
                self.reload_interval is not None,
            )
        )


def _hooks(value: object) -> tuple[tuple[Hook, ...], tuple[Hook, ...]]:
    if not isinstance(value, Mapping):
        raise ValueError("event_hooks must be a mapping {'request': [...], 'response': [...]}")
    unknown = set(value) - {"request", "response"}
    if unknown:
        raise ValueError(f"event_hooks: unknown event(s) {sorted(unknown)}; use request, response")
    found: dict[str, tuple[Hook, ...]] = {}
    for event in ("request", "response"):
        hooks = value.get(event, ())
        if callable(hooks):
            hooks = (hooks,)
        for index, hook in enumerate(hooks):
            if not callable(hook):
                raise ValueError(f"event_hooks.{event}.{index} is not callable: {hook!r}")
        found[event] = tuple(hooks)
    return found["request"], found["response"]


def _compress(value: object) -> int | None:
    if value is False:
        return None
    if value is True:
        return 1024
    if isinstance(value, bool) or not isinstance(value, int) or value < 0:
        raise ValueError(f"compress_requests must be a bool or a byte count >= 0, got {value!r}")
    return value


def policies_from_options(options: Mapping[str, Any]) -> Policies:
    """The :class:`Policies` for the policy keys of *options* (other keys are ignored).

    Raises:
        ValueError: A value is of the wrong type or out of range (the message names it).
    """
    from .usage import UsageTracker

    fields: dict[str, Any] = {}
    classes: tuple[tuple[str, type[Any]], ...] = (
        ("circuit_breaker", CircuitBreaker),
        ("rate_limit", RateLimit),
        ("failover", Failover),
    )
    for name, cls in classes:
        value = options.get(name)
        if value is True and name == "circuit_breaker":
            value = CircuitBreaker()
        if value is not None and value is not False:
            if not isinstance(value, cls):
                raise ValueError(f"{name} must be a claude.{cls.__name__}, got {value!r}")
            fields[name] = value
    usage = options.get("usage")
    if usage is not None:
        if not isinstance(usage, UsageTracker):
            raise ValueError(f"usage must be a claude.UsageTracker, got {usage!r}")
        fields["usage"] = usage
    if options.get("event_hooks") is not None:
        fields["request_hooks"], fields["response_hooks"] = _hooks(options["event_hooks"])
    if options.get("compress_requests") is not None:
        fields["compress_above"] = _compress(options["compress_requests"])
    config_file = options.get("config_file")
    if config_file is not None:
        if not isinstance(config_file, str | os.PathLike):
            raise ValueError(f"config_file must be a path, got {config_file!r}")
        fields["config_file"] = os.fspath(config_file)
    interval = options.get("reload_interval")
    if interval is not None:
        _positive("options", "reload_interval", interval)
        if config_file is None:
            raise ValueError("reload_interval needs config_file")
        fields["reload_interval"] = float(interval)
    return Policies(**fields)
