"""The pure core of a stream (no I/O): SSE events in, typed events and the message out.

    bytes ──> SSEDecoder (.sse) ──> event JSON (orjson, once) ──┬─> MessageAccumulator (.accumulate)
                                                                └─> generated event model (typed)

:class:`StreamCore` is shared by the sync and async streams of :mod:`.streams`, which only read.
It raises the stream's failures: ``error`` events as typed API errors, a body ending before
``message_stop``, malformed known events.
"""

from __future__ import annotations

from collections.abc import Callable
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

from claude._call import parse_json
from claude._deadline import StreamClock
from claude._errors import ClaudeError, ResponseValidationError, StreamInterruptedError
from claude._exchange import DEFAULT_STREAM_LIMITS, LIMITS_KEY, StreamLimits
from claude._response_info import attach_info
from claude._status import status_error, status_for_error_type, translate_transport_error

from .accumulate import MessageAccumulator
from .sse import ServerSentEvent, SSEDecoder

if TYPE_CHECKING:
    from claude_api.models.message import Message

__all__ = ["StreamCore", "StreamEvent"]

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


class StreamCore:
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

    def tail(self) -> list[dict[str, Any]]:
        """The body ended: the JSON of the events its last complete lines make."""
        return [data for data in map(self.handle, self.decoder.end()) if data is not None]

    def end(self) -> None:
        """After the tail: fail unless ``message_stop`` was received."""
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
