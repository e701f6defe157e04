"""The message a stream builds: a pure accumulator over stream events (no I/O).

:class:`MessageAccumulator` is fed each event's decoded JSON (a dict, parsed once by the
stream) and builds the ``Message`` the API would have returned without streaming. It is
shared by the sync and async streams, and usable on its own with the events of
``client.messages.create(..., stream=True)`` (generated event models are accepted too).

Design choices:

* State is plain dicts and lists. Text, thinking and tool JSON fragments are appended to a
  list and joined once, when their block stops or a snapshot is asked for, so a text delta
  costs one list append. The generated ``Message`` is built (``Message.from_dict``) only when
  asked for (:meth:`~MessageAccumulator.snapshot`, :meth:`~MessageAccumulator.message`).
* ``tool_use`` and ``server_tool_use`` input is the ``input_json_delta`` fragments joined and
  parsed once, with orjson, at ``content_block_stop``. No fragment (or only whitespace) keeps
  the input sent in ``content_block_start`` (``{}`` from the API).
* ``citations_delta`` appends its citation to the block's ``citations`` list;
  ``signature_delta`` sets the signature; every other block (redacted thinking, server tool
  results, unknown types) is kept as ``content_block_start`` sent it. A delta of an unknown
  type, or of a known type on a block it does not apply to, is ignored here (the stream still
  yields it to the caller).
* ``message_delta`` copies every field of its ``delta`` (``stop_reason``, ``stop_sequence``,
  ``stop_details``, ``container``, and any newer field) onto the message; in ``usage``,
  ``output_tokens`` is always replaced and the other counts only when not null.
* **Incomplete blocks.** A block that has not received ``content_block_stop`` (a snapshot
  taken mid-stream, or the partial message of a broken stream) holds what it received so
  far; a tool block's ``input`` is then parsed leniently from the JSON received so far
  (:mod:`.partial_json`: open strings, arrays and objects closed; a trailing incomplete
  key, number or literal dropped), always a dict. A block that did stop but whose tool
  JSON is cut short (the ``max_tokens`` case) gets the same treatment: the stream is
  complete and ``stop_reason`` says why. Blocks carry no key outside the schema, so such a
  message can be re-sent as history; which blocks are incomplete, and their raw tool JSON,
  is kept beside the message (:func:`claude.stream_info`, :mod:`.stream_info`). Tool JSON
  that is not even a prefix of valid JSON is a :class:`~claude.ResponseValidationError`.
* Order: any message, block or delta event before ``message_start``, a second
  ``message_start``, or a block event for an index that was not started (or, for a delta,
  already stopped) raises :class:`~claude.StreamProtocolError`. ``ping``, ``error`` and
  unknown event types are ignored here.
"""

from __future__ import annotations

import contextlib
from typing import TYPE_CHECKING, Any

import orjson

from claude._errors import ResponseValidationError, StreamProtocolError

from .partial_json import parse_partial_json
from .stream_info import attach_stream_info

if TYPE_CHECKING:
    from claude_api.models.message import Message

__all__ = ["MessageAccumulator"]

# Block kinds; _OTHER blocks are kept as sent.
_OTHER, _TEXT, _THINKING, _TOOL = 0, 1, 2, 3
_KINDS = {"text": _TEXT, "thinking": _THINKING, "tool_use": _TOOL, "server_tool_use": _TOOL}
_TEXT_FIELD = {_TEXT: "text", _THINKING: "thinking"}
_ORDERED_EVENTS = frozenset(
    {"content_block_start", "content_block_delta", "content_block_stop", "message_delta"}
)


class MessageAccumulator:
    """Builds the final ``Message`` of a stream from its events, one :meth:`add` at a time.

    Example::

        accumulator = MessageAccumulator()
        for event in client.messages.create(..., stream=True):
            accumulator.add(event)
        message = accumulator.message()
    """

    __slots__ = (
        "_complete",
        "_content",
        "_cut",
        "_kinds",
        "_message",
        "_open",
        "_parts",
        "_usage",
    )

    def __init__(self) -> None:
        self._message: dict[str, Any] | None = None  # top-level fields (content kept apart)
        self._usage: dict[str, Any] = {}
        self._content: list[dict[str, Any]] = []  # one dict per block (a copy of what was sent)
        self._kinds: list[int] = []
        self._parts: list[list[str]] = []  # text / thinking / JSON fragments of each block
        self._open: list[bool] = []  # started, not yet stopped
        self._cut: dict[int, str] = {}  # stopped tool blocks whose JSON was cut: the raw text
        self._complete = False

    @property
    def started(self) -> bool:
        """Whether ``message_start`` was seen."""
        return self._message is not None

    @property
    def complete(self) -> bool:
        """Whether ``message_stop`` was seen."""
        return self._complete

    def add(self, event: Any) -> None:
        """Apply one event: its decoded JSON, or a generated event model.

        Raises:
            StreamProtocolError: The event is out of order.
            ResponseValidationError: A known event is malformed.
        """
        if not isinstance(event, dict):
            event = event.to_dict() if hasattr(event, "to_dict") else dict(event)
        kind = event.get("type")
        try:
            if kind == "content_block_delta":
                self._delta(event)
            elif kind in _ORDERED_EVENTS:
                if self._message is None:
                    raise self._protocol_error(f"{kind} event before message_start")
                if kind == "content_block_start":
                    self._start_block(event)
                elif kind == "content_block_stop":
                    self._stop_block(event)
                else:
                    self._message_delta(event)
            elif kind == "message_start":
                self._start(event)
            elif kind == "message_stop":
                if self._message is None:
                    raise self._protocol_error("message_stop event before message_start")
                self._complete = True
            # ping, error and unknown event types carry nothing to accumulate.
        except (KeyError, TypeError, AttributeError, ValueError) as exc:
            raise ResponseValidationError(
                f"malformed {kind} event: {type(exc).__name__}: {exc}", cause=exc
            ) from exc

    # -- events --------------------------------------------------------------------------

    def _start(self, event: dict[str, Any]) -> None:
        if self._message is not None:
            raise self._protocol_error("a second message_start event")
        message = dict(event["message"])
        self._usage = dict(message.pop("usage"))
        for block in message.pop("content", None) or ():
            self._content.append(dict(block))
            self._kinds.append(_OTHER)  # complete already: kept as sent
            self._parts.append([])
            self._open.append(False)
        self._message = message

    def _start_block(self, event: dict[str, Any]) -> None:
        index = event["index"]
        if index != len(self._content) or type(index) is not int:
            raise self._protocol_error(
                f"content_block_start for index {index!r}, expected {len(self._content)}"
            )
        block = dict(event["content_block"])
        kind = _KINDS.get(str(block.get("type")), _OTHER)
        parts: list[str] = []
        if kind in (_TEXT, _THINKING):
            start = block.get(_TEXT_FIELD[kind], "")
            if not isinstance(start, str):
                raise TypeError(f"{_TEXT_FIELD[kind]} must be a string")
            parts.append(start)
            if kind == _THINKING:
                block.setdefault("signature", "")
        self._content.append(block)
        self._kinds.append(kind)
        self._parts.append(parts)
        self._open.append(True)

    def _delta(self, event: dict[str, Any]) -> None:
        index = event["index"]
        if type(index) is not int or not 0 <= index < len(self._open) or not self._open[index]:
            raise self._protocol_error(self._bad_index("content_block_delta", index))
        delta = event["delta"]
        kind = self._kinds[index]
        dtype = delta["type"]
        if dtype == "text_delta":
            if kind == _TEXT:
                text = delta["text"]
                if text.__class__ is not str:
                    raise TypeError("text_delta text must be a string")
                self._parts[index].append(text)
        elif dtype == "input_json_delta":
            if kind == _TOOL:
                fragment = delta["partial_json"]
                if fragment.__class__ is not str:
                    raise TypeError("input_json_delta partial_json must be a string")
                self._parts[index].append(fragment)
        elif dtype == "thinking_delta":
            if kind == _THINKING:
                thinking = delta["thinking"]
                if thinking.__class__ is not str:
                    raise TypeError("thinking_delta thinking must be a string")
                self._parts[index].append(thinking)
        elif dtype == "signature_delta":
            if kind == _THINKING:
                self._content[index]["signature"] = delta["signature"]
        elif dtype == "citations_delta" and kind == _TEXT:
            block = self._content[index]
            citations = block.get("citations")
            if not isinstance(citations, list):
                citations = block["citations"] = []
            citations.append(delta["citation"])

    def _stop_block(self, event: dict[str, Any]) -> None:
        index = event["index"]
        if type(index) is not int or not 0 <= index < len(self._open) or not self._open[index]:
            raise self._protocol_error(self._bad_index("content_block_stop", index))
        self._open[index] = False
        kind = self._kinds[index]
        if kind == _OTHER:
            return
        block = self._content[index]
        parts = self._parts[index]
        self._parts[index] = []
        if kind == _TOOL:
            raw = "".join(parts)
            try:
                block["input"], cut = _tool_input(block, raw, final=True)
            except ValueError as exc:
                raise ResponseValidationError(
                    f"tool input JSON of content block {index} is not valid JSON: {raw[:80]!r}",
                    cause=exc,
                ) from exc
            if cut:
                self._cut[index] = raw
        else:
            block[_TEXT_FIELD[kind]] = "".join(parts)

    def _message_delta(self, event: dict[str, Any]) -> None:
        message = self._message
        assert message is not None
        message.update(event["delta"])
        usage = self._usage
        for name, value in event["usage"].items():
            if value is not None or name == "output_tokens":
                usage[name] = value

    # -- results -------------------------------------------------------------------------

    def snapshot(self) -> dict[str, Any] | None:
        """The message so far as a new JSON dict (``None`` before ``message_start``).

        Blocks not yet stopped hold what they received so far (see the module docs and
        :meth:`incomplete`).
        """
        if self._message is None:
            return None
        content: list[dict[str, Any]] = []
        for index, block in enumerate(self._content):
            content.append(self._view(index) if self._open[index] else dict(block))
        return {**self._message, "content": content, "usage": dict(self._usage)}

    def incomplete(self) -> dict[int, str | None]:
        """The blocks without all their content: index -> the raw tool JSON (None for others)."""
        found: dict[int, str | None] = dict(self._cut)
        for index, is_open in enumerate(self._open):
            if is_open:
                tool = self._kinds[index] == _TOOL
                found[index] = "".join(self._parts[index]) if tool else None
        return found

    def block(self, index: int) -> dict[str, Any]:
        """The JSON of block *index* as accumulated (finished once it has stopped)."""
        return self._content[index] if not self._open[index] else self._view(index)

    def message(self) -> Message:
        """The generated ``Message`` so far (partial until :attr:`complete`).

        Raises:
            StreamProtocolError: No ``message_start`` was seen.
            ResponseValidationError: The accumulated message does not parse.
        """
        data = self.snapshot()
        if data is None:
            raise StreamProtocolError("no message_start event was received")
        from claude_api.models.message import Message

        from claude._call import parse_json

        message = parse_json(data, Message.from_dict, response=None)
        attach_stream_info(message, self.incomplete())
        return message

    def partial(self) -> Message | dict[str, Any] | None:
        """The message for an error's ``partial``: never raises.

        ``None`` before ``message_start``; the raw dict if it does not parse.
        """
        data = self.snapshot()
        if data is None:
            return None
        from claude_api.models.message import Message

        try:
            message = Message.from_dict(data)
        except (KeyError, TypeError, ValueError, AttributeError):
            return data
        attach_stream_info(message, self.incomplete())
        return message

    def _view(self, index: int) -> dict[str, Any]:
        """A copy of an open block with what it has received so far."""
        block = self._content[index]
        kind = self._kinds[index]
        view = dict(block)
        if kind == _TOOL:
            raw = "".join(self._parts[index])
            with contextlib.suppress(ValueError):  # not even a JSON prefix: input as started
                view["input"] = _tool_input(block, raw, final=False)[0]
        elif kind != _OTHER:
            view[_TEXT_FIELD[kind]] = "".join(self._parts[index])
        return view

    def _bad_index(self, kind: str, index: object) -> str:
        if self._message is None:
            return f"{kind} event before message_start"
        if type(index) is int and 0 <= index < len(self._open):
            return f"{kind} for content block {index}, which has already stopped"
        return f"{kind} for content block {index!r}, which was not started"

    def _protocol_error(self, message: str) -> StreamProtocolError:
        return StreamProtocolError(message, partial=self.partial())


def _tool_input(block: dict[str, Any], raw: str, *, final: bool) -> tuple[dict[str, Any], bool]:
    """A tool block's input given its JSON text so far, and whether that text was cut short.

    Raises:
        ValueError: *raw* is not a prefix of a JSON object.
    """
    if not raw.strip():
        start = block.get("input")
        return (start if isinstance(start, dict) else {}), False
    if final:
        try:
            value = orjson.loads(raw)
        except orjson.JSONDecodeError:
            pass
        else:
            if not isinstance(value, dict):
                raise ValueError(f"expected a JSON object, got {type(value).__name__}")
            return value, False
    value = parse_partial_json(raw)
    if value is not None and not isinstance(value, dict):
        raise ValueError(f"expected a JSON object, got {type(value).__name__}")
    return value or {}, True
