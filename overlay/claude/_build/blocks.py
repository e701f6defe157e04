"""Content helpers: messages, text, tool results and cache marks as generated params.

    claude.user("What is in this picture?", claude.image("cat.png"))
    claude.tool_result(block.id, "22 C, sunny")
    claude.cached(claude.document("manual.pdf"), ttl="1h")

Each helper checks what it is given against :mod:`.limits` and returns a generated param
model; nothing is sent. Images and documents are in :mod:`.media_blocks`.
"""

from __future__ import annotations

import copy

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, overload

import attrs
import orjson
from claude_api.models import (
    AssistantMessageParam,
    CacheControlEphemeralParam,
    TextBlockParam,
    ToolResultBlockParam,
    UserMessageParam,
)
from claude_api.types import UNSET, Unset

from . import limits as _limits
from .limits import fail
from .cache import Cache, cache_control, cache_param
from .pipeline import to_json, validate

if TYPE_CHECKING:
    from claude_api.models import ToolParam

    from claude._tools.tool import Tool

__all__ = [
    "assistant",
    "cached",
    "content_json",
    "error_text",
    "mark_cached",
    "text",
    "tool_result",
    "user",
]

M = TypeVar("M")


def _evolve(model: M, **changes: Any) -> M:
    """A copy of a generated *model* with *changes*, keeping its extra properties.

    Not ``attrs.evolve``: it reads every field, and an absent one reads as None, so the copy
    would send explicit nulls. ``copy.copy`` keeps only the fields that have a value.
    """
    new = copy.copy(model)
    for name, value in changes.items():
        setattr(new, name, value)
    new.additional_properties = dict(model.additional_properties)  # type: ignore[attr-defined]
    return new


@overload
def cached(item: str, ttl: Literal["5m", "1h"] = "5m") -> TextBlockParam: ...
@overload
def cached(item: Tool[Any], ttl: Literal["5m", "1h"] = "5m") -> ToolParam: ...
@overload
def cached(item: M, ttl: Literal["5m", "1h"] = "5m") -> M: ...
def cached(item: Any, ttl: Literal["5m", "1h"] = "5m") -> Any:
    """A copy of *item* marked as a prompt-cache breakpoint.

    Args:
        item: A content block, a tool (or ``@claude.tool`` function), a system text part (a
            string becomes a text block), or a message (its last block is marked).
        ttl: ``"5m"`` (default) or ``"1h"``.

    Raises:
        TypeError: *item* cannot carry ``cache_control`` (a thinking block, for example).
    """
    return mark_cached(item, cache_control(ttl))


def mark_cached(item: Any, mark: CacheControlEphemeralParam) -> Any:
    """A copy of *item* carrying *mark* (see :func:`cached`)."""
    if isinstance(item, str):
        _limits.check_text(item)
        return TextBlockParam(text=item, cache_control=mark)
    to_param = getattr(item, "to_param", None)
    if callable(to_param):
        item = to_param()
    if isinstance(item, UserMessageParam | AssistantMessageParam):
        content = item.content
        blocks: list[Any] = (
            [TextBlockParam(text=content)] if isinstance(content, str) else [*content]
        )
        if not blocks:
            fail("content", "a message needs some content", [])
        blocks[-1] = mark_cached(blocks[-1], mark)
        return _evolve(item, content=blocks)
    if isinstance(item, Mapping):
        return {**item, "cache_control": mark.to_dict()}
    if attrs.has(type(item)) and "cache_control" in attrs.fields_dict(type(item)):
        return _evolve(item, cache_control=mark)
    raise TypeError(f"{type(item).__name__} cannot carry cache_control")


def text(value: str, *, cache: Cache = None) -> TextBlockParam:
    """A text block.

    Args:
        value: The text (non-empty).
        cache: Mark the block as a prompt-cache breakpoint (a TTL or True).
    """
    _limits.check_text(value)
    return TextBlockParam(text=value, cache_control=cache_param(cache))


def tool_result(
    tool_use_id: str | Any,
    content: object = None,
    *,
    is_error: bool | None = None,
    cache: Cache = None,
) -> ToolResultBlockParam:
    """The answer to one ``tool_use`` block.

    Args:
        tool_use_id: The ``id`` of the tool_use block (or the block itself).
        content: A string, content blocks (text, image, document...), an exception (its
            message is sent and ``is_error`` defaults to True), None for no content, or any
            JSON-serialisable value (dataclasses, attrs classes and enums included), sent as
            JSON text.
        is_error: Whether the tool failed; by default True only for an exception.
        cache: Mark the block as a prompt-cache breakpoint (a TTL or True).

    Raises:
        RequestValidationError: an empty id.
        TypeError: *content* cannot be turned into JSON.
    """
    if not isinstance(tool_use_id, str):
        tool_use_id = getattr(tool_use_id, "id", tool_use_id)
    if not isinstance(tool_use_id, str) or not tool_use_id:
        fail("tool_use_id", "expected the non-empty id of a tool_use block", tool_use_id)
    if is_error is None and isinstance(content, BaseException):
        is_error = True
    return ToolResultBlockParam(
        tool_use_id=tool_use_id,
        content=_result_content(content),
        is_error=UNSET if is_error is None else is_error,
        cache_control=cache_param(cache),
    )


def error_text(exc: BaseException) -> str:
    """What a failed tool reports: ``"ValueError: no such city"``."""
    message = str(exc)
    return f"{type(exc).__name__}: {message}" if message else type(exc).__name__


def _is_block(value: object) -> bool:
    return attrs.has(type(value)) and hasattr(value, "type")


def _result_content(value: object) -> Any:
    if value is None:
        return UNSET
    if isinstance(value, str):
        return value
    if isinstance(value, BaseException):
        return error_text(value)
    if _is_block(value):
        return [value]
    if (
        isinstance(value, list | tuple)
        and value
        and all(_is_block(item) or isinstance(item, str) for item in value)
    ):
        return [text(item) if isinstance(item, str) else item for item in value]
    try:
        return orjson.dumps(value, default=_json_default).decode()
    except orjson.JSONEncodeError as exc:
        raise TypeError(
            f"a tool result of type {type(value).__name__} is not JSON-serialisable ({exc})"
        ) from exc


def _json_default(value: Any) -> Any:
    if attrs.has(type(value)):
        to_dict = getattr(value, "to_dict", None)
        return to_dict() if callable(to_dict) else attrs.asdict(value)
    if isinstance(value, set | frozenset):
        return sorted(value, key=repr)
    raise TypeError(f"{type(value).__name__} is not JSON-serialisable")


def user(*content: object, cache: Cache = None) -> UserMessageParam:
    """A user turn.

    Args:
        *content: Strings (text) and content blocks, in order: ``user("Hi")``,
            ``user(image("a.png"), "What is this?")``, ``user(*tool_results)``.
        cache: Mark the last block as a prompt-cache breakpoint (a TTL or True).

    Raises:
        RequestValidationError: no content, an empty text, or a malformed block.
    """
    return _message(UserMessageParam, "user", content, cache)


def assistant(*content: object, cache: Cache = None) -> AssistantMessageParam:
    """An assistant turn (for history or prefill); arguments as for :func:`user`.

    Response blocks (``message.content``) are accepted and turned into params.
    """
    return _message(AssistantMessageParam, "assistant", content, cache)


def _message(model: type[M], role: str, content: tuple[object, ...], cache: Cache) -> M:
    mark = cache_param(cache)
    if len(content) == 1 and isinstance(content[0], str) and isinstance(mark, Unset):
        if not content[0]:
            fail("content", "a message needs some content", "")
        body: Any = content[0]
    else:
        body = [content_json(item, f"content[{index}]") for index, item in enumerate(content)]
        if not body:
            fail("content", "a message needs some content", [])
        if not isinstance(mark, Unset):
            body[-1] = {**body[-1], "cache_control": mark.to_dict()}
    data = {"role": role, "content": body}
    validate(model, data)
    return model.from_dict(data)  # type: ignore[attr-defined, no-any-return]


_CITATION_TITLE = {
    "char_location": "document_title",
    "page_location": "document_title",
    "content_block_location": "document_title",
    "web_search_result_location": "title",
    "search_result_location": "title",
}


def content_json(item: object, field: str = "content") -> dict[str, Any]:
    """One content block as JSON: a string is a text block; response blocks become params."""
    if isinstance(item, str):
        _limits.check_text(item, field)
        return {"type": "text", "text": item}
    to_dict = getattr(item, "to_dict", None)
    if callable(to_dict):
        data: dict[str, Any] = to_json(to_dict())
    elif isinstance(item, Mapping):
        data = to_json(item)
    else:
        raise TypeError(f"{field}: expected a string or a content block, got {item!r:.60}")
    citations = data.get("citations")
    if data.get("type") == "text" and isinstance(citations, list):
        data["citations"] = [_citation_param(c) for c in citations]
    return data


def _citation_param(citation: Any) -> Any:
    """A response citation as a param: the nullable title present, ``file_id`` dropped."""
    if not isinstance(citation, Mapping):
        return citation
    title = _CITATION_TITLE.get(citation.get("type", ""))
    data = {k: v for k, v in citation.items() if k != "file_id"}
    if title is not None:
        data.setdefault(title, None)
    return data
