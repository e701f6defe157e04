"""Errors raised by the reliability policies: each means nothing was sent.

::

    ClaudeError
    └── PolicyError
        ├── CircuitOpenError       every eligible endpoint's circuit is open
        ├── BudgetExceededError    the usage budget is spent
        └── RateLimitWaitError     the rate limiter's wait would outlast the call's timeout
    ConfigurationError
    └── ConfigReloadError          a configuration file that could not be applied
"""

from __future__ import annotations

from claude._errors import ClaudeError, ConfigurationError

__all__ = [
    "BudgetExceededError",
    "CircuitOpenError",
    "ConfigReloadError",
    "PolicyError",
    "RateLimitWaitError",
]


class PolicyError(ClaudeError):
    """A policy refused to send a request (no request left the client)."""


class CircuitOpenError(PolicyError):
    """The circuit of the endpoint (of every failover endpoint) is open.

    Attributes:
        endpoints: The base URLs whose circuits are open.
        retry_in: Seconds until the first of them lets a probe through.
    """

    def __init__(self, endpoints: tuple[str, ...], retry_in: float) -> None:
        self.endpoints = endpoints
        self.retry_in = retry_in
        super().__init__(f"circuit open for {', '.join(endpoints)}; next probe in {retry_in:.2f} s")


class BudgetExceededError(PolicyError):
    """The usage tracker's budget is spent.

    Attributes:
        spent: What was used so far (cost, or tokens).
        budget: The limit.
        unit: ``"cost"`` or ``"tokens"``.
    """

    def __init__(self, spent: float, budget: float, unit: str) -> None:
        self.spent = spent
        self.budget = budget
        self.unit = unit
        super().__init__(f"usage budget exceeded: {spent:g} of {budget:g} ({unit})")


class RateLimitWaitError(PolicyError):
    """The client-side rate limit would make the call wait longer than its timeout.

    Attributes:
        wait: Seconds the limiter would have waited.
        timeout: The bound (the call's timeout).
    """

    def __init__(self, wait: float, timeout: float) -> None:
        self.wait = wait
        self.timeout = timeout
        super().__init__(f"rate limit: a {wait:.2f} s wait exceeds the timeout of {timeout:.2f} s")


class ConfigReloadError(ConfigurationError):
    """A configuration file is invalid or changes what cannot change; nothing was applied."""
