"""Circuit breaker: after repeated failures an endpoint fails fast, then a probe closes it."""

import time

import claude

DEAD = "http://127.0.0.1:9"  # nothing listens here: every attempt is a connection error

breaker = claude.CircuitBreaker(failure_threshold=2, open_for=0.5)
with claude.Client(base_url=DEAD, circuit_breaker=breaker, max_retries=0, timeout=2) as client:
    for attempt in range(4):
        started = time.perf_counter()
        try:
            client.models.list(limit=1).pages().__next__()
        except claude.CircuitOpenError as exc:
            took = (time.perf_counter() - started) * 1000
            print(f"call {attempt}: circuit open, failed fast in {took:.2f} ms "
                  f"(probe in {exc.retry_in:.2f} s)")  # fmt: skip
        except claude.APIConnectionError as exc:
            print(f"call {attempt}: {type(exc).__name__} (counts as a failure)")
    print("health:", [(e.base_url, e.ok, e.state) for e in client.health().endpoints])

# The same breaker on a healthy endpoint stays closed; 4xx answers never open it.
with claude.Client(circuit_breaker=breaker) as client:
    for _ in range(3):
        try:
            client.models.retrieve("no-such-model")
        except claude.NotFoundError as exc:  # a 4xx: the caller's problem, not the endpoint's
            print("404s do not open the circuit:", exc.status_code)
    model = next(iter(client.models.list(limit=1)))
    print("healthy endpoint answered:", model.id)
