"""The sync client's network backend wrapper: every socket wait bounded by the call's deadline.

See :mod:`claude._deadline_io` for why. Kept apart so that httpcore, which httpx imports only
when a transport is built, is not imported by ``import claude``.
"""

from __future__ import annotations

import ssl
import typing
from collections.abc import Iterable

import httpcore
import httpx

from ._deadline_io import current_deadline

__all__ = ["DeadlineBackend", "install"]


def _clamp(timeout: float | None, error: type[httpcore.TimeoutException]) -> float | None:
    deadline = current_deadline()
    if deadline is None:
        return timeout
    remaining = deadline.remaining()
    if remaining <= 0:
        raise error(f"the call's deadline of {deadline.seconds:g} s passed")
    return remaining if timeout is None or timeout > remaining else timeout


def _passed(exc: httpcore.TimeoutException) -> httpcore.TimeoutException:
    """*exc*, worded as the deadline when that is what expired."""
    deadline = current_deadline()
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
