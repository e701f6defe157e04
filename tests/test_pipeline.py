"""The request pipeline: every body goes through coerce -> validate -> limits -> to_dict once.

Each test runs with both clients over real TCP to the stand-in (which validates bodies too);
refusals are checked to happen before anything is sent.
"""

from __future__ import annotations

from typing import Any

import claude
import pytest
from claude._build import limits
from claude.testing import StandIn
from claude_api.models import MessageCreateParams, TextBlockParam, UserMessageParam
from conftest import resolve
from test_conformance import CALLS, Call

pytestmark = pytest.mark.anyio

MODEL = "claude-opus-4-6"
HI = [{"role": "user", "content": "hi"}]


def _refused(match: str) -> Any:
    return pytest.raises(claude.RequestValidationError, match=match)


async def test_helper_output_is_accepted_by_create(client: Any, server: StandIn) -> None:
    message = await resolve(
        client.messages.create(model=MODEL, max_tokens=64, messages=[claude.user("hi")])
    )
    assert message.content
    assert server.requests[-1].json["messages"] == [{"role": "user", "content": "hi"}]


async def test_models_nested_in_dicts_and_dicts_in_models(client: Any, server: StandIn) -> None:
    first = {"role": "user", "content": [claude.text("x"), {"type": "text", "text": "y"}]}
    mixed = UserMessageParam(content=[{"type": "text", "text": "a"}, claude.text("b")])  # type: ignore[list-item]
    await resolve(
        client.messages.create(
            model=MODEL,
            max_tokens=64,
            messages=[first, claude.assistant("ok"), mixed],
            system=[claude.text("be brief", cache=True)],
        )
    )  # fmt: skip
    sent = server.requests[-1].json
    assert sent["messages"][0]["content"] == [
        {"type": "text", "text": "x"},
        {"type": "text", "text": "y"},
    ]
    assert sent["messages"][2]["content"][1] == {"type": "text", "text": "b"}
    assert sent["system"] == [
        {"type": "text", "text": "be brief", "cache_control": {"type": "ephemeral", "ttl": "5m"}}
    ]


@pytest.mark.parametrize(
    ("tools", "match"),
    [
        ([{}], r"^tools\[0\]\.input_schema: required field missing$"),
        ([{"name": "x"}], r"^tools\[0\]\.input_schema: required field missing$"),
        (
            [{"name": "x", "input_schema": 5}],
            r"^tools\[0\]\.input_schema: expected InputSchema, .*got int 5",
        ),
        ([{"input_schema": {"type": "object"}}], r"^tools\[0\]\.name: required field missing$"),
    ],
)
async def test_bad_tools_are_refused_locally(
    client: Any, server: StandIn, tools: list[Any], match: str
) -> None:
    with _refused(match):
        await resolve(client.messages.create(model=MODEL, max_tokens=64, messages=HI, tools=tools))
    assert server.requests == []


async def test_a_message_without_role_or_a_block_without_type_is_refused(
    client: Any, server: StandIn
) -> None:
    with _refused(r"^messages\[0\]\.role: required field missing$"):
        await resolve(
            client.messages.create(model=MODEL, max_tokens=5, messages=[{"content": "x"}])
        )
    with _refused(r"^messages\[0\]\.content\[0\]\.type: required field missing$"):
        await resolve(
            client.messages.create(
                model=MODEL, max_tokens=5, messages=[{"role": "user", "content": [{"text": "x"}]}]
            )
        )
    assert server.requests == []


async def test_an_unknown_block_type_still_goes_through(client: Any, server: StandIn) -> None:
    block = {"type": "brand_new_block", "payload": 1}
    await resolve(  # a type this client does not know: the API decides (forward compatibility)
        client.messages.create(
            model=MODEL, max_tokens=5, messages=[{"role": "user", "content": [block]}]
        )
    )
    assert server.requests[-1].json["messages"][0]["content"] == [block]


@pytest.mark.parametrize("value", [0, -3])
async def test_max_tokens_refused_like_the_builder(
    client: Any, server: StandIn, value: int
) -> None:
    with pytest.raises(claude.RequestValidationError) as from_builder:
        claude.MessageRequest(MODEL, max_tokens=value)
    with pytest.raises(claude.RequestValidationError) as from_dicts:
        await resolve(client.messages.create(model=MODEL, max_tokens=value, messages=HI))
    with pytest.raises(claude.RequestValidationError) as from_model:
        await resolve(
            client.messages.create(MessageCreateParams(model=MODEL, max_tokens=value, messages=[]))
        )
    assert str(from_dicts.value) == str(from_builder.value) == str(from_model.value)
    assert from_dicts.value.field == "max_tokens"
    assert server.requests == []


async def test_check_max_tokens_runs_once_per_request(
    client: Any, server: StandIn, monkeypatch: pytest.MonkeyPatch
) -> None:
    calls: list[object] = []
    original = limits.check_max_tokens

    def counting(value: object) -> None:
        calls.append(value)
        original(value)

    request = claude.MessageRequest(MODEL, max_tokens=64).with_system("S").user("hi")
    monkeypatch.setattr(limits, "check_max_tokens", counting)
    await resolve(client.messages.create(request))
    assert calls == [64]
    calls.clear()
    await resolve(client.messages.create(model=MODEL, max_tokens=32, messages=HI))
    assert calls == [32]
    calls.clear()
    request.to_params()
    assert calls == [64]


async def test_a_tool_object_is_a_tool_param(client: Any, server: StandIn) -> None:
    @claude.tool
    def get_weather(city: str) -> str:
        """Weather.

        Args:
            city: The city.
        """
        return "sunny"

    await resolve(
        client.messages.create(model=MODEL, max_tokens=5, messages=HI, tools=[get_weather])
    )
    assert server.requests[-1].json["tools"] == [get_weather.to_param().to_dict()]


async def test_count_tokens_takes_a_create_request(client: Any, server: StandIn) -> None:
    request = claude.MessageRequest(MODEL, max_tokens=64).with_temperature(0.5).user("hi")
    await resolve(client.messages.count_tokens(request))
    await resolve(client.messages.count_tokens(request.to_params()))
    for recorded in server.requests[-2:]:
        assert recorded.json == {"model": MODEL, "messages": HI}


async def test_batch_request_paths_are_named(client: Any, server: StandIn) -> None:
    good = {"model": MODEL, "max_tokens": 5, "messages": [claude.user("a")]}
    with _refused(r"^requests\[1\]\.params\.max_tokens: must be an integer >= 1 \(got 0\)$"):
        await resolve(
            client.messages.batches.create(requests=[("a", good), ("b", {**good, "max_tokens": 0})])
        )
    with _refused(r"^requests\[0\]\.params\.messages\[0\]\.role: required field missing$"):
        await resolve(
            client.messages.batches.create(
                requests=[{"custom_id": "a", "params": {**good, "messages": [{"content": "x"}]}}]
            )
        )
    assert server.requests == []
    await resolve(client.messages.batches.create(requests=[("a", good), ("b", good)]))
    assert server.requests[-1].json["requests"][1] == {
        "custom_id": "b",
        "params": {"model": MODEL, "max_tokens": 5, "messages": [{"role": "user", "content": "a"}]},
    }


def test_builder_to_dict_is_the_checked_json() -> None:
    request = claude.MessageRequest(MODEL, max_tokens=5).user("hi", claude.text("there"))
    assert request.to_dict() == request.to_params().to_dict()
    assert isinstance(request.to_params().messages[0].content[1], TextBlockParam)


def test_request_fields_come_from_the_generated_models() -> None:
    import attrs
    from claude._build import request
    from claude._build.request_fields import count_tokens_fields, create_fields, generation_only
    from claude_api.models import MessageCountTokensParams

    assert set(create_fields()) == {f.name for f in attrs.fields(MessageCreateParams) if f.init}
    assert set(count_tokens_fields()) == {
        f.name for f in attrs.fields(MessageCountTokensParams) if f.init
    }
    assert generation_only() == set(create_fields()) - set(count_tokens_fields())
    assert {"max_tokens", "stream", "temperature", "top_p", "top_k"} <= generation_only()
    # the builder's steps are exactly its attrs fields that the spec has
    builder_fields = {f.name for f in attrs.fields(claude.MessageRequest)}
    assert set(request._STEPPED_FIELDS) == builder_fields & set(create_fields())
    assert builder_fields - set(create_fields()) == {"betas", "extra"}


def test_a_field_without_a_step_goes_through_extra() -> None:
    # ``container`` has no builder step: from_params keeps it, to_params sends it
    data = {"model": MODEL, "max_tokens": 5, "messages": HI, "container": "c_1"}
    built = claude.MessageRequest.from_params(data)
    assert built.extra == {"container": "c_1"}
    assert built.to_dict() == data
    assert claude.MessageRequest.from_params(built.to_params()) == built


def _request_examples() -> list[Any]:
    from spec import examples as ex

    blocks = [*ex.CONTENT_BLOCK_PARAMS.values(), *ex.CONTENT_BLOCK_PARAM_VARIANTS.values()]
    tools = [*ex.TOOLS.values(), *ex.TOOL_VARIANTS.values()]
    bodies = [
        ex.MESSAGE_CREATE_PARAMS,
        ex.MESSAGE_CREATE_PARAMS_FULL,
        ex.MESSAGE_CREATE_PARAMS_THINKING,
    ]
    bodies += [
        {**ex.MESSAGE_CREATE_PARAMS, "messages": [{"role": "user", "content": [b]}]} for b in blocks
    ]
    bodies += [{**ex.MESSAGE_CREATE_PARAMS, "tools": [t]} for t in tools]
    bodies += [{**ex.MESSAGE_CREATE_PARAMS, "messages": [m]} for m in ex.MESSAGE_PARAMS.values()]
    bodies += [{**ex.MESSAGE_CREATE_PARAMS, "thinking": t} for t in ex.THINKING_CONFIGS.values()]
    bodies += [{**ex.MESSAGE_CREATE_PARAMS, "tool_choice": c} for c in ex.TOOL_CHOICES.values()]
    return bodies  # fmt: skip


@pytest.mark.parametrize("body", _request_examples())
def test_coerce_gives_what_the_generated_to_dict_gives(body: dict[str, Any]) -> None:
    # the pipeline turns models into JSON itself (the generated to_dict fails on a dict
    # where it expects a model); for every request example both must agree exactly
    from claude._build.pipeline import to_json

    model = MessageCreateParams.from_dict(body)
    assert to_json(model) == model.to_dict()
    assert to_json({"nested": [model]}) == {"nested": [model.to_dict()]}


def test_a_replys_blocks_become_their_params() -> None:
    """Response-only keys (new wire fields, a null citations) are left out; a required
    nullable field of the param (a citation's document_title) is kept."""
    from claude._build import pipeline
    from claude_api.models import Message

    reply = Message.from_dict(
        {
            "id": "msg_1",
            "type": "message",
            "role": "assistant",
            "model": "m",
            "content": [
                {"type": "text", "text": "Hi", "citations": None, "new_field": 1},
                {
                    "type": "text",
                    "text": "c",
                    "citations": [
                        {
                            "type": "char_location",
                            "cited_text": "g",
                            "document_index": 0,
                            "document_title": None,
                            "start_char_index": 0,
                            "end_char_index": 1,
                            "file_id": None,
                        }
                    ],
                },
                {"type": "tool_use", "id": "t1", "name": "f", "input": {"a": None}},
            ],
            "stop_reason": "tool_use",
            "stop_sequence": None,
            "usage": {"input_tokens": 1, "output_tokens": 1},
        }
    )
    turns = [{"role": "user", "content": "q"}, {"role": "assistant", "content": reply.content}]
    body = pipeline.prepare(
        pipeline.CREATE, None, {"model": "m", "max_tokens": 5, "messages": turns}
    )
    assert body.data["messages"][1]["content"] == [
        {"type": "text", "text": "Hi"},
        {
            "type": "text",
            "text": "c",
            "citations": [
                {
                    "type": "char_location",
                    "cited_text": "g",
                    "document_index": 0,
                    "document_title": None,
                    "start_char_index": 0,
                    "end_char_index": 1,
                }
            ],
        },
        {"type": "tool_use", "id": "t1", "name": "f", "input": {"a": None}},  # input as given
    ]


@pytest.mark.parametrize(
    ("fields", "where", "what"),
    [
        ({"foo": object}, "foo", "is not JSON (a value of type type)"),
        (
            {"messages": [{"role": "user", "content": [{"type": "text", "text": "hi", "x": {1}}]}]},
            "messages[0].content[0].x",
            "is not JSON (a value of type set)",
        ),
        ({"foo": {"a": [1, {2: 3}]}}, "foo.a[1][2]", "a JSON object's keys are strings"),
    ],
    ids=["unknown_field", "extra_key_of_a_block", "non_string_key"],
)
@pytest.mark.parametrize("call", CALLS, ids=[call.name for call in CALLS])
async def test_a_value_json_cannot_encode_is_named_before_sending(
    client: Any, server: StandIn, call: Call, fields: dict[str, Any], where: str, what: str
) -> None:
    """Places the spec leaves open are met only by the encoder: its failure names the path."""
    body = {"model": MODEL, "messages": HI, **({"max_tokens": 8} if call.generation else {})}
    with pytest.raises(claude.RequestValidationError) as info:
        await call.send(client, None, {**body, **fields})
    prefix = "requests[0].params." if call.name == "batches.create" else ""
    assert info.value.field == prefix + where
    assert what in str(info.value)
    assert server.requests == []
