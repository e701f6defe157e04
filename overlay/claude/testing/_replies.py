"""What the stand-in can answer: reply kinds, faults, and batch result helpers.

Every reply is a small frozen dataclass; a test queues them per operation with
``StandIn.queue(operation, *replies)``. Plain replies:

* :class:`JSONReply`: any status, any JSON body (or raw bytes), any headers.
* :class:`ErrorReply`: the API's error envelope; type and message follow from the status.
* :class:`RawReply`: a body of any content type, e.g. a proxy's HTML page (:func:`html_reply`).
* :class:`MessageReply`: a ``Message`` dict, served as JSON, or as a server-sent event stream when
  the request had ``"stream": true``; it can also inject events, end early, or fail mid-stream.
* :class:`SSEReply`: a raw event stream from ``(event, data)`` pairs.
* :class:`JSONLReply`: JSON Lines (batch results) from any iterable, written lazily.

Faults wrap or replace a reply: :class:`Delay` (wait before the headers), :class:`Reset` (abort
the connection with a TCP reset before the headers) and :class:`ResetAfter` (reset after some
body bytes). A wrapper whose ``reply`` is None wraps the operation's default reply.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any, TypeAlias

__all__ = [
    "ERROR_TYPES",
    "REPLY_TYPES",
    "Delay",
    "ErrorReply",
    "JSONLReply",
    "JSONReply",
    "Line",
    "MessageReply",
    "RawReply",
    "Rejected",
    "Reply",
    "Reset",
    "ResetAfter",
    "SSEItem",
    "SSEReply",
    "errored_result",
    "expired_result",
    "html_reply",
    "succeeded_result",
]

#: One event of a stream: an ``(event, data)`` pair (data: JSON value, or ``str``/``bytes``
#: sent verbatim), or an event dict whose ``"type"`` names the event.
SSEItem: TypeAlias = tuple[str, Any] | Mapping[str, Any]

#: One JSON Lines record: a JSON object, or a ``str``/``bytes`` line sent verbatim.
Line: TypeAlias = Mapping[str, Any] | str | bytes

#: The error type and message the API uses for each status.
ERROR_TYPES: Mapping[int, tuple[str, str]] = {
    400: ("invalid_request_error", "Invalid request"),
    401: ("authentication_error", "invalid x-api-key"),
    402: ("billing_error", "Your credit balance is too low"),
    403: ("permission_error", "Your API key does not have permission to use this resource"),
    404: ("not_found_error", "Not found"),
    413: ("request_too_large", "Request exceeds the maximum allowed number of bytes"),
    429: ("rate_limit_error", "Number of requests has exceeded your rate limit"),
    500: ("api_error", "Internal server error"),
    504: ("timeout_error", "Request timed out"),
    529: ("overloaded_error", "Overloaded"),
}


@dataclass(frozen=True, kw_only=True)
class JSONReply:
    """A JSON body (``bytes`` are sent verbatim) with any status and headers."""

    body: Any
    status: int = 200
    headers: Mapping[str, str] = field(default_factory=dict)


@dataclass(frozen=True)
class ErrorReply:
    """The API's error envelope; ``request_id`` is filled in from the response header.

    Args:
        status: The HTTP status.
        type: The error type; by default the API's type for *status* (``api_error`` if unknown).
        message: The error message; by default a generic one for the type.
        headers: Extra response headers, e.g. ``retry-after`` or ``x-should-retry``.
    """

    status: int = 500
    type: str | None = None
    message: str | None = None
    headers: Mapping[str, str] = field(default_factory=dict, kw_only=True)

    def envelope(self, request_id: str) -> dict[str, Any]:
        """The JSON body to send."""
        default_type, default_message = ERROR_TYPES.get(self.status, ERROR_TYPES[500])
        error = {"type": self.type or default_type, "message": self.message or default_message}
        return {"type": "error", "error": error, "request_id": request_id}


class Rejected(Exception):
    """Raised inside the stand-in to answer with an :class:`ErrorReply`."""

    def __init__(self, status: int, message: str, type: str | None = None) -> None:
        super().__init__(message)
        self.reply = ErrorReply(status, type, message)


@dataclass(frozen=True, kw_only=True)
class RawReply:
    """A body sent verbatim with any content type (HTML error pages, plain text...)."""

    body: bytes | str
    status: int = 200
    content_type: str = "text/plain; charset=utf-8"
    headers: Mapping[str, str] = field(default_factory=dict)


def html_reply(status: int = 502, *, headers: Mapping[str, str] | None = None) -> RawReply:
    """A proxy-style HTML error page, as a load balancer in front of the API might send."""
    reason = {502: "Bad Gateway", 503: "Service Unavailable", 504: "Gateway Timeout"}
    title = f"{status} {reason.get(status, 'Error')}"
    page = (
        f"<html>\r\n<head><title>{title}</title></head>\r\n<body>\r\n"
        f"<center><h1>{title}</h1></center>\r\n<hr><center>nginx</center>\r\n</body>\r\n</html>\r\n"
    )
    return RawReply(body=page, status=status, content_type="text/html", headers=dict(headers or {}))


@dataclass(frozen=True, kw_only=True)
class _StreamWire:
    """How a streamed body goes on the wire; None means the server's setting."""

    line_ending: str | None = None  # "\n" or "\r\n"
    chunk_size: int | None = None  # bytes per write (and per HTTP chunk)


@dataclass(frozen=True, kw_only=True)
class MessageReply(_StreamWire):
    """A ``Message``: JSON, or an event stream when the request asked for one.

    Args:
        message: A ``Message`` dict; None builds the default echo reply for the request.
        stream: Force JSON (False) or a stream (True); None follows the request's ``stream``.
        status: The HTTP status.
        headers: Extra response headers.
        text_chunk: Characters per ``text_delta``/``thinking_delta``.
        json_chunk: Characters per ``input_json_delta``.
        ping_every: Insert a ``ping`` after every this many events (0: none).
        extra_events: Events to insert before position *n* of the generated sequence (0 is
            before ``message_start``, a large *n* is at the end).
        end_after: Stop after this many events (no ``message_stop``), then end the body cleanly.
        error_after: Send an ``error`` event after this many events, then end the body.
        error_type: The type of that error event.
        error_message: Its message (default: a generic one for the type).
        event_pause: Seconds to wait before each event after the first (capped by the
            server's ``max_delay``): a slow stream, to interrupt a reader mid-reply.
        line_ending: ``"\\n"`` or ``"\\r\\n"`` between SSE lines.
        chunk_size: Bytes per network write.
    """

    message: Mapping[str, Any] | None = None
    stream: bool | None = None
    status: int = 200
    headers: Mapping[str, str] = field(default_factory=dict)
    text_chunk: int = 8
    json_chunk: int = 8
    ping_every: int = 0
    extra_events: Mapping[int, Sequence[SSEItem]] = field(default_factory=dict)
    end_after: int | None = None
    error_after: int | None = None
    error_type: str = "overloaded_error"
    error_message: str | None = None
    event_pause: float = 0.0


@dataclass(frozen=True, kw_only=True)
class SSEReply(_StreamWire):
    """A raw ``text/event-stream`` body from the given events, exactly as listed."""

    events: Sequence[SSEItem]
    status: int = 200
    headers: Mapping[str, str] = field(default_factory=dict)


@dataclass(frozen=True, kw_only=True)
class JSONLReply(_StreamWire):
    """An ``application/x-jsonl`` body written lazily, one line at a time.

    Args:
        lines: An iterable of lines, or a callable returning one (a generator is used up by the
            first response; a callable can serve any number of them).
    """

    lines: Iterable[Line] | Callable[[], Iterable[Line]]
    status: int = 200
    headers: Mapping[str, str] = field(default_factory=dict)


@dataclass(frozen=True)
class Delay:
    """Wait *seconds* (capped by the server's ``max_delay``) before sending *reply*."""

    seconds: float
    reply: Reply | None = None


@dataclass(frozen=True)
class Reset:
    """Read the request, then abort the connection (TCP RST) without any response."""


@dataclass(frozen=True)
class ResetAfter:
    """Send *reply*'s headers and the first *nbytes* of its body, then abort (TCP RST)."""

    nbytes: int
    reply: Reply | None = None


Reply: TypeAlias = (
    JSONReply
    | ErrorReply
    | RawReply
    | MessageReply
    | SSEReply
    | JSONLReply
    | Delay
    | Reset
    | ResetAfter
)
REPLY_TYPES = (
    JSONReply,
    ErrorReply,
    RawReply,
    MessageReply,
    SSEReply,
    JSONLReply,
    Delay,
    Reset,
    ResetAfter,
)


def succeeded_result(message: Mapping[str, Any]) -> dict[str, Any]:
    """A batch ``result`` that succeeded with *message*."""
    return {"type": "succeeded", "message": dict(message)}


def errored_result(
    type: str = "invalid_request_error", message: str = "Invalid request"
) -> dict[str, Any]:
    """A batch ``result`` that failed with an error envelope."""
    error = {"type": type, "message": message}
    return {"type": "errored", "error": {"type": "error", "error": error, "request_id": None}}


def expired_result() -> dict[str, Any]:
    """A batch ``result`` that expired before it was processed."""
    return {"type": "expired"}
