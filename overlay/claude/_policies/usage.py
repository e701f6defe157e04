"""Usage and cost: a tracker that adds up the ``usage`` of every message, per model.

The tracker is fed at the transport seam by :class:`UsageReader`, which reads the usage out
of a ``POST /v1/messages`` answer as its body passes (JSON, or the ``message_start`` and
``message_delta`` events of a stream, whose usage figures are cumulative), so calls, streams
and tool loops are counted alike without touching the parsed results. A budget is checked
before each request is sent.
"""

from __future__ import annotations

import dataclasses
import threading
from collections.abc import Mapping
from typing import Any

import orjson

from .errors import BudgetExceededError

__all__ = ["Price", "Usage", "UsageReader", "UsageTracker"]

_TOKEN_FIELDS = (
    "input_tokens",
    "output_tokens",
    "cache_creation_input_tokens",
    "cache_read_input_tokens",
)


@dataclasses.dataclass(frozen=True, slots=True)
class Price:
    """Prices per million tokens (and per server tool request), in the currency you choose."""

    input: float = 0.0
    output: float = 0.0
    cache_write: float = 0.0
    cache_read: float = 0.0
    server_tool_request: float = 0.0


@dataclasses.dataclass(frozen=True, slots=True)
class Usage:
    """Usage added up over calls.

    Attributes:
        requests: Messages counted.
        input_tokens: Input tokens (not cached).
        output_tokens: Output tokens.
        cache_creation_input_tokens: Tokens written to the prompt cache.
        cache_read_input_tokens: Tokens read from the prompt cache.
        server_tool_requests: Server tool uses by name (``web_search_requests``, ...).
    """

    requests: int = 0
    input_tokens: int = 0
    output_tokens: int = 0
    cache_creation_input_tokens: int = 0
    cache_read_input_tokens: int = 0
    server_tool_requests: Mapping[str, int] = dataclasses.field(default_factory=dict)

    @property
    def total_tokens(self) -> int:
        """Every token, cached or not."""
        return sum(getattr(self, name) for name in _TOKEN_FIELDS)

    def __add__(self, other: Usage) -> Usage:
        tools = dict(self.server_tool_requests)
        for name, count in other.server_tool_requests.items():
            tools[name] = tools.get(name, 0) + count
        return Usage(
            requests=self.requests + other.requests,
            input_tokens=self.input_tokens + other.input_tokens,
            output_tokens=self.output_tokens + other.output_tokens,
            cache_creation_input_tokens=(
                self.cache_creation_input_tokens + other.cache_creation_input_tokens
            ),
            cache_read_input_tokens=self.cache_read_input_tokens + other.cache_read_input_tokens,
            server_tool_requests=tools,
        )

    @classmethod
    def from_dict(cls, usage: Mapping[str, Any]) -> Usage:
        """One message's usage from its wire ``usage`` object (absent fields are 0)."""
        tools = usage.get("server_tool_use")
        server = (
            {k: _int(v) for k, v in tools.items() if _int(v)} if isinstance(tools, Mapping) else {}
        )
        return cls(
            requests=1,
            input_tokens=_int(usage.get("input_tokens")),
            output_tokens=_int(usage.get("output_tokens")),
            cache_creation_input_tokens=_int(usage.get("cache_creation_input_tokens")),
            cache_read_input_tokens=_int(usage.get("cache_read_input_tokens")),
            server_tool_requests=server,
        )


def _int(value: object) -> int:
    return value if isinstance(value, int) and not isinstance(value, bool) else 0


class UsageTracker:
    """Adds up usage per model across calls and streams of any clients it is given to.

    Args:
        prices: Model -> :class:`Price`; a key also matches dated versions
            (``claude-sonnet-4-5`` prices ``claude-sonnet-4-5-20250929``).
        max_cost: Budget in the prices' currency; requests fail once it is reached.
        max_tokens: Budget in tokens (every kind).
    """

    def __init__(
        self,
        prices: Mapping[str, Price] | None = None,
        *,
        max_cost: float | None = None,
        max_tokens: int | None = None,
    ) -> None:
        if max_cost is not None and (not isinstance(max_cost, int | float) or max_cost < 0):
            raise ValueError(f"usage.max_cost must be a number >= 0, got {max_cost!r}")
        if max_tokens is not None and (not isinstance(max_tokens, int) or max_tokens < 0):
            raise ValueError(f"usage.max_tokens must be an int >= 0, got {max_tokens!r}")
        if max_cost is not None and not prices:
            raise ValueError("usage.max_cost needs a price table (prices=)")
        for model, price in (prices or {}).items():
            if not isinstance(price, Price):
                raise ValueError(f"usage.prices.{model} must be a claude.Price, got {price!r}")
        self.prices = dict(prices or {})
        self.max_cost = max_cost
        self.max_tokens = max_tokens
        self._by_model: dict[str, Usage] = {}
        self._lock = threading.Lock()

    def add(self, model: str, usage: Usage) -> None:
        """Count *usage* for *model*."""
        with self._lock:
            self._by_model[model] = self._by_model.get(model, Usage()) + usage

    def by_model(self) -> dict[str, Usage]:
        """A snapshot: model -> its usage so far."""
        with self._lock:
            return dict(self._by_model)

    @property
    def total(self) -> Usage:
        """Usage over every model."""
        total = Usage()
        for usage in self.by_model().values():
            total = total + usage
        return total

    def price_of(self, model: str) -> Price | None:
        """The price entry for *model* (exact, else the longest key it starts with)."""
        if model in self.prices:
            return self.prices[model]
        keys = [key for key in self.prices if model.startswith(key + "-")]
        return self.prices[max(keys, key=len)] if keys else None

    def cost(self) -> float:
        """The cost so far (models without a price count 0)."""
        total = 0.0
        for model, usage in self.by_model().items():
            price = self.price_of(model)
            if price is not None:
                total += (
                    usage.input_tokens * price.input
                    + usage.output_tokens * price.output
                    + usage.cache_creation_input_tokens * price.cache_write
                    + usage.cache_read_input_tokens * price.cache_read
                ) / 1e6 + sum(usage.server_tool_requests.values()) * price.server_tool_request
        return total

    def check_budget(self) -> None:
        """Raise :class:`BudgetExceededError` once a budget is reached."""
        if self.max_tokens is not None:
            spent = self.total.total_tokens
            if spent >= self.max_tokens:
                raise BudgetExceededError(spent, self.max_tokens, "tokens")
        if self.max_cost is not None:
            cost = self.cost()
            if cost >= self.max_cost:
                raise BudgetExceededError(cost, self.max_cost, "cost")

    def reset(self) -> None:
        """Forget everything counted."""
        with self._lock:
            self._by_model.clear()

    def __repr__(self) -> str:
        total = self.total
        return (
            f"UsageTracker(requests={total.requests}, tokens={total.total_tokens}, "
            f"max_cost={self.max_cost}, max_tokens={self.max_tokens})"
        )


class UsageReader:
    """Reads a message answer's usage from its decoded body as it passes; pure, no I/O."""

    def __init__(self, stream: bool) -> None:
        self.stream = stream
        self._buffer = bytearray()
        self.model: str | None = None
        self.usage: dict[str, Any] = {}

    def feed(self, data: bytes) -> None:
        if not self.stream:
            self._buffer += data
            return
        self._buffer += data
        while (end := self._buffer.find(b"\n")) >= 0:
            line = bytes(self._buffer[:end]).rstrip(b"\r")
            del self._buffer[: end + 1]
            if line.startswith(b"data:") and b'"usage"' in line:
                self._event(line[5:])

    def _event(self, raw: bytes) -> None:
        try:
            event = orjson.loads(raw)
        except orjson.JSONDecodeError:
            return
        if not isinstance(event, dict):
            return
        if event.get("type") == "message_start" and isinstance(event.get("message"), dict):
            self._take(event["message"])
        elif event.get("type") == "message_delta" and isinstance(event.get("usage"), dict):
            self.usage.update(event["usage"])  # cumulative figures replace the start's

    def _take(self, message: Mapping[str, Any]) -> None:
        if isinstance(message.get("model"), str):
            self.model = message["model"]
        if isinstance(message.get("usage"), dict):
            self.usage.update(message["usage"])

    def result(self) -> tuple[str, Usage] | None:
        """The model and usage read, or None when the body carried none."""
        if not self.stream and self._buffer:
            try:
                message = orjson.loads(self._buffer)
            except orjson.JSONDecodeError:
                message = None
            self._buffer.clear()
            if isinstance(message, dict):
                self._take(message)
        if not self.usage:
            return None
        return self.model or "unknown", Usage.from_dict(self.usage)
