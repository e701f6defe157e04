"""Exceptions without secrets when pickled: requests and responses copied minus credentials.

``ClaudeError.__reduce__`` pickles an exception's state through :func:`redacted_state`, so an
error sent to another process or written to disk never carries an API key.
"""

from __future__ import annotations

from typing import Any

import httpx

from ._wire import CREDENTIAL_HEADERS

__all__ = [
    "rebuild",
    "redact_response",
    "redacted_headers",
    "redacted_request",
    "redacted_state",
    "safe_request",
]


def rebuild(cls: type[BaseException], args: tuple[Any, ...]) -> BaseException:
    """An exception of *cls* without calling its (keyword-only) ``__init__``; unpickling."""
    return cls.__new__(cls, *args)


def redacted_headers(headers: httpx.Headers) -> list[tuple[str, str]]:
    """*headers* with credential values replaced by ``[redacted]``."""
    return [
        (name, "[redacted]" if name.lower() in CREDENTIAL_HEADERS else value)
        for name, value in headers.multi_items()
    ]


def redacted_request(request: httpx.Request) -> httpx.Request:
    """A copy of *request* without credential headers (it is what gets pickled)."""
    try:
        content = request.content
    except httpx.RequestNotRead:
        content = b""
    headers = redacted_headers(request.headers)
    return httpx.Request(request.method, request.url, headers=headers, content=content)


def safe_request(request: httpx.Request) -> httpx.Request:
    """*request* itself, or a redacted copy when it carries a credential header."""
    if any(name.lower() in CREDENTIAL_HEADERS for name in request.headers):
        return redacted_request(request)
    return request


def redact_response(response: httpx.Response) -> None:
    """Replace the request of *response* (kept by an error) with a redacted copy."""
    try:
        original = response.request
    except RuntimeError:  # no request attached
        return
    response.request = safe_request(original)


def redacted_state(state: dict[str, Any]) -> dict[str, Any]:
    """*state* with the request and response copied without credential headers."""
    state = dict(state)
    request = state.get("request")
    if isinstance(request, httpx.Request):
        state["request"] = redacted_request(request)
    response = state.get("response")
    if isinstance(response, httpx.Response):
        try:
            content = response.content
        except httpx.ResponseNotRead:
            content = b""
        try:
            original: httpx.Request | None = response.request
        except RuntimeError:  # no request attached
            original = None
        state["response"] = httpx.Response(
            response.status_code,
            # *content* is already decoded, so the copy must not claim an encoding
            headers=[(k, v) for k, v in response.headers.multi_items() if k != "content-encoding"],
            content=content,
            request=None if original is None else redacted_request(original),
        )
    return state
