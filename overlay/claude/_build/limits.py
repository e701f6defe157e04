"""What the Claude API accepts, in one place, and the local checks that enforce it.

Every helper and builder calls these checks, so a wrong value fails with a
:class:`RequestValidationError` naming the field before anything is sent. The numbers are the
API's documented limits; where the API measures something (an image's size is measured on its
base64 text), the check measures the same thing.

:func:`check_request` (create) and :func:`check_count_tokens` run the checks that need the
whole body (pairing of tool results with tool uses, cache breakpoints, the request size) over
its JSON form (plain dicts and lists), so they apply to any body; :mod:`.pipeline` runs
them once per request.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping, Sequence
from typing import Any, Final, NoReturn

from claude._errors import RequestValidationError

__all__ = [
    "CACHE_MAX_BREAKPOINTS",
    "CACHE_TTLS",
    "IMAGES_MAX_PER_REQUEST",
    "IMAGE_MAX_BASE64_BYTES",
    "IMAGE_MAX_PIXELS",
    "IMAGE_MEDIA_TYPES",
    "MAX_TOKENS_MIN",
    "REQUEST_MAX_BYTES",
    "SAMPLING_MAX",
    "THINKING_BUDGET_MIN",
    "THINKING_TOP_P_MIN",
    "TOOL_NAME_PATTERN",
    "TOP_K_MIN",
    "check_cache_ttl",
    "check_count_tokens",
    "check_document_size",
    "check_image_dimensions",
    "check_image_media_type",
    "check_image_size",
    "check_max_tokens",
    "check_model",
    "check_request",
    "check_temperature",
    "check_text",
    "check_thinking_budget",
    "check_tool_name",
    "check_tool_names",
    "check_top_k",
    "check_top_p",
    "fail",
]

MAX_TOKENS_MIN: Final = 1
SAMPLING_MAX: Final = 1.0  # temperature and top_p are in [0, SAMPLING_MAX]
TOP_K_MIN: Final = 0
THINKING_BUDGET_MIN: Final = 1024
THINKING_TOP_P_MIN: Final = 0.95  # with thinking on, top_p is in [0.95, 1]
TOOL_NAME_PATTERN: Final = re.compile(r"[a-zA-Z0-9_-]{1,64}")
IMAGE_MEDIA_TYPES: Final = ("image/jpeg", "image/png", "image/gif", "image/webp")
IMAGE_MAX_BASE64_BYTES: Final = 5 * 1024 * 1024  # per image, measured on the base64 text
IMAGE_MAX_PIXELS: Final = 8000  # per side
IMAGES_MAX_PER_REQUEST: Final = 600  # 100 on models with a 200k-token context window
REQUEST_MAX_BYTES: Final = 32 * 1024 * 1024  # the whole request body (PDFs included)
CACHE_TTLS: Final = ("5m", "1h")
CACHE_MAX_BREAKPOINTS: Final = 4


def fail(field: str, message: str, value: object = ...) -> NoReturn:
    """Raise the :class:`RequestValidationError` for *field*."""
    raise RequestValidationError(message, field=field, value=value)


def _is_int(value: object) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


def _is_number(value: object) -> bool:
    return isinstance(value, int | float) and not isinstance(value, bool)


def check_model(model: object) -> None:
    """The model must be a non-empty string."""
    if not isinstance(model, str) or not model.strip():
        fail("model", "a model id is required, such as 'claude-sonnet-4-5'", model)


def check_max_tokens(max_tokens: object) -> None:
    """``max_tokens`` must be an int of at least 1."""
    if not _is_int(max_tokens) or max_tokens < MAX_TOKENS_MIN:  # type: ignore[operator]
        fail("max_tokens", f"must be an integer >= {MAX_TOKENS_MIN}", max_tokens)


def _check_unit_range(field: str, value: object) -> None:
    if not _is_number(value) or not 0 <= value <= SAMPLING_MAX:  # type: ignore[operator]
        fail(field, f"must be a number from 0 to {SAMPLING_MAX:g}", value)


def check_temperature(value: object) -> None:
    """``temperature`` must be in [0, 1]."""
    _check_unit_range("temperature", value)


def check_top_p(value: object) -> None:
    """``top_p`` must be in [0, 1]."""
    _check_unit_range("top_p", value)


def check_top_k(value: object) -> None:
    """``top_k`` must be an int >= 0."""
    if not _is_int(value) or value < TOP_K_MIN:  # type: ignore[operator]
        fail("top_k", f"must be an integer >= {TOP_K_MIN}", value)


def check_thinking_budget(budget: object, max_tokens: object = None) -> None:
    """A thinking budget must be >= 1024 and, when *max_tokens* is known, below it."""
    field = "thinking.budget_tokens"
    if not _is_int(budget) or budget < THINKING_BUDGET_MIN:  # type: ignore[operator]
        fail(field, f"must be an integer >= {THINKING_BUDGET_MIN}", budget)
    if _is_int(max_tokens) and budget >= max_tokens:  # type: ignore[operator]
        fail(field, f"must be less than max_tokens ({max_tokens})", budget)


def check_tool_name(name: object, field: str = "name") -> None:
    """A custom tool's name must match ``^[a-zA-Z0-9_-]{1,64}$``."""
    if not isinstance(name, str) or TOOL_NAME_PATTERN.fullmatch(name) is None:
        fail(field, "a tool name must match ^[a-zA-Z0-9_-]{1,64}$", name)


def check_tool_names(names: Sequence[object]) -> None:
    """Tool names must be unique within a request."""
    seen: set[object] = set()
    for index, name in enumerate(names):
        if name in seen:
            fail(f"tools[{index}].name", "duplicate tool name", name)
        seen.add(name)


def check_image_media_type(media_type: object, field: str = "source.media_type") -> None:
    """An image must be JPEG, PNG, GIF or WebP."""
    if media_type not in IMAGE_MEDIA_TYPES:
        fail(field, f"the API takes images of type {', '.join(IMAGE_MEDIA_TYPES)}", media_type)


def check_image_size(base64_length: int, field: str = "source.data") -> None:
    """An image's base64 text must be at most 5 MB (about 3.75 MB of image bytes)."""
    if base64_length > IMAGE_MAX_BASE64_BYTES:
        fail(
            field,
            f"image is {base64_length} bytes as base64, over the API's 5 MB per-image "
            f"maximum ({IMAGE_MAX_BASE64_BYTES} bytes); resize or recompress it",
        )


def check_image_dimensions(width: int, height: int, field: str = "source.data") -> None:
    """An image must be at most 8000 px on each side."""
    if max(width, height) > IMAGE_MAX_PIXELS:
        fail(
            field,
            f"image is {width}x{height} px; the API takes at most "
            f"{IMAGE_MAX_PIXELS}x{IMAGE_MAX_PIXELS}",
        )


def check_document_size(base64_length: int, field: str = "source.data") -> None:
    """A document's base64 text must fit in a 32 MB request."""
    if base64_length > REQUEST_MAX_BYTES:
        fail(
            field,
            f"document is {base64_length} bytes as base64, over the API's 32 MB request "
            f"size limit ({REQUEST_MAX_BYTES} bytes); split it or upload it with the Files API",
        )


def check_text(value: object, field: str = "text") -> None:
    """A text block must hold a non-empty string."""
    if not isinstance(value, str) or not value:
        fail(field, "text blocks must be non-empty strings", value)


def check_cache_ttl(ttl: object, field: str = "cache_control.ttl") -> None:
    """A cache TTL is ``"5m"`` or ``"1h"``."""
    if ttl not in CACHE_TTLS:
        fail(field, "a cache TTL is '5m' or '1h'", ttl)


# --- whole-request checks over the JSON body --------------------------------------------------


def check_request(data: Mapping[str, Any]) -> None:
    """The checks that need the whole create-message body, in its JSON form.

    Raises:
        RequestValidationError: names the first field at fault.
    """
    check_model(data.get("model"))
    check_max_tokens(data.get("max_tokens"))
    for name, check in (
        ("temperature", check_temperature),
        ("top_p", check_top_p),
        ("top_k", check_top_k),
    ):
        if name in data:
            check(data[name])
    _check_input(data)


def check_count_tokens(data: Mapping[str, Any]) -> None:
    """The checks of :func:`check_request` that apply to a count-tokens body.

    Raises:
        RequestValidationError: names the first field at fault.
    """
    check_model(data.get("model"))
    _check_input(data)


def _check_input(data: Mapping[str, Any]) -> None:
    """What create and count-tokens bodies share: messages, thinking, tools, media, cache."""
    messages = data.get("messages")
    if not isinstance(messages, list) or not messages:
        fail("messages", "at least one message is required", messages)
    _check_thinking(data)
    _check_tools(data)
    _check_turns(messages)
    _check_media(messages)
    _check_cache(data)


def _check_thinking(data: Mapping[str, Any]) -> None:
    thinking = data.get("thinking")
    if not isinstance(thinking, dict) or thinking.get("type") not in ("enabled", "adaptive"):
        return
    if thinking.get("type") == "enabled":
        check_thinking_budget(thinking.get("budget_tokens"), data.get("max_tokens"))
    if data.get("temperature", 1) != 1:
        fail("temperature", "must be 1 (or unset) when thinking is on", data["temperature"])
    if "top_k" in data:
        fail("top_k", "cannot be set when thinking is on", data["top_k"])
    if data.get("top_p", 1) < THINKING_TOP_P_MIN:
        fail("top_p", f"must be from {THINKING_TOP_P_MIN} to 1 when thinking is on", data["top_p"])
    choice = data.get("tool_choice")
    if isinstance(choice, dict) and choice.get("type") in ("any", "tool"):
        fail("tool_choice.type", "only 'auto' or 'none' work with thinking", choice["type"])


def _check_tools(data: Mapping[str, Any]) -> None:
    tools = data.get("tools") or []
    names = [t.get("name") for t in tools if isinstance(t, dict)]
    for index, tool in enumerate(tools):
        if isinstance(tool, dict) and tool.get("type", "custom") == "custom":
            check_tool_name(tool.get("name"), f"tools[{index}].name")
    check_tool_names(names)
    choice = data.get("tool_choice")
    if not isinstance(choice, dict) or choice.get("type") != "tool":
        return
    if choice.get("name") not in names:
        fail("tool_choice.name", "names no tool of the request", choice.get("name"))


def _blocks(message: Mapping[str, Any]) -> list[Any]:
    content = message.get("content")
    return content if isinstance(content, list) else []


def _check_turns(messages: list[Any]) -> None:
    """Non-empty contents; tool results answer the tool uses of the assistant turn before.

    Consecutive turns of one role count as one turn, as the API combines them.
    """
    open_ids: set[str] = set()  # tool_use ids of the latest assistant turn not yet answered
    previous_role = None
    seen_other = False  # the current user turn already has content other than tool results
    for index, message in enumerate(messages):
        if not isinstance(message, dict) or message.get("role") not in ("user", "assistant"):
            continue
        _check_content(index, message)
        blocks = _blocks(message)
        role = message["role"]
        if role == "assistant":
            if previous_role == "user" and open_ids:
                _unanswered(index - 1, open_ids)
            if previous_role != "assistant":
                open_ids = set()
            open_ids |= {b["id"] for b in blocks if _is(b, "tool_use") and "id" in b}
        else:
            if previous_role != "user":
                seen_other = False
            for position, block in enumerate(blocks):
                if not _is(block, "tool_result"):
                    seen_other = True
                    continue
                field = f"messages[{index}].content[{position}]"
                if seen_other:
                    fail(field, "tool_result blocks must come first in a user turn")
                tool_use_id = block.get("tool_use_id")
                if tool_use_id not in open_ids:
                    fail(
                        f"{field}.tool_use_id",
                        "answers no tool_use of the previous assistant turn",
                        tool_use_id,
                    )
                open_ids.discard(tool_use_id)
            if not isinstance(message.get("content"), list):
                seen_other = True
        previous_role = role
    if previous_role == "user" and open_ids:
        _unanswered(len(messages) - 1, open_ids)


def _check_content(index: int, message: Mapping[str, Any]) -> None:
    content = message.get("content")
    if content == "" or content == []:
        fail(f"messages[{index}].content", "a message needs some content", content)
    for position, block in enumerate(_blocks(message)):
        if _is(block, "text") and block.get("text") == "":
            fail(f"messages[{index}].content[{position}].text", "text blocks must be non-empty", "")


def _is(block: object, kind: str) -> bool:
    return isinstance(block, dict) and block.get("type") == kind


def _unanswered(index: int, open_ids: set[str]) -> NoReturn:
    fail(
        f"messages[{index}]",
        "these tool_use ids of the previous assistant turn have no "
        "tool_result in the user turn after it",
        sorted(open_ids),
    )


def _walk_blocks(messages: list[Any]) -> Iterator[tuple[str, Mapping[str, Any]]]:
    """Every content block, with its path, including those nested in tool results."""
    for index, message in enumerate(messages):
        if not isinstance(message, dict):
            continue
        for position, block in enumerate(_blocks(message)):
            if not isinstance(block, dict):
                continue
            path = f"messages[{index}].content[{position}]"
            yield path, block
            inner = block.get("content")
            if block.get("type") == "tool_result" and isinstance(inner, list):
                for at, nested in enumerate(inner):
                    if isinstance(nested, dict):
                        yield f"{path}.content[{at}]", nested


def _check_media(messages: list[Any]) -> None:
    images = 0
    inline = 0
    for path, block in _walk_blocks(messages):
        source = block.get("source")
        if not isinstance(source, dict):
            continue
        kind = block.get("type")
        if kind == "image":
            images += 1
            if images > IMAGES_MAX_PER_REQUEST:
                fail(path, f"the API takes at most {IMAGES_MAX_PER_REQUEST} images a request")
        if source.get("type") != "base64" or not isinstance(source.get("data"), str):
            continue
        if kind == "image":
            check_image_size(len(source["data"]), f"{path}.source.data")
        inline += len(source["data"])
        if inline > REQUEST_MAX_BYTES:
            fail(
                path,
                f"inline images and documents add up to {inline} bytes, over the "
                f"API's 32 MB request size limit ({REQUEST_MAX_BYTES} bytes)",
            )


def _cache_marks(data: Mapping[str, Any]) -> Iterator[tuple[str, Any]]:
    for index, tool in enumerate(data.get("tools") or []):
        if isinstance(tool, dict) and tool.get("cache_control"):
            yield f"tools[{index}].cache_control", tool["cache_control"]
    system = data.get("system")
    for index, part in enumerate(system if isinstance(system, list) else []):
        if isinstance(part, dict) and part.get("cache_control"):
            yield f"system[{index}].cache_control", part["cache_control"]
    for path, block in _walk_blocks(data.get("messages") or []):
        if block.get("cache_control"):
            yield f"{path}.cache_control", block["cache_control"]


def _check_cache(data: Mapping[str, Any]) -> None:
    seen_short = False
    for count, (path, mark) in enumerate(_cache_marks(data), start=1):
        if count > CACHE_MAX_BREAKPOINTS:
            fail(path, f"the API takes at most {CACHE_MAX_BREAKPOINTS} cache breakpoints")
        ttl = mark.get("ttl", "5m") if isinstance(mark, dict) else "5m"
        if ttl == "1h" and seen_short:
            fail(f"{path}.ttl", "a 1h cache breakpoint cannot follow a 5m one", ttl)
        seen_short = seen_short or ttl == "5m"
