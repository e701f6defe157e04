"""Streaming messages: typed events over SSE, the final message, and clear failures.

Data flow: response bytes -> :class:`~claude._stream.sse.SSEDecoder` -> event JSON (orjson, parsed
once) -> :class:`~claude._stream.accumulate.MessageAccumulator` -> the generated event model, built
only when the caller iterates events (``text_stream`` and ``get_final_message()`` never build
one). All of it but the reading is shared by the sync and async classes (:class:`_Core`).
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
``message_start``; unfinished blocks marked ``"_incomplete": True``, see
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
from typing import TYPE_CHECKING, Any, TypeAlias

import httpx
import orjson
from claude_api.models.content_block_delta_event import ContentBlockDeltaEvent
from claude_api.models.content_block_start_event import ContentBlockStartEvent
from claude_api.models.content_block_stop_event import ContentBlockStopEvent
from claude_api.models.input_json_delta import InputJSONDelta
from claude_api.models.message_delta_event import MessageDeltaEvent
from claude_api.models.message_start_event import MessageStartEvent
from claude_api.models.message_stop_event import MessageStopEvent
from claude_api.models.text_delta import TextDelta
from claude_api.models.thinking_delta import ThinkingDelta

from claude._body import aiter_decoded, iter_decoded
from claude._call import parse_json
from claude._deadline import StreamClock
from claude._deadline_io import aiter_clocked, iter_clocked
from claude._errors import (
    ClaudeError,
    ResponseValidationError,
    StreamInterruptedError,
    status_error,
    status_for_error_type,
    translate_transport_error,
)
from claude._exchange import DEFAULT_STREAM_LIMITS, LIMITS_KEY, StreamLimits
from claude._response_info import attach_info

from .accumulate import MessageAccumulator
from .sse import ServerSentEvent, SSEDecoder

if TYPE_CHECKING:
    from claude_api.models.message import Message

__all__ = [
    "AsyncEventStream",
    "AsyncMessageStream",
    "AsyncMessageStreamManager",
    "EventStream",
    "MessageStream",
    "MessageStreamManager",
    "StreamEvent",
]

#: What the iterators yield: a generated event model, or the raw dict of an unknown event.
StreamEvent: TypeAlias = (
    MessageStartEvent
    | ContentBlockStartEvent
    | ContentBlockDeltaEvent
    | ContentBlockStopEvent
    | MessageDeltaEvent
    | MessageStopEvent
    | dict[str, Any]
)

# The hot path: a content_block_delta of these types with no extra field is built with the
# generated constructors, the exact object ``from_dict`` returns, about 5x faster.
_SIMPLE_DELTAS: dict[str, tuple[type[TextDelta | InputJSONDelta | ThinkingDelta], str]] = {
    "text_delta": (TextDelta, "text"),
    "input_json_delta": (InputJSONDelta, "partial_json"),
    "thinking_delta": (ThinkingDelta, "thinking"),
}


def _parse_delta_event(data: dict[str, Any]) -> ContentBlockDeltaEvent:
    delta = data.get("delta")
    if len(data) == 3 and isinstance(delta, dict) and len(delta) == 2:
        simple = _SIMPLE_DELTAS.get(delta.get("type", ""))
        if simple is not None:
            model, field = simple
            value = delta.get(field)
            index = data.get("index")
            if type(value) is str and type(index) is int:
                return ContentBlockDeltaEvent(delta=model(value), index=index)
    return ContentBlockDeltaEvent.from_dict(data)


_PARSERS: dict[str, Callable[[dict[str, Any]], StreamEvent]] = {
    "message_start": MessageStartEvent.from_dict,
    "content_block_start": ContentBlockStartEvent.from_dict,
    "content_block_delta": _parse_delta_event,
    "content_block_stop": ContentBlockStopEvent.from_dict,
    "message_delta": MessageDeltaEvent.from_dict,
    "message_stop": MessageStopEvent.from_dict,
}
_KNOWN = frozenset({*_PARSERS, "ping", "error"})


class _Core:
    """Everything but the reading: decode, parse, check, accumulate (shared by sync/async)."""

    __slots__ = ("accumulator", "clock", "decoder", "error", "final", "response")

    def __init__(self, response: httpx.Response) -> None:
        self.response = response
        limits = response.extensions.get(LIMITS_KEY)
        if not isinstance(limits, StreamLimits):
            limits = DEFAULT_STREAM_LIMITS
        self.decoder = SSEDecoder(limits.max_event_bytes)
        self.clock = StreamClock(limits.idle, limits.total)
        self.accumulator = MessageAccumulator()
        self.error: BaseException | None = None  # what ended the stream, raised again later
        self.final: Message | None = None

    def handle(self, sse: ServerSentEvent) -> dict[str, Any] | None:
        """The JSON of one SSE event, accumulated; None for an event not to yield."""
        try:
            data = orjson.loads(sse.data)
        except orjson.JSONDecodeError as exc:
            if sse.event in _KNOWN:
                message = f"{sse.event} event data is not JSON: {sse.data[:80]!r}"
                raise self.invalid(message, exc) from exc
            return {"type": sse.event, "data": sse.data}
        if type(data) is not dict:
            if sse.event in _KNOWN:
                raise self.invalid(f"{sse.event} event data is not a JSON object", None)
            return {"type": sse.event, "data": data}
        kind = data.get("type")
        if type(kind) is not str:
            kind = data["type"] = sse.event
        if kind == "ping":
            return None
        if kind == "error":
            raise self.api_error(data)
        try:
            self.accumulator.add(data)
        except ResponseValidationError as exc:
            exc.response = self.response
            raise
        return data

    def typed(self, data: dict[str, Any]) -> StreamEvent:
        """The generated model of an event's JSON (the dict itself for an unknown type)."""
        parse = _PARSERS.get(data["type"])
        if parse is None:
            return data
        return parse_json(data, parse, response=self.response)

    def end(self) -> None:
        """The body ended: fail unless ``message_stop`` was received."""
        self.decoder.end()
        if not self.accumulator.complete:
            raise StreamInterruptedError(
                "the stream ended before message_stop", partial=self.accumulator.partial()
            )

    def interrupted(self, exc: httpx.TransportError) -> ClaudeError:
        """The error for a connection that failed (or timed out) while the body was read."""
        cause = translate_transport_error(exc)  # also redacts the request *exc* carries
        if isinstance(exc, httpx.TimeoutException) and self.clock.remaining() <= 0:
            exc = self.clock.error(exc.request)  # say which limit passed
            cause = translate_transport_error(exc)
        if isinstance(exc, httpx.TimeoutException):
            cause.partial = self.accumulator.partial()
            return cause
        cause.__cause__ = exc
        error = StreamInterruptedError(
            f"the stream was interrupted before message_stop: {cause}",
            partial=self.accumulator.partial(),
        )
        error.__cause__ = cause
        return error

    def api_error(self, data: dict[str, Any]) -> ClaudeError:
        """The typed error for an ``error`` event."""
        error = data.get("error")
        error_type = error.get("type") if isinstance(error, dict) else None
        return status_error(
            status_for_error_type(error_type if isinstance(error_type, str) else None),
            data,
            response=self.response,
            partial=self.accumulator.partial(),
        )

    def invalid(self, message: str, cause: BaseException | None) -> ResponseValidationError:
        return ResponseValidationError(message, response=self.response, cause=cause)

    def fail(self, error: BaseException) -> None:
        """Remember the error that ended the stream (raised again by later calls)."""
        if isinstance(error, ResponseValidationError) and error.response is None:
            error.response = self.response
        if self.error is None:
            self.error = error

    def final_message(self) -> Message:
        """The complete message (after the stream was read to its end)."""
        if self.final is None:
            if self.error is not None:
                raise self.error
            if not self.accumulator.complete:
                raise StreamInterruptedError(
                    "the stream was closed before message_stop",
                    partial=self.accumulator.partial(),
                )
            message = self.message()
            attach_info(message, self.response)
            self.final = message
        return self.final

    def snapshot(self) -> Message | None:
        """The message accumulated so far (None before ``message_start``)."""
        return self.message() if self.accumulator.started else None

    def message(self) -> Message:
        try:
            return self.accumulator.message()
        except ResponseValidationError as exc:
            exc.response = self.response
            raise


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
        self._core = _Core(response)
        self._data = self._iter_data()

    @property
    def request_id(self) -> str | None:
        """The ``request-id`` header of the response."""
        request_id: str | None = self.response.headers.get("request-id")
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

    Iterate it for typed events, or :attr:`text_stream` for text only, or just call
    :meth:`get_final_message`; they share one pass over the response.
    """

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
        self._core = _Core(response)
        self._data = self._iter_data()

    @property
    def request_id(self) -> str | None:
        """The ``request-id`` header of the response."""
        request_id: str | None = self.response.headers.get("request-id")
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
