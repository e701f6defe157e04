"""Reading response bodies in bounded memory: decompression in small pieces, then counting.

httpx's ``iter_bytes()`` decompresses each network chunk at once: 64 KiB of gzip-compressed
zeros become about 64 MB in one call, so counting its output cannot bound memory. Here the raw
bytes (``iter_raw()``) go through :class:`Inflater`, a ``zlib`` decompressor asked for at most
:data:`PIECE` bytes at a time (``max_length``), and every reader stops as soon as its count
passes its limit: memory stays within the limit plus one piece whatever the compression ratio.
``identity``, ``gzip`` and ``deflate`` (and chains of them) are decoded here; any other
``Content-Encoding`` (``br`` or ``zstd``, decoded by httpx only when their optional packages are
installed; the client does not install them) is left to httpx and counted per decoded chunk.

:class:`BodyCollector` is the pure core (pieces in, bytes out, limit and deadline checked); the
thin shells :func:`read_body` / :func:`aread_body` feed it from a response.
"""

from __future__ import annotations

import zlib
from collections.abc import AsyncIterator, Iterator

import httpx

from ._deadline import Deadline
from ._errors import ResponseTooLargeError, ResponseValidationError

__all__ = [
    "ERROR_BODY_LIMIT",
    "PIECE",
    "BodyCollector",
    "Inflater",
    "aiter_decoded",
    "aread_body",
    "iter_decoded",
    "read_body",
]

#: The largest piece a decoder returns at once.
PIECE = 64 * 1024
#: How much of an error body is kept (the rest is dropped: the status is what matters).
ERROR_BODY_LIMIT = 256 * 1024

_WBITS = {"gzip": zlib.MAX_WBITS | 16, "x-gzip": zlib.MAX_WBITS | 16, "deflate": zlib.MAX_WBITS}


class Inflater:
    """A gzip or deflate decoder whose every output piece is at most :data:`PIECE` bytes."""

    __slots__ = ("_decompressor", "_encoding", "_started")

    def __init__(self, encoding: str) -> None:
        self._encoding = encoding
        self._decompressor = zlib.decompressobj(_WBITS[encoding])
        self._started = False

    def feed(self, data: bytes) -> Iterator[bytes]:
        """The decoded pieces of *data* (lazily: stop iterating and nothing more is inflated)."""
        decompressor = self._decompressor
        while data and not decompressor.eof:
            try:
                piece = decompressor.decompress(data, PIECE)
            except zlib.error as exc:
                if self._encoding == "deflate" and not self._started:
                    # some servers send raw deflate without the zlib header (httpx allows it)
                    self._decompressor = decompressor = zlib.decompressobj(-zlib.MAX_WBITS)
                    self._started = True
                    continue
                raise ResponseValidationError(
                    f"response body is not valid {self._encoding} ({exc})", cause=exc
                ) from exc
            self._started = True
            data = decompressor.unconsumed_tail
            if piece:
                yield piece
            while len(piece) == PIECE and not data and not decompressor.eof:
                piece = decompressor.decompress(b"", PIECE)  # output zlib still holds
                if piece:
                    yield piece

    def flush(self) -> Iterator[bytes]:
        """What is left at the end of the body."""
        if not self._decompressor.eof:
            rest = self._decompressor.flush()
            if rest:
                yield rest


def _inflaters(response: httpx.Response) -> list[Inflater] | None:
    """The decoders to apply in order (none for identity), or None when one is not ours."""
    header = response.headers.get("content-encoding", "")
    names = [name.strip().lower() for name in header.split(",") if name.strip()]
    names = [name for name in reversed(names) if name != "identity"]
    if not all(name in _WBITS for name in names):
        return None
    return [Inflater(name) for name in names]


def _chain(data: bytes, inflaters: list[Inflater], start: int = 0) -> Iterator[bytes]:
    """*data* through ``inflaters[start:]``, piece by piece."""
    if start == len(inflaters):
        if data:
            yield data
        return
    for piece in inflaters[start].feed(data):
        yield from _chain(piece, inflaters, start + 1)


def _finish(inflaters: list[Inflater]) -> Iterator[bytes]:
    """What the decoders still hold at the end of the body."""
    for index, inflater in enumerate(inflaters):
        for rest in inflater.flush():
            yield from _chain(rest, inflaters, index + 1)


def _named(exc: ResponseValidationError, response: httpx.Response) -> ResponseValidationError:
    if exc.response is None:
        exc.response = response
    return exc


def _already_read(response: httpx.Response) -> bytes | None:
    """The body of a response a transport returned already read (``MockTransport``...)."""
    if not response.is_stream_consumed:
        return None
    try:
        return response.content  # decoded by httpx already: it is in memory anyway
    except httpx.ResponseNotRead:
        return None


def _slices(content: bytes) -> Iterator[bytes]:
    for start in range(0, len(content), PIECE):
        yield content[start : start + PIECE]


def iter_decoded(response: httpx.Response) -> Iterator[bytes]:
    """The decoded body of an open (streamed) response, in pieces of bounded size."""
    content = _already_read(response)
    if content is not None:
        yield from _slices(content)
        return
    inflaters = _inflaters(response)
    if inflaters is None:
        yield from response.iter_bytes()
        return
    try:
        for raw in response.iter_raw():
            yield from _chain(raw, inflaters)
        yield from _finish(inflaters)
    except ResponseValidationError as exc:
        raise _named(exc, response) from exc.cause


async def aiter_decoded(response: httpx.Response) -> AsyncIterator[bytes]:
    """The async twin of :func:`iter_decoded`."""
    content = _already_read(response)
    if content is not None:
        for piece in _slices(content):
            yield piece
        return
    inflaters = _inflaters(response)
    if inflaters is None:
        async for chunk in response.aiter_bytes():
            yield chunk
        return
    try:
        async for raw in response.aiter_raw():
            for piece in _chain(raw, inflaters):
                yield piece
        for piece in _finish(inflaters):
            yield piece
    except ResponseValidationError as exc:
        raise _named(exc, response) from exc.cause


class BodyCollector:
    """Collects decoded pieces up to a limit, checking a deadline after each one.

    Args:
        response: The response being read (named in errors).
        limit: Largest body accepted, in decoded bytes.
        option: The ``ClientOptions`` field that sets *limit* (named in errors).
        deadline: The call's deadline, or None.
        truncate: Keep the first *limit* bytes and stop quietly instead of raising.
    """

    __slots__ = ("_deadline", "_limit", "_option", "_parts", "_response", "_truncate", "size")

    def __init__(
        self,
        response: httpx.Response,
        limit: int,
        option: str,
        deadline: Deadline | None,
        *,
        truncate: bool = False,
    ) -> None:
        self._response = response
        self._limit = limit
        self._option = option
        self._deadline = deadline
        self._truncate = truncate
        self._parts: list[bytes] = []
        self.size = 0

    def add(self, piece: bytes) -> bool:
        """Keep *piece*; False when reading should stop (a truncated error body is full)."""
        self.size += len(piece)
        if self.size > self._limit:
            if not self._truncate:
                raise ResponseTooLargeError(
                    "response body",
                    limit=self._limit,
                    size=self.size,
                    option=self._option,
                    response=self._response,
                )
            self._parts.append(piece[: len(piece) - (self.size - self._limit)])
            return False
        self._parts.append(piece)
        if self._deadline is not None:
            self._deadline.check(self._response.request)
        return True

    def content(self) -> bytes:
        """The body read."""
        return b"".join(self._parts)


def read_body(collector: BodyCollector, response: httpx.Response) -> bytes:
    """Read an open response's body into *collector*; the caller closes the response."""
    for piece in iter_decoded(response):
        if not collector.add(piece):
            break
    return collector.content()


async def aread_body(collector: BodyCollector, response: httpx.Response) -> bytes:
    """The async twin of :func:`read_body` (the caller applies the deadline as a scope)."""
    async for piece in aiter_decoded(response):
        if not collector.add(piece):
            break
    return collector.content()
