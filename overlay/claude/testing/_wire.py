"""Body writing: fixed-size pieces (HTTP chunks when streaming), byte limits, abortive close."""

from __future__ import annotations

import contextlib
import socket
import struct
from collections.abc import Callable, Mapping
from typing import Any

import orjson

__all__ = ["AbortConnection", "BodyWriter", "abort", "dumps"]


class AbortConnection(Exception):
    """Raised to end the exchange with a TCP reset instead of a complete response."""


class BodyWriter:
    """Writes a body in pieces of *chunk_size* bytes, each sent (and flushed) on its own.

    Args:
        send: Sends bytes on the connection (``sendall``).
        chunk_size: Bytes per piece; 0 sends each :meth:`write` as it comes.
        chunked: Frame each piece as an HTTP/1.1 chunk and end with the last-chunk marker.
        limit: Send at most this many body bytes, then raise :class:`AbortConnection`
            (also at the end of a shorter body, before its last-chunk marker).
    """

    def __init__(
        self,
        send: Callable[[bytes], object],
        *,
        chunk_size: int = 0,
        chunked: bool = True,
        limit: int | None = None,
    ) -> None:
        self._send = send
        self._size = max(0, chunk_size)
        self._chunked = chunked
        self._limit = limit
        self._sent = 0
        self._buffer = bytearray()

    def write(self, data: bytes) -> None:
        if not self._size:
            self._emit(data)
            return
        self._buffer += data
        size = self._size
        while len(self._buffer) >= size:
            piece = bytes(self._buffer[:size])
            del self._buffer[:size]
            self._emit(piece)

    def close(self) -> None:
        """Send what is buffered and end the body."""
        if self._buffer:
            piece = bytes(self._buffer)
            self._buffer.clear()
            self._emit(piece)
        if self._limit is not None:
            raise AbortConnection
        if self._chunked:
            self._send(b"0\r\n\r\n")

    def _emit(self, piece: bytes) -> None:
        if not piece:
            return
        cut = False
        if self._limit is not None and self._sent + len(piece) >= self._limit:
            piece, cut = piece[: self._limit - self._sent], True
        self._sent += len(piece)
        if piece:
            self._send(b"%x\r\n%s\r\n" % (len(piece), piece) if self._chunked else piece)
        if cut:
            raise AbortConnection


def abort(sock: socket.socket) -> None:
    """Close *sock* with a TCP reset (``SO_LINGER`` 0) instead of an orderly FIN."""
    with contextlib.suppress(OSError):
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
    sock.close()


def _plain(value: Any) -> Any:
    if isinstance(value, Mapping):
        return dict(value)
    raise TypeError(f"not JSON serializable: {type(value).__name__}")


def dumps(value: Any) -> bytes:
    """Compact JSON, accepting any ``Mapping`` (not only ``dict``)."""
    return orjson.dumps(value, default=_plain)
