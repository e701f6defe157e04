"""Bytes in, facts out: the media type from magic numbers, an image's pixel size, data URLs.

Pure functions over bytes and strings; no image library is needed for the four formats the API
takes (JPEG, PNG, GIF, WebP) nor for PDFs.
"""

from __future__ import annotations

import base64
import binascii
import os
import struct
from pathlib import Path

from .limits import fail

__all__ = [
    "decode_base64",
    "encode_file_data",
    "image_dimensions",
    "parse_data_url",
    "read_source",
    "sniff",
]

_MAGIC: tuple[tuple[bytes, str], ...] = (
    (b"\xff\xd8\xff", "image/jpeg"),
    (b"\x89PNG\r\n\x1a\n", "image/png"),
    (b"GIF87a", "image/gif"),
    (b"GIF89a", "image/gif"),
    (b"%PDF-", "application/pdf"),
)


def sniff(data: bytes) -> str | None:
    """The media type that *data* starts like (JPEG, PNG, GIF, WebP or PDF), or None."""
    for magic, media_type in _MAGIC:
        if data.startswith(magic):
            return media_type
    if data[:4] == b"RIFF" and data[8:12] == b"WEBP":
        return "image/webp"
    return None


def image_dimensions(data: bytes) -> tuple[int, int] | None:
    """``(width, height)`` read from an image's header, or None when it cannot be read."""
    try:
        kind = sniff(data)
        if kind == "image/png" and data[12:16] == b"IHDR":
            return struct.unpack(">II", data[16:24])
        if kind == "image/gif":
            return struct.unpack("<HH", data[6:10])
        if kind == "image/jpeg":
            return _jpeg_dimensions(data)
        if kind == "image/webp":
            return _webp_dimensions(data)
    except (struct.error, IndexError):
        return None
    return None


def _jpeg_dimensions(data: bytes) -> tuple[int, int] | None:
    at = 2
    while at + 9 < len(data):
        if data[at] != 0xFF:
            return None
        marker = data[at + 1]
        if marker == 0xFF:  # fill byte
            at += 1
            continue
        if marker in (0xD8, 0x01) or 0xD0 <= marker <= 0xD7:  # no length
            at += 2
            continue
        (length,) = struct.unpack(">H", data[at + 2 : at + 4])
        if 0xC0 <= marker <= 0xCF and marker not in (0xC4, 0xC8, 0xCC):  # start of frame
            height, width = struct.unpack(">HH", data[at + 5 : at + 9])
            return width, height
        at += 2 + length
    return None


def _webp_dimensions(data: bytes) -> tuple[int, int] | None:
    chunk = data[12:16]
    if chunk == b"VP8X":
        width = int.from_bytes(data[24:27], "little") + 1
        height = int.from_bytes(data[27:30], "little") + 1
        return width, height
    if chunk == b"VP8L":
        (bits,) = struct.unpack("<I", data[21:25])
        return (bits & 0x3FFF) + 1, ((bits >> 14) & 0x3FFF) + 1
    if chunk == b"VP8 ":
        width, height = struct.unpack("<HH", data[26:30])
        return width & 0x3FFF, height & 0x3FFF
    return None


def read_source(source: bytes | str | os.PathLike[str]) -> bytes:
    """The bytes of *source*: bytes as they are, or the file at a path."""
    if isinstance(source, bytes | bytearray | memoryview):
        return bytes(source)
    return Path(source).read_bytes()


def decode_base64(data: str, field: str) -> bytes:
    """Decode base64 text strictly, failing with a clear error on *field*."""
    try:
        return base64.b64decode(data, validate=True)
    except (binascii.Error, ValueError):
        fail(field, "is not valid base64", data[:40])


def parse_data_url(url: str, field: str = "url") -> tuple[str, str]:
    """``(media_type, base64_text)`` of a ``data:<type>;base64,<data>`` URL."""
    header, comma, payload = url.partition(",")
    if not comma or not header.startswith("data:") or not header.endswith(";base64"):
        fail(field, "expected a data URL of the form data:<media type>;base64,<data>", url[:40])
    return header[len("data:") : -len(";base64")], payload


def encode_file_data(source: dict[str, object]) -> dict[str, object]:
    """A ``base64`` source whose ``data`` is a path, bytes or a binary file, with it as base64.

    What the official SDK takes for ``data`` (a ``pathlib.Path`` or an open binary file), and
    bytes: read, encoded, and the ``media_type`` detected from the bytes when it is left out.
    Text data is kept as it is; anything else is for validation to name.
    """
    data = source.get("data")
    if isinstance(data, str):
        return source
    if isinstance(data, bytes | bytearray | memoryview):
        raw = bytes(data)
    elif isinstance(data, os.PathLike):
        try:
            raw = Path(data).read_bytes()
        except OSError as exc:
            fail("source.data", f"cannot read {os.fspath(data)!r}: {exc.strerror}", data)
    elif callable(read := getattr(data, "read", None)):
        raw = read()
        if not isinstance(raw, bytes):
            fail("source.data", "a file given as data must be open in binary mode ('rb')", data)
    else:
        return source
    encoded = {**source, "data": base64.b64encode(raw).decode("ascii")}
    if "media_type" not in source and (detected := sniff(raw)) is not None:
        encoded["media_type"] = detected
    return encoded
