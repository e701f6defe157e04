"""Exceptions raised by the ``claude`` client.

Hierarchy::

    ClaudeError
    ├── ConfigurationError
    ├── RequestValidationError (also ValueError)
    ├── ResponseValidationError
    │   └── ResponseTooLargeError        a body, SSE event or JSONL line over its limit
    ├── APIConnectionError
    │   └── APITimeoutError
    ├── APIStatusError
    │   ├── BadRequestError              400  invalid_request_error
    │   ├── AuthenticationError          401  authentication_error
    │   ├── BillingError                 402  billing_error
    │   ├── PermissionDeniedError        403  permission_error
    │   ├── NotFoundError                404  not_found_error
    │   ├── ConflictError                409
    │   ├── RequestTooLargeError         413  request_too_large
    │   ├── UnprocessableEntityError     422
    │   ├── RateLimitError               429  rate_limit_error
    │   └── InternalServerError          5xx  api_error
    │       ├── GatewayTimeoutError      504  timeout_error
    │       └── OverloadedError          529  overloaded_error
    └── StreamError
        ├── StreamInterruptedError
        └── StreamProtocolError

An ``event: error`` received mid-stream raises the same ``APIStatusError`` classes (built by
:func:`status_error` with :func:`status_for_error_type`), with the partial message attached.
Headers are never part of ``str()`` or ``repr()``, and the request an error carries (its own
``request``, its ``response.request``, and the ``request`` of the chained httpx exception) is a
copy with credential headers redacted.
"""

from __future__ import annotations

import html
import http
import re
from typing import Any

import httpx
import orjson

from ._config import CREDENTIAL_HEADERS

__all__ = [
    "APIConnectionError",
    "APIStatusError",
    "APITimeoutError",
    "AuthenticationError",
    "BadRequestError",
    "BillingError",
    "ClaudeError",
    "ConfigurationError",
    "ConflictError",
    "GatewayTimeoutError",
    "InternalServerError",
    "NotFoundError",
    "OverloadedError",
    "PermissionDeniedError",
    "RateLimitError",
    "RequestTooLargeError",
    "RequestValidationError",
    "ResponseTooLargeError",
    "ResponseValidationError",
    "StreamError",
    "StreamInterruptedError",
    "StreamProtocolError",
    "UnprocessableEntityError",
    "error_from_response",
    "status_error",
    "status_for_error_type",
    "translate_transport_error",
]

_RETRIES_KEY = "claude.retries"
_SNIPPET_LIMIT = 200


def _rebuild(cls: type[BaseException], args: tuple[Any, ...]) -> BaseException:
    return cls.__new__(cls, *args)


def _redacted_headers(headers: httpx.Headers) -> list[tuple[str, str]]:
    return [
        (name, "[redacted]" if name.lower() in CREDENTIAL_HEADERS else value)
        for name, value in headers.multi_items()
    ]


def _redacted_request(request: httpx.Request) -> httpx.Request:
    """A copy of *request* without credential headers (it is what gets pickled)."""
    try:
        content = request.content
    except httpx.RequestNotRead:
        content = b""
    headers = _redacted_headers(request.headers)
    return httpx.Request(request.method, request.url, headers=headers, content=content)


def _safe_request(request: httpx.Request) -> httpx.Request:
    """*request* itself, or a redacted copy when it carries a credential header."""
    if any(name.lower() in CREDENTIAL_HEADERS for name in request.headers):
        return _redacted_request(request)
    return request


def _redact_response(response: httpx.Response) -> None:
    """Replace the request of *response* (kept by an error) with a redacted copy."""
    try:
        original = response.request
    except RuntimeError:  # no request attached
        return
    response.request = _safe_request(original)


def _redacted_state(state: dict[str, Any]) -> dict[str, Any]:
    """*state* with the request and response copied without credential headers."""
    state = dict(state)
    request = state.get("request")
    if isinstance(request, httpx.Request):
        state["request"] = _redacted_request(request)
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
            request=None if original is None else _redacted_request(original),
        )
    return state


def _retries_text(retries: int) -> str:
    return f"after {retries} {'retry' if retries == 1 else 'retries'}"


class ClaudeError(Exception):
    """Base class of every exception raised by the ``claude`` package."""

    def __reduce__(self) -> tuple[Any, ...]:
        # Keyword-only constructors defeat the default exception pickling; restore the state
        # directly instead of calling ``__init__``. Credentials in the request headers stay out.
        return (_rebuild, (type(self), self.args), _redacted_state(self.__dict__))

    def __setattr__(self, name: str, value: object) -> None:
        # Whatever sets it (a constructor, or code adding the response later), the request an
        # error keeps is a copy without credentials: errors get logged and printed.
        if name == "request" and isinstance(value, httpx.Request):
            value = _safe_request(value)
        elif name == "response" and isinstance(value, httpx.Response):
            _redact_response(value)
        super().__setattr__(name, value)


class ConfigurationError(ClaudeError):
    """The client is misconfigured (for example, no credentials were found)."""


class RequestValidationError(ClaudeError, ValueError):
    """Bad input caught locally, before anything was sent.

    Args:
        message: What is wrong with the value.
        field: Dotted path of the offending field, such as ``messages[0].content``.
        value: The offending value.
    """

    def __init__(self, message: str, *, field: str, value: object = ...) -> None:
        super().__init__(message)
        self.message = message
        self.field = field
        self.value = value

    def __str__(self) -> str:
        where = self.field or "<request>"
        if self.value is ...:  # no value to show (a missing field)
            return f"{where}: {self.message}"
        shown = repr(self.value)
        if len(shown) > 80:
            shown = shown[:77] + "..."
        return f"{where}: {self.message} (got {shown})"


class ResponseValidationError(ClaudeError):
    """A response body did not parse into the expected model.

    Args:
        message: What could not be parsed.
        response: The HTTP response, when there is one.
        cause: The underlying parsing exception, if any.
    """

    def __init__(
        self,
        message: str,
        *,
        response: httpx.Response | None = None,
        cause: BaseException | None = None,
    ) -> None:
        super().__init__(message)
        self.message = message
        self.response = response
        self.cause = cause

    def __str__(self) -> str:
        request_id = self.response.headers.get("request-id") if self.response else None
        return f"{self.message} (request_id={request_id})" if request_id else self.message


class ResponseTooLargeError(ResponseValidationError):
    """A response body, SSE line or event, or JSONL line exceeded its configured limit.

    Reading stopped at the limit (plus at most one chunk): decompressed bytes are counted.

    Args:
        what: What was too large (``"response body"``, ``"SSE event"``, ``"JSONL line"``).
        limit: The limit in bytes.
        size: Bytes read so far when reading stopped.
        option: The ``ClientOptions`` field that sets the limit.
        response: The HTTP response, when known.
    """

    def __init__(
        self,
        what: str,
        *,
        limit: int,
        size: int,
        option: str,
        response: httpx.Response | None = None,
    ) -> None:
        super().__init__(
            f"{what} exceeds {option}={limit} bytes ({size} bytes read so far)",
            response=response,
        )
        self.what = what
        self.limit = limit
        self.size = size
        self.option = option

    @property
    def request_id(self) -> str | None:
        """The ``request-id`` header of the response, when known."""
        found: str | None = self.response.headers.get("request-id") if self.response else None
        return found


class APIConnectionError(ClaudeError):
    """The request could not complete (connect, read, write or protocol failure).

    Args:
        message: Description of the failure.
        request: The request that failed, when known.
        retries: How many retries were made before giving up.

    Attributes:
        partial: For a stream that timed out, the message accumulated so far.
    """

    partial: object | None = None

    def __init__(
        self, message: str, *, request: httpx.Request | None = None, retries: int = 0
    ) -> None:
        super().__init__(message)
        self.message = message
        self.request = request
        self.retries = retries

    def __str__(self) -> str:
        return f"{self.message} {_retries_text(self.retries)}" if self.retries else self.message

    def __repr__(self) -> str:
        return f"{type(self).__name__}({self.message!r}, retries={self.retries})"


class APITimeoutError(APIConnectionError):
    """The request timed out (connect, read, write or pool timeout)."""


class APIStatusError(ClaudeError):
    """The API answered with an error status, or sent an ``error`` event mid-stream.

    Prefer :func:`status_error` / :func:`error_from_response`, which pick the subclass.

    Args:
        message: The API's error message.
        status_code: HTTP status (for a mid-stream error, the status implied by its type).
        type: The API error type, such as ``"invalid_request_error"``.
        request_id: The ``request-id`` of the failed request.
        body: The parsed JSON body, or its text when it is not JSON.
        response: The HTTP response, when there is one.
        retries: How many retries were made before giving up.
        partial: The partial message accumulated before a mid-stream error.
    """

    def __init__(
        self,
        message: str,
        *,
        status_code: int,
        type: str | None = None,
        request_id: str | None = None,
        body: object = None,
        response: httpx.Response | None = None,
        retries: int = 0,
        partial: object | None = None,
    ) -> None:
        super().__init__(message)
        self.message = message
        self.status_code = status_code
        self.type = type
        self.request_id = request_id
        self.body = body
        self.response = response
        self.retries = retries
        self.partial = partial

    def __str__(self) -> str:
        head = f"{self.status_code} {self.type}" if self.type else str(self.status_code)
        extra = [f"request_id={self.request_id}"] if self.request_id else []
        if self.retries:
            extra.append(_retries_text(self.retries))
        tail = f" ({', '.join(extra)})" if extra else ""
        return f"{head}: {self.message}{tail}"

    def __repr__(self) -> str:
        return (
            f"{type(self).__name__}(status_code={self.status_code}, type={self.type!r}, "
            f"request_id={self.request_id!r})"
        )


class BadRequestError(APIStatusError):
    """400 ``invalid_request_error``."""


class AuthenticationError(APIStatusError):
    """401 ``authentication_error``."""


class BillingError(APIStatusError):
    """402 ``billing_error``."""


class PermissionDeniedError(APIStatusError):
    """403 ``permission_error``."""


class NotFoundError(APIStatusError):
    """404 ``not_found_error``."""


class ConflictError(APIStatusError):
    """409 Conflict."""


class RequestTooLargeError(APIStatusError):
    """413 ``request_too_large``."""


class UnprocessableEntityError(APIStatusError):
    """422 Unprocessable Entity."""


class RateLimitError(APIStatusError):
    """429 ``rate_limit_error``."""


class InternalServerError(APIStatusError):
    """Any 5xx status; ``api_error``."""


class GatewayTimeoutError(InternalServerError):
    """504 ``timeout_error``."""


class OverloadedError(InternalServerError):
    """529 ``overloaded_error``."""


class StreamError(ClaudeError):
    """Base class for problems with a streamed response.

    Args:
        message: Description of the problem.
        partial: The partial message accumulated so far, if any.
    """

    def __init__(self, message: str, *, partial: object | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.partial = partial


class StreamInterruptedError(StreamError):
    """The stream ended or dropped before ``message_stop``."""


class StreamProtocolError(StreamError):
    """Stream events arrived out of order (for example, before ``message_start``)."""


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


_DROP_RE = re.compile(r"<(script|style)\b.*?</\1\s*>|<!--.*?-->", re.IGNORECASE | re.DOTALL)
_TAG_RE = re.compile(r"<[^>]*>")
_SPACE_RE = re.compile(r"\s+")


def _snippet(text: str) -> str:
    """Return *text* without HTML markup, whitespace collapsed, truncated for messages."""
    if "<" in text:
        text = html.unescape(_TAG_RE.sub(" ", _DROP_RE.sub(" ", text)))
    text = _SPACE_RE.sub(" ", text).strip()
    if len(text) > _SNIPPET_LIMIT:
        text = text[: _SNIPPET_LIMIT - 3].rstrip() + "..."
    return text


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
            message = _snippet(orjson.dumps(body).decode())
    elif isinstance(body, str) and body.strip():
        message = _snippet(body) or None
    if request_id is None and response is not None:
        request_id = response.headers.get("request-id")
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
        found = response.extensions.get(_RETRIES_KEY, 0)
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
    found = request.extensions.get(_RETRIES_KEY, 0) if request is not None else 0
    retries = found if isinstance(found, int) else 0
    if request is not None:
        # the httpx exception is chained as ``__cause__``: its request must not carry the key
        request = exc.request = _safe_request(request)
    detail = f"{type(exc).__name__}: {exc}" if str(exc) else type(exc).__name__
    if isinstance(exc, httpx.TimeoutException):
        return APITimeoutError(f"Request timed out ({detail})", request=request, retries=retries)
    return APIConnectionError(f"Connection error ({detail})", request=request, retries=retries)
