"""From a failure to its exception: the one place a status or an API error type picks a class.

    response (status, body) ──> error_from_response ──> status_error ──> APIStatusError subclass
    stream ``error`` event ───> status_for_error_type ─┘
    httpx.TransportError ─────> translate_transport_error ──> APIConnectionError / APITimeoutError

Use as ``raise translate_transport_error(exc) from exc``, like httpx's own mapping.
"""

from __future__ import annotations

import http

import httpx
import orjson

from ._error_text import snippet
from ._errors import (
    APIConnectionError,
    APIStatusError,
    APITimeoutError,
    AuthenticationError,
    BadRequestError,
    BillingError,
    ConflictError,
    GatewayTimeoutError,
    InternalServerError,
    NotFoundError,
    OverloadedError,
    PermissionDeniedError,
    RateLimitError,
    RequestTooLargeError,
    UnprocessableEntityError,
)
from ._redaction import safe_request
from ._wire import REQUEST_ID_HEADER, RETRIES_KEY

__all__ = [
    "error_from_response",
    "status_error",
    "status_for_error_type",
    "translate_transport_error",
]

# The single place where a status or an API error type selects an exception class.
_TYPES: dict[str, tuple[int, type[APIStatusError]]] = {
    "invalid_request_error": (400, BadRequestError),
    "authentication_error": (401, AuthenticationError),
    "billing_error": (402, BillingError),
    "permission_error": (403, PermissionDeniedError),
    "not_found_error": (404, NotFoundError),
    "request_too_large": (413, RequestTooLargeError),
    "rate_limit_error": (429, RateLimitError),
    "api_error": (500, InternalServerError),
    "timeout_error": (504, GatewayTimeoutError),
    "overloaded_error": (529, OverloadedError),
}
_STATUSES: dict[int, type[APIStatusError]] = {
    400: BadRequestError,
    401: AuthenticationError,
    402: BillingError,
    403: PermissionDeniedError,
    404: NotFoundError,
    409: ConflictError,
    413: RequestTooLargeError,
    422: UnprocessableEntityError,
    429: RateLimitError,
    504: GatewayTimeoutError,
    529: OverloadedError,
}


def status_for_error_type(error_type: str | None) -> int:
    """Return the HTTP status implied by an API error type (500 when unknown).

    Used for ``event: error`` in a stream, which arrives on a 200 response.
    """
    entry = _TYPES.get(error_type) if error_type else None
    return entry[0] if entry else 500


def _class_for(status_code: int, error_type: str | None) -> type[APIStatusError]:
    if error_type in _TYPES:
        return _TYPES[error_type][1]
    if status_code in _STATUSES:
        return _STATUSES[status_code]
    return InternalServerError if 500 <= status_code <= 599 else APIStatusError


def _reason(status_code: int, response: httpx.Response | None) -> str:
    if response is not None and response.reason_phrase:
        return response.reason_phrase
    try:
        return http.HTTPStatus(status_code).phrase
    except ValueError:
        return "Overloaded" if status_code == 529 else "API error"


def status_error(
    status_code: int,
    body: object,
    *,
    response: httpx.Response | None = None,
    request_id: str | None = None,
    retries: int = 0,
    partial: object | None = None,
) -> APIStatusError:
    """Build the right :class:`APIStatusError` subclass for an error.

    Reads the envelope ``{"type": "error", "error": {"type": ..., "message": ...},
    "request_id": ...}`` (or a bare ``{"type": ..., "message": ...}`` error object) when present.
    The class is chosen by the error type when known, else by the status.

    Args:
        status_code: HTTP status; for a mid-stream error, use :func:`status_for_error_type`.
        body: Parsed JSON body, the body text, or None.
        response: The HTTP response, when there is one.
        request_id: Overrides the ``request-id`` header and the body's ``request_id``.
        retries: How many retries were made.
        partial: The partial message of an interrupted stream.
    """
    error_type: str | None = None
    message: str | None = None
    if isinstance(body, dict):
        error = body.get("error")
        # The envelope, or a bare error object such as a stream event's ``error`` field.
        inner = error if isinstance(error, dict) else {} if body.get("type") == "error" else body
        if isinstance(inner.get("type"), str) and inner["type"]:
            error_type = inner["type"]
        if isinstance(inner.get("message"), str) and inner["message"].strip():
            message = inner["message"]
        if request_id is None and isinstance(body.get("request_id"), str):
            request_id = body["request_id"]
        if message is None and error_type is None and body:
            message = snippet(orjson.dumps(body).decode())
    elif isinstance(body, str) and body.strip():
        message = snippet(body) or None
    if request_id is None and response is not None:
        request_id = response.headers.get(REQUEST_ID_HEADER)
    cls = _class_for(status_code, error_type)
    return cls(
        message or _reason(status_code, response),
        status_code=status_code,
        type=error_type,
        request_id=request_id,
        body=body,
        response=response,
        retries=retries,
        partial=partial,
    )


def error_from_response(
    response: httpx.Response, content: bytes, *, retries: int | None = None
) -> APIStatusError:
    """Build the error for a failed response whose body is *content*.

    Non-JSON bodies (an HTML proxy page, an empty body) still give the class for the status.

    Args:
        response: The failed response (its body need not be read: *content* is used).
        content: The raw body.
        retries: Retry count; by default ``response.extensions["claude.retries"]`` or 0.
    """
    if retries is None:
        found = response.extensions.get(RETRIES_KEY, 0)
        retries = found if isinstance(found, int) else 0
    body: object = None
    if content.strip():
        try:
            body = orjson.loads(content)
        except orjson.JSONDecodeError:
            try:
                body = content.decode(response.charset_encoding or "utf-8", errors="replace")
            except LookupError:
                body = content.decode("utf-8", errors="replace")
    return status_error(response.status_code, body, response=response, retries=retries)


def translate_transport_error(exc: httpx.TransportError) -> APIConnectionError:
    """Convert an httpx transport error; use as ``raise translate_transport_error(e) from e``.

    Timeouts give :class:`APITimeoutError`. The retry count is read from the request's
    ``claude.retries`` extension, set by the retry transport.
    """
    try:
        request: httpx.Request | None = exc.request
    except RuntimeError:  # httpx raises this when no request is attached
        request = None
    found = request.extensions.get(RETRIES_KEY, 0) if request is not None else 0
    retries = found if isinstance(found, int) else 0
    if request is not None:
        # the httpx exception is chained as ``__cause__``: its request must not carry the key
        request = exc.request = safe_request(request)
    detail = f"{type(exc).__name__}: {exc}" if str(exc) else type(exc).__name__
    if isinstance(exc, httpx.TimeoutException):
        return APITimeoutError(f"Request timed out ({detail})", request=request, retries=retries)
    return APIConnectionError(f"Connection error ({detail})", request=request, retries=retries)
