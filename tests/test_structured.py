"""``messages.parse``: structured outputs sent as ``output_config.format`` and parsed back."""

from __future__ import annotations

import dataclasses
import enum
from typing import Any, TypedDict

import claude
import orjson
import pydantic
import pytest
from anthropic.lib._parse._transform import transform_schema
from claude._build.output_schema import strict_schema
from claude._tools.schema import type_schema
from claude.testing import MessageReply, StandIn
from claude.testing._defaults import default_message
from conftest import CREATE, resolve

pytestmark = pytest.mark.anyio


class Size(enum.Enum):
    SMALL = "small"
    LARGE = "large"


@dataclasses.dataclass
class Order:
    """An order.

    Args:
        item: What was ordered.
        quantity: How many.
        size: Which size.
    """

    item: str
    quantity: int
    size: Size = Size.SMALL


class OrderDict(TypedDict):
    item: str
    quantity: int


class OrderModel(pydantic.BaseModel):
    item: str
    quantity: int


ORDER_JSON = {"item": "pen", "quantity": 2, "size": "large"}


def reply_with(server: StandIn, text: str) -> None:
    message = default_message(CREATE)
    message["content"] = [{"type": "text", "text": text}]
    server.queue("messages.create", MessageReply(message=message))


def sent_format(server: StandIn) -> Any:
    body = server.requests[-1].json
    assert body is not None
    return body["output_config"]["format"]


SCHEMA = {"type": "object", "properties": {"item": {"type": "string"}}, "required": ["item"]}


@pytest.mark.parametrize(
    ("output_format", "reply", "expected", "schema"),
    [
        (Order, ORDER_JSON, Order("pen", 2, Size.LARGE), strict_schema(type_schema(Order))),
        (OrderDict, {"item": "pen", "quantity": 2}, {"item": "pen", "quantity": 2}, None),
        (OrderModel, ORDER_JSON, OrderModel(item="pen", quantity=2), None),
        (SCHEMA, ORDER_JSON, ORDER_JSON, SCHEMA),
    ],
    ids=["dataclass", "typeddict", "pydantic", "json-schema"],
)
async def test_parse_sends_the_schema_and_reads_the_type(
    client: Any, server: StandIn, output_format: Any, reply: Any, expected: Any, schema: Any
) -> None:
    reply_with(server, orjson.dumps(reply).decode())

    parsed = await resolve(client.messages.parse(**CREATE, output_format=output_format))

    assert parsed.parsed_output == expected
    assert parsed.content == parsed.message.content  # the Message's attributes read through
    assert parsed.stop_reason == "end_turn"
    assert claude.response_info(parsed.message).request_id == server.requests[-1].request_id
    fmt = sent_format(server)
    assert fmt["type"] == "json_schema"
    if output_format is OrderModel:
        schema = transform_schema(OrderModel)  # what the official SDK sends
    elif output_format is OrderDict:
        schema = strict_schema(type_schema(OrderDict))
    assert fmt["schema"] == schema


async def test_parse_with_a_builder_and_with_effort(client: Any, server: StandIn) -> None:
    reply_with(server, '{"item": "cup", "quantity": 1}')
    request = claude.MessageRequest("claude-sonnet-4-5", max_tokens=64).user("Order a cup")

    parsed = await resolve(client.messages.parse(request, output_format=OrderModel))
    assert parsed.parsed_output == OrderModel(item="cup", quantity=1)
    assert sent_format(server)["schema"] == transform_schema(OrderModel)

    reply_with(server, '{"item": "cup", "quantity": 1}')
    parsed = await resolve(
        client.messages.parse(**CREATE, output_config={"effort": "low"}, output_format=OrderModel)
    )
    body = server.requests[-1].json
    assert body is not None
    assert body["output_config"]["effort"] == "low"  # kept beside the format
    assert body["output_config"]["format"]["type"] == "json_schema"


@pytest.mark.parametrize(
    ("text", "match"),
    [
        ("not json at all", "not JSON"),
        ('{"item": "pen"}', "quantity: required field missing"),
        ('{"item": "pen", "quantity": "two"}', "quantity"),
    ],
)
async def test_a_reply_that_does_not_fit_is_a_clear_error(
    client: Any, server: StandIn, text: str, match: str
) -> None:
    reply_with(server, text)
    with pytest.raises(claude.ResponseValidationError, match=match) as info:
        await resolve(client.messages.parse(**CREATE, output_format=Order))
    assert info.value.response is not None
    assert info.value.response.headers["request-id"] == server.requests[-1].request_id


async def test_a_pydantic_misfit_is_a_clear_error(client: Any, server: StandIn) -> None:
    reply_with(server, '{"item": "pen", "quantity": "lots"}')
    with pytest.raises(claude.ResponseValidationError, match="does not fit OrderModel"):
        await resolve(client.messages.parse(**CREATE, output_format=OrderModel))


async def test_a_bad_output_format_is_refused_before_sending(client: Any, server: StandIn) -> None:
    with pytest.raises(claude.RequestValidationError, match="output_format"):
        await resolve(client.messages.parse(**CREATE, output_format=5))
    assert server.requests == []
