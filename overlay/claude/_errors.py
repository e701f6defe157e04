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

Which class a status, an error body, a stream ``error`` event or a transport failure becomes is
decided in one place, :mod:`._status` (``error_from_response``, ``status_error``,
``translate_transport_error``); a mid-stream error carries the partial message.
Headers are never part of ``str()`` or ``repr()``, and the request an error carries (its own
``request``, its ``response.request``, and the ``request`` of the chained httpx exception) is a
copy with credential headers redacted.
"""

from __future__ import annotations

from typing import Any

import httpx

from ._redaction import rebuild, redact_response, redacted_state, safe_request
from ._wire import REQUEST_ID_HEADER

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
]


def _retries_text(retries: int) -> str:
    return f"after {retries} {'retry' if retries == 1 else 'retries'}"


class ClaudeError(Exception):
    """Base class of every exception raised by the ``claude`` package."""

    def __reduce__(self) -> tuple[Any, ...]:
        # Keyword-only constructors defeat the default exception pickling; restore the state
        # directly instead of calling ``__init__``. Credentials in the request headers stay out.
        return (rebuild, (type(self), self.args), redacted_state(self.__dict__))

    def __setattr__(self, name: str, value: object) -> None:
        # Whatever sets it (a constructor, or code adding the response later), the request an
        # error keeps is a copy without credentials: errors get logged and printed.
        if name == "request" and isinstance(value, httpx.Request):
            value = safe_request(value)
        elif name == "response" and isinstance(value, httpx.Response):
            redact_response(value)
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

    @property
    def status_code(self) -> int | None:
        """The HTTP status of the response, when known."""
        return self.response.status_code if self.response is not None else None

    @property
    def request_id(self) -> str | None:
        """The ``request-id`` header of the response, when known."""
        found: str | None = (
            self.response.headers.get(REQUEST_ID_HEADER) if self.response is not None else None
        )
        return found

    def __str__(self) -> str:
        request_id = self.request_id
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
