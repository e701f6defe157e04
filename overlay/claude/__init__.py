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

__version__ = "0.1.0"

# The public names, each written once here, by the module that defines it. ``__all__`` and the
# lazy ``__getattr__`` are derived from it; the type checkers' view below is kept equal to it
# by tests/test_exports.py (which prints the block to paste when they differ).
_EXPORTS: dict[str, tuple[str, ...]] = {
    "._build.blocks": ("assistant", "cached", "text", "tool_result", "user"),
    "._build.cache": ("cache_control",),
    "._build.conversation": ("Conversation",),
    "._build.media_blocks": ("document", "image"),
    "._build.openai": ("from_openai",),
    "._build.reply_helpers": (
        "reply_to_param",
        "text_of",
        "thinking_of",
        "tool_input",
        "tool_uses",
    ),
    "._build.request": ("MessageRequest",),
    "._build.structured": ("ParsedMessage",),
    "._client": ("AsyncClient", "Client"),
    "._config": ("ClientConfig",),
    "._errors": (
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
    ),
    "._missing_error": ("MissingFieldError",),
    "._pagination": ("AsyncPaginator", "Paginator"),
    "._policies.config_file": ("load_options",),
    "._policies.curl": ("as_curl", "curl_hook"),
    "._policies.dynamic": ("reload_config",),
    "._policies.errors": (
        "BudgetExceededError",
        "CircuitOpenError",
        "ConfigReloadError",
        "PolicyError",
        "RateLimitWaitError",
    ),
    "._policies.health": ("EndpointHealth", "HealthReport"),
    "._policies.settings": ("CircuitBreaker", "Failover", "RateLimit"),
    "._policies.usage": ("Price", "Usage", "UsageTracker"),
    "._response_info": ("ResponseInfo", "response_info"),
    "._stream.accumulate": ("MessageAccumulator",),
    "._stream.events": ("StreamEvent",),
    "._stream.helper_events": (
        "CitationEvent",
        "ContentBlockStopEvent",
        "InputJsonEvent",
        "MessageStopEvent",
        "MessageStreamEvent",
        "SignatureEvent",
        "TextEvent",
        "ThinkingEvent",
    ),
    "._stream.jsonl": ("AsyncJSONLStream", "JSONLStream"),
    "._stream.stream_info": ("StreamInfo", "stream_info"),
    "._stream.streams": (
        "AsyncEventStream",
        "AsyncMessageStream",
        "AsyncMessageStreamManager",
        "EventStream",
        "MessageStream",
        "MessageStreamManager",
    ),
    "._tools.loop": ("ToolRunResult", "async_run_tools", "run_tools"),
    "._tools.tool": ("Tool", "ToolInputError", "tool"),
}

_MODULE_OF: dict[str, str] = {name: module for module, names in _EXPORTS.items() for name in names}
__all__ = sorted(_MODULE_OF)

if TYPE_CHECKING:  # explicit re-exports for type checkers, equal to _EXPORTS (tested)
    from ._build.blocks import assistant as assistant
    from ._build.blocks import cached as cached
    from ._build.blocks import text as text
    from ._build.blocks import tool_result as tool_result
    from ._build.blocks import user as user
    from ._build.cache import cache_control as cache_control
    from ._build.conversation import Conversation as Conversation
    from ._build.media_blocks import document as document
    from ._build.media_blocks import image as image
    from ._build.openai import from_openai as from_openai
    from ._build.reply_helpers import reply_to_param as reply_to_param
    from ._build.reply_helpers import text_of as text_of
    from ._build.reply_helpers import thinking_of as thinking_of
    from ._build.reply_helpers import tool_input as tool_input
    from ._build.reply_helpers import tool_uses as tool_uses
    from ._build.request import MessageRequest as MessageRequest
    from ._build.structured import ParsedMessage as ParsedMessage
    from ._client import AsyncClient as AsyncClient
    from ._client import Client as Client
    from ._config import ClientConfig as ClientConfig
    from ._errors import APIConnectionError as APIConnectionError
    from ._errors import APIStatusError as APIStatusError
    from ._errors import APITimeoutError as APITimeoutError
    from ._errors import AuthenticationError as AuthenticationError
    from ._errors import BadRequestError as BadRequestError
    from ._errors import BillingError as BillingError
    from ._errors import ClaudeError as ClaudeError
    from ._errors import ConfigurationError as ConfigurationError
    from ._errors import ConflictError as ConflictError
    from ._errors import GatewayTimeoutError as GatewayTimeoutError
    from ._errors import InternalServerError as InternalServerError
    from ._errors import NotFoundError as NotFoundError
    from ._errors import OverloadedError as OverloadedError
    from ._errors import PermissionDeniedError as PermissionDeniedError
    from ._errors import RateLimitError as RateLimitError
    from ._errors import RequestTooLargeError as RequestTooLargeError
    from ._errors import RequestValidationError as RequestValidationError
    from ._errors import ResponseTooLargeError as ResponseTooLargeError
    from ._errors import ResponseValidationError as ResponseValidationError
    from ._errors import StreamError as StreamError
    from ._errors import StreamInterruptedError as StreamInterruptedError
    from ._errors import StreamProtocolError as StreamProtocolError
    from ._errors import UnprocessableEntityError as UnprocessableEntityError
    from ._missing_error import MissingFieldError as MissingFieldError
    from ._pagination import AsyncPaginator as AsyncPaginator
    from ._pagination import Paginator as Paginator
    from ._policies.config_file import load_options as load_options
    from ._policies.curl import as_curl as as_curl
    from ._policies.curl import curl_hook as curl_hook
    from ._policies.dynamic import reload_config as reload_config
    from ._policies.errors import BudgetExceededError as BudgetExceededError
    from ._policies.errors import CircuitOpenError as CircuitOpenError
    from ._policies.errors import ConfigReloadError as ConfigReloadError
    from ._policies.errors import PolicyError as PolicyError
    from ._policies.errors import RateLimitWaitError as RateLimitWaitError
    from ._policies.health import EndpointHealth as EndpointHealth
    from ._policies.health import HealthReport as HealthReport
    from ._policies.settings import CircuitBreaker as CircuitBreaker
    from ._policies.settings import Failover as Failover
    from ._policies.settings import RateLimit as RateLimit
    from ._policies.usage import Price as Price
    from ._policies.usage import Usage as Usage
    from ._policies.usage import UsageTracker as UsageTracker
    from ._response_info import ResponseInfo as ResponseInfo
    from ._response_info import response_info as response_info
    from ._stream.accumulate import MessageAccumulator as MessageAccumulator
    from ._stream.events import StreamEvent as StreamEvent
    from ._stream.helper_events import CitationEvent as CitationEvent
    from ._stream.helper_events import ContentBlockStopEvent as ContentBlockStopEvent
    from ._stream.helper_events import InputJsonEvent as InputJsonEvent
    from ._stream.helper_events import MessageStopEvent as MessageStopEvent
    from ._stream.helper_events import MessageStreamEvent as MessageStreamEvent
    from ._stream.helper_events import SignatureEvent as SignatureEvent
    from ._stream.helper_events import TextEvent as TextEvent
    from ._stream.helper_events import ThinkingEvent as ThinkingEvent
    from ._stream.jsonl import AsyncJSONLStream as AsyncJSONLStream
    from ._stream.jsonl import JSONLStream as JSONLStream
    from ._stream.stream_info import StreamInfo as StreamInfo
    from ._stream.stream_info import stream_info as stream_info
    from ._stream.streams import AsyncEventStream as AsyncEventStream
    from ._stream.streams import AsyncMessageStream as AsyncMessageStream
    from ._stream.streams import AsyncMessageStreamManager as AsyncMessageStreamManager
    from ._stream.streams import EventStream as EventStream
    from ._stream.streams import MessageStream as MessageStream
    from ._stream.streams import MessageStreamManager as MessageStreamManager
    from ._tools.loop import ToolRunResult as ToolRunResult
    from ._tools.loop import async_run_tools as async_run_tools
    from ._tools.loop import run_tools as run_tools
    from ._tools.tool import Tool as Tool
    from ._tools.tool import ToolInputError as ToolInputError
    from ._tools.tool import tool as tool


def __getattr__(name: str) -> Any:
    module = _MODULE_OF.get(name)
    if module is None:
        raise AttributeError(f"module 'claude' has no attribute {name!r}")
    value = getattr(importlib.import_module(module, __name__), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return [*__all__, "__version__"]
