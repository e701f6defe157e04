"""The HTTP side of the stand-in: reading requests and writing replies (and faults) to sockets.

:class:`Handler` knows nothing about the API: it asks its :class:`Host` (the ``StandIn``) what
to answer, then renders that reply. Error handling is by connection state: an exception before
the status line becomes a 500 envelope; after it, the connection is reset.
"""

from __future__ import annotations

import gzip
import logging
import socket
import threading
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any, Protocol

from ._defaults import default_message
from ._replies import (
    Delay,
    ErrorReply,
    JSONLReply,
    JSONReply,
    MessageReply,
    RawReply,
    Rejected,
    Reply,
    Reset,
    ResetAfter,
    SSEReply,
)
from ._sse import iter_sse, message_to_events, shape_events
from ._wire import AbortConnection, BodyWriter, abort, dumps

__all__ = ["Context", "Handler", "Host", "Server"]

_log = logging.getLogger("claude.testing")
_REASONS = {529: "Overloaded"}
_JSONL_PIECE = 64 * 1024


@dataclass(frozen=True)
class Context:
    """What a reply needs to know about its request."""

    request_id: str
    body: Mapping[str, Any]
    stream: bool
    default: Callable[[], Reply]
    headers: Mapping[str, str] = field(default_factory=dict)  # added to every answer


class Host(Protocol):
    """The stand-in, as the handler sees it."""

    chunk_size: int | None
    line_ending: str
    max_delay: float
    stopping: threading.Event

    def _exchange(
        self, method: str, target: str, headers: Mapping[str, str], body: bytes
    ) -> tuple[Reply | None, Context]: ...

    def _track(self, sock: socket.socket, *, active: bool) -> None: ...


class Server(ThreadingHTTPServer):
    """A threading HTTP server on daemon threads that stays quiet about client disconnects."""

    daemon_threads = True
    request_queue_size = 128  # listen backlog: many clients connecting at once are not reset
    host: Host

    def handle_error(self, request: Any, client_address: Any) -> None:
        _log.debug("stand-in connection error from %s", client_address, exc_info=True)


class Handler(BaseHTTPRequestHandler):
    """One connection: any number of keep-alive requests, each answered by the host."""

    protocol_version = "HTTP/1.1"
    server_version = "claude-testing-standin"
    sys_version = ""
    disable_nagle_algorithm = True  # TCP_NODELAY: every write goes out at once
    timeout = 120  # seconds a connection may sit idle or stalled
    server: Server

    def setup(self) -> None:
        super().setup()
        self.server.host._track(self.connection, active=True)

    def finish(self) -> None:
        try:
            super().finish()
        finally:
            self.server.host._track(self.connection, active=False)

    def log_message(self, format: str, *args: Any) -> None:
        _log.debug("stand-in: " + format, *args)

    def _handle(self) -> None:
        self._head_sent = False
        self._extra_headers: Mapping[str, str] = {}
        host = self.server.host
        try:
            headers = {k.lower(): v for k, v in self.headers.items()}
            reply, context = host._exchange(self.command, self.path, headers, self._read_body())
            self._extra_headers = context.headers
            self._render(reply, context, None)
        except AbortConnection:
            self._abort()
        except OSError:  # the client went away
            self.close_connection = True
        except Exception as exc:  # a bug, or a reply that cannot be sent (say, not JSON-able)
            _log.exception("stand-in failed to answer %s %s", self.command, self.path)
            if self._head_sent:
                self._abort()
                return
            error = ErrorReply(500, "api_error", f"the stand-in failed: {exc!r}")
            request_id = "req_standin_failure"
            body = dumps(error.envelope(request_id))
            self._send_body(500, {}, body, "application/json", None, request_id)

    do_GET = do_POST = do_DELETE = do_PUT = do_PATCH = do_OPTIONS = _handle

    def _read_body(self) -> bytes:
        """The request body, gzip content-encoding undone (the recorded headers keep it)."""
        raw = self._read_raw_body()
        if self.headers.get("content-encoding", "").lower() == "gzip":
            return gzip.decompress(raw)
        return raw

    def _read_raw_body(self) -> bytes:
        if self.headers.get("transfer-encoding", "").lower() == "chunked":
            parts = []
            while size := int(self.rfile.readline().split(b";")[0].strip() or b"0", 16):
                parts.append(self.rfile.read(size))
                self.rfile.readline()
            while self.rfile.readline() not in (b"\r\n", b"\n", b""):
                pass  # trailers
            return b"".join(parts)
        length = int(self.headers.get("content-length") or 0)
        return self.rfile.read(length) if length else b""

    def _abort(self) -> None:
        self.close_connection = True
        self.rfile.close()  # drop the file's reference so close() really closes
        abort(self.connection)

    def _render(self, reply: Reply | None, context: Context, limit: int | None) -> None:
        host = self.server.host
        if reply is None:
            try:
                reply = context.default()
            except Rejected as rejected:
                reply = rejected.reply
        if isinstance(reply, Delay):
            if host.stopping.wait(max(0.0, min(reply.seconds, host.max_delay))):
                raise AbortConnection
            self._render(reply.reply, context, limit)
        elif isinstance(reply, Reset):
            raise AbortConnection
        elif isinstance(reply, ResetAfter):
            inner = reply.nbytes if limit is None else min(limit, reply.nbytes)
            self._render(reply.reply, context, inner)
        elif isinstance(reply, ErrorReply):
            body = dumps(reply.envelope(context.request_id))
            self._send_body(
                reply.status, reply.headers, body, "application/json", limit, context.request_id
            )
        elif isinstance(reply, JSONReply):
            body = reply.body if isinstance(reply.body, bytes) else dumps(reply.body)
            self._send_body(
                reply.status, reply.headers, body, "application/json", limit, context.request_id
            )
        elif isinstance(reply, RawReply):
            raw = reply.body.encode() if isinstance(reply.body, str) else reply.body
            self._send_body(
                reply.status, reply.headers, raw, reply.content_type, limit, context.request_id
            )
        elif isinstance(reply, MessageReply):
            self._render_message(reply, context, limit)
        elif isinstance(reply, SSEReply):
            ending = reply.line_ending or host.line_ending
            self._send_stream(
                reply.status,
                reply.headers,
                "text/event-stream; charset=utf-8",
                iter_sse(reply.events, ending),
                reply.chunk_size,
                limit,
                context,
            )
        else:
            lines = _encode_lines(reply, (reply.line_ending or host.line_ending).encode())
            size = reply.chunk_size or host.chunk_size or _JSONL_PIECE
            self._send_stream(
                reply.status, reply.headers, "application/x-jsonl", lines, size, limit, context
            )

    def _render_message(self, reply: MessageReply, context: Context, limit: int | None) -> None:
        message = reply.message if reply.message is not None else default_message(context.body)
        stream = context.stream if reply.stream is None else reply.stream
        if not stream:
            self._send_body(
                reply.status,
                reply.headers,
                dumps(message),
                "application/json",
                limit,
                context.request_id,
            )
            return
        events = message_to_events(
            message,
            text_chunk=reply.text_chunk,
            json_chunk=reply.json_chunk,
            ping_every=reply.ping_every,
        )
        shaped = shape_events(
            events,
            extra_events=reply.extra_events,
            end_after=reply.end_after,
            error_after=reply.error_after,
            error_type=reply.error_type,
            error_message=reply.error_message,
        )
        host = self.server.host
        pieces: Iterable[bytes] = iter_sse(shaped, reply.line_ending or host.line_ending)
        if reply.event_pause > 0:
            pieces = _paced(pieces, min(reply.event_pause, host.max_delay), host.stopping)
        self._send_stream(
            reply.status,
            reply.headers,
            "text/event-stream; charset=utf-8",
            pieces,
            reply.chunk_size,
            limit,
            context,
        )

    def _send_head(
        self,
        status: int,
        headers: Mapping[str, str],
        content_type: str,
        length: int | None,
        request_id: str,
    ) -> None:
        self.send_response(status, _REASONS.get(status))
        extra = {**self._extra_headers, **{k.lower(): v for k, v in headers.items()}}
        self.send_header("content-type", extra.pop("content-type", content_type))
        self.send_header("request-id", extra.pop("request-id", request_id))
        if length is None:
            self.send_header("transfer-encoding", "chunked")
            self.send_header("cache-control", "no-cache")
        else:
            self.send_header("content-length", str(length))
        for name, value in extra.items():
            self.send_header(name, value)
        self.end_headers()
        self._head_sent = True

    def _send_body(
        self,
        status: int,
        headers: Mapping[str, str],
        body: bytes,
        content_type: str,
        limit: int | None,
        request_id: str,
    ) -> None:
        self._send_head(status, headers, content_type, len(body), request_id)
        chunk_size = self.server.host.chunk_size or 0
        writer = BodyWriter(self.wfile.write, chunk_size=chunk_size, chunked=False, limit=limit)
        writer.write(body)
        writer.close()

    def _send_stream(
        self,
        status: int,
        headers: Mapping[str, str],
        content_type: str,
        pieces: Iterable[bytes],
        chunk_size: int | None,
        limit: int | None,
        context: Context,
    ) -> None:
        self._send_head(status, headers, content_type, None, context.request_id)
        size = chunk_size or self.server.host.chunk_size or 0
        writer = BodyWriter(self.wfile.write, chunk_size=size, chunked=True, limit=limit)
        for piece in pieces:
            writer.write(piece)
        writer.close()


def _paced(pieces: Iterable[bytes], pause: float, stopping: threading.Event) -> Iterable[bytes]:
    """*pieces*, waiting *pause* seconds before each one after the first."""
    for index, piece in enumerate(pieces):
        if index and stopping.wait(pause):
            raise AbortConnection
        yield piece


def _encode_lines(reply: JSONLReply, ending: bytes) -> Iterable[bytes]:
    lines = reply.lines() if callable(reply.lines) else reply.lines
    for line in lines:
        if isinstance(line, bytes):
            yield line + ending
        elif isinstance(line, str):
            yield line.encode() + ending
        else:
            yield dumps(line) + ending
