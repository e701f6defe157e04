"""A Python client for the Claude API.

    import claude

    with claude.Client() as client:
        message = client.messages.create(
            model="claude-sonnet-4-5", max_tokens=256,
            messages=[{"role": "user", "content": "Hello"}],
        )

Names are loaded on first access, so ``import claude`` stays cheap.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from ._client import AsyncClient, Client
    from ._config import ClientConfig
    from ._errors import (
        APIConnectionError,
        APIStatusError,
        APITimeoutError,
        AuthenticationError,
        BadRequestError,
        BillingError,
        ClaudeError,
        ConfigurationError,
        ConflictError,
        GatewayTimeoutError,
        InternalServerError,
        NotFoundError,
        OverloadedError,
        PermissionDeniedError,
        RateLimitError,
        RequestTooLargeError,
        RequestValidationError,
        ResponseValidationError,
        StreamError,
        StreamInterruptedError,
        StreamProtocolError,
        UnprocessableEntityError,
    )
    from ._jsonl import AsyncJSONLStream, JSONLStream
    from ._pagination import AsyncPaginator, Paginator
    from ._response_info import ResponseInfo, response_info

__version__ = "0.1.0"

_EXPORTS: dict[str, str] = {
    "APIConnectionError": "._errors",
    "APIStatusError": "._errors",
    "APITimeoutError": "._errors",
    "AsyncClient": "._client",
    "AsyncJSONLStream": "._jsonl",
    "AsyncPaginator": "._pagination",
    "AuthenticationError": "._errors",
    "BadRequestError": "._errors",
    "BillingError": "._errors",
    "ClaudeError": "._errors",
    "Client": "._client",
    "ClientConfig": "._config",
    "ConfigurationError": "._errors",
    "ConflictError": "._errors",
    "GatewayTimeoutError": "._errors",
    "InternalServerError": "._errors",
    "JSONLStream": "._jsonl",
    "NotFoundError": "._errors",
    "OverloadedError": "._errors",
    "Paginator": "._pagination",
    "PermissionDeniedError": "._errors",
    "RateLimitError": "._errors",
    "RequestTooLargeError": "._errors",
    "RequestValidationError": "._errors",
    "ResponseInfo": "._response_info",
    "ResponseValidationError": "._errors",
    "StreamError": "._errors",
    "StreamInterruptedError": "._errors",
    "StreamProtocolError": "._errors",
    "UnprocessableEntityError": "._errors",
    "response_info": "._response_info",
}

__all__ = [
    "APIConnectionError",
    "APIStatusError",
    "APITimeoutError",
    "AsyncClient",
    "AsyncJSONLStream",
    "AsyncPaginator",
    "AuthenticationError",
    "BadRequestError",
    "BillingError",
    "ClaudeError",
    "Client",
    "ClientConfig",
    "ConfigurationError",
    "ConflictError",
    "GatewayTimeoutError",
    "InternalServerError",
    "JSONLStream",
    "NotFoundError",
    "OverloadedError",
    "Paginator",
    "PermissionDeniedError",
    "RateLimitError",
    "RequestTooLargeError",
    "RequestValidationError",
    "ResponseInfo",
    "ResponseValidationError",
    "StreamError",
    "StreamInterruptedError",
    "StreamProtocolError",
    "UnprocessableEntityError",
    "response_info",
]


def __getattr__(name: str) -> Any:
    module = _EXPORTS.get(name)
    if module is None:
        raise AttributeError(f"module 'claude' has no attribute {name!r}")
    value = getattr(importlib.import_module(module, __name__), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return [*__all__, "__version__"]
