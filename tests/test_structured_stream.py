"""Structured outputs streamed, the schema a type sends, and partial JSON snapshots.

``client.messages.stream(..., output_format=X)`` over TCP with both clients: the body carries
the same ``output_config.format`` as ``parse``, ``TextEvent.parsed_snapshot()`` reads the JSON
so far, ``get_final_message()`` is a ``ParsedMessage``. The official SDK (pinned in the test
extra) is the oracle for the snapshots, the parsed output and the schema a pydantic model
sends; ``jiter`` (its partial JSON parser) for every prefix of a set of documents.
"""

from __future__ import annotations

import datetime
import enum
import typing
from typing import Any

import anthropic
import claude
import jiter
import orjson
import pydantic
import pytest
from anthropic.lib._parse._transform import transform_schema
from claude._build.output_schema import strict_schema
from claude._stream.partial_json import parse_partial_json
from claude.testing import MessageReply, StandIn
from claude.testing._defaults import default_message
from conftest import CREATE
from test_structured import SCHEMA, Order, OrderDict, OrderModel, Size

pytestmark = pytest.mark.anyio

REPLY = {"item": "Green Tea pack", "quantity": 2, "price": 5.5, "notes": ["fresh", "x"]}


def reply_with(server: StandIn, value: Any, text_chunk: int = 5) -> None:
    message = default_message(CREATE)
    message["content"] = [{"type": "text", "text": orjson.dumps(value).decode()}]
    server.queue("messages.create", MessageReply(message=message, text_chunk=text_chunk))


async def stream_parsed(client: Any, output_format: Any, **fields: Any) -> tuple[list[Any], Any]:
    """``(parsed_snapshot() of each text event, get_final_message())`` of a parsed stream."""
    snapshots: list[Any] = []
    manager = client.messages.stream(**{**CREATE, **fields}, output_format=output_format)
    if isinstance(client, claude.AsyncClient):
        async with manager as stream:
            async for event in stream:
                if event.type == "text":
                    snapshots.append(event.parsed_snapshot())
            final = await stream.get_final_message()
            assert await stream.get_final_message() is final  # parsed once
    else:
        with manager as stream:
            for event in stream:
                if event.type == "text":
                    snapshots.append(event.parsed_snapshot())
            final = stream.get_final_message()
            assert stream.get_final_message() is final
    return snapshots, final


@pytest.mark.parametrize(
    ("output_format", "expected"),
    [
        (Order, Order("pen", 2, Size.LARGE)),
        (OrderDict, {"item": "pen", "quantity": 2}),
        (OrderModel, OrderModel(item="pen", quantity=2)),
        (SCHEMA, {"item": "pen", "quantity": 2}),
    ],
    ids=["dataclass", "typeddict", "pydantic", "json-schema"],
)
async def test_stream_parses_the_final_message(
    client: Any, server: StandIn, output_format: Any, expected: Any
) -> None:
    value = {"item": "pen", "quantity": 2, **({"size": "large"} if output_format is Order else {})}
    reply_with(server, value, text_chunk=3)
    snapshots, final = await stream_parsed(client, output_format)

    assert final.parsed_output == expected
    assert final.stop_reason == "end_turn"  # the Message's attributes read through
    assert final.content == final.message.content
    assert snapshots[-1] == value
    assert len(snapshots) > 3
    text = orjson.dumps(value)
    prefixes = [text[: 3 * (n + 1)] for n in range(len(snapshots))]
    assert snapshots == [jiter.from_json(p, partial_mode="trailing-strings") for p in prefixes]
    streamed = server.requests[-1].json
    assert streamed is not None
    assert streamed["stream"] is True

    reply_with(server, value)  # the same format as parse sends
    await claude_parse(client, output_format)
    parsed = server.requests[-1].json
    assert parsed is not None
    assert streamed["output_config"] == parsed["output_config"]


async def claude_parse(client: Any, output_format: Any) -> Any:
    result = client.messages.parse(**CREATE, output_format=output_format)
    return await result if isinstance(client, claude.AsyncClient) else result


async def test_stream_with_a_builder_and_other_output_config(client: Any, server: StandIn) -> None:
    reply_with(server, {"item": "cup", "quantity": 1})
    request = claude.MessageRequest("claude-sonnet-4-5", max_tokens=64).user("Order a cup")
    manager = client.messages.stream(request, output_format=OrderModel)
    if isinstance(client, claude.AsyncClient):
        async with manager as stream:
            final = await stream.get_final_message()
    else:
        with manager as stream:
            final = stream.get_final_message()
    assert final.parsed_output == OrderModel(item="cup", quantity=1)
    body = server.requests[-1].json
    assert body is not None
    assert body["output_config"]["format"]["schema"] == transform_schema(OrderModel)
    assert body["stream"] is True

    reply_with(server, {"item": "cup", "quantity": 1})
    _, final = await stream_parsed(client, OrderModel, output_config={"effort": "low"})
    body = server.requests[-1].json
    assert body is not None
    assert body["output_config"]["effort"] == "low"
    assert final.parsed_output.item == "cup"


async def test_a_streamed_reply_that_does_not_fit_fails_at_the_final_message(
    client: Any, server: StandIn
) -> None:
    reply_with(server, {"item": "pen", "quantity": "lots"})
    manager = client.messages.stream(**CREATE, output_format=OrderModel)
    misfit = pytest.raises(claude.ResponseValidationError, match="does not fit OrderModel")
    if isinstance(client, claude.AsyncClient):
        async with manager as stream:
            events = [event async for event in stream]  # the iteration never fails on it
            with misfit:
                await stream.get_final_message()
    else:
        with manager as stream:
            events = list(stream)
            with misfit:
                stream.get_final_message()
    assert events[-1].type == "message_stop"


def test_the_same_snapshots_and_output_as_the_official_sdk(server: StandIn) -> None:
    class Purchase(pydantic.BaseModel):
        item: str
        quantity: int
        price: float
        notes: list[str]

    def official() -> tuple[list[Any], Any, Any]:
        oracle = anthropic.Anthropic(api_key="test", base_url=server.base_url, max_retries=0)
        snapshots: list[Any] = []
        with oracle.messages.stream(**CREATE, output_format=Purchase) as stream:
            for event in stream:
                if event.type == "text":
                    snapshots.append(event.parsed_snapshot())
            final = stream.get_final_message()
        oracle.close()
        return snapshots, final.parsed_output, server.requests[-1].json

    reply_with(server, REPLY)
    expected_snapshots, expected_output, expected_body = official()
    reply_with(server, REPLY)
    with (
        claude.Client(api_key="test", base_url=server.base_url) as client,
        client.messages.stream(**CREATE, output_format=Purchase) as stream,
    ):
        snapshots = [e.parsed_snapshot() for e in stream if e.type == "text"]
        final = stream.get_final_message()
    assert snapshots == expected_snapshots
    assert final.parsed_output == expected_output
    body = server.requests[-1].json
    assert body is not None
    assert expected_body is not None
    assert body["output_config"] == expected_body["output_config"]


# --- the schema a type sends -------------------------------------------------------------------


class Color(enum.Enum):
    RED = "red"
    BLUE = "blue"


class Line(pydantic.BaseModel):
    """A line of an order."""

    name: str = pydantic.Field(description="The name.", min_length=2, max_length=40)
    tags: list[str] = []
    kind: typing.Literal["a", "b"] = "a"
    single: typing.Literal["x"]


class Invoice(pydantic.BaseModel):
    product_name: str
    price: float = pydantic.Field(ge=0)
    quantity: int
    lines: list[Line] | None = None
    when: datetime.date
    at: datetime.datetime | None = None
    color: Color
    notes: list[str] = pydantic.Field(min_length=1)
    many: list[int] = pydantic.Field(min_length=3)
    code: str = pydantic.Field(pattern="^a")
    either: int | str
    nested: Line


@pytest.mark.parametrize("model", [OrderModel, Line, Invoice], ids=lambda m: m.__name__)
def test_a_pydantic_schema_is_rewritten_as_the_official_sdk_does(model: Any) -> None:
    assert strict_schema(model.model_json_schema()) == transform_schema(model)


def test_the_strict_schema_rules() -> None:
    schema = strict_schema(
        {
            "type": "object",
            "properties": {
                "n": {"type": "integer", "minimum": 1, "description": "Count."},
                "m": {"type": "object", "additionalProperties": {"type": "integer", "maximum": 3}},
                "u": {"oneOf": [{"type": "string", "format": "email"}, {"type": "null"}]},
                "s": {"type": "string", "format": "color"},
                "r": {"$ref": "#/$defs/R", "description": "dropped beside a reference"},
            },
            "$defs": {"R": {"type": "object", "properties": {}}},
        }
    )
    assert schema == {
        "type": "object",
        "properties": {
            "n": {"type": "integer", "description": "Count.\n\n{minimum: 1}"},
            # a map keeps its value schema: closing it would make it always empty
            "m": {
                "type": "object",
                "properties": {},
                "additionalProperties": {"type": "integer", "description": "{maximum: 3}"},
            },
            "u": {"anyOf": [{"type": "string", "format": "email"}, {"type": "null"}]},
            "s": {"type": "string", "description": "{format: color}"},
            "r": {"$ref": "#/$defs/R"},
        },
        "additionalProperties": False,
        "$defs": {"R": {"type": "object", "properties": {}, "additionalProperties": False}},
    }


# --- partial JSON, against jiter (the official SDK's parser) ------------------------------------

DOCUMENTS = [
    REPLY,
    {"a": -12.5e3, "b": [1, 22, 333], "c": {"d": None, "e": True, "f": False}, "g": ""},
    {"text": 'quote " and \\ and \u00e9 and \U0001f600', "n": 0, "m": [{"x": -0}]},
    [1, "two", [3.25], {}],
]


@pytest.mark.parametrize("document", DOCUMENTS, ids=range(len(DOCUMENTS)))
def test_every_prefix_parses_as_the_official_snapshots_do(document: Any) -> None:
    text = orjson.dumps(document).decode()
    for end in range(1, len(text) + 1):
        prefix = text[:end]
        encoded = prefix.encode()
        with_strings = jiter.from_json(encoded, partial_mode="trailing-strings")
        without = jiter.from_json(encoded, partial_mode=True)
        assert parse_partial_json(prefix, trailing_numbers=True) == with_strings, prefix
        assert (
            parse_partial_json(prefix, trailing_strings=False, trailing_numbers=True) == without
        ), prefix
