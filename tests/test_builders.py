"""Tests for the content helpers, MessageRequest, limits, response helpers and Conversation."""

from __future__ import annotations

import base64
import dataclasses
import struct
from pathlib import Path
from typing import Any

import attrs
import claude
import httpx
import orjson
import pytest
from claude._build import limits as _limits
from claude._build.media import image_dimensions, sniff
from claude_api.models import (
    AssistantMessageParam,
    Base64ImageSourceParam,
    Base64PDFSourceParam,
    ContentBlockSourceParam,
    FileDocumentSourceParam,
    FileImageSourceParam,
    Message,
    MessageCreateParams,
    PlainTextSourceParam,
    TextBlockParam,
    ThinkingBlockParam,
    ToolParam,
    URLImageSourceParam,
    URLPDFSourceParam,
    UserMessageParam,
)

MODEL = "claude-sonnet-4-5"


# --- sample media --------------------------------------------------------------------------


def png(width: int = 2, height: int = 3, pad: int = 0) -> bytes:
    """A PNG signature and IHDR (enough for sniffing and sizing), plus *pad* bytes."""
    ihdr = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + struct.pack(">I", 13) + b"IHDR" + ihdr + b"\0" * (4 + pad)


def gif(width: int = 4, height: int = 5) -> bytes:
    return b"GIF89a" + struct.pack("<HH", width, height) + b"\0" * 8


def jpeg(width: int = 6, height: int = 7) -> bytes:
    app0 = b"\xff\xe0" + struct.pack(">H", 16) + b"JFIF\0" + b"\0" * 9
    sof = b"\xff\xc0" + struct.pack(">HBHHB", 11, 8, height, width, 1) + b"\x01\x11\x00"
    return b"\xff\xd8" + app0 + sof + b"\xff\xd9"


def webp(width: int = 8, height: int = 9) -> bytes:
    body = b"VP8X" + struct.pack("<I", 10) + b"\0" * 4
    body += (width - 1).to_bytes(3, "little") + (height - 1).to_bytes(3, "little")
    return b"RIFF" + struct.pack("<I", 4 + len(body)) + b"WEBP" + body


PDF = b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"


def message(*content: dict[str, Any], stop_reason: str = "end_turn") -> Message:
    return Message.from_dict(
        {
            "id": "msg_1",
            "type": "message",
            "role": "assistant",
            "model": MODEL,
            "content": list(content),
            "stop_reason": stop_reason,
            "usage": {"input_tokens": 1, "output_tokens": 1},
        }
    )


def request(**changes: Any) -> claude.MessageRequest:
    return claude.MessageRequest(MODEL, max_tokens=2048, **changes).user("Hi")


def raises(match: str) -> Any:
    return pytest.raises(claude.RequestValidationError, match=match)


# --- media sniffing -----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("data", "media_type", "size"),
    [
        (png(), "image/png", (2, 3)),
        (gif(), "image/gif", (4, 5)),
        (jpeg(), "image/jpeg", (6, 7)),
        (webp(), "image/webp", (8, 9)),
    ],
)
def test_sniff_and_dimensions(data: bytes, media_type: str, size: tuple[int, int]) -> None:
    assert sniff(data) == media_type
    assert image_dimensions(data) == size


def test_sniff_pdf_and_unknown() -> None:
    assert sniff(PDF) == "application/pdf"
    assert sniff(b"BM\0\0") is None
    assert image_dimensions(b"BM\0\0") is None
    assert image_dimensions(b"\xff\xd8\xff") is None  # truncated JPEG


# --- text and messages ---------------------------------------------------------------------


def test_text() -> None:
    assert claude.text("hi").to_dict() == {"type": "text", "text": "hi"}
    marked = claude.text("hi", cache="1h").to_dict()
    assert marked["cache_control"] == {"type": "ephemeral", "ttl": "1h"}
    assert claude.text("hi", cache=True).to_dict()["cache_control"] == {
        "type": "ephemeral",
        "ttl": "5m",
    }


def test_text_empty() -> None:
    with raises(r"text: text blocks must be non-empty strings \(got ''\)"):
        claude.text("")


def test_user_string_and_blocks() -> None:
    assert claude.user("Hello").to_dict() == {"role": "user", "content": "Hello"}
    made = claude.user("Look", claude.image(png()))
    assert isinstance(made, UserMessageParam)
    content = made.to_dict()["content"]
    assert [b["type"] for b in content] == ["text", "image"]


def test_user_cache_marks_last_block() -> None:
    made = claude.user("Hello", cache="1h").to_dict()
    assert made["content"] == [
        {"type": "text", "text": "Hello", "cache_control": {"type": "ephemeral", "ttl": "1h"}}
    ]


@pytest.mark.parametrize("content", [(), ("",)])
def test_user_empty_content(content: tuple[str, ...]) -> None:
    with raises("content: a message needs some content"):
        claude.user(*content)


def test_user_rejects_other_objects() -> None:
    with pytest.raises(TypeError, match="expected a string or a content block"):
        claude.user(42)


def test_user_accepts_dict_blocks_and_checks_them() -> None:
    made = claude.user({"type": "text", "text": "hi"})
    assert made.to_dict()["content"] == [{"type": "text", "text": "hi"}]
    with raises(r"content\[0\]\.source\.media_type: expected one of"):
        claude.user(
            {
                "type": "image",
                "source": {"type": "base64", "media_type": "image/bmp", "data": "AA=="},
            }
        )


def test_assistant_from_response_blocks() -> None:
    reply = message(
        {"type": "text", "text": "Sure"},
        {"type": "tool_use", "id": "toolu_1", "name": "f", "input": {"a": 1}},
    )
    made = claude.assistant(*reply.content)
    assert isinstance(made, AssistantMessageParam)
    assert made.to_dict() == {
        "role": "assistant",
        "content": [
            {"type": "text", "text": "Sure"},
            {"type": "tool_use", "id": "toolu_1", "name": "f", "input": {"a": 1}},
        ],
    }


# --- images --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("data", "media_type"),
    [(png(), "image/png"), (gif(), "image/gif"), (jpeg(), "image/jpeg"), (webp(), "image/webp")],
)
def test_image_from_bytes_detects_type(data: bytes, media_type: str) -> None:
    block = claude.image(data)
    assert isinstance(block.source, Base64ImageSourceParam)
    assert block.source.media_type == media_type
    assert base64.b64decode(block.source.data) == data


def test_image_from_path(tmp_path: Path) -> None:
    path = tmp_path / "picture.bin"  # the name says nothing: the bytes decide
    path.write_bytes(gif())
    assert claude.image(path).source.media_type == "image/gif"  # type: ignore[union-attr]
    assert claude.image(str(path)).source.media_type == "image/gif"  # type: ignore[union-attr]


def test_image_from_url_base64_data_url_and_file() -> None:
    assert isinstance(claude.image("https://example.com/a.png").source, URLImageSourceParam)
    encoded = base64.b64encode(png()).decode()
    from_b64 = claude.image(base64=encoded, cache="5m")
    assert from_b64.source.to_dict() == {
        "type": "base64",
        "media_type": "image/png",
        "data": encoded,
    }
    assert from_b64.to_dict()["cache_control"] == {"type": "ephemeral", "ttl": "5m"}
    data_url = claude.image(f"data:image/png;base64,{encoded}")
    assert data_url.source.to_dict() == from_b64.source.to_dict()
    assert isinstance(claude.image(file_id="file_1").source, FileImageSourceParam)


def test_image_media_type_not_taken() -> None:
    with raises(
        r"media_type: the API takes images of type image/jpeg, image/png, image/gif, "
        r"image/webp \(got 'image/bmp'\)"
    ):
        claude.image(png(), media_type="image/bmp")


def test_image_bytes_of_another_format() -> None:
    with raises(r"source.data: is not a JPEG, PNG, GIF or WebP image \(by its first bytes\)"):
        claude.image(b"BM\x00\x00\x00\x00")


def test_image_media_type_mismatch() -> None:
    with raises(
        r"media_type: does not match the image bytes, which are image/png \(got "
        r"'image/jpeg'\)"
    ):
        claude.image(png(), media_type="image/jpeg")


def test_image_data_url_with_unsupported_type() -> None:
    encoded = base64.b64encode(b"BM\0\0").decode()
    with raises("media_type: the API takes images of type"):
        claude.image(f"data:image/bmp;base64,{encoded}")


def test_image_over_5_mb_as_base64() -> None:
    raw = png(pad=3_932_160)  # about 3.75 MB of bytes: just over 5 MB as base64
    assert len(base64.b64encode(raw)) > _limits.IMAGE_MAX_BASE64_BYTES
    with raises(
        r"source.data: image is \d+ bytes as base64, over the API's 5 MB per-image "
        r"maximum \(5242880 bytes\)"
    ):
        claude.image(raw)


def test_image_just_under_5_mb_is_fine() -> None:
    raw = png(pad=3_900_000)
    assert len(base64.b64encode(raw)) <= _limits.IMAGE_MAX_BASE64_BYTES
    assert claude.image(raw).source.media_type == "image/png"  # type: ignore[union-attr]


def test_image_over_8000_px() -> None:
    with raises(r"source.data: image is 8001x10 px; the API takes at most 8000x8000"):
        claude.image(png(8001, 10))


def test_image_bad_base64() -> None:
    with raises("base64: is not valid base64"):
        claude.image(base64="not base64!")


@pytest.mark.parametrize(
    "kwargs", [{}, {"base64": "AA==", "file_id": "file_1"}], ids=["none", "two"]
)
def test_image_needs_exactly_one_source(kwargs: dict[str, Any]) -> None:
    with raises("source: give exactly one of source, base64, file_id"):
        claude.image(**kwargs)


# --- documents -----------------------------------------------------------------------------


def test_document_pdf_from_bytes_and_path(tmp_path: Path) -> None:
    block = claude.document(PDF, title="Manual", context="v2", citations=True, cache="1h")
    assert isinstance(block.source, Base64PDFSourceParam)
    assert block.to_dict() == {
        "type": "document",
        "source": {
            "type": "base64",
            "media_type": "application/pdf",
            "data": base64.b64encode(PDF).decode(),
        },
        "title": "Manual",
        "context": "v2",
        "citations": {"enabled": True},
        "cache_control": {"type": "ephemeral", "ttl": "1h"},
    }
    path = tmp_path / "manual.pdf"
    path.write_bytes(PDF)
    assert claude.document(path).source.to_dict() == block.source.to_dict()


def test_document_sources() -> None:
    assert isinstance(claude.document("https://example.com/a.pdf").source, URLPDFSourceParam)
    assert claude.document(text="Plain").source.to_dict() == {
        "type": "text",
        "media_type": "text/plain",
        "data": "Plain",
    }
    assert isinstance(claude.document(b"utf-8 text \xc3\xa9").source, PlainTextSourceParam)
    custom = claude.document(content=["one", claude.text("two")])
    assert isinstance(custom.source, ContentBlockSourceParam)
    assert [b.text for b in custom.source.content] == ["one", "two"]  # type: ignore[union-attr]
    assert isinstance(claude.document(file_id="file_1").source, FileDocumentSourceParam)
    encoded = base64.b64encode(PDF).decode()
    assert claude.document(base64=encoded).source.to_dict()["data"] == encoded
    assert (
        claude.document(f"data:application/pdf;base64,{encoded}").source.to_dict()["data"]
        == encoded
    )
    assert claude.document(PDF, citations=False).to_dict()["citations"] == {"enabled": False}


def test_document_neither_pdf_nor_text() -> None:
    with raises(r"source: is neither a PDF \(by its first bytes\) nor UTF-8 text"):
        claude.document(b"\xff\xfe\x00\x81")


def test_document_over_the_request_limit() -> None:
    huge = "a" * (_limits.REQUEST_MAX_BYTES + 1)
    with raises(
        r"text: document is 33554433 bytes as base64, over the API's 32 MB request "
        r"size limit"
    ):
        claude.document(text=huge)


# --- tool results --------------------------------------------------------------------------


def test_tool_result_kinds() -> None:
    assert claude.tool_result("toolu_1", "22 C").to_dict() == {
        "type": "tool_result",
        "tool_use_id": "toolu_1",
        "content": "22 C",
    }
    failed = claude.tool_result("toolu_1", ValueError("no such city")).to_dict()
    assert failed["is_error"] is True
    assert failed["content"] == "ValueError: no such city"
    blocks = claude.tool_result("toolu_1", [claude.text("a"), "b"]).to_dict()
    assert blocks["content"] == [{"type": "text", "text": "a"}, {"type": "text", "text": "b"}]
    assert (
        claude.tool_result("toolu_1", claude.image(png())).to_dict()["content"][0]["type"]
        == "image"
    )
    assert claude.tool_result("toolu_1").to_dict() == {
        "type": "tool_result",
        "tool_use_id": "toolu_1",
    }
    explicit = claude.tool_result("toolu_1", "partial", is_error=True, cache=True).to_dict()
    assert explicit["is_error"] is True
    assert explicit["cache_control"] == {"type": "ephemeral", "ttl": "5m"}


def test_tool_result_json_values() -> None:
    @dataclasses.dataclass
    class Point:
        x: int
        y: int

    @attrs.define
    class Box:
        side: float

    assert claude.tool_result("t", {"a": [1, 2]}).content == '{"a":[1,2]}'
    assert claude.tool_result("t", Point(1, 2)).content == '{"x":1,"y":2}'
    assert claude.tool_result("t", Box(1.5)).content == '{"side":1.5}'
    assert claude.tool_result("t", 3).content == "3"
    with pytest.raises(TypeError, match="a tool result of type object is not JSON-serialisable"):
        claude.tool_result("t", object())


def test_tool_result_accepts_the_tool_use_block() -> None:
    block = claude.tool_uses(
        message({"type": "tool_use", "id": "toolu_9", "name": "f", "input": {}})
    )[0]
    assert claude.tool_result(block, "ok").tool_use_id == "toolu_9"


def test_tool_result_empty_id() -> None:
    with raises("tool_use_id: expected the non-empty id of a tool_use block"):
        claude.tool_result("", "x")


# --- cache marking -------------------------------------------------------------------------


def test_cached_block_is_a_copy() -> None:
    original = claude.text("hi")
    original.additional_properties["x_extra"] = 1
    marked = claude.cached(original, ttl="1h")
    assert marked is not original
    assert original.to_dict() == {"type": "text", "text": "hi", "x_extra": 1}
    assert marked.to_dict() == {
        "type": "text",
        "text": "hi",
        "x_extra": 1,
        "cache_control": {"type": "ephemeral", "ttl": "1h"},
    }


def test_cached_kinds() -> None:
    assert isinstance(claude.cached("system part"), TextBlockParam)

    @claude.tool
    def ping() -> str:
        """Ping."""
        return "pong"

    tool_param = claude.cached(ping, ttl="1h")
    assert isinstance(tool_param, ToolParam)
    assert tool_param.to_dict()["cache_control"] == {"type": "ephemeral", "ttl": "1h"}
    turn = claude.cached(claude.user("a", "b")).to_dict()
    assert "cache_control" not in turn["content"][0]
    assert turn["content"][1]["cache_control"] == {"type": "ephemeral", "ttl": "5m"}
    assert claude.cached(claude.user("a")).to_dict()["content"][0]["text"] == "a"
    assert claude.cached({"type": "text", "text": "a"})["cache_control"] == {
        "type": "ephemeral",
        "ttl": "5m",
    }
    doc = claude.cached(claude.document(text="x"), ttl="1h")
    assert doc.to_dict()["cache_control"]["ttl"] == "1h"


def test_cached_rejects_what_cannot_be_cached() -> None:
    with pytest.raises(TypeError, match="ThinkingBlockParam cannot carry cache_control"):
        claude.cached(ThinkingBlockParam(signature="s", thinking="t"))


def test_cache_ttl_values() -> None:
    assert claude.cache_control("1h").to_dict() == {"type": "ephemeral", "ttl": "1h"}
    with raises(r"ttl: a cache TTL is '5m' or '1h' \(got '2h'\)"):
        claude.cached(claude.text("x"), ttl="2h")  # type: ignore[call-overload]


# --- MessageRequest ------------------------------------------------------------------------


def test_request_is_immutable() -> None:
    base = claude.MessageRequest(MODEL, max_tokens=100)
    changed = base.user("Hi").with_temperature(0.5)
    assert base.messages == ()
    assert base.temperature is None
    assert changed.temperature == 0.5
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        base.model = "other"  # type: ignore[misc]


def test_request_full_chain() -> None:
    @claude.tool
    def get_weather(city: str) -> str:
        """Weather in a city."""
        return "sunny"

    built = (
        claude.MessageRequest(MODEL, max_tokens=4096)
        .with_system("Be brief.", cache="1h")
        .with_tools(get_weather)
        .with_tool_choice("get_weather", parallel=False)
        .with_metadata(user_id="u-1")
        .with_stop_sequences("END")
        .with_temperature(0.2)
        .with_top_p(0.9)
        .with_top_k(40)
        .with_service_tier("standard_only")
        .with_output_format({"type": "object", "properties": {"a": {"type": "string"}}})
        .with_betas("beta-1", "beta-2")
        .user("Weather?")
    )
    params = built.to_params()
    assert isinstance(params, MessageCreateParams)
    assert params.to_dict() == {
        "model": MODEL,
        "max_tokens": 4096,
        "messages": [{"role": "user", "content": "Weather?"}],
        "system": [
            {
                "type": "text",
                "text": "Be brief.",
                "cache_control": {"type": "ephemeral", "ttl": "1h"},
            }
        ],
        "tools": [
            {
                "name": "get_weather",
                "description": "Weather in a city.",
                "input_schema": {
                    "type": "object",
                    "properties": {"city": {"type": "string"}},
                    "required": ["city"],
                    "additionalProperties": False,
                },
            }
        ],
        "tool_choice": {"type": "tool", "name": "get_weather", "disable_parallel_tool_use": True},
        "metadata": {"user_id": "u-1"},
        "stop_sequences": ["END"],
        "temperature": 0.2,
        "top_p": 0.9,
        "top_k": 40,
        "service_tier": "standard_only",
        "output_config": {
            "format": {
                "type": "json_schema",
                "schema": {"type": "object", "properties": {"a": {"type": "string"}}},
            }
        },
    }
    assert built.betas == ("beta-1", "beta-2")
    assert built.to_dict() == params.to_dict()


def test_request_system_forms() -> None:
    assert request().with_system("S").to_dict()["system"] == "S"
    parts = request().with_system("A", claude.text("B")).to_dict()["system"]
    assert parts == [{"type": "text", "text": "A"}, {"type": "text", "text": "B"}]
    assert "system" not in request().with_system("S").with_system().to_dict()


@pytest.mark.parametrize(
    ("thinking", "expected"),
    [
        (1024, {"type": "enabled", "budget_tokens": 1024}),
        ("adaptive", {"type": "adaptive"}),
        ("disabled", {"type": "disabled"}),
    ],
)
def test_request_thinking(thinking: Any, expected: dict[str, Any]) -> None:
    assert request().with_thinking(thinking).to_dict()["thinking"] == expected
    assert "thinking" not in request().with_thinking(thinking).with_thinking(None).to_dict()


def test_request_thinking_display() -> None:
    made = request().with_thinking("adaptive", display="summarized").to_dict()
    assert made["thinking"] == {"type": "adaptive", "display": "summarized"}


@pytest.mark.parametrize(
    ("choice", "parallel", "expected"),
    [
        ("auto", None, {"type": "auto"}),
        ("any", False, {"type": "any", "disable_parallel_tool_use": True}),
        ("auto", True, {"type": "auto", "disable_parallel_tool_use": False}),
        ("none", None, {"type": "none"}),
        ("f", None, {"type": "tool", "name": "f"}),
    ],
)
def test_request_tool_choice(choice: str, parallel: bool | None, expected: Any) -> None:
    made = request().with_tools({"name": "f", "input_schema": {"type": "object"}})
    assert made.with_tool_choice(choice, parallel=parallel).to_dict()["tool_choice"] == expected


def test_request_tool_choice_none_with_parallel() -> None:
    with raises("tool_choice: parallel does not apply to 'none'"):
        request().with_tool_choice("none", parallel=False)


def test_request_tools_of_every_kind() -> None:
    def plain(x: int) -> int:
        """Double."""
        return 2 * x

    made = request().with_tools(
        plain,
        {"name": "raw", "input_schema": {"type": "object"}},
        {"type": "web_search_20250305", "name": "web_search"},
        ToolParam.from_dict({"name": "model", "input_schema": {"type": "object"}}),
    )
    names = [t["name"] for t in made.to_dict()["tools"]]
    assert names == ["plain", "raw", "web_search", "model"]
    assert len(made.add_tools({"name": "more", "input_schema": {"type": "object"}}).tools) == 5


def test_request_output_format_from_a_dataclass() -> None:
    @dataclasses.dataclass
    class Answer:
        city: str
        celsius: float

    schema = request().with_output_format(Answer).to_dict()["output_config"]["format"]["schema"]
    assert schema["properties"] == {"city": {"type": "string"}, "celsius": {"type": "number"}}
    assert "output_config" not in request().with_output_format(Answer).with_output_format(
        None
    ).to_dict().get("output_config", {})


def test_request_messages_dicts_and_replies() -> None:
    reply = message({"type": "text", "text": "Hello!"})
    made = request().add_reply(reply).add_messages({"role": "user", "content": "Again"})
    assert [m["role"] for m in made.to_dict()["messages"]] == ["user", "assistant", "user"]
    assert made.with_messages([claude.user("Only")]).to_dict()["messages"] == [
        {"role": "user", "content": "Only"}
    ]
    with raises(r"messages\[0\]\.role: expected 'user' or 'assistant'"):
        request().add_messages({"role": "robot", "content": "x"})


def test_request_cache_latest() -> None:
    made = request().assistant("Yes").user("More").cache_latest("1h").to_dict()
    assert made["messages"][-1]["content"] == [
        {"type": "text", "text": "More", "cache_control": {"type": "ephemeral", "ttl": "1h"}}
    ]
    assert made["messages"][0] == {"role": "user", "content": "Hi"}


def test_request_from_params_round_trip() -> None:
    built = request().with_system("S").with_temperature(0.3).with_stop_sequences("x")
    again = claude.MessageRequest.from_params(built.to_params(), betas=["b"])
    assert again.to_dict() == built.to_dict()
    assert again.betas == ("b",)
    assert claude.MessageRequest.from_params(built.to_dict()).to_dict() == built.to_dict()


# --- validation errors ---------------------------------------------------------------------


def test_error_empty_model() -> None:
    with raises(r"model: a model id is required, such as 'claude-sonnet-4-5' \(got ''\)"):
        claude.MessageRequest("", max_tokens=10).user("x").to_params()
    with raises("model: a model id is required"):
        request().with_model(" ")


@pytest.mark.parametrize("value", [0, -1, 1.5, True])
def test_error_max_tokens(value: Any) -> None:
    with raises(rf"max_tokens: must be an integer >= 1 \(got {value!r}\)"):
        request().with_max_tokens(value)
    with raises("max_tokens: must be an integer >= 1"):
        claude.MessageRequest(MODEL, max_tokens=value)


def test_error_max_tokens_missing() -> None:
    # the same error as a dict body without max_tokens gets from the request pipeline
    with raises(r"^max_tokens: required field missing$"):
        claude.MessageRequest(MODEL).user("x").to_params()


def test_error_no_messages() -> None:
    with raises(r"messages: at least one message is required \(got \[\]\)"):
        claude.MessageRequest(MODEL, max_tokens=10).to_params()


def test_error_empty_message_content() -> None:
    with raises(r"messages\[1\]\.content: a message needs some content \(got \[\]\)"):
        request().add_messages({"role": "assistant", "content": []}).to_params()
    with raises(r"messages\[0\]\.content: a message needs some content \(got ''\)"):
        claude.MessageRequest(MODEL, max_tokens=10).add_messages(
            {"role": "user", "content": ""}
        ).to_params()


@pytest.mark.parametrize("name", ["temperature", "top_p"])
@pytest.mark.parametrize("value", [-0.1, 1.01, 2])
def test_error_unit_ranges(name: str, value: float) -> None:
    with raises(rf"{name}: must be a number from 0 to 1 \(got {value!r}\)"):
        getattr(request(), f"with_{name}")(value)


def test_error_top_k() -> None:
    with raises(r"top_k: must be an integer >= 0 \(got -1\)"):
        request().with_top_k(-1)


def test_error_thinking_budget_too_small() -> None:
    with raises(r"thinking\.budget_tokens: must be an integer >= 1024 \(got 1023\)"):
        request().with_thinking(1023)


def test_error_thinking_budget_not_below_max_tokens() -> None:
    with raises(r"thinking\.budget_tokens: must be less than max_tokens \(2048\) \(got 2048\)"):
        request().with_thinking(2048)
    # checked again as a whole, after max_tokens changed
    made = request().with_thinking(1500).with_max_tokens(1500)
    with raises(r"thinking\.budget_tokens: must be less than max_tokens \(1500\)"):
        made.to_params()


def test_error_thinking_with_sampling() -> None:
    with raises(r"temperature: must be 1 \(or unset\) when thinking is on \(got 0.5\)"):
        request().with_thinking(1024).with_temperature(0.5).to_params()
    with raises("top_k: cannot be set when thinking is on"):
        request().with_thinking("adaptive").with_top_k(5).to_params()
    with raises(r"top_p: must be from 0.95 to 1 when thinking is on \(got 0.9\)"):
        request().with_thinking(1024).with_top_p(0.9).to_params()
    assert request().with_thinking(1024).with_top_p(0.95).with_temperature(1).to_params()
    forced = request().with_tools({"name": "f", "input_schema": {"type": "object"}})
    with raises(r"tool_choice\.type: only 'auto' or 'none' work with thinking \(got 'any'\)"):
        forced.with_tool_choice("any").with_thinking(1024).to_params()


@pytest.mark.parametrize("name", ["", "has space", "x" * 65, "dot.ted", "ü"])
def test_error_tool_name(name: str) -> None:
    with raises(r"tools\[0\]\.name: a tool name must match \^\[a-zA-Z0-9_-\]\{1,64\}\$"):
        request().with_tools({"name": name, "input_schema": {"type": "object"}})


def test_error_duplicate_tool_names() -> None:
    tool = {"name": "f", "input_schema": {"type": "object"}}
    with raises(r"tools\[1\]\.name: duplicate tool name \(got 'f'\)"):
        request().with_tools(tool, tool)
    with raises(r"tools\[1\]\.name: duplicate tool name"):
        request().with_tools(tool).add_tools(tool)


def test_error_tool_choice_names_unknown_tool() -> None:
    with raises(r"tool_choice\.name: names no tool of the request \(got 'missing'\)"):
        request().with_tool_choice("missing").to_params()


def test_error_tool_result_answers_nothing() -> None:
    made = claude.MessageRequest(MODEL, max_tokens=10).user(claude.tool_result("toolu_1", "x"))
    with raises(
        r"messages\[0\]\.content\[0\]\.tool_use_id: answers no tool_use of the previous "
        r"assistant turn \(got 'toolu_1'\)"
    ):
        made.to_params()


def tool_use_turn(*ids: str) -> AssistantMessageParam:
    return claude.assistant(*({"type": "tool_use", "id": i, "name": "f", "input": {}} for i in ids))


def test_tool_results_pairing_accepted() -> None:
    made = (
        request()
        .add_messages(tool_use_turn("toolu_1", "toolu_2"))
        .user(claude.tool_result("toolu_1", "a"), claude.tool_result("toolu_2", "b"), "and?")
    )
    assert len(made.to_params().messages) == 3


def test_error_tool_result_of_an_older_turn() -> None:
    made = (
        request()
        .add_messages(tool_use_turn("toolu_1"))
        .user(claude.tool_result("toolu_1", "a"))
        .assistant("ok")
        .user(claude.tool_result("toolu_1", "again"))
    )
    with raises(r"messages\[4\]\.content\[0\]\.tool_use_id: answers no tool_use"):
        made.to_params()


def test_error_tool_use_unanswered() -> None:
    made = request().add_messages(tool_use_turn("toolu_1", "toolu_2"))
    made = made.user(claude.tool_result("toolu_1", "a"))
    with raises(
        r"messages\[2\]: these tool_use ids of the previous assistant turn have no "
        r"tool_result in the user turn after it \(got \['toolu_2'\]\)"
    ):
        made.to_params()


def test_error_tool_result_after_text() -> None:
    made = request().add_messages(tool_use_turn("toolu_1"))
    made = made.user("first", claude.tool_result("toolu_1", "a"))
    with raises(r"messages\[2\]\.content\[1\]: tool_result blocks must come first in a user turn"):
        made.to_params()


def test_error_empty_text_block_in_request() -> None:
    made = request().add_messages({"role": "assistant", "content": [{"type": "text", "text": ""}]})
    with raises(r"messages\[1\]\.content\[0\]\.text: text blocks must be non-empty"):
        made.to_params()


def test_error_image_checked_when_added() -> None:
    bad = {
        "role": "user",
        "content": [
            {
                "type": "image",
                "source": {"type": "base64", "media_type": "image/bmp", "data": "AA=="},
            }
        ],
    }
    with raises(
        r"content\[0\]\.source\.media_type: expected one of 'image/gif', 'image/jpeg', "
        r"'image/png', 'image/webp', got 'image/bmp'"
    ):
        request().add_messages(bad)


def test_error_image_over_5_mb_in_request() -> None:
    data = "A" * (_limits.IMAGE_MAX_BASE64_BYTES + 4)
    made = request().add_messages(
        {
            "role": "user",
            "content": [
                {
                    "type": "image",
                    "source": {"type": "base64", "media_type": "image/png", "data": data},
                }
            ],
        }
    )
    with raises(r"messages\[1\]\.content\[0\]\.source\.data: image is 5242884 bytes as base64"):
        made.to_params()


def test_error_request_over_32_mb_of_inline_media() -> None:
    raw = png(pad=3_900_000)
    block = claude.image(raw)  # one 5 MB string, shared by every block below
    made = request().user(*([block] * 7))
    with raises(
        r"messages\[1\]\.content\[6\]: inline images and documents add up to \d+ "
        r"bytes, over the API's 32 MB request size limit"
    ):
        made.to_params()


def test_error_too_many_images() -> None:
    block = claude.image("https://example.com/a.png")
    made = request().user(*([block] * (_limits.IMAGES_MAX_PER_REQUEST + 1)))
    with raises(r"messages\[1\]\.content\[600\]: the API takes at most 600 images a request"):
        made.to_params()


def test_error_too_many_cache_breakpoints() -> None:
    made = request().with_system(*(claude.text(str(i), cache=True) for i in range(5)))
    with raises(r"system\[4\]\.cache_control: the API takes at most 4 cache breakpoints"):
        made.to_params()


def test_error_1h_breakpoint_after_5m() -> None:
    made = request().with_system(claude.text("a", cache="5m"), claude.text("b", cache="1h"))
    with raises(r"system\[1\]\.cache_control\.ttl: a 1h cache breakpoint cannot follow a 5m one"):
        made.to_params()


def test_error_structure_is_checked_too() -> None:
    with raises(r"input_schema: required field missing"):
        request().with_tools({"name": "f"})
    with pytest.raises(TypeError, match=r"tools\[0\]: expected a tool, a function or a dict"):
        request().with_tools(42)


# --- betas reach the wire ------------------------------------------------------------------


def recording_client() -> tuple[claude.Client, list[httpx.Request]]:
    seen: list[httpx.Request] = []
    reply = {
        "id": "msg_1",
        "type": "message",
        "role": "assistant",
        "model": MODEL,
        "content": [{"type": "text", "text": "ok"}],
        "stop_reason": "end_turn",
        "usage": {"input_tokens": 1, "output_tokens": 1},
    }

    def handle(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        if request.url.path.endswith("count_tokens"):
            return httpx.Response(200, json={"input_tokens": 3})
        return httpx.Response(200, json=reply)

    http = httpx.Client(transport=httpx.MockTransport(handle))
    return claude.Client(api_key="k", base_url="http://test", http_client=http), seen


def test_builder_betas_are_sent() -> None:
    client, seen = recording_client()
    built = request().with_betas("a-beta", "b-beta")
    assert claude.text_of(client.messages.create(built)) == "ok"
    assert seen[-1].headers["anthropic-beta"] == "a-beta,b-beta"
    client.messages.create(built, betas=["explicit"])
    assert seen[-1].headers["anthropic-beta"] == "explicit"
    client.messages.count_tokens(built)
    assert seen[-1].headers["anthropic-beta"] == "a-beta,b-beta"
    client.messages.create(request())
    assert "anthropic-beta" not in seen[-1].headers
    assert orjson.loads(seen[-1].content)["messages"] == [{"role": "user", "content": "Hi"}]


def test_invalid_builder_never_sends() -> None:
    client, seen = recording_client()
    with raises("messages: at least one message is required"):
        client.messages.create(claude.MessageRequest(MODEL, max_tokens=5))
    assert seen == []


# --- response helpers ----------------------------------------------------------------------


def test_reply_helpers() -> None:
    reply = message(
        {"type": "thinking", "thinking": "Let me see.", "signature": "sig"},
        {
            "type": "text",
            "text": "It is ",
            "citations": [
                {
                    "type": "char_location",
                    "cited_text": "x",
                    "document_index": 0,
                    "start_char_index": 0,
                    "end_char_index": 1,
                    "file_id": None,
                }
            ],
        },
        {"type": "tool_use", "id": "toolu_1", "name": "f", "input": {"a": 1}},
        {"type": "text", "text": "sunny"},
        {"type": "text", "text": ""},
        {"type": "future_block", "payload": 1},
        stop_reason="tool_use",
    )
    assert claude.text_of(reply) == "It is sunny"
    assert claude.text_of(reply, " | ") == "It is  | sunny | "
    assert claude.thinking_of(reply) == "Let me see."
    assert [b.id for b in claude.tool_uses(reply)] == ["toolu_1"]
    assert claude.tool_input(claude.tool_uses(reply)[0]) == {"a": 1}
    turn = claude.reply_to_param(reply).to_dict()
    assert turn["role"] == "assistant"
    assert [b["type"] for b in turn["content"]] == [
        "thinking",
        "text",
        "tool_use",
        "text",
        "future_block",
    ]
    assert turn["content"][0]["signature"] == "sig"
    assert turn["content"][1]["citations"][0]["document_title"] is None
    assert "file_id" not in turn["content"][1]["citations"][0]


def test_reply_to_param_of_an_empty_reply() -> None:
    with raises("content: a message needs some content"):
        claude.reply_to_param(message())


# --- Conversation --------------------------------------------------------------------------


def test_conversation_history_and_cache() -> None:
    base = claude.MessageRequest(MODEL, max_tokens=100).with_system("S").with_betas("x")
    chat = claude.Conversation(base, cache="1h")
    chat.user("Hello")
    first = chat.to_params().to_dict()
    assert first["messages"] == [
        {
            "role": "user",
            "content": [
                {
                    "type": "text",
                    "text": "Hello",
                    "cache_control": {"type": "ephemeral", "ttl": "1h"},
                }
            ],
        }
    ]
    chat.add_reply(message({"type": "text", "text": "Hi!"}))
    chat.user("More")
    second = chat.to_params().to_dict()
    assert second["messages"][0] == {"role": "user", "content": "Hello"}  # mark moved on
    assert "cache_control" in second["messages"][2]["content"][-1]
    assert len(chat) == 3
    assert chat.messages[0].to_dict() == {"role": "user", "content": "Hello"}
    assert chat.betas == ("x",)
    assert "turns=3" in repr(chat)


def test_conversation_without_cache_and_add() -> None:
    chat = claude.Conversation(claude.MessageRequest(MODEL, max_tokens=100))
    chat.add(claude.user("a"), {"role": "assistant", "content": "b"})
    chat.user("c")
    assert chat.to_params().to_dict()["messages"][-1] == {"role": "user", "content": "c"}
    chat.cache = True
    assert chat.request.to_dict()["messages"][-1]["content"][0]["cache_control"] == {
        "type": "ephemeral",
        "ttl": "5m",
    }


def test_conversation_is_a_params_builder() -> None:
    client, seen = recording_client()
    chat = claude.Conversation(claude.MessageRequest(MODEL, max_tokens=10).with_betas("c-beta"))
    chat.user("Hi")
    chat.add_reply(client.messages.create(chat))
    assert seen[-1].headers["anthropic-beta"] == "c-beta"
    assert [m.role for m in chat.messages] == ["user", "assistant"]


# --- other body fields, and the exports -----------------------------------------------------


def test_with_fields_and_from_params_keep_other_fields() -> None:
    made = request().with_fields(container="container_1", inference_geo="eu")
    data = made.to_dict()
    assert data["container"] == "container_1"
    assert data["inference_geo"] == "eu"
    assert "inference_geo" not in made.with_fields(inference_geo=None).to_dict()
    again = claude.MessageRequest.from_params({**data, "stream": True})
    assert again.extra == {"container": "container_1", "inference_geo": "eu"}
    assert again.to_dict() == data  # stream dropped: the call chooses it
    assert isinstance(made.to_params(), MessageCreateParams)
    with raises("temperature: has its own builder step"):
        request().with_fields(temperature=0.5)


def test_tool_names() -> None:
    made = request().with_tools(
        {"name": "a", "input_schema": {"type": "object"}},
        {"type": "web_search_20250305", "name": "web_search"},
    )
    assert made.tool_names == ("a", "web_search")


OURS = [
    "Conversation", "MessageRequest", "Tool", "ToolInputError", "ToolRunResult", "assistant",
    "async_run_tools", "cache_control", "cached", "document", "from_openai", "image",
    "reply_to_param", "run_tools", "text", "text_of", "thinking_of", "tool", "tool_input",
    "tool_result", "tool_uses", "user",
]  # fmt: skip


@pytest.mark.parametrize("name", OURS)
def test_exported(name: str) -> None:
    assert name in claude.__all__
    assert name in dir(claude)
    assert getattr(claude, name) is not None
