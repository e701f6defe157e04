"""The pure steps around one exchange, shared by the sync and async clients.

:func:`prepare` builds the request with its deadline (and refuses a foreign origin);
:func:`collector` says how much of the body may be read; :func:`finish` turns status and
bytes into the result or the typed error; :func:`stream_limits` is what a stream or a JSONL
reader needs once the response is open. The clients only send, read and close.
"""

from __future__ import annotations

import dataclasses
import math
from typing import Any, TypeVar

import httpx

from ._body import ERROR_BODY_LIMIT, BodyCollector
from ._call import Call, build_request, parse_body
from ._config import ClientConfig
from ._deadline import DEADLINE_KEY, Deadline, call_deadline
from ._redirects import check_origin, redirect_error
from ._status import error_from_response

__all__ = [
    "LIMITS_KEY",
    "StreamLimits",
    "collector",
    "finish",
    "finish_error",
    "prepare",
    "stream_limits",
]

T = TypeVar("T")

#: ``response.extensions`` key of the :class:`StreamLimits` of an opened stream.
LIMITS_KEY = "claude.limits"


@dataclasses.dataclass(frozen=True, slots=True)
class StreamLimits:
    """What bounds a streamed body: sizes in bytes, times in seconds (None: unbounded)."""

    max_event_bytes: int
    max_line_bytes: int
    idle: float | None
    total: float | None


DEFAULT_STREAM_LIMITS = StreamLimits(16 * 1024 * 1024, 64 * 1024 * 1024, None, None)


def prepare(
    headers: dict[str, str], config: ClientConfig, call: Call[Any]
) -> tuple[httpx.Request, Deadline | None]:
    """The request of *call* and its deadline (also put in the request for the retries)."""
    request = build_request(headers, config, call)
    url: str = call.kwargs["url"]
    if url.startswith(("https://", "http://")):  # a URL from a reply: must be base_url's origin
        check_origin(request, config.base_url)
    deadline = call_deadline(config, call.options.timeout)
    if deadline is not None:
        request.extensions[DEADLINE_KEY] = deadline
    return request, deadline


def collector(
    response: httpx.Response, config: ClientConfig, deadline: Deadline | None
) -> BodyCollector:
    """How the body of *response* is read: whole up to the limit, an error body truncated."""
    if 200 <= response.status_code < 300:
        return BodyCollector(response, config.max_response_bytes, "max_response_bytes", deadline)
    limit = min(config.max_response_bytes, ERROR_BODY_LIMIT)
    return BodyCollector(response, limit, "max_response_bytes", deadline, truncate=True)


def _keep(response: httpx.Response, content: bytes) -> None:
    # What ``Response.read()`` does, so ``response.content`` / ``.json()`` work for the user
    # (an error's response, ``response_info``) although the body was read in bounded pieces.
    response._content = content


def finish(response: httpx.Response, content: bytes, call: Call[T]) -> T:
    """The result of a read response, or its typed error (a 3xx is never followed)."""
    _keep(response, content)
    if 300 <= response.status_code < 400:
        raise redirect_error(response)
    return parse_body(response, content, call.parse)


def finish_error(response: httpx.Response, content: bytes) -> Exception:
    """The typed error of a stream's response whose status is not 2xx."""
    _keep(response, content)
    if 300 <= response.status_code < 400:
        return redirect_error(response)
    return error_from_response(response, content)


def stream_limits(
    request: httpx.Request, response: httpx.Response, config: ClientConfig, call: Call[Any]
) -> None:
    """Record the stream's limits on *response*; its reads then wait at most the idle time."""
    if call.options.timeout is not None:  # a call's own timeout wins, as for its deadline
        idle = call.options.timeout.read
    else:
        idle = config.stream_idle_timeout or config.timeout.read
    if idle is not None and not math.isfinite(idle):
        idle = None
    response.extensions[LIMITS_KEY] = StreamLimits(
        config.max_event_bytes, config.max_line_bytes, idle, config.stream_timeout
    )
    # httpcore reads the read timeout when the body starts: no single read outlasts ``idle``
    timeouts = request.extensions.get("timeout")
    if isinstance(timeouts, dict) and idle is not None:
        read = timeouts.get("read")
        timeouts = {**timeouts, "read": idle if read is None else min(read, idle)}
        request.extensions["timeout"] = timeouts
