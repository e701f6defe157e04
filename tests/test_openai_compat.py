"""Tests for claude.from_openai: Chat Completions arguments as a MessageRequest."""

from __future__ import annotations

import base64
import struct
from typing import Any

import claude
import pytest

MODEL = "claude-sonnet-4-5"
PNG = b"\x89PNG\r\n\x1a\n" + struct.pack(">I", 13) + b"IHDR" + struct.pack(">II", 2, 2) + b"\0" * 9
PNG_URL = "data:image/png;base64," + base64.b64encode(PNG).decode()
PDF_URL = "data:application/pdf;base64," + base64.b64encode(b"%PDF-1.4\n%%EOF\n").decode()

WEATHER = {
    "type": "function",
    "function": {
        "name": "get_weather",
        "description": "The weather in a city.",
        "parameters": {
            "type": "object",
            "properties": {"city": {"type": "string"}},
            "required": ["city"],
        },
    },
}


def convert(**kwargs: Any) -> dict[str, Any]:
    base = {"model": "gpt-4o", "messages": [{"role": "user", "content": "Hi"}]}
    return claude.from_openai({**base, **kwargs}, model=MODEL).to_dict()


def test_a_whole_tool_conversation() -> None:
    made = claude.from_openai(
        {
            "model": "gpt-4o",
            "max_completion_tokens": 500,
            "temperature": 0.3,
            "top_p": 0.9,
            "stop": ["END"],
            "user": "user-42",
            "tools": [WEATHER],
            "tool_choice": "auto",
            "parallel_tool_calls": False,
            "messages": [
                {"role": "system", "content": "Be brief."},
                {"role": "developer", "content": [{"type": "text", "text": "Use tools."}]},
                {
                    "role": "user",
                    "content": [
                        {"type": "text", "text": "Weather here?"},
                        {"type": "image_url", "image_url": {"url": "https://example.com/a.jpg"}},
                        {"type": "image_url", "image_url": {"url": PNG_URL, "detail": "low"}},
                    ],
                },
                {
                    "role": "assistant",
                    "content": None,
                    "tool_calls": [
                        {
                            "id": "call_1",
                            "type": "function",
                            "function": {"name": "get_weather", "arguments": '{"city": "Paris"}'},
                        },
                        {
                            "id": "call_2",
                            "type": "function",
                            "function": {"name": "get_weather", "arguments": '{"city": "Oslo"}'},
                        },
                    ],
                },
                {"role": "tool", "tool_call_id": "call_1", "content": "22 C"},
                {
                    "role": "tool",
                    "tool_call_id": "call_2",
                    "content": [{"type": "text", "text": "18 C"}],
                },
                {"role": "user", "content": "Thanks. Which is warmer?"},
            ],
        },
        model=MODEL,
    )
    data = made.to_dict()
    assert data["model"] == MODEL
    assert data["max_tokens"] == 500
    assert data["temperature"] == 0.3
    assert data["top_p"] == 0.9
    assert data["stop_sequences"] == ["END"]
    assert data["metadata"] == {"user_id": "user-42"}
    assert data["system"] == [
        {"type": "text", "text": "Be brief."},
        {"type": "text", "text": "Use tools."},
    ]
    assert data["tool_choice"] == {"type": "auto", "disable_parallel_tool_use": True}
    assert data["tools"] == [
        {
            "name": "get_weather",
            "description": "The weather in a city.",
            "input_schema": WEATHER["function"]["parameters"],  # type: ignore[index]
        }
    ]
    user, tool_calls, results = data["messages"]
    assert user["content"][0] == {"type": "text", "text": "Weather here?"}
    assert user["content"][1]["source"] == {"type": "url", "url": "https://example.com/a.jpg"}
    assert user["content"][2]["source"]["media_type"] == "image/png"
    assert tool_calls == {
        "role": "assistant",
        "content": [
            {"type": "tool_use", "id": "call_1", "name": "get_weather", "input": {"city": "Paris"}},
            {"type": "tool_use", "id": "call_2", "name": "get_weather", "input": {"city": "Oslo"}},
        ],
    }
    assert results == {
        "role": "user",
        "content": [  # tool turns and the next user turn merged
            {"type": "tool_result", "tool_use_id": "call_1", "content": "22 C"},
            {"type": "tool_result", "tool_use_id": "call_2", "content": "18 C"},
            {"type": "text", "text": "Thanks. Which is warmer?"},
        ],
    }


def test_model_and_max_tokens_defaults() -> None:
    made = claude.from_openai({"model": "gpt-4o", "messages": [{"role": "user", "content": "x"}]})
    assert made.model == "gpt-4o"  # kept: pass model= to choose a Claude model
    assert made.max_tokens == 4096
    assert convert(max_tokens=77)["max_tokens"] == 77
    assert "max_tokens" in convert(max_tokens=1)


@pytest.mark.parametrize(
    ("choice", "parallel", "expected"),
    [
        ("auto", None, {"type": "auto"}),
        ("required", None, {"type": "any"}),
        ("required", False, {"type": "any", "disable_parallel_tool_use": True}),
        ("none", False, {"type": "none"}),
        (
            {"type": "function", "function": {"name": "get_weather"}},
            None,
            {"type": "tool", "name": "get_weather"},
        ),
        (None, False, {"type": "auto", "disable_parallel_tool_use": True}),
        (None, True, {"type": "auto", "disable_parallel_tool_use": False}),
    ],
)
def test_tool_choice(choice: Any, parallel: Any, expected: dict[str, Any]) -> None:
    options: dict[str, Any] = {"tools": [WEATHER]}
    if choice is not None:
        options["tool_choice"] = choice
    if parallel is not None:
        options["parallel_tool_calls"] = parallel
    assert convert(**options)["tool_choice"] == expected


def test_no_tool_choice_by_default() -> None:
    assert "tool_choice" not in convert(tools=[WEATHER])


def test_consecutive_turns_merge_and_strings_stay_compact() -> None:
    data = convert(
        messages=[
            {"role": "user", "content": "a"},
            {"role": "user", "content": "b"},
            {"role": "assistant", "content": "c"},
            {
                "role": "assistant",
                "content": [{"type": "text", "text": "d"}, {"type": "refusal", "refusal": "no"}],
            },
            {"role": "user", "content": "e"},
        ]
    )
    assert data["messages"] == [
        {"role": "user", "content": [{"type": "text", "text": "a"}, {"type": "text", "text": "b"}]},
        {
            "role": "assistant",
            "content": [{"type": "text", "text": "c"}, {"type": "text", "text": "d"}],
        },
        {"role": "user", "content": "e"},
    ]


def test_stop_string_and_json_schema_format() -> None:
    schema = {"type": "object", "properties": {"answer": {"type": "string"}}}
    data = convert(
        stop="STOP",
        stream=True,
        n=1,
        response_format={"type": "json_schema", "json_schema": {"name": "a", "schema": schema}},
    )
    assert data["stop_sequences"] == ["STOP"]
    assert "stream" not in data
    assert data["output_config"] == {"format": {"type": "json_schema", "schema": schema}}
    assert "output_config" not in convert(response_format={"type": "text"})


def test_pdf_file_part() -> None:
    data = convert(
        messages=[
            {
                "role": "user",
                "content": [
                    {"type": "file", "file": {"file_data": PDF_URL, "filename": "a.pdf"}},
                    {"type": "text", "text": "Summarise."},
                ],
            }
        ]
    )
    block = data["messages"][0]["content"][0]
    assert block["type"] == "document"
    assert block["title"] == "a.pdf"
    assert block["source"]["media_type"] == "application/pdf"


def raises(match: str) -> Any:
    return pytest.raises(claude.RequestValidationError, match=match)


@pytest.mark.parametrize(
    ("kwargs", "match"),
    [
        ({"frequency_penalty": 0.5}, r"frequency_penalty: has no Claude Messages API equivalent"),
        ({"n": 2}, r"n: Claude returns one reply per request \(got 2\)"),
        ({"temperature": 1.5}, r"temperature: must be a number from 0 to 1 \(got 1.5\)"),
        ({"tool_choice": "sometimes"}, r"tool_choice: expected 'auto', 'none', 'required'"),
        (
            {"response_format": {"type": "json_object"}},
            r"response_format: only json_schema response formats convert",
        ),
        ({"tools": [{"type": "custom", "custom": {}}]}, r"tools\[0\]: only function tools"),
        (
            {"tools": [{"type": "function", "function": {"name": "bad name"}}]},
            r"tools\[0\]\.function\.name: a tool name must match",
        ),
        (
            {"messages": [{"role": "function", "content": "x"}]},
            r"messages\[0\]\.role: expected system, developer, user, assistant or tool",
        ),
        (
            {"messages": [{"role": "user", "content": [{"type": "input_audio"}]}]},
            r"messages\[0\]\.content\[0\]\.type: expected a text, image_url or file part",
        ),
        (
            {
                "messages": [
                    {
                        "role": "user",
                        "content": [{"type": "image_url", "image_url": {"url": "ftp://x"}}],
                    }
                ]
            },
            r"messages\[0\]\.content\[0\]\.image_url\.url: expected an http\(s\) URL",
        ),
        (
            {
                "messages": [
                    {
                        "role": "user",
                        "content": [
                            {
                                "type": "image_url",
                                "image_url": {"url": "data:image/bmp;base64,Qk0="},
                            }
                        ],
                    }
                ]
            },
            r"messages\[0\]\.content\[0\]\.image_url\.url: the API takes images of type",
        ),
        (
            {
                "messages": [
                    {"role": "user", "content": [{"type": "file", "file": {"file_id": "file-abc"}}]}
                ]
            },
            r"messages\[0\]\.content\[0\]\.file\.file_data: expected a PDF as a base64 data URL",
        ),
        (
            {
                "messages": [
                    {
                        "role": "assistant",
                        "tool_calls": [
                            {
                                "id": "c",
                                "type": "function",
                                "function": {"name": "f", "arguments": "[1]"},
                            }
                        ],
                    }
                ]
            },
            r"messages\[0\]\.tool_calls\[0\]\.function\.arguments: expected a JSON object",
        ),
        (
            {"messages": [{"role": "assistant", "function_call": {"name": "f"}}]},
            r"messages\[0\]\.function_call: legacy function calls are not supported",
        ),
        (
            {"messages": [{"role": "system", "content": [{"type": "image_url"}]}]},
            r"messages\[0\]\.content\[0\]\.type: only text parts are allowed here",
        ),
    ],
)
def test_errors_name_the_openai_field(kwargs: dict[str, Any], match: str) -> None:
    with raises(match):
        convert(**kwargs)


def test_tool_message_without_a_call_is_caught() -> None:
    with raises(r"tool_use_id: answers no tool_use of the previous assistant turn"):
        convert(messages=[{"role": "tool", "tool_call_id": "call_9", "content": "x"}])
