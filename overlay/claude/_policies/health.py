"""Health checks: ``client.health()`` probes every endpoint with a models list (``limit=1``).

The probes go through the client's own transports, pinned to one endpoint each (no failover,
no retries, not held back by an open circuit), so a probe's verdict also feeds the circuit
breaker: a healthy answer closes an open circuit.
"""

from __future__ import annotations

import dataclasses
import time
from typing import TYPE_CHECKING, Any

import httpx

from .runtime import PROBE_KEY

if TYPE_CHECKING:
    from .host import AsyncHost, Host, SyncHost

__all__ = ["EndpointHealth", "HealthReport", "acheck_health", "check_health"]


@dataclasses.dataclass(frozen=True, slots=True)
class EndpointHealth:
    """One endpoint's probe.

    Attributes:
        base_url: The endpoint.
        ok: It answered with a status below 500.
        status_code: The status (None when it did not answer).
        latency: Seconds the probe took.
        state: Its circuit (``closed``, ``open``, ``half_open``), or None without a breaker.
        error: Why it failed, if it did.
    """

    base_url: str
    ok: bool
    status_code: int | None
    latency: float
    state: str | None
    error: str | None = None


@dataclasses.dataclass(frozen=True, slots=True)
class HealthReport:
    """The probes of every endpoint of a client, in configured order."""

    endpoints: tuple[EndpointHealth, ...]

    @property
    def healthy(self) -> bool:
        """Whether at least one endpoint is usable."""
        return any(e.ok for e in self.endpoints)


def _runtime(client: Host) -> Any:
    from .transport import runtime_of

    return runtime_of(client._http)


def _plan(client: Host) -> list[httpx.Request]:
    """The probe requests, one per endpoint (pure: nothing is sent)."""
    policies = client._config.policies
    failover = policies.failover if policies is not None else None
    urls = failover.base_urls if failover is not None else (client._config.base_url,)
    headers = client._headers()
    timeout = client._config.timeout.as_dict()
    requests = []
    for url in urls:
        request = httpx.Request("GET", url + "/v1/models", params={"limit": 1}, headers=headers)
        request.extensions.update({"timeout": timeout, "claude.max_retries": 0, PROBE_KEY: url})
        requests.append(request)
    return requests


def _result(
    client: Host,
    request: httpx.Request,
    started: float,
    status: int | None,
    error: BaseException | None,
) -> EndpointHealth:
    url = request.extensions[PROBE_KEY]
    runtime = _runtime(client)
    breaker = runtime.state.breakers.get(url) if runtime is not None else None
    return EndpointHealth(
        base_url=url,
        ok=status is not None and status < 500,
        status_code=status,
        latency=time.perf_counter() - started,
        state=breaker.state if breaker is not None else None,
        error=None if error is None else f"{type(error).__name__}: {error}",
    )


def check_health(client: SyncHost) -> HealthReport:
    """Probe each endpoint of a sync client in turn."""
    found = []
    for request in _plan(client):
        started = time.perf_counter()
        try:
            response = client._http.send(request)
        except Exception as exc:
            found.append(_result(client, request, started, None, exc))
        else:
            found.append(_result(client, request, started, response.status_code, None))
    return HealthReport(tuple(found))


async def acheck_health(client: AsyncHost) -> HealthReport:
    """Probe each endpoint of an async client, all at once."""
    import asyncio

    async def one(request: httpx.Request) -> EndpointHealth:
        started = time.perf_counter()
        try:
            response = await client._http.send(request)
        except Exception as exc:
            return _result(client, request, started, None, exc)
        return _result(client, request, started, response.status_code, None)

    return HealthReport(tuple(await asyncio.gather(*(one(r) for r in _plan(client)))))
