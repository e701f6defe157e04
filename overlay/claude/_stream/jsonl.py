"""JSON Lines reading for batch results: a pure line splitter plus thin sync/async readers.

Lines end with LF or CRLF and may be cut anywhere by the network; only complete lines are
returned, so memory stays flat whatever the body size. A line longer than ``max_line_bytes``
(decompressed, see :mod:`claude._body`) raises :class:`~claude.ResponseTooLargeError` as soon
as that many bytes of it have arrived. Like SSE events, lines are bounded in time:
``stream_idle_timeout`` between two lines (the caller's time excluded) and the optional
``stream_timeout`` for the whole body, past which :class:`~claude.APITimeoutError` is raised.
The readers close the response on every path (end, ``break``, exception, leaving the ``with``
block).
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Callable, Iterator
from typing import Generic, TypeVar

import httpx
import orjson

from claude._body import aiter_decoded, iter_decoded
from claude._call import PARSE_ERRORS, mismatch_error
from claude._deadline import StreamClock
from claude._deadline_io import aiter_clocked, iter_clocked
from claude._errors import ResponseTooLargeError, ResponseValidationError
from claude._exchange import DEFAULT_STREAM_LIMITS, LIMITS_KEY, StreamLimits
from claude._missing import generated_types, record_missing
from claude._response_info import attach_info
from claude._status import translate_transport_error

__all__ = ["AsyncJSONLStream", "JSONLSplitter", "JSONLStream"]

T = TypeVar("T")


class JSONLSplitter:
    """Splits a byte stream into complete, non-empty lines (CR before LF stripped)."""

    __slots__ = ("_max_size", "_rest")

    def __init__(self, max_size: int | None = None) -> None:
        self._rest = b""
        self._max_size = max_size

    def feed(self, chunk: bytes) -> list[bytes]:
        """The lines completed by *chunk*."""
        data = self._rest + chunk if self._rest else chunk
        lines = data.split(b"\n")
        self._rest = lines.pop()
        limit = self._max_size
        if limit is not None and len(data) > limit:
            for line in (*lines, self._rest):
                if len(line) > limit:
                    raise ResponseTooLargeError(
                        "JSONL line", limit=limit, size=len(line), option="max_line_bytes"
                    )
        # (isspace allocates nothing; rstrip gives the line itself when there is no CR)
        return [line.rstrip(b"\r") for line in lines if line and not line.isspace()]

    def end(self) -> list[bytes]:
        """The last line, when the body does not end with a newline."""
        rest, self._rest = self._rest.strip(), b""
        return [rest] if rest else []


def _reading(response: httpx.Response) -> tuple[JSONLSplitter, StreamClock]:
    """The splitter and clock of a results body, from the limits the client recorded."""
    limits = response.extensions.get(LIMITS_KEY)
    if not isinstance(limits, StreamLimits):
        limits = DEFAULT_STREAM_LIMITS
    return JSONLSplitter(limits.max_line_bytes), StreamClock(limits.idle, limits.total)


def _timeout(exc: httpx.TransportError, clock: StreamClock) -> httpx.TransportError:
    """*exc*, or the clock's own timeout when one of its limits is what passed."""
    if isinstance(exc, httpx.TimeoutException) and clock.remaining() <= 0:
        translate_transport_error(exc)  # redacts the request of the original, kept as context
        return clock.error(exc.request)
    return exc


def _named(exc: ResponseValidationError, response: httpx.Response) -> ResponseValidationError:
    if exc.response is None:
        exc.response = response
    return exc


def line_parser(parse: Callable[[object], T], response: httpx.Response) -> Callable[[bytes], T]:
    """What a results body's lines go through: JSON, then *parse*, one call per line.

    The per-line path of a file of millions of lines, so what ``parse_json`` and
    ``parse_liberally`` do is bound here once: the same errors, and a line that lacked required
    fields is recorded and carries the response for ``response_info``."""
    loads = orjson.loads
    decode_error = orjson.JSONDecodeError
    types = generated_types()

    def parse_line(line: bytes) -> T:
        try:
            data = loads(line)
        except decode_error as exc:
            raise ResponseValidationError(
                f"results line is not JSON: {line[:80]!r}", response=response, cause=exc
            ) from exc
        before = types.partial_count
        try:
            result = parse(data)
        except PARSE_ERRORS as exc:
            raise mismatch_error(exc, parse, response) from exc
        if types.partial_count != before and record_missing(result):
            attach_info(result, response)  # response_info(line).missing_fields names them
        return result

    return parse_line


class JSONLStream(Generic[T]):
    """Typed results read line by line from an open response; iterate once."""

    def __init__(self, response: httpx.Response, parse: Callable[[object], T]) -> None:
        self.response = response
        self._parse = parse

    def __iter__(self) -> Iterator[T]:
        splitter, clock = _reading(self.response)
        parse_line = line_parser(self._parse, self.response)
        try:
            try:
                for chunk in iter_clocked(iter_decoded(self.response), clock):
                    lines = splitter.feed(chunk)
                    for line in lines:
                        yield parse_line(line)
                    if lines:  # the idle limit starts again, the caller's time excluded
                        clock.event()
                    clock.check(self.response.request)
            except httpx.TransportError as exc:
                exc = _timeout(exc, clock)
                raise translate_transport_error(exc) from exc
            except ResponseTooLargeError as exc:
                raise _named(exc, self.response) from None
            for line in splitter.end():
                yield parse_line(line)
        finally:
            self.response.close()

    def close(self) -> None:
        """Close the response (also done at the end of iteration)."""
        self.response.close()

    def __enter__(self) -> JSONLStream[T]:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()


class AsyncJSONLStream(Generic[T]):
    """The async twin of :class:`JSONLStream`."""

    def __init__(self, response: httpx.Response, parse: Callable[[object], T]) -> None:
        self.response = response
        self._parse = parse

    async def __aiter__(self) -> AsyncIterator[T]:
        splitter, clock = _reading(self.response)
        parse_line = line_parser(self._parse, self.response)
        try:
            try:
                chunks = aiter_clocked(aiter_decoded(self.response), clock, self.response)
                async for chunk in chunks:
                    lines = splitter.feed(chunk)
                    for line in lines:
                        yield parse_line(line)
                    if lines:  # the idle limit starts again, the caller's time excluded
                        clock.event()
            except httpx.TransportError as exc:
                exc = _timeout(exc, clock)
                raise translate_transport_error(exc) from exc
            except ResponseTooLargeError as exc:
                raise _named(exc, self.response) from None
            for line in splitter.end():
                yield parse_line(line)
        finally:
            await self.response.aclose()

    async def aclose(self) -> None:
        """Close the response (also done at the end of iteration)."""
        await self.response.aclose()

    async def __aenter__(self) -> AsyncJSONLStream[T]:
        return self

    async def __aexit__(self, *exc_info: object) -> None:
        await self.aclose()
