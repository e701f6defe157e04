"""What a streamed message does not say about itself: which blocks were left unfinished.

A snapshot taken mid-stream, the ``partial`` of a broken stream and a reply whose tool JSON
was cut by ``max_tokens`` hold blocks that never got all their content. The message keeps
only what the schema allows (a cut tool block's ``input`` is the leniently parsed partial
object, a plain dict), so that it can be re-sent as history; what was unfinished is kept
beside it in a side table keyed by the message's identity (as :mod:`claude._response_info`
does), dropped when the message is collected::

    info = claude.stream_info(message)
    if info is not None and info.incomplete:
        raw = info.partial_json.get(index)  # the tool JSON text as received
"""

from __future__ import annotations

import dataclasses
import weakref
from collections.abc import Mapping

__all__ = ["StreamInfo", "attach_stream_info", "stream_info"]

_table: dict[int, tuple[weakref.ref[object], StreamInfo]] = {}


@dataclasses.dataclass(frozen=True, slots=True)
class StreamInfo:
    """The unfinished blocks of a message built from a stream.

    Attributes:
        incomplete: The indexes of the content blocks that did not get all their content
            (not stopped yet, or a tool block whose JSON was cut short), in order.
        partial_json: For the incomplete tool blocks: the JSON text received, by index.
    """

    incomplete: tuple[int, ...]
    partial_json: Mapping[int, str]


def attach_stream_info(message: object, incomplete: Mapping[int, str | None]) -> None:
    """Remember *incomplete* (index -> raw tool JSON, or None) for as long as *message* lives."""
    if not incomplete:
        return
    info = StreamInfo(
        incomplete=tuple(sorted(incomplete)),
        partial_json={i: raw for i, raw in sorted(incomplete.items()) if raw is not None},
    )
    key = id(message)
    try:
        ref = weakref.ref(message, lambda _: _table.pop(key, None))
    except TypeError:  # a raw dict (a partial that does not parse): nothing to keep
        return
    _table[key] = (ref, info)


def stream_info(message: object) -> StreamInfo | None:
    """The :class:`StreamInfo` of a message built from a stream, or None when every block of
    it is complete (or it did not come from a stream)."""
    entry = _table.get(id(message))
    if entry is None or entry[0]() is not message:
        return None
    return entry[1]
