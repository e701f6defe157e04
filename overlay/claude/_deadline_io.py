"""Sync deadlines down to every socket read and write.

A blocking read cannot be interrupted from outside, and httpcore takes the read timeout once
per response head and once per body: a server dripping one byte of its head every half second
never trips it. So the sync client runs each call with its :class:`~claude._deadline.Deadline`
in a context variable (:func:`bounded`), and the connection pool's network backend is wrapped
(:func:`install`) so that every connect, read and write waits at most the time left, and fails
with ``httpcore.ReadTimeout`` (a :class:`~claude.APITimeoutError` for the user) once it is
gone. Streams set it to their :class:`~claude._deadline.StreamClock`'s nearer limit around
each read (:func:`iter_clocked`). The async client needs none of this: a cancel scope
interrupts any await (:func:`aiter_clocked` for streams).

This reaches one private attribute, ``httpcore.ConnectionPool._network_backend`` (httpcore
1.x, behind ``httpx.HTTPTransport._pool``); where it is absent (another transport), the
per-attempt timeout clamping and per-chunk checks of the other modules still apply.
"""

from __future__ import annotations

import contextlib
import contextvars
import math
import ssl
import typing
from collections.abc import AsyncIterator, Iterable, Iterator

import httpcore
import httpx

from ._deadline import Deadline, StreamClock

__all__ = ["DeadlineBackend", "aiter_clocked", "bounded", "install", "iter_clocked"]

_current: contextvars.ContextVar[Deadline | None] = contextvars.ContextVar(
    "claude_deadline", default=None
)


@contextlib.contextmanager
def bounded(deadline: Deadline | None) -> Iterator[None]:
    """Run the block's socket operations (on an installed pool) under *deadline*."""
    token = _current.set(deadline)
    try:
        yield
    finally:
        _current.reset(token)


def _clamp(timeout: float | None, error: type[httpcore.TimeoutException]) -> float | None:
    deadline = _current.get()
    if deadline is None:
        return timeout
    remaining = deadline.remaining()
    if remaining <= 0:
        raise error(f"the call's deadline of {deadline.seconds:g} s passed")
    return remaining if timeout is None or timeout > remaining else timeout


def _passed(exc: httpcore.TimeoutException) -> httpcore.TimeoutException:
    """*exc*, worded as the deadline when that is what expired."""
    deadline = _current.get()
    if deadline is not None and deadline.remaining() <= 0:
        return type(exc)(f"the call's deadline of {deadline.seconds:g} s passed")
    return exc


class _Stream(httpcore.NetworkStream):
    """A network stream whose every operation respects the current deadline."""

    def __init__(self, inner: httpcore.NetworkStream) -> None:
        self._inner = inner

    def read(self, max_bytes: int, timeout: float | None = None) -> bytes:
        try:
            return self._inner.read(max_bytes, _clamp(timeout, httpcore.ReadTimeout))
        except httpcore.ReadTimeout as exc:
            raise _passed(exc) from exc

    def write(self, buffer: bytes, timeout: float | None = None) -> None:
        try:
            self._inner.write(buffer, _clamp(timeout, httpcore.WriteTimeout))
        except httpcore.WriteTimeout as exc:
            raise _passed(exc) from exc

    def close(self) -> None:
        self._inner.close()

    def start_tls(
        self,
        ssl_context: ssl.SSLContext,
        server_hostname: str | None = None,
        timeout: float | None = None,
    ) -> httpcore.NetworkStream:
        clamped = _clamp(timeout, httpcore.ConnectTimeout)
        return _Stream(self._inner.start_tls(ssl_context, server_hostname, clamped))

    def get_extra_info(self, info: str) -> typing.Any:
        return self._inner.get_extra_info(info)


class DeadlineBackend(httpcore.NetworkBackend):
    """Wraps a sync network backend: its streams respect the current deadline."""

    def __init__(self, inner: httpcore.NetworkBackend) -> None:
        self._inner = inner

    def connect_tcp(
        self,
        host: str,
        port: int,
        timeout: float | None = None,
        local_address: str | None = None,
        socket_options: Iterable[httpcore.SOCKET_OPTION] | None = None,
    ) -> httpcore.NetworkStream:
        clamped = _clamp(timeout, httpcore.ConnectTimeout)
        return _Stream(self._inner.connect_tcp(host, port, clamped, local_address, socket_options))

    def connect_unix_socket(
        self,
        path: str,
        timeout: float | None = None,
        socket_options: Iterable[httpcore.SOCKET_OPTION] | None = None,
    ) -> httpcore.NetworkStream:
        clamped = _clamp(timeout, httpcore.ConnectTimeout)
        return _Stream(self._inner.connect_unix_socket(path, clamped, socket_options))

    def sleep(self, seconds: float) -> None:
        self._inner.sleep(seconds)


def install(transport: httpx.BaseTransport) -> None:
    """Wrap the network backend of *transport*'s connection pool, once (when it has one)."""
    pool = getattr(transport, "_pool", None)
    backend = getattr(pool, "_network_backend", None)
    if isinstance(backend, httpcore.NetworkBackend) and not isinstance(backend, DeadlineBackend):
        pool._network_backend = DeadlineBackend(backend)  # type: ignore[union-attr]


def iter_clocked(chunks: Iterator[bytes], clock: StreamClock) -> Iterator[bytes]:
    """*chunks*, each read with every socket wait bounded by the clock's nearer limit."""
    iterator = iter(chunks)
    while True:
        with bounded(clock.deadline()):
            chunk = next(iterator, None)
        if chunk is None:
            return
        yield chunk


async def aiter_clocked(
    chunks: AsyncIterator[bytes], clock: StreamClock, response: httpx.Response
) -> AsyncIterator[bytes]:
    """*chunks*, each awaited under a cancel scope ending at the clock's nearer limit."""
    import anyio  # lazy: keeps ``import claude`` cheap

    iterator = aiter(chunks)
    while True:
        remaining = clock.remaining()
        try:
            if math.isinf(remaining):
                chunk = await anext(iterator)
            else:
                with anyio.fail_after(max(remaining, 0.0)):
                    chunk = await anext(iterator)
        except StopAsyncIteration:
            return
        except TimeoutError as exc:
            if math.isinf(remaining):
                raise
            raise clock.error(response.request) from exc
        yield chunk
