"""JSON cut short: the longest usable prefix of a document that stopped mid-way.

A tool's input arrives as ``input_json_delta`` fragments; a snapshot mid-stream, a broken
stream or a reply cut by ``max_tokens`` leaves the JSON unfinished. No well-kept library
parses such prefixes with these rules (close what is open, drop what may still grow, refuse
what can never be valid), so this is a small scanner; complete JSON goes to orjson.
"""

from __future__ import annotations

import re
from typing import Any

import orjson

__all__ = ["parse_partial_json"]

_STRING_STOP = re.compile(r'["\\]')
_WHITESPACE = frozenset(" \t\r\n")
_SCALAR_CHARS = frozenset("0123456789+-.eEtrufalsn")
_LITERALS = frozenset({"true", "false", "null"})
_HEX = frozenset("0123456789abcdefABCDEF")


def parse_partial_json(
    text: str, *, trailing_strings: bool = True, trailing_numbers: bool = False
) -> Any:
    """Parse the longest usable prefix of a JSON document cut short.

    Open strings, arrays and objects are closed (an open string keeps its text, minus a
    trailing incomplete escape); a trailing key without a complete value, a trailing number
    (it may have had more digits) and an incomplete literal are dropped. Complete JSON parses
    as usual. Returns ``None`` when nothing usable was received. With
    ``trailing_strings=False`` an open string is dropped too, with its key (what the official
    SDK's stream snapshots do). With ``trailing_numbers=True`` a trailing number that is
    complete as it stands (``12``, ``5e3``, not ``5.`` or ``-``) is kept, as the official
    SDK's snapshots keep it.

    Raises:
        ValueError: *text* is not a prefix of valid JSON.
    """
    closers: list[str] = []  # the closing brackets of the open containers, innermost last
    expect = "value"  # value, key, colon, comma, end
    good, good_depth = -1, 0  # text[:good] + closers[:good_depth] (reversed) is valid JSON
    i, n = 0, len(text)
    while i < n:
        char = text[i]
        if char in _WHITESPACE:
            i += 1
        elif char == '"':
            if expect not in ("value", "key"):
                raise ValueError(f"unexpected string at {i}")
            end, safe = _scan_string(text, i + 1)
            if end < 0:  # the text ends inside this string
                if expect == "key" or not trailing_strings:
                    break
                tail = "".join(reversed(closers))
                return _loads(text[:safe] + '"' + tail)
            i = end
            if expect == "key":
                expect = "colon"
            else:
                expect = "comma" if closers else "end"
                good, good_depth = i, len(closers)
        elif char in "{[":
            if expect != "value":
                raise ValueError(f"unexpected {char!r} at {i}")
            closers.append("}" if char == "{" else "]")
            expect = "key" if char == "{" else "value"
            i += 1
            good, good_depth = i, len(closers)
        elif char in "}]":
            if not closers or closers[-1] != char or expect in ("colon", "end"):
                raise ValueError(f"unexpected {char!r} at {i}")
            closers.pop()
            expect = "comma" if closers else "end"
            i += 1
            good, good_depth = i, len(closers)
        elif char == ",":
            if expect != "comma":
                raise ValueError(f"unexpected ',' at {i}")
            expect = "key" if closers[-1] == "}" else "value"
            i += 1
        elif char == ":":
            if expect != "colon":
                raise ValueError(f"unexpected ':' at {i}")
            expect = "value"
            i += 1
        elif char in _SCALAR_CHARS and expect == "value":
            start = i
            while i < n and text[i] in _SCALAR_CHARS:
                i += 1
            token = text[start:i]
            if i == n and token not in _LITERALS and not (trailing_numbers and _is_number(token)):
                break  # a number (or literal) that may continue: drop it
            expect = "comma" if closers else "end"
            good, good_depth = i, len(closers)
        else:
            raise ValueError(f"unexpected {char!r} at {i}")
    if good < 0:
        return None
    return _loads(text[:good] + "".join(reversed(closers[:good_depth])))


def _is_number(token: str) -> bool:
    if token[0] not in "-0123456789":
        return False
    try:
        return isinstance(orjson.loads(token), int | float)
    except orjson.JSONDecodeError:
        return False


def _scan_string(text: str, i: int) -> tuple[int, int]:
    """Scan a string body from *i*: ``(index after the closing quote, -1)``, or, when the
    text ends first, ``(-1, end of the text minus any trailing incomplete escape)``."""
    n = len(text)
    high = -1  # start of a \u escape of a high surrogate ending where the next escape starts
    while True:
        match = _STRING_STOP.search(text, i)
        if match is None:
            return -1, n
        at = match.start()
        if text[at] == '"':
            return at + 1, -1
        cut = high if high >= 0 and high + 6 == at else at  # never keep half a surrogate pair
        if at + 1 >= n:
            return -1, cut
        if text[at + 1] != "u":
            high = -1
            i = at + 2
            continue
        digits = text[at + 2 : at + 6]
        if not _HEX.issuperset(digits):
            raise ValueError(f"invalid escape at {at}")
        if len(digits) < 4:
            return -1, cut
        code = int(digits, 16)
        if 0xD800 <= code <= 0xDBFF:
            if at + 6 == n:
                return -1, at  # its low surrogate has not arrived
            high = at
        else:
            high = -1
        i = at + 6


def _loads(text: str) -> Any:
    try:
        return orjson.loads(text)
    except orjson.JSONDecodeError as exc:
        raise ValueError(str(exc)) from exc
