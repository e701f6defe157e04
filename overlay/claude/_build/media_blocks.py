"""Image and document blocks from paths, bytes, URLs, base64 text or uploaded files.

    claude.image("cat.png")
    claude.document("manual.pdf", title="Manual", citations=True)

Each helper checks what it is given against :mod:`.limits` and returns a generated param
model; media types come from the bytes' magic numbers (:mod:`.media`), not file names.
"""

from __future__ import annotations

import base64 as _b64
import os
from collections.abc import Iterable
from typing import TypeAlias

from claude_api.models import (
    Base64ImageSourceParam,
    Base64PDFSourceParam,
    CitationsConfigParam,
    ContentBlockSourceParam,
    DocumentBlockParam,
    FileDocumentSourceParam,
    FileImageSourceParam,
    ImageBlockParam,
    PlainTextSourceParam,
    TextBlockParam,
    URLImageSourceParam,
    URLPDFSourceParam,
)
from claude_api.types import UNSET

from . import limits as _limits
from .blocks import text
from .cache import Cache, cache_param
from .limits import fail
from .media import decode_base64, image_dimensions, parse_data_url, read_source, sniff

__all__ = ["Source", "document", "image"]

Source: TypeAlias = bytes | str | os.PathLike[str]
"""Bytes, a file path, or (as a string) an ``http(s)://`` or ``data:`` URL."""

_URL_PREFIXES = ("http://", "https://")


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
