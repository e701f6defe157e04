"""Error bodies as short readable text: HTML markup dropped, whitespace collapsed, truncated.

Proxies and gateways answer with HTML pages; their text, not their markup, belongs in an
error message. A regular expression is enough for that (no parser is needed to drop tags).
"""

from __future__ import annotations

import html
import re

__all__ = ["SNIPPET_LIMIT", "snippet"]

SNIPPET_LIMIT = 200
_DROP_RE = re.compile(r"<(script|style)\b.*?</\1\s*>|<!--.*?-->", re.IGNORECASE | re.DOTALL)
_TAG_RE = re.compile(r"<[^>]*>")
_SPACE_RE = re.compile(r"\s+")


def snippet(text: str) -> str:
    """Return *text* without HTML markup, whitespace collapsed, truncated for messages."""
    if "<" in text:
        text = html.unescape(_TAG_RE.sub(" ", _DROP_RE.sub(" ", text)))
    text = _SPACE_RE.sub(" ", text).strip()
    if len(text) > SNIPPET_LIMIT:
        text = text[: SNIPPET_LIMIT - 3].rstrip() + "..."
    return text
