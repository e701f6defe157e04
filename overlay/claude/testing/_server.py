"""`StandIn`: a local HTTP server that answers every operation of the Claude API.

Each request is routed to an operation, recorded, then checked in this order: credentials
(401), ``anthropic-version`` (400), the JSON body against the generated request model (400
naming the field). A request that passes takes the next reply queued for its operation, or
the operation's default reply. Rejected requests do not consume queued replies.
"""

from __future__ import annotations

import collections
import contextlib
import functools
import re
import socket
import threading
import uuid
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from types import TracebackType
from typing import Any, Self
from urllib.parse import parse_qsl, urlsplit

import orjson

from ._batches import BatchStore
from ._defaults import DEFAULT_MODELS, count_tokens, in_lifecycle, page
from ._http import Context, Handler, Server
from ._ratelimit import ServerRateLimit
from ._replies import (
    REPLY_TYPES,
    ErrorReply,
    JSONLReply,
    JSONReply,
    Line,
    MessageReply,
    Rejected,
    Reply,
    Reset,
)
from ._routes import BODY_MODELS, OPERATIONS, route
from ._validation import check_auth, parse_json_body

__all__ = ["OPERATIONS", "RecordedRequest", "StandIn"]


@dataclass(frozen=True)
class RecordedRequest:
    """One request as the stand-in received it.

    Attributes:
        method: ``GET``, ``POST``...
        path: The URL path, e.g. ``/v1/messages``.
        query: Query parameters (the last value of each).
        headers: Request headers, names in lower case.
        body: The raw body.
        json: The body parsed as JSON, or None (no body, or not JSON).
        operation: The operation name, e.g. ``messages.create``; None for an unknown path.
        request_id: The ``request-id`` the response carried.
    """

    method: str
    path: str
    query: Mapping[str, str]
    headers: Mapping[str, str]
    body: bytes
    json: Any
    operation: str | None
    request_id: str


class StandIn:
    """A real HTTP server on 127.0.0.1 that speaks the Claude API, for tests.

    Use it as a context manager (``with StandIn() as server:``) or call :meth:`start` and
    :meth:`stop`. Point a client at :attr:`base_url`.

    Args:
        api_key: The only key (``x-api-key`` or bearer token) accepted; None accepts any
            non-empty one.
        require_version: Answer 400 when ``anthropic-version`` is missing.
        batch_polls_until_end: Batch retrieves needed to end a batch.
        models: The model catalogue, newest first (default: a few current models).
        chunk_size: Bytes per network write for every body (None: one write per SSE event or
            JSON body, 64 KiB pieces for JSON Lines). A reply's own ``chunk_size`` wins.
        line_ending: ``"\\n"`` or ``"\\r\\n"`` for SSE and JSON Lines (replies may override).
        max_delay: Upper bound, in seconds, for a :class:`Delay`.
        body_check: ``"full"`` checks request bodies with the path walk, then parses them
            with the generated model; ``"walk"`` skips the parse (same errors for what the
            walk sees, several times faster for million-request batch jobs).
    """

    def __init__(
        self,
        *,
        api_key: str | None = None,
        require_version: bool = True,
        batch_polls_until_end: int = 1,
        models: Sequence[Mapping[str, Any]] | None = None,
        chunk_size: int | None = None,
        line_ending: str = "\n",
        max_delay: float = 30.0,
        body_check: str = "full",
    ) -> None:
        if body_check not in ("full", "walk"):
            raise ValueError(f"body_check must be 'full' or 'walk', got {body_check!r}")
        self.body_check = body_check
        if line_ending not in ("\n", "\r\n"):
            raise ValueError(f"line_ending must be '\\n' or '\\r\\n', got {line_ending!r}")
        self.api_key = api_key
        self.require_version = require_version
        self.chunk_size = chunk_size
        self.line_ending = line_ending
        self.max_delay = max_delay
        self.stopping = threading.Event()
        self._models = [dict(m) for m in (DEFAULT_MODELS if models is None else models)]
        self._batches = BatchStore(
            polls_until_end=batch_polls_until_end,
            results_url=lambda batch_id: f"{self.base_url}/v1/messages/batches/{batch_id}/results",
        )
        self._lock = threading.Lock()
        self._arrived = threading.Condition(self._lock)  # notified on every recorded request
        self._queues: dict[str, collections.deque[Reply]] = {
            op: collections.deque() for op in OPERATIONS
        }
        self._requests: list[RecordedRequest] = []
        self._connections: set[socket.socket] = set()
        self._threads: set[threading.Thread] = set()
        self._httpd: Server | None = None
        self._serving: threading.Thread | None = None
        self._state = "new"
        self._outage: Reply | None = None
        self._rate_limit: ServerRateLimit | None = None

    # -- lifecycle -------------------------------------------------------------------------

    def start(self) -> Self:
        """Start serving on an ephemeral port of 127.0.0.1 (a no-op when already started)."""
        with self._lock:
            if self._state == "started":
                return self
            if self._state == "stopped":
                raise RuntimeError("a stopped StandIn cannot be restarted; create a new one")
            httpd = Server(("127.0.0.1", 0), Handler)
            httpd.host = self
            self._httpd = httpd
            self._serving = threading.Thread(
                target=httpd.serve_forever,
                kwargs={"poll_interval": 0.05},
                name=f"claude-standin-{httpd.server_address[1]}",
                daemon=True,
            )
            self._serving.start()
            self._state = "started"
        return self

    def stop(self) -> None:
        """Stop serving and drop open connections. Idempotent."""
        with self._lock:
            if self._state != "started" or self._httpd is None:
                self._state = "stopped"
                return
            self._state = "stopped"
            httpd, serving = self._httpd, self._serving
        self.stopping.set()  # ends any Delay at once
        httpd.shutdown()
        httpd.server_close()
        with self._lock:
            connections, threads = list(self._connections), list(self._threads)
        for sock in connections:
            with contextlib.suppress(OSError):
                sock.shutdown(socket.SHUT_RDWR)  # wakes handlers blocked on this socket
        for thread in [*threads, *([serving] if serving else [])]:
            thread.join(timeout=2.0)

    def __enter__(self) -> Self:
        return self.start()

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self.stop()

    @property
    def base_url(self) -> str:
        """``http://127.0.0.1:<port>`` (the server must have been started)."""
        if self._httpd is None:
            raise RuntimeError("the StandIn has not been started")
        return f"http://127.0.0.1:{self._httpd.server_address[1]}"

    # -- scripting and inspection ----------------------------------------------------------

    def queue(self, operation: str, *replies: Reply) -> None:
        """Queue *replies* for *operation* (e.g. ``"messages.create"``), served first in first out.

        Once the queue is empty the operation answers with its default reply again.
        """
        if operation not in OPERATIONS:
            raise ValueError(f"unknown operation {operation!r}; expected one of {OPERATIONS}")
        for reply in replies:
            if not isinstance(reply, REPLY_TYPES):
                raise TypeError(f"not a reply: {reply!r}")
        with self._lock:
            self._queues[operation].extend(replies)

    def outage(self, reply: Reply | None = None, *, down: bool = True) -> None:
        """Answer every request with *reply* (default: a connection reset) until ``down=False``.

        Requests during an outage are recorded and consume no queued reply.
        """
        if reply is not None and not isinstance(reply, REPLY_TYPES):
            raise TypeError(f"not a reply: {reply!r}")
        with self._lock:
            self._outage = (reply or Reset()) if down else None

    def rate_limit(self, requests: int | None, period: float = 60.0) -> ServerRateLimit | None:
        """Limit accepted requests to *requests* per *period* seconds, as the API does (None: off).

        Every answer then carries the ``anthropic-ratelimit-requests-*`` headers, counting
        down; an empty bucket answers 429 with ``retry-after``. Returns the limit, whose
        ``accepted`` and ``throttled`` count the requests.
        """
        limit = None if requests is None else ServerRateLimit(requests, period)
        with self._lock:
            self._rate_limit = limit
        return limit

    def pending(self, operation: str | None = None) -> int:
        """How many queued replies are left (for *operation*, or in all)."""
        with self._lock:
            if operation is not None:
                return len(self._queues[operation])
            return sum(len(q) for q in self._queues.values())

    @property
    def requests(self) -> list[RecordedRequest]:
        """A snapshot of every request received so far, oldest first."""
        with self._lock:
            return list(self._requests)

    def wait_for_requests(self, count: int, timeout: float = 5.0) -> list[RecordedRequest]:
        """The requests received so far, once there are at least *count* of them.

        A client that gave up (a timeout) may do so before the server thread has recorded the
        request it sent; this waits for the server's side. Raises ``TimeoutError`` after
        *timeout* seconds with fewer."""
        with self._arrived:
            if not self._arrived.wait_for(lambda: len(self._requests) >= count, timeout):
                raise TimeoutError(
                    f"{len(self._requests)} request(s) after {timeout:g} s, expected {count}"
                )
            return list(self._requests)

    def clear_requests(self) -> None:
        """Forget the recorded requests."""
        with self._lock:
            self._requests.clear()

    def script_result(self, custom_id: str, result: Mapping[str, Any]) -> None:
        """Make every batch request with *custom_id* end with *result* (a batch ``result``).

        See :func:`errored_result`, :func:`expired_result` and :func:`succeeded_result`.
        """
        self._batches.script_result(custom_id, result)

    def set_results(
        self,
        batch_id: str,
        lines: Iterable[Line] | Callable[[], Iterable[Line]],
        *,
        line_ending: str | None = None,
        chunk_size: int | None = None,
    ) -> None:
        """Serve *lines* (written lazily, never held in memory) as the results of *batch_id*.

        The batch need not exist. Pass a callable returning an iterator to serve them more
        than once; a generator is used up by the first download.
        """
        reply = JSONLReply(lines=lines, line_ending=line_ending, chunk_size=chunk_size)
        self._batches.set_results(batch_id, reply)

    def batch(self, batch_id: str) -> dict[str, Any]:
        """A batch as the API would show it, without counting as a poll."""
        try:
            return self._batches.retrieve(batch_id, poll=False)
        except Rejected:
            raise KeyError(batch_id) from None

    def batches(self) -> list[dict[str, Any]]:
        """Every batch (oldest first) as the API would show it, without counting as polls."""
        return self._batches.views()

    def batch_custom_ids(self, batch_id: str) -> list[str]:
        """The custom ids of a batch's requests, in the order they were submitted."""
        try:
            return self._batches.custom_ids(batch_id)
        except Rejected:
            raise KeyError(batch_id) from None

    # -- the host side of the HTTP handler -------------------------------------------------

    def _track(self, sock: socket.socket, *, active: bool) -> None:
        with self._lock:
            if active:
                self._connections.add(sock)
                self._threads.add(threading.current_thread())
            else:
                self._connections.discard(sock)
                self._threads.discard(threading.current_thread())

    def _exchange(
        self, method: str, target: str, headers: Mapping[str, str], body: bytes
    ) -> tuple[Reply | None, Context]:
        """Record the request; return the queued reply (None: the default) and its context."""
        url = urlsplit(target)
        path, query = url.path, dict(parse_qsl(url.query, keep_blank_values=True))
        operation, path_id = route(method, path)
        try:
            data = orjson.loads(body) if body else None
        except orjson.JSONDecodeError:
            data = None
        request_id = f"req_{uuid.uuid4().hex[:24]}"
        record = RecordedRequest(method, path, query, headers, body, data, operation, request_id)
        body_dict = data if isinstance(data, dict) else {}
        stream = body_dict.get("stream") is True
        context = Context(request_id, body_dict, stream, _no_default)
        with self._lock:
            self._requests.append(record)
            self._arrived.notify_all()
            outage, limit = self._outage, self._rate_limit
        if outage is not None:
            return outage, context
        try:
            if operation is None:
                raise Rejected(404, f"Not found: {method} {path}")
            check_auth(headers, self.api_key, require_version=self.require_version)
            if operation in BODY_MODELS:
                parse_json_body(body, BODY_MODELS[operation], parse=self.body_check == "full")
        except Rejected as rejected:
            return rejected.reply, context
        lifecycle = [v for k, v in parse_qsl(url.query) if k == "lifecycle[]"]
        default = functools.partial(self._default, operation, path_id, query, body_dict, lifecycle)
        extra: dict[str, str] = {}
        if limit is not None:
            allowed, extra = limit.take()
            if not allowed:
                throttled = Context(request_id, body_dict, stream, _no_default, extra)
                return ErrorReply(429), throttled
        context = Context(request_id, body_dict, stream, default, extra)
        with self._lock:
            queue = self._queues[operation]
            return (queue.popleft() if queue else None), context

    def _default(
        self,
        operation: str,
        path_id: str,
        query: Mapping[str, str],
        body: Mapping[str, Any],
        lifecycle: list[str],
    ) -> Reply:
        """The default reply of *operation* (it may raise :class:`Rejected`).

        *lifecycle* holds the repeated ``lifecycle[]`` query values of ``models.list``.
        """
        if operation == "messages.create":
            return MessageReply()
        if operation == "messages.count_tokens":
            return JSONReply(body={"input_tokens": count_tokens(body)})
        if operation == "models.list":
            return JSONReply(body=page(in_lifecycle(self._models, lifecycle), query))
        if operation == "models.retrieve":
            return JSONReply(body=self._model(path_id))
        if operation == "batches.create":
            return JSONReply(body=self._batches.create(body))
        if operation == "batches.list":
            return JSONReply(body=self._batches.list(query))
        if operation == "batches.retrieve":
            return JSONReply(body=self._batches.retrieve(path_id))
        if operation == "batches.cancel":
            return JSONReply(body=self._batches.cancel(path_id))
        if operation == "batches.delete":
            return JSONReply(body=self._batches.delete(path_id))
        return self._batches.results(path_id)

    def _model(self, model_id: str) -> dict[str, Any]:
        alias = re.compile(re.escape(model_id) + r"-\d{8}")
        for model in self._models:
            if model["id"] == model_id or alias.fullmatch(model["id"]):
                return model
        raise Rejected(404, f"model: {model_id}")


def _no_default() -> Reply:
    raise AssertionError("a rejected request has no default reply")
