"""JSON Lines reading for batch results: a pure line splitter plus thin sync/async readers.

Lines end with LF or CRLF and may be cut anywhere by the network; only complete lines are
returned, so memory stays flat whatever the body size. The readers close the response on
every path (end, ``break``, exception, leaving the ``with`` block).
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Callable, Iterator
from typing import Generic, TypeVar

import httpx
import orjson

from claude._call import parse_json
from claude._errors import ResponseValidationError, translate_transport_error
from claude._missing import missing_of
from claude._response_info import attach_info

__all__ = ["AsyncJSONLStream", "JSONLSplitter", "JSONLStream"]

T = TypeVar("T")


class JSONLSplitter:
    """Splits a byte stream into complete, non-empty lines (CR before LF stripped)."""

    __slots__ = ("_rest",)

    def __init__(self) -> None:
        self._rest = b""

    def feed(self, chunk: bytes) -> list[bytes]:
        """The lines completed by *chunk*."""
        data = self._rest + chunk if self._rest else chunk
        lines = data.split(b"\n")
        self._rest = lines.pop()
        return [line.rstrip(b"\r") for line in lines if line.strip()]

    def end(self) -> list[bytes]:
        """The last line, when the body does not end with a newline."""
        rest, self._rest = self._rest.strip(), b""
        return [rest] if rest else []


def _parse_line(line: bytes, parse: Callable[[object], T], response: httpx.Response) -> T:
    try:
        data = orjson.loads(line)
    except orjson.JSONDecodeError as exc:
        raise ResponseValidationError(
            f"results line is not JSON: {line[:80]!r}", response=response, cause=exc
        ) from exc
    result = parse_json(data, parse, response=response)
    if missing_of(result):  # a line that lacked required fields: response_info() shows them
        attach_info(result, response)
    return result


class JSONLStream(Generic[T]):
    """Typed results read line by line from an open response; iterate once."""

    def __init__(self, response: httpx.Response, parse: Callable[[object], T]) -> None:
        self.response = response
        self._parse = parse

    def __iter__(self) -> Iterator[T]:
        splitter = JSONLSplitter()
        try:
            try:
                for chunk in self.response.iter_bytes():
                    for line in splitter.feed(chunk):
                        yield _parse_line(line, self._parse, self.response)
            except httpx.TransportError as exc:
                raise translate_transport_error(exc) from exc
            for line in splitter.end():
                yield _parse_line(line, self._parse, self.response)
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
        splitter = JSONLSplitter()
        try:
            try:
                async for chunk in self.response.aiter_bytes():
                    for line in splitter.feed(chunk):
                        yield _parse_line(line, self._parse, self.response)
            except httpx.TransportError as exc:
                raise translate_transport_error(exc) from exc
            for line in splitter.end():
                yield _parse_line(line, self._parse, self.response)
        finally:
            await self.response.aclose()

    async def aclose(self) -> None:
        """Close the response (also done at the end of iteration)."""
        await self.response.aclose()

    async def __aenter__(self) -> AsyncJSONLStream[T]:
        return self

    async def __aexit__(self, *exc_info: object) -> None:
        await self.aclose()
