"""Streaming messages: typed events over SSE, the final message, and clear failures.

Data flow: response bytes -> :class:`~claude._stream.sse.SSEDecoder` -> event JSON (orjson, parsed
once) -> :class:`~claude._stream.accumulate.MessageAccumulator` -> the generated event model, built
only when the caller iterates events (``text_stream`` and ``get_final_message()`` never build
one). All of it but the reading is shared by the sync and async classes (:mod:`.events`).
Per text delta that is one orjson parse and one list append, plus, when events are iterated,
two generated constructors (a fast path for plain text, JSON and thinking deltas): within
2x of a bare ``splitlines`` + ``json.loads`` loop over the same bytes.

* ``client.messages.create(..., stream=True)`` returns an :class:`EventStream` (async:
  :class:`AsyncEventStream`): an iterator of events and a context manager.
* ``client.messages.stream(...)`` returns a :class:`MessageStreamManager`; entering it sends
  the request and gives a :class:`MessageStream`, which adds ``text_stream``,
  ``get_final_message()``, ``get_final_text()`` and ``current_message_snapshot``.

Events are the generated models (``MessageStartEvent``, ``ContentBlockStartEvent``,
``ContentBlockDeltaEvent``, ``ContentBlockStopEvent``, ``MessageDeltaEvent``,
``MessageStopEvent``), chosen by the JSON ``type`` (else the SSE event name, which is then
written into the dict as ``type``). An event of an unknown type is yielded as its raw JSON
dict (``{"type": <event name>, "data": <data>}`` when its data is not a JSON object).
``ping`` events are never yielded, by either iterator: they only keep the connection alive.
Known events with a malformed payload raise :class:`~claude.ResponseValidationError`. An
``EventStream`` that is never iterated nor closed keeps its connection: use ``with``.

Failures, all raised from the iteration (or from ``get_final_message()``), with ``.partial``
set to the message accumulated so far (a generated ``Message``, ``None`` before
``message_start``; which blocks are unfinished is told by :func:`claude.stream_info`, see
:mod:`claude._stream.accumulate`):

* ``event: error`` -> the :class:`~claude.APIStatusError` subclass of its error type, as for
  an HTTP error (``overloaded_error`` -> :class:`~claude.OverloadedError`).
* The connection failing while reading -> :class:`~claude.StreamInterruptedError`, caused by
  the translated :class:`~claude.APIConnectionError`. Once ``message_stop`` was received, a
  failure while reading the rest of the body is ignored: the message is complete.
* The body ending, or the stream being closed, before ``message_stop`` ->
  :class:`~claude.StreamInterruptedError`; ``get_final_message()`` never returns a truncated
  message.
* Events out of order (before ``message_start``...) -> :class:`~claude.StreamProtocolError`.
* No event for ``stream_idle_timeout`` seconds (the API sends ``ping`` events while it works;
  time the caller spends between events does not count), or the body outlasting
  ``stream_timeout`` -> :class:`~claude.APITimeoutError` (``.partial`` set), also when a server
  drip-feeds bytes that never complete an event. A read timeout is the same error.
* A line or event over ``max_event_bytes`` -> :class:`~claude.ResponseTooLargeError`; the body
  is decompressed in bounded pieces (:mod:`claude._body`), so a compression bomb stops there.

A stream that has begun is never replayed (the retry transport only retries before the
body). The response is closed on every path: end of stream, an error, ``close()``, leaving
the ``with`` block (after a ``break`` too), and when an abandoned iterator is collected.
"""

from __future__ import annotations

from collections.abc import AsyncGenerator, AsyncIterator, Awaitable, Callable, Generator, Iterator
from types import TracebackType
from typing import TYPE_CHECKING, Any

import httpx

from claude._body import aiter_decoded, iter_decoded
from claude._deadline_io import aiter_clocked, iter_clocked
from claude._wire import REQUEST_ID_HEADER

from .events import StreamCore, StreamEvent
from .helper_events import HelperEvents, MessageStreamEvent

if TYPE_CHECKING:
    from claude_api.models.message import Message

__all__ = [
    "AsyncEventStream",
    "AsyncMessageStream",
    "AsyncMessageStreamManager",
    "EventStream",
    "MessageStream",
    "MessageStreamManager",
]


def _text_of(message: Message) -> str:
    from claude._build.reply_helpers import text_of  # the one definition of "the text of a reply"

    return text_of(message)


class EventStream:
    """The events of a streamed message, read as you iterate (one pass).

    Use it in a ``with`` block, or iterate it to the end, so the response gets closed.

    Attributes:
        response: The ``httpx.Response`` being read.
    """

    def __init__(self, response: httpx.Response) -> None:
        self.response = response
        self._core = StreamCore(response)
        self._data = self._iter_data()

    @property
    def request_id(self) -> str | None:
        """The ``request-id`` header of the response."""
        request_id: str | None = self.response.headers.get(REQUEST_ID_HEADER)
        return request_id

    def _iter_data(self) -> Generator[dict[str, Any], None, None]:
        core = self._core
        handle = core.handle
        feed = core.decoder.feed
        clock = core.clock
        try:
            try:
                for chunk in iter_clocked(iter_decoded(self.response), clock):
                    for sse in feed(chunk):
                        clock.event()
                        data = handle(sse)
                        if data is not None:
                            yield data
                            clock.event()  # the caller's time is not the server's
                    clock.check(self.response.request)
            except httpx.TransportError as exc:
                if not core.accumulator.complete:
                    error = core.interrupted(exc)
                    raise error from error.__cause__
                return
            yield from core.tail()
            core.end()
        except Exception as exc:  # not GeneratorExit: closing early is no failure
            core.fail(exc)
            raise
        finally:
            self.response.close()

    def __iter__(self) -> Iterator[StreamEvent]:
        return self

    def __next__(self) -> StreamEvent:
        return self._core.typed(next(self._data))

    def close(self) -> None:
        """Stop reading and close the response (idempotent)."""
        self._data.close()
        self.response.close()

    def __enter__(self) -> EventStream:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self.close()


class MessageStream(EventStream):
    """What ``with client.messages.stream(...) as stream`` gives: events plus helpers.

    Iterate it for typed events and the helper events (:mod:`.helper_events`), or
    :attr:`text_stream` for text only, or just call :meth:`get_final_message`; they share
    one pass over the response.
    """

    def __init__(self, response: httpx.Response) -> None:
        super().__init__(response)
        self._helpers = HelperEvents(self._core)

    def __iter__(self) -> Iterator[MessageStreamEvent]:  # type: ignore[override]
        return self

    def __next__(self) -> MessageStreamEvent:  # type: ignore[override]
        return self._helpers.next(self._data)

    def close(self) -> None:
        """Stop reading and close the response (idempotent)."""
        self._helpers.clear()
        super().close()

    @property
    def text_stream(self) -> Iterator[str]:
        """The text of each ``text_delta``, as it arrives."""
        for data in self._data:
            if data["type"] == "content_block_delta":
                delta = data["delta"]
                if delta.get("type") == "text_delta":
                    yield delta["text"]

    @property
    def current_message_snapshot(self) -> Message | None:
        """The message accumulated so far (None before ``message_start``)."""
        return self._core.snapshot()

    def get_final_message(self) -> Message:
        """The complete ``Message``, reading the rest of the stream first if needed.

        Raises:
            StreamInterruptedError: The stream ended or was closed before ``message_stop``.
            APIStatusError: The stream sent an ``error`` event.
        """
        for _ in self._data:
            pass
        return self._core.final_message()

    def get_final_text(self) -> str:
        """The text of the final message's text blocks, concatenated ("" when none)."""
        return _text_of(self.get_final_message())

    def __enter__(self) -> MessageStream:
        return self


class MessageStreamManager:
    """``with client.messages.stream(...) as stream``: sends on enter, closes on exit.

    Args:
        open: Sends the request and returns the open response, its status checked.
    """

    def __init__(self, open: Callable[[], httpx.Response]) -> None:
        self._open = open
        self._stream: MessageStream | None = None

    def __enter__(self) -> MessageStream:
        self._stream = MessageStream(self._open())
        return self._stream

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        if self._stream is not None:
            self._stream.close()


class AsyncEventStream:
    """The async twin of :class:`EventStream`: ``async for event in stream``."""

    def __init__(self, response: httpx.Response) -> None:
        self.response = response
        self._core = StreamCore(response)
        self._data = self._iter_data()

    @property
    def request_id(self) -> str | None:
        """The ``request-id`` header of the response."""
        request_id: str | None = self.response.headers.get(REQUEST_ID_HEADER)
        return request_id

    async def _iter_data(self) -> AsyncGenerator[dict[str, Any], None]:
        core = self._core
        handle = core.handle
        feed = core.decoder.feed
        clock = core.clock
        try:
            try:
                async for chunk in aiter_clocked(
                    aiter_decoded(self.response), clock, self.response
                ):
                    for sse in feed(chunk):
                        clock.event()
                        data = handle(sse)
                        if data is not None:
                            yield data
                            clock.event()
            except httpx.TransportError as exc:
                if not core.accumulator.complete:
                    error = core.interrupted(exc)
                    raise error from error.__cause__
                return
            for data in core.tail():
                yield data
            core.end()
        except Exception as exc:  # not GeneratorExit: closing early is no failure
            core.fail(exc)
            raise
        finally:
            await self.response.aclose()

    def __aiter__(self) -> AsyncIterator[StreamEvent]:
        return self

    async def __anext__(self) -> StreamEvent:
        return self._core.typed(await self._data.__anext__())

    async def close(self) -> None:
        """Stop reading and close the response (idempotent)."""
        await self._data.aclose()
        await self.response.aclose()

    aclose = close

    async def __aenter__(self) -> AsyncEventStream:
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        await self.close()


class AsyncMessageStream(AsyncEventStream):
    """The async twin of :class:`MessageStream`."""

    def __init__(self, response: httpx.Response) -> None:
        super().__init__(response)
        self._helpers = HelperEvents(self._core)

    def __aiter__(self) -> AsyncIterator[MessageStreamEvent]:  # type: ignore[override]
        return self

    async def __anext__(self) -> MessageStreamEvent:  # type: ignore[override]
        return await self._helpers.anext(self._data)

    async def close(self) -> None:
        """Stop reading and close the response (idempotent)."""
        self._helpers.clear()
        await super().close()

    aclose = close

    @property
    async def text_stream(self) -> AsyncIterator[str]:
        """The text of each ``text_delta``, as it arrives: ``async for text in ...``."""
        async for data in self._data:
            if data["type"] == "content_block_delta":
                delta = data["delta"]
                if delta.get("type") == "text_delta":
                    yield delta["text"]

    @property
    def current_message_snapshot(self) -> Message | None:
        """The message accumulated so far (None before ``message_start``)."""
        return self._core.snapshot()

    async def get_final_message(self) -> Message:
        """The complete ``Message``, reading the rest of the stream first if needed."""
        async for _ in self._data:
            pass
        return self._core.final_message()

    async def get_final_text(self) -> str:
        """The text of the final message's text blocks, concatenated ("" when none)."""
        return _text_of(await self.get_final_message())

    async def __aenter__(self) -> AsyncMessageStream:
        return self


class AsyncMessageStreamManager:
    """``async with client.messages.stream(...) as stream``: sends on enter, closes on exit.

    Args:
        open: Returns an awaitable of the open response, its status checked.
    """

    def __init__(self, open: Callable[[], Awaitable[httpx.Response]]) -> None:
        self._open = open
        self._stream: AsyncMessageStream | None = None

    async def __aenter__(self) -> AsyncMessageStream:
        self._stream = AsyncMessageStream(await self._open())
        return self._stream

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        if self._stream is not None:
            await self._stream.close()
