"""Server-Sent Events decoding (WHATWG HTML "event stream interpretation").

`SSEDecoder` is a pure incremental decoder (bytes in, events out, no I/O) shared by the
sync and async shells `iter_sse_events` and `aiter_sse_events`.

Behaviour to know:

* At the end of the stream, an event whose lines all ended (its last line has a line end but
  no blank line follows) is dispatched, as the official SDK does and as its stream fixtures
  need (they end ``message_stop`` with a single newline). An event with an unterminated last
  line is discarded, as the spec requires ("any pending data must be discarded"): that
  line may be cut.
* `ServerSentEvent.id` is the last event ID buffer at dispatch: it persists across
  events, `None` until an `id` field is seen, `""` after an empty `id` field.
* `ServerSentEvent.retry` is the stream's reconnection time in milliseconds as last set
  by a valid `retry` field (it also persists; `None` until one is seen).
* `SSEDecoder(max_size=n)` bounds memory: a line still pending (no line end yet), or the data
  of an event being built, longer than `n` characters raises
  :class:`~claude.ResponseTooLargeError` (`option="max_event_bytes"`) as soon as it does.

httpx-sse 0.4.3 is not used: checked by reading and running it, it keeps a leading UTF-8
BOM, so the first field name gets it and that field is ignored; decodes with the
response's declared charset instead of always UTF-8; dispatches events that have no
`data` field (a blank line after `event`/`id`/`retry`, or any blank line once an `id`
was seen), where the spec dispatches nothing; and accepts `retry` values that are not
only ASCII digits (it calls `int()`: "-1", "+5", "1_0" and non-ASCII digits pass). Its
public API takes an `httpx.Response`, not bytes. It does handle a CR/LF pair split
across chunks, and UTF-8 split across chunks (through httpx's incremental text decoder).
"""

from __future__ import annotations

from codecs import utf_8_decode as _utf8_decode
from collections.abc import AsyncIterable, AsyncIterator, Iterable, Iterator
from dataclasses import dataclass

from claude._errors import ResponseTooLargeError

__all__ = ["SSEDecoder", "ServerSentEvent", "aiter_sse_events", "iter_sse_events"]


@dataclass(frozen=True, slots=True)
class ServerSentEvent:
    """One dispatched event."""

    event: str = "message"
    data: str = ""
    id: str | None = None
    retry: int | None = None


class SSEDecoder:
    """Incremental SSE decoder: feed byte chunks, get back the events they complete."""

    __slots__ = (
        "_at_start",
        "_data",
        "_data_size",
        "_event",
        "_last_id",
        "_line_parts",
        "_line_size",
        "_max_size",
        "_pending_cr",
        "_retry",
        "_undecoded",
    )

    def __init__(self, max_size: int | None = None) -> None:
        self._max_size = max_size if max_size is not None else float("inf")
        self._line_size = 0  # characters in _line_parts
        self._data_size = 0  # characters in _data
        self._undecoded = b""  # trailing bytes of an incomplete UTF-8 sequence
        self._at_start = True  # no character decoded yet: a BOM may still come
        self._pending_cr = False  # text so far ended with CR: skip one LF at the next start
        self._line_parts: list[str] = []  # unterminated line so far
        self._data: list[str] = []  # data lines of the event being built
        self._event = ""
        self._last_id: str | None = None
        self._retry: int | None = None

    def feed(self, chunk: bytes) -> list[ServerSentEvent]:
        """Decode `chunk` and return the events it completes, in order."""
        if self._undecoded:
            chunk = self._undecoded + chunk
        # Stateless C decoder plus our own carry-over: cheaper per chunk than
        # codecs' incremental decoders. Invalid bytes become U+FFFD, as UTF-8 decode says.
        text, used = _utf8_decode(chunk, "replace", False)
        self._undecoded = chunk[used:]
        if not text:
            return []
        if self._at_start:
            self._at_start = False
            if text[0] == "\ufeff":
                text = text[1:]
        elif self._pending_cr:
            self._pending_cr = False
            if text[0] == "\n":
                text = text[1:]
        if "\r" in text:
            # That CR already ended its line; a LF starting the next chunk must not end another.
            self._pending_cr = text[-1] == "\r"
            text = text.replace("\r\n", "\n").replace("\r", "\n")
        lines = text.split("\n")
        if len(lines) == 1:
            if text:
                self._line_parts.append(text)
                self._line_size += len(text)
                if self._line_size > self._max_size:
                    raise self._too_large("SSE line", self._line_size)
            return []
        if self._line_parts:
            self._line_parts.append(lines[0])
            lines[0] = "".join(self._line_parts)
            self._line_parts = []
            if len(lines[0]) > self._max_size:
                raise self._too_large("SSE line", len(lines[0]))
        tail = lines.pop()
        self._line_size = len(tail)
        if tail:
            self._line_parts.append(tail)
            if self._line_size > self._max_size:
                raise self._too_large("SSE line", self._line_size)
        return self._process(lines)

    def _too_large(self, what: str, size: int) -> ResponseTooLargeError:
        limit = int(self._max_size)
        return ResponseTooLargeError(what, limit=limit, size=size, option="max_event_bytes")

    def end(self) -> list[ServerSentEvent]:
        """Finish the stream: dispatch a last event whose lines all ended, discard the rest.

        An unterminated line (or an incomplete UTF-8 sequence) means the body was cut, so
        its event is discarded. The decoder may then be fed a new stream (a reconnection);
        the last event ID and retry value carry over.
        """
        events: list[ServerSentEvent] = []
        if self._data and not self._line_parts and not self._undecoded:
            events.append(
                ServerSentEvent(
                    self._event or "message", "\n".join(self._data), self._last_id, self._retry
                )
            )
        self._undecoded = b""
        self._at_start = True
        self._pending_cr = False
        self._line_parts = []
        self._line_size = 0
        self._data = []
        self._data_size = 0
        self._event = ""
        return events

    def _process(self, lines: list[str]) -> list[ServerSentEvent]:
        """Interpret complete lines (without line ends); return the dispatched events."""
        events: list[ServerSentEvent] = []
        data = self._data
        size = self._data_size
        limit = self._max_size
        event = self._event
        last_id = self._last_id
        retry = self._retry
        for line in lines:
            if not line:
                # Blank line: dispatch, unless no data field was seen.
                if data:
                    events.append(
                        ServerSentEvent(event or "message", "\n".join(data), last_id, retry)
                    )
                    data = []
                    size = 0
                event = ""
            elif line[:6] == "data: ":  # fast paths for the usual spelling
                data.append(line[6:])
                size += len(line)
                if size > limit:
                    raise self._too_large("SSE event", size)
            elif line[:7] == "event: ":
                event = line[7:]
            else:
                name, _, value = line.partition(":")
                if value[:1] == " ":
                    value = value[1:]
                if name == "data":
                    data.append(value)
                    size += len(line)
                    if size > limit:
                        raise self._too_large("SSE event", size)
                elif name == "event":
                    event = value
                elif name == "id":
                    if "\0" not in value:
                        last_id = value
                elif name == "retry" and value.isascii() and value.isdigit():
                    retry = int(value)
                # Any other name, including "" (a comment line), is ignored.
        self._data = data
        self._data_size = size
        self._event = event
        self._last_id = last_id
        self._retry = retry
        return events


def iter_sse_events(byte_chunks: Iterable[bytes]) -> Iterator[ServerSentEvent]:
    """Yield the events of a byte stream. Does not close `byte_chunks`."""
    decoder = SSEDecoder()
    for chunk in byte_chunks:
        yield from decoder.feed(chunk)
    yield from decoder.end()


async def aiter_sse_events(byte_chunks: AsyncIterable[bytes]) -> AsyncIterator[ServerSentEvent]:
    """Yield the events of an async byte stream. Does not close `byte_chunks`."""
    decoder = SSEDecoder()
    async for chunk in byte_chunks:
        for event in decoder.feed(chunk):
            yield event
    for event in decoder.end():
        yield event
