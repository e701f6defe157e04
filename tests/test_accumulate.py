"""Tests for claude._stream.accumulate: the pure stream accumulator and the lenient JSON parser."""

from __future__ import annotations

import copy
import json
from typing import Any

import claude
import pytest
from claude import MessageAccumulator, ResponseValidationError, StreamProtocolError
from claude._stream.partial_json import parse_partial_json
from claude.testing import message_to_events
from claude_api.models import ContentBlockDeltaEvent, Message, MessageStartEvent, ToolUseBlock
from hypothesis import given, settings
from hypothesis import strategies as st

USAGE = {"input_tokens": 12, "output_tokens": 34}


def message(*content: dict[str, Any], **fields: Any) -> dict[str, Any]:
    """A complete Message dict."""
    return {
        "id": "msg_01",
        "type": "message",
        "role": "assistant",
        "model": "claude-sonnet-4-5",
        "content": list(content),
        "stop_reason": "end_turn",
        "stop_sequence": None,
        "usage": dict(USAGE),
        **fields,
    }


def accumulate(events: list[dict[str, Any]]) -> MessageAccumulator:
    accumulator = MessageAccumulator()
    for event in events:
        accumulator.add(copy.deepcopy(event))
    return accumulator


def snapshot_of(accumulator: MessageAccumulator) -> dict[str, Any]:
    data = accumulator.snapshot()
    assert data is not None
    return data


def start_event(**fields: Any) -> dict[str, Any]:
    start = message(**fields)
    start["stop_reason"] = None
    return {"type": "message_start", "message": start}


def block_start(index: int, block: dict[str, Any]) -> dict[str, Any]:
    return {"type": "content_block_start", "index": index, "content_block": block}


def delta(index: int, **body: Any) -> dict[str, Any]:
    return {"type": "content_block_delta", "index": index, "delta": body}


def stop(index: int) -> dict[str, Any]:
    return {"type": "content_block_stop", "index": index}


CITATIONS = [
    {
        "type": "char_location",
        "cited_text": "The sky is blue.",
        "document_index": 0,
        "document_title": "Facts",
        "start_char_index": 0,
        "end_char_index": 16,
    },
    {
        "type": "page_location",
        "cited_text": "Page text",
        "document_index": 1,
        "document_title": None,
        "start_page_number": 2,
        "end_page_number": 3,
    },
    {
        "type": "content_block_location",
        "cited_text": "Block text",
        "document_index": 2,
        "start_block_index": 0,
        "end_block_index": 1,
    },
    {
        "type": "web_search_result_location",
        "cited_text": "Web text",
        "url": "https://example.com",
        "title": "Example",
        "encrypted_index": "enc",
    },
    {
        "type": "search_result_location",
        "cited_text": "Search text",
        "source": "kb://doc",
        "title": None,
        "search_result_index": 0,
        "start_block_index": 0,
        "end_block_index": 0,
    },
]

COMPLETE_MESSAGES = {
    "text": message({"type": "text", "text": "Hello, world! 😀 你好"}),
    "empty": message(),
    "citations": message(
        {"type": "text", "text": "According to the sources, ", "citations": None},
        {"type": "text", "text": "the sky is blue.", "citations": CITATIONS},
    ),
    "thinking": message(
        {"type": "thinking", "thinking": "Let me think step by step.", "signature": "sig=="},
        {"type": "redacted_thinking", "data": "EqQBCgIYAhIM"},
        {"type": "text", "text": "42"},
    ),
    "tools": message(
        {"type": "text", "text": "Checking both."},
        {"type": "tool_use", "id": "toolu_1", "name": "weather", "input": {"city": "Paris"}},
        {"type": "tool_use", "id": "toolu_2", "name": "now", "input": {}},
        stop_reason="tool_use",
    ),
    "server tool": message(
        {
            "type": "server_tool_use",
            "id": "srvtoolu_1",
            "name": "web_search",
            "input": {"query": "claude"},
        },
        {
            "type": "web_search_tool_result",
            "tool_use_id": "srvtoolu_1",
            "content": [
                {
                    "type": "web_search_result",
                    "url": "https://example.com",
                    "title": "Example",
                    "encrypted_content": "abc",
                    "page_age": None,
                }
            ],
        },
        {"type": "text", "text": "Found it."},
        usage={**USAGE, "server_tool_use": {"web_search_requests": 1, "web_fetch_requests": 0}},
    ),
    "refusal": message(
        {"type": "text", "text": "I can't help with that."},
        stop_reason="refusal",
        stop_details={"type": "refusal", "category": "cyber", "explanation": "No."},
    ),
    "stop sequence": message(
        {"type": "text", "text": "one two"}, stop_reason="stop_sequence", stop_sequence="three"
    ),
    "unknown block": message(
        {"type": "future_block", "payload": {"x": [1, 2]}},
        {"type": "text", "text": "after"},
        stop_reason="future_reason",
    ),
}


@pytest.mark.parametrize("name", list(COMPLETE_MESSAGES))
@pytest.mark.parametrize("chunk", [1, 3, 1000])
def test_rebuilds_the_message(name: str, chunk: int) -> None:
    expected = COMPLETE_MESSAGES[name]
    events = message_to_events(expected, text_chunk=chunk, json_chunk=chunk, ping_every=2)
    accumulator = accumulate(events)
    assert accumulator.complete
    assert accumulator.snapshot() == expected
    assert accumulator.message().to_dict() == Message.from_dict(expected).to_dict()


def test_accepts_generated_event_models() -> None:
    expected = COMPLETE_MESSAGES["tools"]
    accumulator = MessageAccumulator()
    for event in message_to_events(expected, json_chunk=2):
        typed = MessageStartEvent.from_dict(event) if event["type"] == "message_start" else None
        if event["type"] == "content_block_delta":
            typed = ContentBlockDeltaEvent.from_dict(event)
        accumulator.add(typed if typed is not None else event)
    assert accumulator.message().to_dict() == expected


def test_message_delta_rules() -> None:
    start = start_event(usage={"input_tokens": 5, "output_tokens": 1, "cache_read_input_tokens": 3})
    accumulator = accumulate(
        [
            start,
            {
                "type": "message_delta",
                "delta": {
                    "stop_reason": "refusal",
                    "stop_sequence": None,
                    "stop_details": {"type": "refusal", "category": None, "explanation": None},
                    "container": {"id": "c1", "expires_at": "2025-01-01T00:00:00+00:00"},
                    "new_field": 1,
                },
                "usage": {
                    "output_tokens": 9,
                    "input_tokens": None,
                    "cache_read_input_tokens": 7,
                    "server_tool_use": {"web_search_requests": 2, "web_fetch_requests": 0},
                    "new_count": 4,
                },
            },
            {"type": "message_delta", "delta": {}, "usage": {"output_tokens": 11}},
            {"type": "message_stop"},
        ]
    )
    snapshot = accumulator.snapshot()
    assert snapshot is not None
    assert snapshot["usage"] == {
        "input_tokens": 5,
        "output_tokens": 11,
        "cache_read_input_tokens": 7,
        "server_tool_use": {"web_search_requests": 2, "web_fetch_requests": 0},
        "new_count": 4,
    }
    assert snapshot["stop_reason"] == "refusal"
    assert snapshot["stop_details"]["type"] == "refusal"
    assert snapshot["container"]["id"] == "c1"
    assert snapshot["new_field"] == 1
    final = accumulator.message()
    assert final.to_dict()["container"]["id"] == "c1"
    assert final["new_field"] == 1


def test_citations_append_to_the_block() -> None:
    accumulator = accumulate(
        [
            start_event(),
            block_start(0, {"type": "text", "text": ""}),  # no citations key at all
            delta(0, type="citations_delta", citation=CITATIONS[0]),
            delta(0, type="text_delta", text="Blue."),
            delta(0, type="citations_delta", citation=CITATIONS[3]),
            stop(0),
            {"type": "message_stop"},
        ]
    )
    block = snapshot_of(accumulator)["content"][0]
    assert block == {"type": "text", "text": "Blue.", "citations": [CITATIONS[0], CITATIONS[3]]}


def test_signature_and_thinking() -> None:
    accumulator = accumulate(
        [
            start_event(),
            block_start(0, {"type": "thinking", "thinking": ""}),  # no signature yet
            delta(0, type="thinking_delta", thinking="Hm"),
            delta(0, type="thinking_delta", thinking="m."),
            delta(0, type="signature_delta", signature="s1"),
            stop(0),
            {"type": "message_stop"},
        ]
    )
    thinking = accumulator.message().content[0]
    assert thinking.to_dict() == {"type": "thinking", "thinking": "Hmm.", "signature": "s1"}


def test_unknown_and_mismatched_things_are_kept_or_ignored() -> None:
    accumulator = accumulate(
        [
            {"type": "future_event", "x": 1},  # before message_start: fine
            start_event(),
            {"type": "ping"},
            block_start(0, {"type": "text", "text": "a"}),
            delta(0, type="future_delta", stuff=[1]),  # unknown delta: ignored
            delta(0, type="input_json_delta", partial_json="{"),  # wrong block kind: ignored
            delta(0, type="text_delta", text="b"),
            stop(0),
            block_start(1, {"type": "future_block", "data": {"k": "v"}}),
            delta(1, type="text_delta", text="ignored"),
            stop(1),
            block_start(2, {"type": "redacted_thinking", "data": "xyz"}),
            delta(2, type="thinking_delta", thinking="ignored"),
            stop(2),
            {"type": "future_event", "x": 2},
            {"type": "message_stop"},
        ]
    )
    assert snapshot_of(accumulator)["content"] == [
        {"type": "text", "text": "ab"},
        {"type": "future_block", "data": {"k": "v"}},
        {"type": "redacted_thinking", "data": "xyz"},
    ]
    final = accumulator.message()
    assert final.content[1] == {"type": "future_block", "data": {"k": "v"}}


def test_tool_input_empty_json_means_empty_object() -> None:
    accumulator = accumulate(
        [
            start_event(),
            block_start(0, {"type": "tool_use", "id": "t1", "name": "a", "input": {}}),
            delta(0, type="input_json_delta", partial_json=""),
            stop(0),
            block_start(1, {"type": "tool_use", "id": "t2", "name": "b", "input": {}}),
            stop(1),
            block_start(2, {"type": "server_tool_use", "id": "s1", "name": "web_search"}),
            delta(2, type="input_json_delta", partial_json=' {"q": '),
            delta(2, type="input_json_delta", partial_json='"x"} '),
            stop(2),
            {"type": "message_stop"},
        ]
    )
    content = snapshot_of(accumulator)["content"]
    assert [block["input"] for block in content] == [{}, {}, {"q": "x"}]
    assert all(set(block) <= {"type", "id", "name", "input"} for block in content)
    assert claude.stream_info(accumulator.message()) is None


def test_max_tokens_inside_tool_json_is_lenient_and_marked() -> None:
    raw = '{"city": "Par'
    accumulator = accumulate(
        [
            start_event(),
            block_start(0, {"type": "tool_use", "id": "t1", "name": "weather", "input": {}}),
            delta(0, type="input_json_delta", partial_json=raw[:5]),
            delta(0, type="input_json_delta", partial_json=raw[5:]),
            stop(0),
            {"type": "message_delta", "delta": {"stop_reason": "max_tokens"}, "usage": USAGE},
            {"type": "message_stop"},
        ]
    )
    assert accumulator.complete
    final = accumulator.message()
    assert final.stop_reason == "max_tokens"
    block = final.content[0]
    assert isinstance(block, ToolUseBlock)
    assert block.input == {"city": "Par"}
    assert block.to_dict() == {
        "type": "tool_use",
        "id": "t1",
        "name": "weather",
        "input": {"city": "Par"},
    }
    info = claude.stream_info(final)
    assert info == claude.StreamInfo(incomplete=(0,), partial_json={0: raw})


def test_snapshot_mid_stream_marks_open_blocks() -> None:
    accumulator = accumulate(
        [
            start_event(),
            block_start(0, {"type": "text", "text": ""}),
            delta(0, type="text_delta", text="Hi"),
            stop(0),
            block_start(1, {"type": "tool_use", "id": "t1", "name": "f", "input": {}}),
            delta(1, type="input_json_delta", partial_json='{"a": [1, {"b": "c'),
            block_start(2, {"type": "thinking", "thinking": "", "signature": ""}),
            delta(2, type="thinking_delta", thinking="so"),
        ]
    )
    assert not accumulator.complete
    snapshot = accumulator.snapshot()
    assert snapshot is not None
    assert snapshot["content"] == [
        {"type": "text", "text": "Hi"},
        {
            "type": "tool_use",
            "id": "t1",
            "name": "f",
            "input": {"a": [1, {"b": "c"}]},
        },
        {"type": "thinking", "thinking": "so", "signature": ""},
    ]
    assert accumulator.incomplete() == {1: '{"a": [1, {"b": "c', 2: None}
    partial = accumulator.partial()
    assert isinstance(partial, Message)
    assert "_incomplete" not in partial.content[1].to_dict()
    info = claude.stream_info(partial)
    assert info is not None
    assert info.incomplete == (1, 2)
    assert info.partial_json == {1: '{"a": [1, {"b": "c'}
    # The snapshot is a copy: changing it changes nothing inside.
    snapshot["content"][0]["text"] = "changed"
    assert snapshot_of(accumulator)["content"][0]["text"] == "Hi"


def test_nothing_before_message_start() -> None:
    accumulator = MessageAccumulator()
    assert accumulator.snapshot() is None
    assert accumulator.partial() is None
    assert not accumulator.started
    with pytest.raises(StreamProtocolError):
        accumulator.message()


@pytest.mark.parametrize(
    "events",
    [
        [block_start(0, {"type": "text", "text": ""})],
        [delta(0, type="text_delta", text="x")],
        [stop(0)],
        [{"type": "message_delta", "delta": {}, "usage": USAGE}],
        [{"type": "message_stop"}],
        [start_event(), start_event()],
        [start_event(), delta(0, type="text_delta", text="x")],
        [start_event(), block_start(1, {"type": "text", "text": ""})],
        [start_event(), block_start(0, {"type": "text", "text": ""}), stop(0), stop(0)],
        [
            start_event(),
            block_start(0, {"type": "text", "text": ""}),
            stop(0),
            delta(0, type="text_delta", text="late"),
        ],
        [start_event(), block_start(0, {"type": "text", "text": ""}), delta(-1, type="x")],
    ],
    ids=lambda events: "-".join(e["type"] for e in events),
)
def test_out_of_order_events(events: list[dict[str, Any]]) -> None:
    with pytest.raises(StreamProtocolError) as caught:
        accumulate(events)
    if events[0]["type"] == "message_start":
        assert isinstance(caught.value.partial, Message)
    else:
        assert caught.value.partial is None
        assert str(caught.value) == f"{events[0]['type']} event before message_start"


@pytest.mark.parametrize(
    "events",
    [
        [start_event(), block_start(0, {"type": "text", "text": ""}), delta(0, type="text_delta")],
        [
            start_event(),
            block_start(0, {"type": "text", "text": ""}),
            delta(0, type="text_delta", text=1),
        ],
        [{"type": "message_start"}],
        [{"type": "message_start", "message": {"content": []}}],
        [start_event(), block_start(0, {"type": "text", "text": 5})],
        [
            start_event(),
            block_start(0, {"type": "tool_use", "id": "t", "name": "n", "input": {}}),
            delta(0, type="input_json_delta", partial_json='{"a": 1}}'),
            stop(0),
        ],
        [
            start_event(),
            block_start(0, {"type": "tool_use", "id": "t", "name": "n", "input": {}}),
            delta(0, type="input_json_delta", partial_json="[1, 2]"),
            stop(0),
        ],
    ],
)
def test_malformed_known_events(events: list[dict[str, Any]]) -> None:
    with pytest.raises(ResponseValidationError):
        accumulate(events)


# -- random splits: any fragmentation gives the same message --------------------------------

json_scalars = (
    st.none()
    | st.booleans()
    | st.integers(min_value=-(2**53), max_value=2**53)
    | st.floats(allow_nan=False, allow_infinity=False)
    | st.text()
)
json_values = st.recursive(
    json_scalars,
    lambda children: (
        st.lists(children, max_size=4) | st.dictionaries(st.text(), children, max_size=4)
    ),
    max_leaves=20,
)
json_objects = st.dictionaries(st.text(), json_values, max_size=5)


@st.composite
def splits(draw: st.DrawFn, text: str) -> list[str]:
    """*text* cut at random places (empty fragments included)."""
    cuts = sorted(draw(st.lists(st.integers(0, len(text)), max_size=12)))
    return [text[a:b] for a, b in zip([0, *cuts], [*cuts, len(text)], strict=True)]


@settings(max_examples=150, deadline=None)
@given(
    text=st.text(),
    thinking=st.text(),
    tool_input=json_objects,
    ascii_json=st.booleans(),
    data=st.data(),
)
def test_any_split_gives_the_same_message(
    text: str, thinking: str, tool_input: dict[str, Any], ascii_json: bool, data: st.DataObject
) -> None:
    expected = message(
        {"type": "thinking", "thinking": thinking, "signature": "sig"},
        {"type": "text", "text": text},
        {"type": "tool_use", "id": "t1", "name": "f", "input": tool_input},
        stop_reason="tool_use",
    )
    raw_json = json.dumps(tool_input, ensure_ascii=ascii_json)
    events = [
        start_event(),
        block_start(0, {"type": "thinking", "thinking": "", "signature": ""}),
        *(delta(0, type="thinking_delta", thinking=p) for p in data.draw(splits(thinking))),
        delta(0, type="signature_delta", signature="sig"),
        stop(0),
        block_start(1, {"type": "text", "text": ""}),
        *(delta(1, type="text_delta", text=p) for p in data.draw(splits(text))),
        stop(1),
        block_start(2, {"type": "tool_use", "id": "t1", "name": "f", "input": {}}),
        *(delta(2, type="input_json_delta", partial_json=p) for p in data.draw(splits(raw_json))),
        stop(2),
        {"type": "message_delta", "delta": {"stop_reason": "tool_use"}, "usage": USAGE},
        {"type": "message_stop"},
    ]
    accumulator = accumulate(events)
    assert accumulator.snapshot() == expected
    assert accumulator.message().to_dict() == expected


# -- the lenient parser ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("", None),
        ("   ", None),
        ("{", {}),
        ('{"', {}),
        ('{"ke', {}),
        ('{"key"', {}),
        ('{"key":', {}),
        ('{"key": 12', {}),  # a number may have more digits: dropped
        ('{"key": 12,', {"key": 12}),
        ('{"key": tr', {}),
        ('{"key": true', {"key": True}),
        ('{"key": null', {"key": None}),
        ('{"key": "val', {"key": "val"}),
        ('{"key": "a\\', {"key": "a"}),
        ('{"key": "a\\n', {"key": "a\n"}),
        ('{"key": "a\\u00', {"key": "a"}),
        ('{"key": "a\\u00e9', {"key": "aé"}),
        ('{"key": "\\ud83d', {"key": ""}),
        ('{"key": "\\ud83d\\ude', {"key": ""}),
        ('{"key": "\\ud83d\\ude00', {"key": "😀"}),
        ('{"a": [1, 2', {"a": [1]}),
        ('{"a": [1, 2]', {"a": [1, 2]}),
        ('{"a": [1, {"b": "c"}, ', {"a": [1, {"b": "c"}]}),
        ('{"a": {"b": {}, "c": [', {"a": {"b": {}, "c": []}}),
        ('{"a": 1, "b', {"a": 1}),
        ('{"a": 1}', {"a": 1}),
        ("[", []),
        ('"abc', "abc"),
        ("12", None),
    ],
)
def test_parse_partial_json(text: str, expected: Any) -> None:
    assert parse_partial_json(text) == expected


@pytest.mark.parametrize(
    "text", ['{"a" 1', "{1", "}", '{"a": 1}x', '{"a": "\\x"', "[1,,", '{"a":1,}']
)
def test_parse_partial_json_rejects_what_is_not_a_prefix(text: str) -> None:
    with pytest.raises(ValueError):
        parse_partial_json(text)


def is_prefix(part: Any, full: Any) -> bool:
    """Whether *part* is what a prefix of *full*'s JSON can give: complete values, then the
    last one possibly cut (strings shortened, containers with fewer items)."""
    if isinstance(full, dict):
        keys = list(part) if isinstance(part, dict) else None
        if keys is None or keys != list(full)[: len(keys)]:
            return False
        return all(part[k] == full[k] for k in keys[:-1]) and (
            not keys or is_prefix(part[keys[-1]], full[keys[-1]])
        )
    if isinstance(full, list):
        if not isinstance(part, list) or len(part) > len(full):
            return False
        if not part:
            return True
        last = len(part) - 1
        return part[:last] == full[:last] and is_prefix(part[last], full[last])
    if isinstance(full, str):
        return isinstance(part, str) and full.startswith(part)
    return bool(part == full)


@settings(max_examples=150, deadline=None)
@given(value=json_objects, ascii_json=st.booleans())
def test_every_prefix_parses_to_a_prefix_of_the_value(
    value: dict[str, Any], ascii_json: bool
) -> None:
    text = json.dumps(value, ensure_ascii=ascii_json)
    for end in range(len(text) + 1):
        part = parse_partial_json(text[:end])
        if end == 0:
            assert part is None
        else:
            assert is_prefix(part, value), (text[:end], part)
    assert parse_partial_json(text) == value
