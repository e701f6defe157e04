"""Request compression: a body above a size threshold is sent gzip-compressed.

Only in-memory bodies without a ``content-encoding`` are compressed (so a retried request is
not compressed twice); the compressed body stays an ``httpx.ByteStream``, so it can be retried.
"""

from __future__ import annotations

import gzip

import httpx

__all__ = ["compress_request"]


def compress_request(request: httpx.Request, threshold: int) -> bool:
    """Compress *request*'s body in place when it is larger than *threshold*; True if done."""
    if "content-encoding" in request.headers or not isinstance(request.stream, httpx.ByteStream):
        return False
    body = request.content
    if len(body) <= threshold:
        return False
    packed = gzip.compress(body, compresslevel=6, mtime=0)
    request.headers["content-encoding"] = "gzip"
    request.headers["content-length"] = str(len(packed))
    request.stream = httpx.ByteStream(packed)
    request._content = packed  # what ``request.content`` answers (hooks, curl, retries)
    return True
