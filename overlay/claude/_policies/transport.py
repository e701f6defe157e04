"""The policy transports: inside the retry transport, around the one that sends.

``RetryTransport(PolicyTransport(HTTPTransport()))``: every attempt (first try, retry or
failover) passes :meth:`Runtime.begin` (budget, endpoint and circuit, rate-limit wait), the
request hooks, the send, then :meth:`Runtime.end` (breaker, limiter, endpoint health, retry
hint) and the response hooks. A message answer's body is read for its usage as it passes.
Background probes of open circuits run on a thread (sync) or a task (async) that stops when
the transport is closed.
"""

from __future__ import annotations

import asyncio
import contextlib
import inspect
import logging
import threading
from collections.abc import AsyncIterator, Iterator

import httpx
from httpx._decoders import SUPPORTED_DECODERS, ContentDecoder, IdentityDecoder

from .runtime import Attempt, Runtime
from .usage import UsageReader, UsageTracker

__all__ = ["AsyncPolicyTransport", "PolicyTransport", "runtime_of"]

logger = logging.getLogger("claude")


class _Observer:
    """Decodes a body as it passes (only to read it) and records its usage once."""

    def __init__(self, response: httpx.Response, tracker: UsageTracker) -> None:
        encoding = response.headers.get("content-encoding", "identity").lower().strip()
        factory = SUPPORTED_DECODERS.get(encoding)
        self._decoder: ContentDecoder | None = factory() if factory else None
        if encoding == "identity":
            self._decoder = IdentityDecoder()
        stream = "text/event-stream" in response.headers.get("content-type", "")
        self._reader = UsageReader(stream)
        self._tracker = tracker
        self._done = False

    def feed(self, chunk: bytes) -> None:
        if self._decoder is not None and chunk:
            try:
                self._reader.feed(self._decoder.decode(chunk))
            except httpx.DecodingError:
                self._decoder = None

    def finish(self) -> None:
        if self._done:
            return
        self._done = True
        if self._decoder is not None:
            with contextlib.suppress(httpx.DecodingError):
                self._reader.feed(self._decoder.flush())
        found = self._reader.result()
        if found is not None:
            self._tracker.add(*found)


class _SyncObserved(httpx.SyncByteStream):
    def __init__(self, inner: httpx.SyncByteStream, observer: _Observer) -> None:
        self._inner = inner
        self._observer = observer

    def __iter__(self) -> Iterator[bytes]:
        for chunk in self._inner:
            self._observer.feed(chunk)
            yield chunk

    def close(self) -> None:
        try:
            self._observer.finish()
        finally:
            self._inner.close()


class _AsyncObserved(httpx.AsyncByteStream):
    def __init__(self, inner: httpx.AsyncByteStream, observer: _Observer) -> None:
        self._inner = inner
        self._observer = observer

    async def __aiter__(self) -> AsyncIterator[bytes]:
        async for chunk in self._inner:
            self._observer.feed(chunk)
            yield chunk

    async def aclose(self) -> None:
        try:
            self._observer.finish()
        finally:
            await self._inner.aclose()


def _probe_request(runtime: Runtime, endpoint: str) -> httpx.Request:
    headers = runtime.templates.get(endpoint, [])
    request = httpx.Request("GET", endpoint + "/v1/models", params={"limit": 1}, headers=headers)
    request.extensions["timeout"] = {"connect": 5.0, "read": 10.0, "write": 10.0, "pool": 10.0}
    return request


def _after(
    runtime: Runtime, attempt: Attempt, request: httpx.Request, response: httpx.Response
) -> _Observer | None:
    """Record an answered attempt; the usage observer for its body, if it is to be read."""
    runtime.end(attempt, request, response.status_code, None, response.headers)
    usage = attempt.state.policies.usage
    if attempt.track_usage and usage is not None and response.status_code == 200:
        return _Observer(response, usage)
    return None


def _open_endpoints(runtime: Runtime) -> list[str]:
    state = runtime.state
    return [
        url for url, b in state.breakers.items() if b.state == "open" and url in runtime.templates
    ]


class PolicyTransport(httpx.BaseTransport):
    """Sync transport applying a :class:`Runtime`'s policies to each attempt."""

    def __init__(self, transport: httpx.BaseTransport, runtime: Runtime) -> None:
        self.transport = transport
        self.runtime = runtime
        self._stop = threading.Event()
        self._prober: threading.Thread | None = None
        settings = runtime.state.policies.circuit_breaker
        if settings is not None and settings.probe_interval is not None:
            self._prober = threading.Thread(
                target=self._probe_loop,
                args=(settings.probe_interval,),
                daemon=True,
                name="claude-circuit-probe",
            )
            self._prober.start()

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        """Send one attempt under the policies."""
        runtime = self.runtime
        attempt = runtime.begin(request)
        for wait in runtime.admit(attempt, request):
            if self._stop.wait(wait):
                break  # closing: send now rather than hang
        try:
            for hook in attempt.state.policies.request_hooks:
                hook(request)
            response = self.transport.handle_request(request)
        except BaseException as exc:
            runtime.end(attempt, request, None, exc, {})
            raise
        return self._finish(attempt, request, response)

    def _finish(
        self, attempt: Attempt, request: httpx.Request, response: httpx.Response
    ) -> httpx.Response:
        observer = _after(self.runtime, attempt, request, response)
        if observer is not None:
            assert isinstance(response.stream, httpx.SyncByteStream)
            response.stream = _SyncObserved(response.stream, observer)
        try:
            for hook in attempt.state.policies.response_hooks:
                hook(response)
        except BaseException:
            response.close()
            raise
        return response

    def probe(self, endpoint: str) -> bool:
        """Probe *endpoint* once (models list, ``limit=1``) and record the verdict."""
        request = _probe_request(self.runtime, endpoint)
        request.extensions["claude.probe_endpoint"] = endpoint
        try:
            response = self.handle_request(request)
        except httpx.TransportError:
            return False
        try:
            response.read()
        finally:
            response.close()
        return response.status_code < 500

    def _probe_loop(self, interval: float) -> None:
        while not self._stop.wait(interval):
            for endpoint in _open_endpoints(self.runtime):
                try:
                    self.probe(endpoint)
                except Exception:  # a probe must never kill the loop
                    logger.debug("circuit probe of %s failed", endpoint, exc_info=True)

    def close(self) -> None:
        """Stop background probes and close the inner transport."""
        self._stop.set()
        if self._prober is not None:
            self._prober.join(timeout=5.0)
        self.transport.close()


class AsyncPolicyTransport(httpx.AsyncBaseTransport):
    """Async transport applying a :class:`Runtime`'s policies to each attempt."""

    def __init__(self, transport: httpx.AsyncBaseTransport, runtime: Runtime) -> None:
        self.transport = transport
        self.runtime = runtime
        self._prober: asyncio.Task[None] | None = None
        self._closed = False

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        """Send one attempt under the policies."""
        runtime = self.runtime
        self._start_prober()
        attempt = runtime.begin(request)
        try:
            for wait in runtime.admit(attempt, request):
                import anyio  # lazy, as in the retry transport

                await anyio.sleep(wait)
            for hook in attempt.state.policies.request_hooks:
                if inspect.isawaitable(result := hook(request)):
                    await result
            response = await self.transport.handle_async_request(request)
        except BaseException as exc:
            runtime.end(attempt, request, None, exc, {})
            raise
        observer = _after(runtime, attempt, request, response)
        if observer is not None:
            assert isinstance(response.stream, httpx.AsyncByteStream)
            response.stream = _AsyncObserved(response.stream, observer)
        try:
            for hook in attempt.state.policies.response_hooks:
                if inspect.isawaitable(result := hook(response)):
                    await result
        except BaseException:
            await response.aclose()
            raise
        return response

    def _start_prober(self) -> None:
        settings = self.runtime.state.policies.circuit_breaker
        if self._prober is not None or self._closed or settings is None:
            return
        if settings.probe_interval is not None:
            self._prober = asyncio.get_running_loop().create_task(
                self._probe_loop(settings.probe_interval), name="claude-circuit-probe"
            )

    async def probe(self, endpoint: str) -> bool:
        """Probe *endpoint* once (models list, ``limit=1``) and record the verdict."""
        request = _probe_request(self.runtime, endpoint)
        request.extensions["claude.probe_endpoint"] = endpoint
        try:
            response = await self.handle_async_request(request)
        except httpx.TransportError:
            return False
        await response.aread()
        await response.aclose()
        return response.status_code < 500

    async def _probe_loop(self, interval: float) -> None:
        while True:
            await asyncio.sleep(interval)
            for endpoint in _open_endpoints(self.runtime):
                try:
                    await self.probe(endpoint)
                except Exception:  # a probe must never kill the loop
                    logger.debug("circuit probe of %s failed", endpoint, exc_info=True)

    async def aclose(self) -> None:
        """Stop background probes and close the inner transport."""
        self._closed = True
        if self._prober is not None:
            self._prober.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._prober
        await self.transport.aclose()


def runtime_of(http: httpx.Client | httpx.AsyncClient) -> Runtime | None:
    """The policy runtime of an httpx client, or None when it has no policies."""
    retry = http._transport
    inner = getattr(retry, "transport", None)
    if isinstance(inner, PolicyTransport | AsyncPolicyTransport):
        return inner.runtime
    return None
