"""What users see of the generated models: wire names, plain dicts, reprs, JSON (issue 16).

Every parsed model of the exhaustive round-trip tests also passes `check_public_surface`
(conftest); these tests cover every generated class and the public client calls.
"""

from __future__ import annotations

from typing import Any

import anyio
import attrs
import claude
import claude_api.models
import orjson
import pytest
from claude.testing import MessageReply, StandIn
from claude_api.models import (
    Message,
    ServerToolUseBlock,
    TextBlock,
    ToolUseBlock,
    ToolUseBlockInput,
    ToolUseBlockParam,
    Usage,
)

TOOL_USE = {"type": "tool_use", "id": "toolu_1", "name": "weather", "input": {"city": "Paris"}}
REPLY = {
    "id": "msg_1",
    "type": "message",
    "role": "assistant",
    "model": "claude-sonnet-4-5",
    "content": [{"type": "text", "text": "Let me look."}, TOOL_USE],
    "stop_reason": "tool_use",
    "stop_sequence": None,
    "usage": {"input_tokens": 10, "output_tokens": 5},
}


def model_classes() -> list[type[Any]]:
    found = (getattr(claude_api.models, name) for name in claude_api.models.__all__)
    return [cls for cls in found if isinstance(cls, type) and attrs.has(cls)]


def test_every_field_has_its_wire_name() -> None:
    classes = model_classes()
    assert len(classes) > 250
    suffixed = [
        f"{cls.__name__}.{field.name}"
        for cls in classes
        for field in attrs.fields(cls)
        if field.name.endswith("_")
    ]
    assert suffixed == []
    assert "type" in attrs.fields_dict(TextBlock)
    assert "input" in attrs.fields_dict(ToolUseBlock)


def test_wire_names_are_constructor_keywords() -> None:
    block = ToolUseBlockParam(
        id="toolu_1", name="weather", input={"city": "Paris"}, type="tool_use"
    )
    assert block.to_dict() == TOOL_USE
    assert block.type == "tool_use"
    assert block.input["city"] == "Paris"


def test_free_form_objects_are_plain_dicts() -> None:
    assert ToolUseBlockInput is dict
    block = ToolUseBlock.from_dict(TOOL_USE)
    assert type(block.input) is dict
    assert dict(block.input) == {"city": "Paris"}
    assert block.input["city"] == "Paris"
    server = ServerToolUseBlock.from_dict({**TOOL_USE, "type": "server_tool_use", "name": "x"})
    assert type(server.input) is dict


def test_free_form_object_that_is_not_an_object_is_refused() -> None:
    with pytest.raises(TypeError, match="input: expected a JSON object, got list"):
        ToolUseBlock.from_dict({**TOOL_USE, "input": [1]})


def test_repr_leaves_out_unset_fields_and_empty_extras() -> None:
    usage = Usage.from_dict({"input_tokens": 3, "output_tokens": 4})
    assert repr(usage) == "Usage(input_tokens=3, output_tokens=4)"
    text = TextBlock(text="hi")
    assert repr(text) == "TextBlock(text='hi', type='text')"
    assert text.citations is None  # a field given no value reads None...
    assert text.to_dict() == {"text": "hi", "type": "text"}  # ...and is not sent
    assert TextBlock(text="hi", citations=None).to_dict() == {
        "text": "hi",
        "type": "text",
        "citations": None,
    }
    extra = TextBlock.from_dict({"type": "text", "text": "hi", "new_field": 1})
    expected = "TextBlock(text='hi', type='text', additional_properties={'new_field': 1})"
    assert repr(extra) == expected


def test_to_json_and_from_json() -> None:
    message = Message.from_dict(REPLY)
    assert message.to_json() == orjson.dumps(message.to_dict())
    assert isinstance(message.to_json(), bytes)
    assert Message.from_json(message.to_json()) == message
    assert Message.from_json(message.to_json().decode()) == message
    partial = Message.from_dict({k: v for k, v in REPLY.items() if k != "model"})
    assert orjson.loads(partial.to_json()) == {k: v for k, v in REPLY.items() if k != "model"}


def test_tool_input_through_the_client() -> None:
    with StandIn() as server:
        server.queue("messages.create", MessageReply(message=REPLY), MessageReply(message=REPLY))
        with claude.Client(api_key="test", base_url=server.base_url, max_retries=0) as client:
            message = client.messages.create(
                model="claude-sonnet-4-5",
                max_tokens=64,
                messages=[{"role": "user", "content": "Weather in Paris?"}],
            )
            streamed = client.messages.stream(
                model="claude-sonnet-4-5",
                max_tokens=64,
                messages=[{"role": "user", "content": "Weather in Paris?"}],
            )
            with streamed as stream:
                final = stream.get_final_message()
    for reply in (message, final):
        block = reply.content[1]
        assert isinstance(block, ToolUseBlock)
        assert block.type == "tool_use"
        assert dict(block.input) == {"city": "Paris"}
        assert "types.Unset object" not in repr(reply)
        assert orjson.loads(reply.to_json()) == REPLY


def test_tool_input_through_the_async_client() -> None:
    async def main() -> Message:
        async with claude.AsyncClient(
            api_key="test", base_url=server.base_url, max_retries=0
        ) as client:
            return await client.messages.create(
                model="claude-sonnet-4-5",
                max_tokens=64,
                messages=[{"role": "user", "content": "Weather in Paris?"}],
            )

    with StandIn() as server:
        server.queue("messages.create", MessageReply(message=REPLY))
        message = anyio.run(main)
    block = message.content[1]
    assert isinstance(block, ToolUseBlock)
    assert block.input["city"] == "Paris"
