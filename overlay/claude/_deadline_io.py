"""Sync deadlines down to every socket read and write.

A blocking read cannot be interrupted from outside, and httpcore takes the read timeout once
per response head and once per body: a server dripping one byte of its head every half second
never trips it. So the sync client runs each call with its :class:`~claude._deadline.Deadline`
in a context variable (:func:`bounded`), and the connection pool's network backend is wrapped
(:func:`claude._deadline_backend.install`, loaded when a client is built so that ``import
claude`` does not import httpcore): every connect, read and write waits at most the time
left, and fails with ``httpcore.ReadTimeout`` (a :class:`~claude.APITimeoutError` for the
user) once it is gone. Streams set it to their :class:`~claude._deadline.StreamClock`'s nearer
limit around each read (:func:`iter_clocked`). The async client needs none of this: a cancel scope
interrupts any await (:func:`aiter_clocked` for streams).

This reaches one private attribute, ``httpcore.ConnectionPool._network_backend`` (httpcore
1.x, behind ``httpx.HTTPTransport._pool``); where it is absent (another transport), the
per-attempt timeout clamping and per-chunk checks of the other modules still apply.
"""

from __future__ import annotations

import contextlib
import contextvars
import math
from collections.abc import AsyncIterator, Iterator

import httpx

from ._deadline import Deadline, StreamClock

__all__ = ["aiter_clocked", "bounded", "current_deadline", "iter_clocked"]

_current: contextvars.ContextVar[Deadline | None] = contextvars.ContextVar(
    "claude_deadline", default=None
)


def current_deadline() -> Deadline | None:
    """The deadline the running block's socket operations are under (None: none)."""
    return _current.get()


@contextlib.contextmanager
def bounded(deadline: Deadline | None) -> Iterator[None]:
    """Run the block's socket operations (on an installed pool) under *deadline*."""
    token = _current.set(deadline)
    try:
        yield
    finally:
        _current.reset(token)


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
