"""Content helpers: messages, text, images, documents and tool results as generated params.

    claude.user("What is in this picture?", claude.image("cat.png"))
    claude.tool_result(block.id, "22 C, sunny")
    claude.cached(claude.document("manual.pdf"), ttl="1h")

Each helper checks what it is given against :mod:`.limits` and returns a generated param
model; nothing is sent. Media types come from the bytes' magic numbers, not file names.
"""

from __future__ import annotations

import base64 as _b64
import os
from collections.abc import Iterable, Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeAlias, TypeVar, overload

import attrs
import orjson
from claude_api.models import (
    AssistantMessageParam,
    Base64ImageSourceParam,
    Base64PDFSourceParam,
    CacheControlEphemeralParam,
    CitationsConfigParam,
    ContentBlockSourceParam,
    DocumentBlockParam,
    FileDocumentSourceParam,
    FileImageSourceParam,
    ImageBlockParam,
    PlainTextSourceParam,
    TextBlockParam,
    ToolResultBlockParam,
    URLImageSourceParam,
    URLPDFSourceParam,
    UserMessageParam,
)
from claude_api.types import UNSET, Unset

from . import limits as _limits
from .limits import fail
from .media import decode_base64, image_dimensions, parse_data_url, read_source, sniff
from .pipeline import to_json, validate

if TYPE_CHECKING:
    from claude_api.models import ToolParam

    from claude._tools.tool import Tool

__all__ = [
    "Cache",
    "Source",
    "assistant",
    "cache_control",
    "cache_param",
    "cached",
    "content_json",
    "document",
    "error_text",
    "image",
    "mark_cached",
    "text",
    "tool_result",
    "user",
]

Cache: TypeAlias = Literal["5m", "1h"] | bool | None
"""A ``cache=`` argument: a TTL, ``True`` for the default 5 minutes, or None/False for none."""

Source: TypeAlias = bytes | str | os.PathLike[str]
"""Bytes, a file path, or (as a string) an ``http(s)://`` or ``data:`` URL."""

M = TypeVar("M")

_URL_PREFIXES = ("http://", "https://")


def cache_control(ttl: Literal["5m", "1h"] = "5m") -> CacheControlEphemeralParam:
    """A prompt-cache breakpoint living *ttl* (``"5m"`` or ``"1h"``)."""
    _limits.check_cache_ttl(ttl, "ttl")
    return CacheControlEphemeralParam(ttl=ttl)


def cache_param(cache: Cache) -> CacheControlEphemeralParam | Unset:
    """The ``cache_control`` value for a ``cache=`` argument (UNSET for none)."""
    if cache is None or cache is False:
        return UNSET
    return cache_control("5m" if cache is True else cache)


def _evolve(model: M, **changes: Any) -> M:
    """A copy of a generated *model* with *changes*, keeping its extra properties."""
    new = attrs.evolve(model, **changes)  # type: ignore[misc]
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


def _one_source(field: str, **given: object) -> str:
    names = [name for name, value in given.items() if value is not None]
    if len(names) != 1:
        fail(field, f"give exactly one of {', '.join(given)}", names or None)
    return names[0]


def image(
    source: Source | None = None,
    /,
    *,
    base64: str | None = None,
    file_id: str | None = None,
    media_type: str | None = None,
    cache: Cache = None,
) -> ImageBlockParam:
    """An image block from a path, bytes, a URL, base64 text or a Files API id.

    Args:
        source: Bytes, a file path, an ``http(s)://`` URL, or a ``data:`` URL.
        base64: The image as base64 text.
        file_id: An uploaded file's id.
        media_type: Expected type; by default it is detected from the bytes (JPEG, PNG, GIF,
            WebP). A type that disagrees with the bytes is an error, as it is for the API.
        cache: Mark the block as a prompt-cache breakpoint (a TTL or True).

    Raises:
        RequestValidationError: an unsupported type, an image over 5 MB as base64 or over
            8000 px a side, bad base64, or not exactly one source.
    """
    kind = _one_source("source", source=source, base64=base64, file_id=file_id)
    block_source: Base64ImageSourceParam | URLImageSourceParam | FileImageSourceParam
    if file_id is not None:
        block_source = FileImageSourceParam(file_id=file_id)
    elif isinstance(source, str) and source.startswith(_URL_PREFIXES):
        block_source = URLImageSourceParam(url=source)
    elif isinstance(source, str) and source.startswith("data:"):
        declared, payload = parse_data_url(source, "source")
        block_source = _base64_image(decode_base64(payload, "source"), payload, declared)
    elif kind == "base64":
        assert base64 is not None
        block_source = _base64_image(decode_base64(base64, "base64"), base64, media_type)
    else:
        assert source is not None
        raw = read_source(source)
        block_source = _base64_image(raw, _b64.b64encode(raw).decode("ascii"), media_type)
    return ImageBlockParam(source=block_source, cache_control=cache_param(cache))


def _base64_image(raw: bytes, data: str, declared: str | None) -> Base64ImageSourceParam:
    if declared is not None:
        _limits.check_image_media_type(declared, "media_type")
    detected = sniff(raw)
    if detected not in _limits.IMAGE_MEDIA_TYPES:
        fail("source.data", "is not a JPEG, PNG, GIF or WebP image (by its first bytes)", raw[:8])
    if declared is not None and declared != detected:
        fail("media_type", f"does not match the image bytes, which are {detected}", declared)
    _limits.check_image_size(len(data))
    size = image_dimensions(raw)
    if size is not None:
        _limits.check_image_dimensions(*size)
    return Base64ImageSourceParam(data=data, media_type=detected)  # type: ignore[arg-type]


_DocumentSource: TypeAlias = (
    Base64PDFSourceParam
    | URLPDFSourceParam
    | PlainTextSourceParam
    | ContentBlockSourceParam
    | FileDocumentSourceParam
)


def document(
    source: Source | None = None,
    /,
    *,
    text: str | None = None,
    content: str | Iterable[str | TextBlockParam | ImageBlockParam] | None = None,
    base64: str | None = None,
    file_id: str | None = None,
    title: str | None = None,
    context: str | None = None,
    citations: bool | None = None,
    cache: Cache = None,
) -> DocumentBlockParam:
    """A document block: a PDF, plain text, custom content, or an uploaded file.

    Args:
        source: A PDF or UTF-8 text as bytes or a file path (told apart by the bytes), an
            ``http(s)://`` URL of a PDF, or a ``data:`` URL.
        text: Plain text.
        content: Custom content: a string, or text and image blocks.
        base64: A PDF as base64 text.
        file_id: An uploaded file's id.
        title: The document's title.
        context: Context about the document, not cited from.
        citations: Turn citations on (True) or off (False); unset by default.
        cache: Mark the block as a prompt-cache breakpoint (a TTL or True).

    Raises:
        RequestValidationError: not a PDF or text, over the 32 MB request limit, bad base64,
            or not exactly one source.
    """
    kind = _one_source(
        "source", source=source, text=text, content=content, base64=base64, file_id=file_id
    )
    block_source: _DocumentSource
    if kind == "text":
        assert text is not None
        block_source = _plain_text(text)
    elif kind == "content":
        assert content is not None
        block_source = _custom_content(content)
    elif kind == "file_id":
        assert file_id is not None
        block_source = FileDocumentSourceParam(file_id=file_id)
    elif kind == "base64":
        assert base64 is not None
        block_source = _document_bytes(decode_base64(base64, "base64"), base64)
    elif isinstance(source, str) and source.startswith(_URL_PREFIXES):
        block_source = URLPDFSourceParam(url=source)
    elif isinstance(source, str) and source.startswith("data:"):
        _, payload = parse_data_url(source, "source")
        block_source = _document_bytes(decode_base64(payload, "source"), payload)
    else:
        assert source is not None
        block_source = _document_bytes(read_source(source), None)
    return DocumentBlockParam(
        source=block_source,
        title=UNSET if title is None else title,
        context=UNSET if context is None else context,
        citations=UNSET if citations is None else CitationsConfigParam(enabled=citations),
        cache_control=cache_param(cache),
    )


def _plain_text(value: str) -> PlainTextSourceParam:
    _limits.check_text(value, "text")
    _limits.check_document_size(len(value.encode()), "text")
    return PlainTextSourceParam(data=value)


def _custom_content(
    content: str | Iterable[str | TextBlockParam | ImageBlockParam],
) -> ContentBlockSourceParam:
    if isinstance(content, str):
        _limits.check_text(content, "content")
        return ContentBlockSourceParam(content=content)
    blocks = [text(item) if isinstance(item, str) else item for item in content]
    if not blocks:
        fail("content", "custom document content needs at least one block", [])
    return ContentBlockSourceParam(content=blocks)


def _document_bytes(raw: bytes, data: str | None) -> Base64PDFSourceParam | PlainTextSourceParam:
    if sniff(raw) == "application/pdf":
        encoded = data if data is not None else _b64.b64encode(raw).decode("ascii")
        _limits.check_document_size(len(encoded))
        return Base64PDFSourceParam(data=encoded)
    try:
        decoded = raw.decode("utf-8")
    except UnicodeDecodeError:
        fail("source", "is neither a PDF (by its first bytes) nor UTF-8 text", raw[:8])
    return _plain_text(decoded)


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
    return attrs.has(type(value)) and hasattr(value, "type_")


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
