"""The helper events of ``client.messages.stream(...)``, next to the raw events.

Iterating a :class:`~claude.MessageStream` yields what the official SDK's message stream
yields, in the same order (its ``build_events``):

* every raw event, as :mod:`.events` types it;
* after a ``content_block_delta``: :class:`TextEvent` (``text_delta`` on a text block, with
  the block's text so far as ``snapshot``), :class:`InputJsonEvent` (``input_json_delta`` on a
  tool block, with the input parsed leniently so far), :class:`CitationEvent` (with the
  block's citations so far), :class:`ThinkingEvent` (with the thinking so far) or
  :class:`SignatureEvent`;
* ``content_block_stop`` as a :class:`ContentBlockStopEvent` carrying the finished
  ``content_block``, and ``message_stop`` as a :class:`MessageStopEvent` carrying the final
  ``message``: subclasses of the generated events, so ``isinstance`` checks, the fields and
  ``to_dict()`` (the wire JSON) are those of the raw event.

Helper events are not wire models (they are not in the spec): small frozen dataclasses with
a ``type`` attribute. ``client.messages.create(stream=True)``, ``text_stream`` and
``get_final_message()`` never build them: they read the stream's JSON directly.

Snapshots are built from what this module keeps per block (one string concatenation per
delta, as the official SDK does); a tool block's input is the received JSON parsed by
:func:`~claude._stream.partial_json.parse_partial_json` at each delta, an incomplete trailing
string dropped and a trailing number complete as it stands kept, as the official SDK does.
JSON that is not a prefix of valid JSON keeps the previous snapshot (the stream then fails at
``content_block_stop``). :meth:`TextEvent.parsed_snapshot` reads a structured output's text
so far the same way, open strings kept.
"""

from __future__ import annotations

import dataclasses
from collections import deque
from collections.abc import AsyncIterator, Iterator
from typing import TYPE_CHECKING, Any, Literal, TypeAlias

from claude_api.models.content_block_start_event import ContentBlockStartEvent
from claude_api.models.content_block_stop_event import (
    ContentBlockStopEvent as _RawContentBlockStopEvent,
)
from claude_api.models.message_stop_event import MessageStopEvent as _RawMessageStopEvent

from .events import StreamCore, StreamEvent
from .partial_json import parse_partial_json

if TYPE_CHECKING:
    from claude_api.models.message import Message

__all__ = [
    "CitationEvent",
    "ContentBlockStopEvent",
    "HelperEvents",
    "InputJsonEvent",
    "MessageStopEvent",
    "MessageStreamEvent",
    "SignatureEvent",
    "TextEvent",
    "ThinkingEvent",
]


@dataclasses.dataclass(frozen=True, slots=True)
class TextEvent:
    """A text delta, with the text of its block so far."""

    text: str
    snapshot: str
    type: Literal["text"] = "text"

    def parsed_snapshot(self) -> Any:
        """The text so far parsed as (partial) JSON: what a structured output has so far.

        An open string keeps its text, a trailing number complete as it stands is kept
        (what the official ``parsed_snapshot()`` gives); ``None`` before any value began.

        Raises:
            ValueError: The text is not a prefix of JSON.
        """
        return parse_partial_json(self.snapshot, trailing_numbers=True)


@dataclasses.dataclass(frozen=True, slots=True)
class ThinkingEvent:
    """A thinking delta, with the thinking of its block so far."""

    thinking: str
    snapshot: str
    type: Literal["thinking"] = "thinking"


@dataclasses.dataclass(frozen=True, slots=True)
class SignatureEvent:
    """The signature of a thinking block."""

    signature: str
    type: Literal["signature"] = "signature"


@dataclasses.dataclass(frozen=True, slots=True)
class InputJsonEvent:
    """A tool input JSON fragment, with the input parsed so far (a dict)."""

    partial_json: str
    snapshot: dict[str, Any]
    type: Literal["input_json"] = "input_json"


@dataclasses.dataclass(frozen=True, slots=True)
class CitationEvent:
    """A citation, with the citations of its block so far (a new list each time)."""

    citation: Any
    snapshot: list[Any]
    type: Literal["citation"] = "citation"


class ContentBlockStopEvent(_RawContentBlockStopEvent):
    """``content_block_stop``, carrying the finished ``content_block`` (a generated block)."""

    __slots__ = ("content_block",)

    def __init__(self, raw: _RawContentBlockStopEvent, content_block: Any) -> None:
        super().__init__(index=raw.index)
        self.additional_properties = raw.additional_properties
        self.content_block = content_block


class MessageStopEvent(_RawMessageStopEvent):
    """``message_stop``, carrying the final ``message``."""

    __slots__ = ("message",)

    def __init__(self, raw: _RawMessageStopEvent, message: Message) -> None:
        super().__init__()
        self.additional_properties = raw.additional_properties
        self.message = message


HelperEvent: TypeAlias = TextEvent | ThinkingEvent | SignatureEvent | InputJsonEvent | CitationEvent
#: What iterating a ``MessageStream`` yields.
MessageStreamEvent: TypeAlias = (
    StreamEvent | TextEvent | ThinkingEvent | SignatureEvent | InputJsonEvent | CitationEvent
)

_TEXT_BLOCKS = frozenset({"text"})
_TOOL_BLOCKS = frozenset({"tool_use", "server_tool_use"})


class HelperEvents:
    """The events of a message stream, helper events included (shared by sync and async)."""

    __slots__ = ("_blocks", "_core", "_pending")

    def __init__(self, core: StreamCore) -> None:
        self._core = core
        self._pending: deque[MessageStreamEvent] = deque()
        # per block index: [type, text or thinking so far, tool JSON so far, input, citations]
        self._blocks: dict[int, list[Any]] = {}

    def next(self, data: Iterator[dict[str, Any]]) -> MessageStreamEvent:
        """The next event, reading the next event JSON from *data* when none is pending."""
        if self._pending:
            return self._pending.popleft()
        return self._expand(next(data))

    async def anext(self, data: AsyncIterator[dict[str, Any]]) -> MessageStreamEvent:
        """The async :meth:`next`."""
        if self._pending:
            return self._pending.popleft()
        return self._expand(await data.__anext__())

    def clear(self) -> None:
        """Drop the pending events (the stream was closed)."""
        self._pending.clear()

    def _expand(self, data: dict[str, Any]) -> MessageStreamEvent:
        event = self._core.typed(data)
        kind = data["type"]
        if kind == "content_block_delta":
            helper = self._delta(data, event)
            if helper is not None:
                self._pending.append(helper)
        elif kind == "content_block_start":
            block = data["content_block"]
            kind_of = block.get("type")
            self._blocks[data["index"]] = [kind_of, block.get(_text_field(kind_of), ""), "", {}, []]
        elif kind == "content_block_stop" and isinstance(event, _RawContentBlockStopEvent):
            return ContentBlockStopEvent(event, self._finished_block(event.index))
        elif kind == "message_stop" and isinstance(event, _RawMessageStopEvent):
            return MessageStopEvent(event, self._core.final_message())
        return event

    def _delta(self, data: dict[str, Any], event: Any) -> HelperEvent | None:
        state = self._blocks.get(data["index"])
        if state is None:
            return None
        delta = data["delta"]
        dtype = delta.get("type")
        block_type = state[0]
        if dtype == "text_delta" and block_type in _TEXT_BLOCKS:
            state[1] += delta["text"]
            return TextEvent(text=delta["text"], snapshot=state[1])
        if dtype == "input_json_delta" and block_type in _TOOL_BLOCKS:
            state[2] += delta["partial_json"]
            try:
                parsed = parse_partial_json(state[2], trailing_strings=False, trailing_numbers=True)
            except ValueError:
                parsed = None
            if isinstance(parsed, dict):
                state[3] = parsed
            return InputJsonEvent(partial_json=delta["partial_json"], snapshot=state[3])
        if dtype == "citations_delta" and block_type in _TEXT_BLOCKS:
            citation = event.delta.citation
            state[4].append(citation)
            return CitationEvent(citation=citation, snapshot=list(state[4]))
        if dtype == "thinking_delta" and block_type == "thinking":
            state[1] += delta["thinking"]
            return ThinkingEvent(thinking=delta["thinking"], snapshot=state[1])
        if dtype == "signature_delta" and block_type == "thinking":
            return SignatureEvent(signature=delta["signature"])
        return None

    def _finished_block(self, index: int) -> Any:
        """The generated model of block *index* as finished (the raw dict if unknown)."""
        self._blocks.pop(index, None)
        start = {"type": "content_block_start", "index": index}
        start["content_block"] = self._core.accumulator.block(index)
        return ContentBlockStartEvent.from_dict(start).content_block


def _text_field(block_type: object) -> str:
    return "thinking" if block_type == "thinking" else "text"
