"""Tests for claude._stream.sse: WHATWG event-stream parsing, chunking invariance, shells."""

from __future__ import annotations

import dataclasses
import itertools
import json
import re
from collections.abc import AsyncGenerator, AsyncIterator, Generator, Iterator

import pytest
from claude._stream.sse import ServerSentEvent, SSEDecoder, aiter_sse_events, iter_sse_events
from hypothesis import given, settings
from hypothesis import strategies as st

E = ServerSentEvent


@pytest.fixture
def anyio_backend() -> str:
    return "asyncio"


def decode(*chunks: bytes) -> list[ServerSentEvent]:
    """Feed each chunk to a fresh decoder, then end the stream; return all events."""
    decoder = SSEDecoder()
    events: list[ServerSentEvent] = []
    for chunk in chunks:
        events += decoder.feed(chunk)
    events += decoder.end()
    return events


def reference_parse(body: bytes) -> list[ServerSentEvent]:
    """Literal, unoptimised transcription of the WHATWG algorithm over a whole stream."""
    text = body.decode("utf-8", "replace")
    if text.startswith("\ufeff"):
        text = text[1:]
    pieces = re.split(r"\r\n|\r|\n", text)
    complete_lines = pieces[:-1]  # the last piece is unterminated: discarded at EOF
    ended_on_line_end = pieces[-1] == ""
    events: list[ServerSentEvent] = []
    data_buffer, event_type, last_id, retry = "", "", None, None
    for line in complete_lines:
        if line == "":
            if data_buffer == "":
                event_type = ""
                continue
            if data_buffer.endswith("\n"):
                data_buffer = data_buffer[:-1]
            events.append(E(event_type or "message", data_buffer, last_id, retry))
            data_buffer, event_type = "", ""
            continue
        if line.startswith(":"):
            continue
        if ":" in line:
            field, value = line.split(":", 1)
            if value.startswith(" "):
                value = value[1:]
        else:
            field, value = line, ""
        if field == "event":
            event_type = value
        elif field == "data":
            data_buffer += value + "\n"
        elif field == "id":
            if "\0" not in value:
                last_id = value
        elif field == "retry" and value and all(c in "0123456789" for c in value):
            retry = int(value)
    # Beyond the spec, as the official SDK does: a last event whose lines all ended is dispatched
    # at end of stream even without the blank line.
    if ended_on_line_end and data_buffer:
        events.append(E(event_type or "message", data_buffer[:-1], last_id, retry))
    return events


# A realistic Anthropic Messages stream, with some spec corner cases mixed in.
_DELTA = '{"type":"content_block_delta","index":0,"delta":{"type":"text_delta","text":"%s"}}'
REALISTIC = (
    b"\xef\xbb\xbf"
    b'event: message_start\ndata: {"type":"message_start","message":{"id":"msg_1"}}\n\n'
    b"event: ping\r\ndata: {}\r\n\r\n"
    + b"".join(
        (f"event: content_block_delta\ndata: {_DELTA % word}\n\n").encode()
        for word in ["Hello", " wörld", " 日本語", " 🎉", " done"]
    )
    + b": keep-alive comment\n"
    b"id: 42\rretry: 1500\rdata: line one\rdata: line two\r\r"
    b'event: message_stop\ndata: {"type":"message_stop"}\n\n'
    b"data: never finished"  # unterminated: the body was cut, so discarded
)
REALISTIC_EVENTS = [
    E("message_start", '{"type":"message_start","message":{"id":"msg_1"}}'),
    E("ping", "{}"),
    *(
        E("content_block_delta", _DELTA % word)
        for word in ["Hello", " wörld", " 日本語", " 🎉", " done"]
    ),
    E("message", "line one\nline two", "42", 1500),
    E("message_stop", '{"type":"message_stop"}', "42", 1500),
]


# --- ServerSentEvent -------------------------------------------------------------------


def test_event_defaults_frozen_and_slotted() -> None:
    event = E(data="x")
    assert (event.event, event.data, event.id, event.retry) == ("message", "x", None, None)
    with pytest.raises(dataclasses.FrozenInstanceError):
        event.data = "y"  # type: ignore[misc]
    assert not hasattr(event, "__dict__")


# --- fields ----------------------------------------------------------------------------


def test_single_data_event() -> None:
    assert decode(b"data: hello\n\n") == [E("message", "hello", None, None)]


def test_event_field_sets_type_and_resets_after_dispatch() -> None:
    assert decode(b"event: ping\ndata: 1\n\ndata: 2\n\n") == [E("ping", "1"), E("message", "2")]


def test_last_event_field_wins() -> None:
    assert decode(b"event: a\nevent: b\ndata: x\n\n") == [E("b", "x")]


def test_empty_event_type_means_message() -> None:
    assert decode(b"event:\ndata: x\n\nevent\ndata: y\n\n") == [
        E("message", "x"),
        E("message", "y"),
    ]


def test_multiline_data_joined_with_lf() -> None:
    assert decode(b"data: a\ndata:\ndata: b\n\n") == [E("message", "a\n\nb")]


def test_data_with_empty_value_is_dispatched() -> None:
    assert decode(b"data\n\ndata:\n\n") == [E("message", ""), E("message", "")]


def test_block_without_data_is_not_dispatched_and_clears_event_type() -> None:
    assert decode(b"event: ping\n\ndata: x\n\n") == [E("message", "x")]
    assert decode(b"event: ping\n\n\n\n") == []


def test_id_persists_across_events_and_empty_id_resets() -> None:
    body = b"id: 1\ndata: a\n\ndata: b\n\nid:\ndata: c\n\n"
    assert decode(body) == [E("message", "a", "1"), E("message", "b", "1"), E("message", "c", "")]


def test_id_only_block_sets_last_event_id_without_dispatch() -> None:
    assert decode(b"id: 7\n\ndata: x\n\n") == [E("message", "x", "7")]


def test_id_containing_nul_is_ignored() -> None:
    body = b"id: 1\ndata: a\n\nid: 2\x003\ndata: b\n\n"
    assert decode(body) == [E("message", "a", "1"), E("message", "b", "1")]


@pytest.mark.parametrize(("value", "expected"), [("3000", 3000), ("0", 0), ("007", 7)])
def test_retry_ascii_digits(value: str, expected: int) -> None:
    assert decode(f"retry: {value}\ndata: x\n\n".encode()) == [E("message", "x", None, expected)]


@pytest.mark.parametrize(
    "value", ["", "-1", "+5", " 5", "5 ", "1_0", "5ms", "1.5", "\u0663", "\u00b2", "0x10"]
)
def test_retry_not_only_ascii_digits_is_ignored(value: str) -> None:
    body = f"retry: 100\ndata: a\n\nretry: {value}\ndata: b\n\n".encode()
    assert decode(body) == [E("message", "a", None, 100), E("message", "b", None, 100)]


def test_retry_persists_and_retry_only_block_takes_effect() -> None:
    body = b"retry: 10\n\ndata: a\n\nretry: 20\ndata: b\n\n"
    assert decode(body) == [E("message", "a", None, 10), E("message", "b", None, 20)]


def test_comments_are_ignored() -> None:
    body = b": hello\ndata: x\n:\n: another\n\n: only a comment\n\n"
    assert decode(body) == [E("message", "x")]


def test_unknown_and_miscased_fields_are_ignored() -> None:
    assert decode(b"foo: bar\nData: y\nEVENT: z\ndata: x\n\n") == [E("message", "x")]


def test_only_one_space_after_colon_is_stripped() -> None:
    body = b"data:  two\n\ndata:x\n\ndata:\tx\n\ndata: a: b:c\n\n"
    assert decode(body) == [
        E("message", " two"),
        E("message", "x"),
        E("message", "\tx"),
        E("message", "a: b:c"),
    ]


def test_field_without_colon_uses_empty_value() -> None:
    assert decode(b"data\ndata\n\n") == [E("message", "\n")]


# --- line ends -------------------------------------------------------------------------


@pytest.mark.parametrize("eol", ["\n", "\r\n", "\r"])
def test_line_ends(eol: str) -> None:
    body = f"event: e{eol}data: a{eol}data: b{eol}{eol}data: c{eol}{eol}".encode()
    assert decode(body) == [E("e", "a\nb"), E("message", "c")]


def test_mixed_line_ends() -> None:
    assert decode(b"data: a\rdata: b\r\ndata: c\n\r\n") == [E("message", "a\nb\nc")]


def test_cr_lf_split_across_chunks_is_one_line_end() -> None:
    # Were the LF a second line end, it would be a blank line dispatching "a" alone.
    assert decode(b"data: a\r", b"\ndata: b\r", b"\n\r", b"\n") == [E("message", "a\nb")]


def test_cr_at_chunk_end_then_empty_chunk_then_lf() -> None:
    assert decode(b"data: a\r", b"", b"\ndata: b\n\n") == [E("message", "a\nb")]


def test_cr_at_chunk_end_followed_by_other_text() -> None:
    assert decode(b"data: a\r", b"data: b\r", b"\r") == [E("message", "a\nb")]


def test_cr_terminated_event_is_dispatched_without_waiting_for_next_chunk() -> None:
    decoder = SSEDecoder()
    assert decoder.feed(b"data: a\r\r") == [E("message", "a")]
    # The LF right after that CR completes a CRLF: it is not another blank line.
    assert decoder.feed(b"\ndata: b\n\n") == [E("message", "b")]


def test_dispatch_happens_when_blank_line_arrives() -> None:
    decoder = SSEDecoder()
    assert decoder.feed(b"data: a\n") == []
    assert decoder.feed(b"\n") == [E("message", "a")]


# --- BOM and UTF-8 ---------------------------------------------------------------------


def test_leading_bom_is_stripped() -> None:
    assert decode(b"\xef\xbb\xbfdata: x\n\n") == [E("message", "x")]


def test_leading_bom_split_across_chunks_is_stripped() -> None:
    assert decode(b"\xef", b"\xbb", b"\xbfdata: x\n\n") == [E("message", "x")]


def test_only_one_leading_bom_is_stripped() -> None:
    # The second BOM becomes part of the field name "\ufeffdata", which is ignored.
    assert decode(b"\xef\xbb\xbf\xef\xbb\xbfdata: x\n\ndata: y\n\n") == [E("message", "y")]


def test_bom_later_in_stream_is_kept() -> None:
    assert decode(b"data: \xef\xbb\xbfx\n\n") == [E("message", "\ufeffx")]
    assert decode(b"data: a\n\n", b"\xef\xbb\xbfdata: b\n\ndata: c\n\n") == [
        E("message", "a"),
        E("message", "c"),
    ]


@pytest.mark.parametrize("text", ["日本", "wörld", "🎉!"])
def test_utf8_character_split_at_every_byte(text: str) -> None:
    body = f"data: {text}\n\n".encode()
    for cut in range(len(body) + 1):
        assert decode(body[:cut], body[cut:]) == [E("message", text)], cut


def test_invalid_utf8_replaced_with_u_fffd() -> None:
    assert decode(b"data: a\xffb\n\n") == [E("message", "a\ufffdb")]
    # A truncated sequence is one U+FFFD, whether or not it is split across chunks.
    assert decode(b"data: \xe6\x97\n\n") == [E("message", "\ufffd")]
    assert decode(b"data: \xe6", b"\x97", b"\n\n") == [E("message", "\ufffd")]


# --- end of stream ---------------------------------------------------------------------


@pytest.mark.parametrize("tail", [b"data: b", b"data: \xe6\x97", b"data: b\ndata: c"])
def test_trailing_event_with_an_unterminated_line_is_discarded(tail: bytes) -> None:
    assert decode(b"data: a\n\n" + tail) == [E("message", "a")]


@pytest.mark.parametrize("tail", [b"data: b\n", b"data: b\r", b"data: b\r\n"])
def test_trailing_event_whose_lines_ended_is_dispatched_at_end(tail: bytes) -> None:
    assert decode(b"data: a\n\n" + tail) == [E("message", "a"), E("message", "b")]


def test_last_event_without_blank_line_as_the_official_fixtures_end() -> None:
    """The official SDK's stream fixtures end ``message_stop`` with one newline, no blank line."""
    decoder = SSEDecoder()
    body = b'event: ping\ndata: {}\n\nevent: message_stop\ndata: {"type":"message_stop"}\n'
    assert decoder.feed(body) == [E("ping", "{}")]
    assert decoder.end() == [E("message_stop", '{"type":"message_stop"}')]
    assert decoder.end() == []  # dispatched once


def test_end_returns_nothing_and_decoder_can_take_a_new_stream() -> None:
    decoder = SSEDecoder()
    assert decoder.feed(b"id: 1\nretry: 5\ndata: a\n\nevent: x\ndata: partial") == [
        E("message", "a", "1", 5)
    ]
    assert decoder.end() == []
    # Pending line and event are gone; a new leading BOM is stripped; id and retry carry over.
    assert decoder.feed(b"\xef\xbb\xbfdata: b\n\n") == [E("message", "b", "1", 5)]


def test_long_line_across_many_chunks() -> None:
    payload = "x" * 50_000 + "é" * 1000
    body = f"data: {payload}\n\n".encode()
    assert decode(*(body[i : i + 7] for i in range(0, len(body), 7))) == [E("message", payload)]


# --- chunking invariance and the spec reference ----------------------------------------


def test_realistic_stream_whole() -> None:
    events = decode(REALISTIC)
    assert events == REALISTIC_EVENTS
    assert events == reference_parse(REALISTIC)
    assert json.loads(events[4].data)["delta"]["text"] == " 日本語"


def test_realistic_stream_one_byte_at_a_time() -> None:
    assert decode(*(REALISTIC[i : i + 1] for i in range(len(REALISTIC)))) == REALISTIC_EVENTS


@settings(max_examples=300, deadline=None)
@given(st.lists(st.integers(min_value=0, max_value=len(REALISTIC)), max_size=40))
def test_realistic_stream_split_anywhere(cuts: list[int]) -> None:
    bounds = [0, *sorted(cuts), len(REALISTIC)]
    chunks = [REALISTIC[a:b] for a, b in itertools.pairwise(bounds)]
    assert decode(*chunks) == REALISTIC_EVENTS


_FRAGMENTS = [
    b"data",
    b"event",
    b"id",
    b"retry",
    b"Data",
    b":",
    b" ",
    b"\n",
    b"\r",
    b"\r\n",
    b"x",
    b"12",
    b"-",
    b"\x00",
    b"\xef\xbb\xbf",
    b"\xe6\x97\xa5",
    b"\xe6",
    b"\xff",
    b"\xf0\x9f\x8e\x89",
]


@settings(max_examples=500, deadline=None)
@given(
    st.lists(st.sampled_from(_FRAGMENTS), max_size=60).map(b"".join),
    st.lists(st.integers(min_value=0, max_value=400), max_size=12),
)
def test_arbitrary_streams_match_reference_under_any_split(body: bytes, cuts: list[int]) -> None:
    bounds = [0, *sorted(c for c in cuts if c <= len(body)), len(body)]
    chunks = [body[a:b] for a, b in itertools.pairwise(bounds)]
    expected = reference_parse(body)
    assert decode(body) == expected
    assert decode(*chunks) == expected


# --- shells ----------------------------------------------------------------------------


def test_iter_sse_events() -> None:
    chunks = [REALISTIC[:100], REALISTIC[100:101], REALISTIC[101:]]
    assert list(iter_sse_events(chunks)) == REALISTIC_EVENTS


def test_iter_sse_events_does_not_close_source() -> None:
    def source() -> Iterator[bytes]:
        yield b"data: a\n\n"
        yield b"data: b\n\n"

    chunks = source()
    events = iter_sse_events(chunks)
    assert next(events) == E("message", "a")
    assert isinstance(events, Generator)
    events.close()
    assert next(chunks) == b"data: b\n\n"  # still open: closing is the caller's job


async def _agen(chunks: list[bytes]) -> AsyncIterator[bytes]:
    for chunk in chunks:
        yield chunk


@pytest.mark.anyio
async def test_aiter_sse_events() -> None:
    chunks = [REALISTIC[i : i + 13] for i in range(0, len(REALISTIC), 13)]
    assert [event async for event in aiter_sse_events(_agen(chunks))] == REALISTIC_EVENTS


@pytest.mark.anyio
async def test_aiter_sse_events_cr_and_utf8_at_chunk_edges() -> None:
    chunks = [b"data: \xe6", b"\x97\xa5\r", b"\ndata: b\r", b"\n\r", b"\n"]
    assert [event async for event in aiter_sse_events(_agen(chunks))] == [E("message", "日\nb")]


@pytest.mark.anyio
async def test_aiter_sse_events_does_not_close_source() -> None:
    source = _agen([b"data: a\n\n", b"data: b\n\n"])
    events = aiter_sse_events(source)
    assert await events.__anext__() == E("message", "a")
    assert isinstance(events, AsyncGenerator)
    await events.aclose()
    assert await source.__anext__() == b"data: b\n\n"
