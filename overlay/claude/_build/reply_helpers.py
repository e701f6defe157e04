"""Reading a response ``Message``: its text, tool uses, thinking, and its use as history.

    message = client.messages.create(request)
    print(claude.text_of(message))
    for block in claude.tool_uses(message): ...
    next_request = request.add_messages(claude.reply_to_param(message), claude.user("More"))

Functions over the generated ``Message`` (no wrapper class); blocks of types this client does
not know (kept as raw dicts) are skipped by the readers and passed on by
:func:`reply_to_param`.
"""

from __future__ import annotations

from typing import Any

from claude_api.models import AssistantMessageParam, Message, TextBlock, ThinkingBlock, ToolUseBlock

from .blocks import assistant

__all__ = ["reply_to_param", "text_of", "thinking_of", "tool_input", "tool_uses"]


def text_of(message: Message, separator: str = "") -> str:
    """The text blocks of *message*, joined by *separator* (nothing by default)."""
    return separator.join(b.text for b in message.content if isinstance(b, TextBlock))


def tool_uses(message: Message) -> list[ToolUseBlock]:
    """The ``tool_use`` blocks of *message* (client tools the caller must run), in order."""
    return [b for b in message.content if isinstance(b, ToolUseBlock)]


def tool_input(block: ToolUseBlock) -> dict[str, Any]:
    """The input the model gave a tool use, as a dict."""
    return dict(block.input)


def thinking_of(message: Message, separator: str = "\n\n") -> str:
    """The text of the thinking blocks of *message*, joined by *separator*."""
    return separator.join(b.thinking for b in message.content if isinstance(b, ThinkingBlock))


def reply_to_param(message: Message) -> AssistantMessageParam:
    """*message* as the assistant turn of the next request.

    Every block is kept (thinking blocks with their signatures, tool uses, unknown blocks
    as they came), except empty text blocks, which the API refuses in a request.

    Raises:
        RequestValidationError: *message* has no content to send back.
    """
    return assistant(*(block for block in message.content if not _empty_text(block)))


def _empty_text(block: object) -> bool:
    if isinstance(block, TextBlock):
        return not block.text
    return isinstance(block, dict) and block.get("type") == "text" and not block.get("text")
