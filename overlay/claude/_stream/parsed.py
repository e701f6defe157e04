"""Structured outputs, streamed: ``client.messages.stream(..., output_format=Order)``.

The stream is a :class:`~claude._stream.streams.MessageStream` in every way (the same events;
``TextEvent.parsed_snapshot()`` reads the JSON so far), except that ``get_final_message()``
returns a :class:`~claude._build.structured.ParsedMessage` whose ``parsed_output`` is the
final text parsed into the output format, as ``client.messages.parse`` gives it. The parse
runs once, at the first call; a reply that does not fit raises
:class:`~claude.ResponseValidationError` there, never during the iteration.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import TYPE_CHECKING, Generic, TypeVar

import httpx

from .streams import (
    AsyncMessageStream,
    AsyncMessageStreamManager,
    MessageStream,
    MessageStreamManager,
)

if TYPE_CHECKING:
    from claude._build.structured import OutputSpec, ParsedMessage

__all__ = [
    "AsyncParsedMessageStream",
    "AsyncParsedMessageStreamManager",
    "ParsedMessageStream",
    "ParsedMessageStreamManager",
]

T = TypeVar("T")


class ParsedMessageStream(MessageStream, Generic[T]):
    """A message stream whose final message is parsed into the output format."""

    def __init__(self, response: httpx.Response, spec: OutputSpec[T]) -> None:
        super().__init__(response)
        self._spec = spec
        self._parsed: ParsedMessage[T] | None = None

    def get_final_message(self) -> ParsedMessage[T]:  # type: ignore[override]
        """The final message and its text parsed (``.parsed_output``), reading the rest first.

        Raises:
            ResponseValidationError: The final text is not JSON of the output format.
        """
        if self._parsed is None:
            self._parsed = self._spec.parse(super().get_final_message())
        return self._parsed

    def __enter__(self) -> ParsedMessageStream[T]:
        return self


class ParsedMessageStreamManager(MessageStreamManager, Generic[T]):
    """``with client.messages.stream(..., output_format=...) as stream``."""

    def __init__(self, open: Callable[[], httpx.Response], spec: OutputSpec[T]) -> None:
        super().__init__(open)
        self._spec = spec

    def __enter__(self) -> ParsedMessageStream[T]:
        stream = ParsedMessageStream(self._open(), self._spec)
        self._stream = stream
        return stream


class AsyncParsedMessageStream(AsyncMessageStream, Generic[T]):
    """The async twin of :class:`ParsedMessageStream`."""

    def __init__(self, response: httpx.Response, spec: OutputSpec[T]) -> None:
        super().__init__(response)
        self._spec = spec
        self._parsed: ParsedMessage[T] | None = None

    async def get_final_message(self) -> ParsedMessage[T]:  # type: ignore[override]
        """The final message and its text parsed (``.parsed_output``), reading the rest first."""
        if self._parsed is None:
            self._parsed = self._spec.parse(await super().get_final_message())
        return self._parsed

    async def __aenter__(self) -> AsyncParsedMessageStream[T]:
        return self


class AsyncParsedMessageStreamManager(AsyncMessageStreamManager, Generic[T]):
    """``async with client.messages.stream(..., output_format=...) as stream``."""

    def __init__(self, open: Callable[[], Awaitable[httpx.Response]], spec: OutputSpec[T]) -> None:
        super().__init__(open)
        self._spec = spec

    async def __aenter__(self) -> AsyncParsedMessageStream[T]:
        stream = AsyncParsedMessageStream(await self._open(), self._spec)
        self._stream = stream
        return stream
