"""Health checks: probe every endpoint with a cheap models list, sync and async."""

import asyncio
import os

import claude

URL = os.environ.get("ANTHROPIC_BASE_URL") or "https://api.anthropic.com"
failover = claude.Failover([URL, "http://127.0.0.1:9"])

with claude.Client(failover=failover, circuit_breaker=True, timeout=10) as client:
    report = client.health()
    for endpoint in report.endpoints:
        print(f"{endpoint.base_url}: ok={endpoint.ok} status={endpoint.status_code} "
              f"latency={endpoint.latency * 1000:.1f} ms circuit={endpoint.state} "
              f"error={endpoint.error}")  # fmt: skip
    print("usable:", report.healthy)


async def main() -> None:
    async with claude.AsyncClient(failover=failover, timeout=10) as client:
        report = await client.health()  # probes run concurrently
        print("async:", [(e.base_url, e.ok) for e in report.endpoints])


asyncio.run(main())
