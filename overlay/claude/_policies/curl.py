"""Diagnostics: a request as an equivalent ``curl`` command, credentials never shown.

``x-api-key`` and ``Authorization: Bearer`` become ``$ANTHROPIC_API_KEY`` and
``$ANTHROPIC_AUTH_TOKEN`` (in double quotes, so the command replays with the environment's
credentials); any other credential header is ``[redacted]``. A gzip-compressed body is shown
decompressed, without its ``content-encoding``. (Written here rather than taken from a
curlify-style package: the redaction and the replayable variable form are the point, and
the rest is a few lines of ``shlex.quote``.)
"""

from __future__ import annotations

import gzip
import logging
import shlex
from collections.abc import Callable
from typing import Any

import httpx

from claude._wire import CREDENTIAL_HEADERS

__all__ = ["as_curl", "curl_hook"]

_SKIPPED = frozenset({"content-length", "host", "accept-encoding", "connection"})


def _request_of(value: Any) -> httpx.Request:
    if isinstance(value, httpx.Request):
        return value
    for holder in (value, getattr(value, "response", None)):  # a response, or an error
        try:
            request = getattr(holder, "request", None)
        except RuntimeError:  # a response without its request
            request = None
        if isinstance(request, httpx.Request):
            return request
    raise TypeError(f"as_curl needs an httpx.Request (or an object with one), got {value!r}")


def _header(name: str, value: str) -> str:
    if name == "x-api-key":
        return '-H "x-api-key: $ANTHROPIC_API_KEY"'
    if name == "authorization" and value.lower().startswith("bearer "):
        return '-H "authorization: Bearer $ANTHROPIC_AUTH_TOKEN"'
    if name in CREDENTIAL_HEADERS:
        return "-H " + shlex.quote(f"{name}: [redacted]")
    return "-H " + shlex.quote(f"{name}: {value}")


def as_curl(request: Any) -> str:
    """The ``curl`` command that sends *request* (an ``httpx.Request``, or an error/response).

    Raises:
        TypeError: *request* is not a request and carries none.
    """
    request = _request_of(request)
    try:
        body = request.content
    except httpx.RequestNotRead:
        body = None
    encoding = request.headers.get("content-encoding", "").lower()
    if body and encoding == "gzip":
        body = gzip.decompress(body)
    parts = ["curl", "-sS", "-X", request.method, shlex.quote(str(request.url))]
    for name, value in request.headers.multi_items():
        name = name.lower()
        if name in _SKIPPED or (name == "content-encoding" and encoding == "gzip"):
            continue
        parts.append(_header(name, value))
    if body:
        try:
            text = body.decode("utf-8")
        except UnicodeDecodeError:
            parts.append(f"--data-binary '<{len(body)} bytes of binary data>'")
        else:
            parts.append("--data-binary " + shlex.quote(text))
    elif body is None:
        parts.append("# (streamed body not shown)")
    return " ".join(parts)


def curl_hook(
    write: Callable[[str], object] | None = None,
) -> Callable[[httpx.Request], None]:
    """A request event hook that writes each attempt's curl command.

    Args:
        write: Where the command goes (default: the ``claude`` logger at DEBUG level).
    """
    logger = logging.getLogger("claude")
    sink = write if write is not None else lambda line: logger.debug("%s", line)

    def hook(request: httpx.Request) -> None:
        sink(as_curl(request))

    return hook
