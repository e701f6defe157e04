"""Read a docstring's summary and its parameter docs (Google ``Args:`` or Sphinx ``:param:``)."""

from __future__ import annotations

import inspect
import re

__all__ = ["parse_docstring"]

_SECTION = re.compile(
    r"^(Args|Arguments|Parameters|Params|Attributes|Returns|Return|Yields|Raises|Examples?|"
    r"Notes?|See Also|Warnings?|Keyword Args|Keyword Arguments|Other Parameters):\s*$"
)
_PARAM_SECTIONS = frozenset(
    {
        "Args",
        "Arguments",
        "Parameters",
        "Params",
        "Attributes",
        "Keyword Args",
        "Keyword Arguments",
        "Other Parameters",
    }
)
_ENTRY = re.compile(r"^\*{0,2}(\w+)\s*(?:\([^)]*\))?\s*:\s*(.*)$")
_SPHINX = re.compile(r"^:param\s+(?:[^:]*\s)?(\w+)\s*:\s*(.*)$")


def parse_docstring(doc: str | None) -> tuple[str, dict[str, str]]:
    """``(summary, {parameter: description})`` of *doc*.

    The summary is the text before the first section, paragraphs kept; parameter
    descriptions come from ``Args:``-style sections and ``:param name:`` lines, continuation
    lines joined with spaces.
    """
    if not doc:
        return "", {}
    lines = inspect.cleandoc(doc).splitlines()
    summary: list[str] = []
    params: dict[str, str] = {}
    section: str | None = None
    current: str | None = None
    entry_indent = -1  # indentation of the entries of the current section
    for line in lines:
        stripped = line.strip()
        indent = len(line) - len(line.lstrip())
        header = _SECTION.match(stripped)
        sphinx = _SPHINX.match(stripped)
        entry = _ENTRY.match(stripped)
        if header and indent == 0:
            section, current, entry_indent = header.group(1), None, -1
        elif sphinx:
            section, current = "Args", sphinx.group(1)
            params[current] = sphinx.group(2).strip()
        elif stripped.startswith(":"):
            section, current = "fields", None  # other Sphinx fields (:returns:, :raises:)
        elif section is None:
            summary.append(line)
        elif section not in _PARAM_SECTIONS or not stripped:
            continue
        elif entry and entry_indent in (-1, indent):
            current, entry_indent = entry.group(1), indent
            params[current] = entry.group(2).strip()
        elif current is not None:
            params[current] = f"{params[current]} {stripped}".strip()
    text = "\n".join(summary).strip()
    return re.sub(r"(?<!\n)\n(?!\n)", " ", text), params
