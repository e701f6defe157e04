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
    from ._build.blocks import (
        assistant,
        cache_control,
        cached,
        document,
        image,
        text,
        tool_result,
        user,
    )
    from ._build.conversation import Conversation
    from ._build.openai import from_openai
    from ._build.reply_helpers import (
        reply_to_param,
        text_of,
        thinking_of,
        tool_input,
        tool_uses,
    )
    from ._build.request import MessageRequest
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
    from ._missing import MissingFieldError
    from ._pagination import AsyncPaginator, Paginator
    from ._response_info import ResponseInfo, response_info
    from ._stream.accumulate import MessageAccumulator
    from ._stream.jsonl import AsyncJSONLStream, JSONLStream
    from ._stream.streams import (
        AsyncEventStream,
        AsyncMessageStream,
        AsyncMessageStreamManager,
        EventStream,
        MessageStream,
        MessageStreamManager,
        StreamEvent,
    )
    from ._tools.loop import ToolRunResult, async_run_tools, run_tools
    from ._tools.tool import Tool, ToolInputError, tool

__version__ = "0.1.0"

_EXPORTS: dict[str, str] = {
    "APIConnectionError": "._errors",
    "APIStatusError": "._errors",
    "APITimeoutError": "._errors",
    "AsyncClient": "._client",
    "AsyncEventStream": "._stream.streams",
    "AsyncJSONLStream": "._stream.jsonl",
    "AsyncMessageStream": "._stream.streams",
    "AsyncMessageStreamManager": "._stream.streams",
    "AsyncPaginator": "._pagination",
    "AuthenticationError": "._errors",
    "BadRequestError": "._errors",
    "BillingError": "._errors",
    "ClaudeError": "._errors",
    "Client": "._client",
    "ClientConfig": "._config",
    "ConfigurationError": "._errors",
    "ConflictError": "._errors",
    "Conversation": "._build.conversation",
    "EventStream": "._stream.streams",
    "GatewayTimeoutError": "._errors",
    "InternalServerError": "._errors",
    "JSONLStream": "._stream.jsonl",
    "MessageAccumulator": "._stream.accumulate",
    "MessageRequest": "._build.request",
    "MessageStream": "._stream.streams",
    "MessageStreamManager": "._stream.streams",
    "MissingFieldError": "._missing",
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
    "StreamEvent": "._stream.streams",
    "StreamInterruptedError": "._errors",
    "StreamProtocolError": "._errors",
    "Tool": "._tools.tool",
    "ToolInputError": "._tools.tool",
    "ToolRunResult": "._tools.loop",
    "UnprocessableEntityError": "._errors",
    "assistant": "._build.blocks",
    "async_run_tools": "._tools.loop",
    "cache_control": "._build.blocks",
    "cached": "._build.blocks",
    "document": "._build.blocks",
    "from_openai": "._build.openai",
    "image": "._build.blocks",
    "reply_to_param": "._build.reply_helpers",
    "response_info": "._response_info",
    "run_tools": "._tools.loop",
    "text": "._build.blocks",
    "text_of": "._build.reply_helpers",
    "thinking_of": "._build.reply_helpers",
    "tool": "._tools.tool",
    "tool_input": "._build.reply_helpers",
    "tool_result": "._build.blocks",
    "tool_uses": "._build.reply_helpers",
    "user": "._build.blocks",
}

__all__ = [
    "APIConnectionError",
    "APIStatusError",
    "APITimeoutError",
    "AsyncClient",
    "AsyncEventStream",
    "AsyncJSONLStream",
    "AsyncMessageStream",
    "AsyncMessageStreamManager",
    "AsyncPaginator",
    "AuthenticationError",
    "BadRequestError",
    "BillingError",
    "ClaudeError",
    "Client",
    "ClientConfig",
    "ConfigurationError",
    "ConflictError",
    "Conversation",
    "EventStream",
    "GatewayTimeoutError",
    "InternalServerError",
    "JSONLStream",
    "MessageAccumulator",
    "MessageRequest",
    "MessageStream",
    "MessageStreamManager",
    "MissingFieldError",
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
    "StreamEvent",
    "StreamInterruptedError",
    "StreamProtocolError",
    "Tool",
    "ToolInputError",
    "ToolRunResult",
    "UnprocessableEntityError",
    "assistant",
    "async_run_tools",
    "cache_control",
    "cached",
    "document",
    "from_openai",
    "image",
    "reply_to_param",
    "response_info",
    "run_tools",
    "text",
    "text_of",
    "thinking_of",
    "tool",
    "tool_input",
    "tool_result",
    "tool_uses",
    "user",
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
