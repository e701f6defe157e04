"""Hand-written, realistic wire examples (tests/spec/examples.py) against the spec and the models.

Every example validates against its schema, parses into the generated class its tag names,
keeps every field in a declared attribute (nothing lands in `additional_properties`), and
round-trips to the same JSON. Union members are also parsed through a containing model, which
exercises the generated tag dispatch. The examples cover every member of every union in the
spec, which is checked here too, so a new member needs a new example.

Date-times are compared as instants: the models hold them as `datetime` and write them back
with `isoformat()`, so the API's `...Z` returns as `...+00:00` (the same instant).
"""

from __future__ import annotations

import copy
import datetime
import json
from collections.abc import Callable, Iterator
from typing import Any, NamedTuple

import pytest
from claude_api import models

from . import examples as ex
from .conftest import is_tagged_union, nested_unions, union_parts, union_tag

JSON = dict[str, Any]


class Case(NamedTuple):
    """One example: the union it belongs to (or None) and the schema it must parse as."""

    id: str
    union: str | None
    schema: str | None  # None: found from the union's discriminator mapping
    data: Any


def keyed(group: dict[str, JSON], union: str, prefix: str) -> list[Case]:
    return [Case(f"{prefix}:{key}", union, None, value) for key, value in group.items()]


CASES: list[Case] = [
    *keyed(ex.CONTENT_BLOCKS, "ContentBlock", "block"),
    *keyed(ex.CONTENT_BLOCK_VARIANTS, "ContentBlock", "block"),
    *keyed(ex.CONTENT_BLOCK_PARAMS, "ContentBlockParam", "block_param"),
    *keyed(ex.CONTENT_BLOCK_PARAM_VARIANTS, "ContentBlockParam", "block_param"),
    *keyed(ex.TOOL_RESULT_CONTENT_BLOCKS, "ToolResultContentBlockParam", "tool_result_content"),
    *keyed(ex.TOOLS, "ToolUnionParam", "tool"),
    *keyed(ex.TOOL_VARIANTS, "ToolUnionParam", "tool"),
    *keyed(ex.TEXT_CITATIONS, "TextCitation", "citation"),
    *keyed(ex.TEXT_CITATION_PARAMS, "TextCitationParam", "citation_param"),
    *keyed(ex.DELTAS, "ContentBlockDelta", "delta"),
    *keyed(ex.STREAM_EVENTS, "MessageStreamEvent", "event"),
    *keyed(ex.MESSAGE_PARAMS, "MessageParam", "message_param"),
    *keyed(ex.THINKING_CONFIGS, "ThinkingConfigParam", "thinking"),
    *keyed(ex.TOOL_CHOICES, "ToolChoiceParam", "tool_choice"),
    *keyed(ex.CACHE_MISS_REASONS, "CacheMissReason", "cache_miss"),
    *keyed(ex.IMAGE_SOURCES, "ImageSourceParam", "image_source"),
    *keyed(ex.DOCUMENT_SOURCES, "DocumentSourceParam", "document_source"),
    *keyed(ex.TOOL_CALLERS, "ToolCaller", "caller"),
    *keyed(ex.TOOL_CALLER_PARAMS, "ToolCallerParam", "caller_param"),
    *[
        Case(f"{name}_stream:{i}:{event['type']}", "MessageStreamEvent", None, event)
        for name, (stream, _) in ex.STREAMS.items()
        for i, event in enumerate(stream)
    ],
    *[
        Case(f"error:{key}", None, "ErrorResponse", value)
        for key, value in ex.ERROR_RESPONSES.items()
    ],
    *[
        Case(f"batch:{key}", None, "MessageBatch", value)
        for key, value in ex.MESSAGE_BATCHES.items()
    ],
    *[
        Case(f"batch_result:{key}", None, "MessageBatchIndividualResponse", value)
        for key, value in ex.BATCH_RESULTS.items()
    ],
    *[
        Case(name, None, schema, getattr(ex, name))
        for name, schema in {
            "MESSAGE": "Message",
            "MESSAGE_WITH_EVERY_BLOCK": "Message",
            "MESSAGE_REFUSAL": "Message",
            "TEXT_STREAM_MESSAGE": "Message",
            "TOOL_USE_STREAM_MESSAGE": "Message",
            "THINKING_STREAM_MESSAGE": "Message",
            "MESSAGE_TOKENS_COUNT": "MessageTokensCount",
            "MESSAGE_CREATE_PARAMS": "MessageCreateParams",
            "MESSAGE_CREATE_PARAMS_FULL": "MessageCreateParams",
            "MESSAGE_CREATE_PARAMS_THINKING": "MessageCreateParams",
            "MESSAGE_COUNT_TOKENS_PARAMS": "MessageCountTokensParams",
            "BATCH_CREATE_PARAMS": "BatchCreateParams",
            "MODEL_INFO": "ModelInfo",
            "MODEL_INFO_DEPRECATED": "ModelInfo",
            "MODELS_PAGE": "ListModelsResponse",
            "BATCHES_PAGE": "ListMessageBatchesResponse",
            "EMPTY_PAGE": "ListMessageBatchesResponse",
            "DELETED_BATCH": "DeletedMessageBatch",
        }.items()
    ],
]


def tag_of(union_schema: JSON, data: JSON) -> str:
    """The union tag of an example. Only a custom tool may leave it out (`type: custom`)."""
    return data.get(union_tag(union_schema), "custom")


@pytest.fixture(scope="module")
def schema_of(
    schemas: JSON, discriminator_mapping: Callable[[str], dict[str, str]]
) -> Callable[[Case], str]:
    def find(case: Case) -> str:
        if case.schema is not None:
            return case.schema
        assert case.union is not None
        return discriminator_mapping(case.union)[tag_of(schemas[case.union], case.data)]

    return find


def model_objects(value: Any) -> Iterator[Any]:
    """Every generated model object inside a parsed value (itself included)."""
    if hasattr(value, "additional_properties") and hasattr(value, "to_dict"):
        yield value
        for name in type(value).__attrs_attrs__:
            if name.name != "additional_properties":
                yield from model_objects(getattr(value, name.name))
    elif isinstance(value, list):
        for item in value:
            yield from model_objects(item)


@pytest.mark.parametrize("case", CASES, ids=[c.id for c in CASES])
def test_example_validates_parses_into_its_class_and_round_trips(
    case: Case,
    schema_of: Callable[[Case], str],
    schemas: JSON,
    validator_for: Callable[[str], Any],
    model_class: Callable[[str], type[Any]],
    schema_of_class: dict[type[Any], str],
    assert_round_trip: Callable[..., Any],
) -> None:
    schema = schema_of(case)
    validator_for(schema).validate(case.data)
    if case.union is not None:
        validator_for(case.union).validate(case.data)  # exactly one member matches (oneOf)
    cls = model_class(schema)
    parsed = assert_round_trip(cls, case.data, datetimes=True)
    assert type(parsed) is cls
    if case.union is not None:
        tag = case.data.get(union_tag(schemas[case.union]))
        if tag is not None:
            assert getattr(parsed, "type", None) == tag or getattr(parsed, "role", None) == tag
    # Every field is a declared attribute: a field the spec misnames would land here instead.
    # Free-form objects (a tool's `input`, a JSON schema) are classes without a component schema.
    for obj in model_objects(parsed):
        if type(obj) in schema_of_class:
            assert obj.additional_properties == {}, f"{type(obj).__name__}: unknown fields"


# --- every union member has an example -----------------------------------------------------


def all_dicts(value: Any) -> Iterator[JSON]:
    if isinstance(value, dict):
        yield value
        for item in value.values():
            yield from all_dicts(item)
    elif isinstance(value, list | tuple):
        for item in value:
            yield from all_dicts(item)


def test_examples_cover_every_member_of_every_union(
    spec: JSON, walk: Callable[..., Iterator[tuple[str, JSON]]], validator_for: Callable[[str], Any]
) -> None:
    everything = [getattr(ex, name) for name in dir(ex) if name.isupper()]
    by_tag: dict[tuple[str, str], list[JSON]] = {}
    for data in all_dicts(everything):
        for key in ("type", "role"):
            if isinstance(data.get(key), str):
                by_tag.setdefault((key, data[key]), []).append(data)
    missing = []
    for pointer, node in walk(spec["components"]["schemas"], "#/components/schemas"):
        if not is_tagged_union(node):
            continue
        prop, mapping, _ = union_parts(node)
        for tag, member in mapping.items():
            candidates = by_tag.get((prop, tag), [])
            if tag == "custom":  # a custom tool usually leaves out its optional `type`
                candidates = [*candidates, ex.TOOLS["custom"]]
            if not any(validator_for(member).is_valid(c) for c in candidates):
                missing.append(f"{pointer}: {prop}={tag} ({member})")
    assert missing == [], "union members without an example:\n" + "\n".join(missing)


@pytest.mark.parametrize(
    ("group", "union"),
    [
        ("CONTENT_BLOCKS", "ContentBlock"),
        ("CONTENT_BLOCK_PARAMS", "ContentBlockParam"),
        ("TOOL_RESULT_CONTENT_BLOCKS", "ToolResultContentBlockParam"),
        ("TOOLS", "ToolUnionParam"),
        ("TEXT_CITATIONS", "TextCitation"),
        ("TEXT_CITATION_PARAMS", "TextCitationParam"),
        ("DELTAS", "ContentBlockDelta"),
        ("STREAM_EVENTS", "MessageStreamEvent"),
        ("ERROR_RESPONSES", "ErrorObject"),
        ("BATCH_RESULTS", "MessageBatchResult"),
        ("MESSAGE_PARAMS", "MessageParam"),
        ("THINKING_CONFIGS", "ThinkingConfigParam"),
        ("TOOL_CHOICES", "ToolChoiceParam"),
        ("CACHE_MISS_REASONS", "CacheMissReason"),
        ("IMAGE_SOURCES", "ImageSourceParam"),
        ("DOCUMENT_SOURCES", "DocumentSourceParam"),
        ("TOOL_CALLERS", "ToolCaller"),
        ("TOOL_CALLER_PARAMS", "ToolCallerParam"),
    ],
)
def test_each_group_has_one_example_per_tag(
    group: str, union: str, discriminator_mapping: Callable[[str], dict[str, str]]
) -> None:
    assert set(getattr(ex, group)) == set(discriminator_mapping(union))


def test_there_is_a_batch_in_every_processing_status(schemas: JSON) -> None:
    assert set(ex.MESSAGE_BATCHES) == set(schemas["MessageBatchProcessingStatus"]["enum"])
    for status, batch in ex.MESSAGE_BATCHES.items():
        assert batch["processing_status"] == status


# --- tag dispatch inside containing models ---------------------------------------------------


class Carrier(NamedTuple):
    """How to put one union member inside a model that contains the union, and get it back."""

    union: str
    model: str
    wrap: Callable[[JSON], JSON]
    unwrap: Callable[[Any], Any]


CARRIERS = [
    Carrier(
        "ContentBlock", "Message", lambda b: {**ex.MESSAGE, "content": [b]}, lambda m: m.content[0]
    ),
    Carrier(
        "ContentBlockParam",
        "UserMessageParam",
        lambda b: {"role": "user", "content": [b]},
        lambda m: m.content[0],
    ),
    Carrier(
        "ToolResultContentBlockParam",
        "ToolResultBlockParam",
        lambda b: {"type": "tool_result", "tool_use_id": ex.TOOL_USE_ID, "content": [b]},
        lambda m: m.content[0],
    ),
    Carrier(
        "ToolUnionParam",
        "MessageCreateParams",
        lambda t: {**ex.MESSAGE_CREATE_PARAMS, "tools": [t]},
        lambda m: m.tools[0],
    ),
    Carrier(
        "TextCitation",
        "TextBlock",
        lambda c: {"type": "text", "text": "cited", "citations": [c]},
        lambda m: m.citations[0],
    ),
    Carrier(
        "TextCitationParam",
        "TextBlockParam",
        lambda c: {"type": "text", "text": "cited", "citations": [c]},
        lambda m: m.citations[0],
    ),
    Carrier(
        "ContentBlockDelta",
        "ContentBlockDeltaEvent",
        lambda d: {"type": "content_block_delta", "index": 0, "delta": d},
        lambda m: m.delta,
    ),
    Carrier(
        "ErrorObject", "ErrorResponse", lambda e: {"type": "error", "error": e}, lambda m: m.error
    ),
    Carrier(
        "MessageBatchResult",
        "MessageBatchIndividualResponse",
        lambda r: {"custom_id": "request-1", "result": r},
        lambda m: m.result,
    ),
    Carrier(
        "MessageParam",
        "MessageCreateParams",
        lambda p: {**ex.MESSAGE_CREATE_PARAMS, "messages": [p]},
        lambda m: m.messages[0],
    ),
    Carrier(
        "ThinkingConfigParam",
        "MessageCreateParams",
        lambda t: {**ex.MESSAGE_CREATE_PARAMS, "thinking": t},
        lambda m: m.thinking,
    ),
    Carrier(
        "ToolChoiceParam",
        "MessageCreateParams",
        lambda t: {**ex.MESSAGE_CREATE_PARAMS, "tool_choice": t},
        lambda m: m.tool_choice,
    ),
    Carrier(
        "ImageSourceParam",
        "ImageBlockParam",
        lambda s: {"type": "image", "source": s},
        lambda m: m.source,
    ),
    Carrier(
        "DocumentSourceParam",
        "DocumentBlockParam",
        lambda s: {"type": "document", "source": s},
        lambda m: m.source,
    ),
    Carrier(
        "ToolCaller",
        "ToolUseBlock",
        lambda c: {**ex.CONTENT_BLOCKS["tool_use"], "caller": c},
        lambda m: m.caller,
    ),
    Carrier(
        "ToolCallerParam",
        "ToolUseBlockParam",
        lambda c: {**ex.CONTENT_BLOCK_PARAMS["tool_use"], "caller": c},
        lambda m: m.caller,
    ),
    Carrier(
        "CacheMissReason",
        "Diagnostics",
        lambda r: {"cache_miss_reason": r},
        lambda m: m.cache_miss_reason,
    ),
]


def dispatch_cases() -> list[tuple[Carrier, str, JSON]]:
    members: dict[str, list[tuple[str, JSON]]] = {}
    for case in CASES:
        if case.union is not None:
            members.setdefault(case.union, []).append((case.id, case.data))
    members["ErrorObject"] = [(f"error:{k}", v["error"]) for k, v in ex.ERROR_RESPONSES.items()]
    members["MessageBatchResult"] = [
        (f"result:{k}", v["result"]) for k, v in ex.BATCH_RESULTS.items()
    ]
    return [(c, case_id, data) for c in CARRIERS for case_id, data in members.get(c.union, [])]


DISPATCH = dispatch_cases()


def test_every_union_with_a_containing_model_has_a_carrier(schemas: JSON) -> None:
    # MessageStreamEvent is the one union that no model contains: the overlay's SSE layer
    # dispatches events on their `type`, and each event class is tested on its own above.
    unions = {name for name, s in schemas.items() if is_tagged_union(s)} - nested_unions()
    assert {c.union for c in CARRIERS} == unions - {"MessageStreamEvent"}
    assert all(any(c is carrier for c, _, _ in DISPATCH) for carrier in CARRIERS)


@pytest.mark.parametrize(
    ("carrier", "data"),
    [(c, d) for c, _, d in DISPATCH],
    ids=[f"{c.model}<-{case_id}" for c, case_id, _ in DISPATCH],
)
def test_containing_model_dispatches_each_member_to_its_class(
    carrier: Carrier,
    data: JSON,
    schemas: JSON,
    discriminator_mapping: Callable[[str], dict[str, str]],
    model_class: Callable[[str], type[Any]],
    assert_round_trip: Callable[..., Any],
) -> None:
    container = assert_round_trip(model_class(carrier.model), carrier.wrap(copy.deepcopy(data)))
    member = carrier.unwrap(container)
    expected = model_class(
        discriminator_mapping(carrier.union)[tag_of(schemas[carrier.union], data)]
    )
    assert type(member) is expected


def test_a_message_with_every_block_type_parses_each_block_into_its_class(
    discriminator_mapping: Callable[[str], dict[str, str]],
    model_class: Callable[[str], type[Any]],
    assert_round_trip: Callable[..., Any],
) -> None:
    message = assert_round_trip(models.Message, ex.MESSAGE_WITH_EVERY_BLOCK, datetimes=True)
    mapping = discriminator_mapping("ContentBlock")
    assert [type(b) for b in message.content] == [
        model_class(mapping[t]) for t in ex.CONTENT_BLOCKS
    ]
    assert message.stop_reason == "pause_turn"
    assert isinstance(message.container, models.Container)
    assert message.container.expires_at == datetime.datetime(
        2025, 8, 25, 11, 30, 2, 123456, tzinfo=datetime.UTC
    )
    assert isinstance(message.diagnostics.cache_miss_reason, models.CacheMissToolsChanged)
    assert message.usage.server_tool_use.web_search_requests == 1


# --- key fields ---------------------------------------------------------------------------


def test_message_fields() -> None:
    message = models.Message.from_dict(ex.MESSAGE)
    assert message.id == "msg_01XFDUDYJgAACzvnptvVoYEL"
    assert message.model == ex.MODEL
    assert message.role == "assistant"
    assert message.stop_reason == "end_turn"
    assert message.stop_sequence is None
    (block,) = message.content
    assert isinstance(block, models.TextBlock)
    assert block.text == "The Eiffel Tower is 330 metres tall."
    assert block.citations is None
    assert message.usage.input_tokens == 2095
    assert message.usage.cache_creation.ephemeral_5m_input_tokens == 2051
    assert message.usage.service_tier == "standard"


def test_content_block_key_fields() -> None:
    blocks = {
        key: models.Message.from_dict({**ex.MESSAGE, "content": [b]}).content[0]
        for key, b in ex.CONTENT_BLOCKS.items()
    }
    assert isinstance(blocks["text"].citations[0], models.CitationCharLocation)
    assert blocks["text"].citations[0].end_char_index == 47
    assert blocks["thinking"].signature.startswith("ErUB")
    assert blocks["tool_use"].input == {
        "location": "San Francisco, CA",
        "unit": "celsius",
    }
    assert isinstance(blocks["tool_use"].caller, models.DirectCaller)
    assert blocks["server_tool_use"].name == "web_search"
    assert isinstance(blocks["web_search_tool_result"].content[0], models.WebSearchResultBlock)
    fetched = blocks["web_fetch_tool_result"].content
    assert isinstance(fetched, models.WebFetchBlock)
    assert isinstance(fetched.content.source, models.PlainTextSource)
    assert isinstance(blocks["code_execution_tool_result"].content, models.CodeExecutionResultBlock)
    assert blocks["bash_code_execution_tool_result"].content.return_code == 0
    view = blocks["text_editor_code_execution_tool_result"].content
    assert isinstance(view, models.TextEditorCodeExecutionViewResultBlock)
    assert view.file_type == "text"
    search = blocks["tool_search_tool_result"].content
    assert search.tool_references[0].tool_name == "get_weather"
    assert blocks["container_upload"].file_id == ex.FILE_ID


def test_tool_definitions_keep_their_names_and_types() -> None:
    params = models.MessageCreateParams.from_dict(
        {**ex.MESSAGE_CREATE_PARAMS, "tools": list(ex.TOOLS.values())}
    )
    for (tag, wire), tool in zip(ex.TOOLS.items(), params.tools, strict=True):
        assert getattr(tool, "name", None) == wire.get("name")
        assert tool.type == (wire.get("type") if tag == "custom" else tag)
    custom = params.tools[0]
    assert isinstance(custom, models.ToolParam)
    assert isinstance(custom.input_schema, models.InputSchema)
    assert custom.input_schema.required == ["location"]


def test_error_envelopes(
    discriminator_mapping: Callable[[str], dict[str, str]], model_class: Callable[[str], type[Any]]
) -> None:
    mapping = discriminator_mapping("ErrorObject")
    for error_type, wire in ex.ERROR_RESPONSES.items():
        parsed = models.ErrorResponse.from_dict(wire)
        assert type(parsed.error) is model_class(mapping[error_type])
        assert parsed.error.type == error_type
        assert parsed.error.message == wire["error"]["message"]
        assert parsed.request_id == ex.REQUEST_ID


def test_stream_events_and_the_error_event() -> None:
    error = models.ErrorEvent.from_dict(ex.STREAM_EVENTS["error"])
    assert isinstance(error.error, models.OverloadedError)
    ping = models.PingEvent.from_dict(ex.STREAM_EVENTS["ping"])
    assert ping.type == "ping"
    start = models.MessageStartEvent.from_dict(ex.STREAM_EVENTS["message_start"])
    assert start.message.content == []
    delta = models.MessageDeltaEvent.from_dict(ex.STREAM_EVENTS["message_delta"])
    assert delta.delta.stop_reason == "end_turn"
    assert delta.usage.output_tokens == 15


def accumulate(events: list[JSON]) -> JSON:
    """A small reference accumulator over plain JSON, to keep the example streams consistent."""
    message: JSON = {}
    partial: dict[int, str] = {}
    for event in events:
        kind = event["type"]
        if kind == "message_start":
            message = copy.deepcopy(event["message"])
        elif kind == "content_block_start":
            assert event["index"] == len(message["content"])
            message["content"].append(copy.deepcopy(event["content_block"]))
        elif kind == "content_block_delta":
            block, delta = message["content"][event["index"]], event["delta"]
            if delta["type"] == "text_delta":
                block["text"] += delta["text"]
            elif delta["type"] == "input_json_delta":
                partial[event["index"]] = partial.get(event["index"], "") + delta["partial_json"]
            elif delta["type"] == "citations_delta":
                block.setdefault("citations", []).append(delta["citation"])
            elif delta["type"] == "thinking_delta":
                block["thinking"] += delta["thinking"]
            elif delta["type"] == "signature_delta":
                block["signature"] = delta["signature"]
        elif kind == "content_block_stop" and event["index"] in partial:
            message["content"][event["index"]]["input"] = json.loads(partial.pop(event["index"]))
        elif kind == "message_delta":
            message.update(event["delta"])
            message["usage"].update(event["usage"])
    return message


@pytest.mark.parametrize("name", sorted(ex.STREAMS))
def test_example_streams_accumulate_to_their_message(
    name: str,
    discriminator_mapping: Callable[[str], dict[str, str]],
    model_class: Callable[[str], type[Any]],
) -> None:
    events, final = ex.STREAMS[name]
    assert accumulate(events) == final
    mapping = discriminator_mapping("MessageStreamEvent")
    for event in events:
        assert (
            type(model_class(mapping[event["type"]]).from_dict(event)).__name__
            == mapping[event["type"]]
        )
    assert events[0]["type"] == "message_start"
    assert events[-1]["type"] == "message_stop"


def test_model_info_with_capabilities(assert_round_trip: Callable[..., Any]) -> None:
    info = assert_round_trip(models.ModelInfo, ex.MODEL_INFO, datetimes=True)
    assert info.id == ex.MODEL
    assert info.display_name == "Claude Sonnet 4.5"
    assert info.created_at == datetime.datetime(2025, 9, 29, tzinfo=datetime.UTC)
    assert info.lifecycle == "active"
    assert info.line == "sonnet"
    caps = info.capabilities
    assert isinstance(caps, models.ModelCapabilities)
    assert caps.thinking.types.enabled.supported is True
    assert caps.thinking.types.adaptive.supported is False
    assert caps.effort.max.supported is False  # the wire name, though `max` is a builtin
    assert caps.context_management.compact_20260112 is None
    old = assert_round_trip(models.ModelInfo, ex.MODEL_INFO_DEPRECATED, datetimes=True)
    assert old.lifecycle == "deprecated"
    assert old.capabilities is None
    assert old.retires_at == datetime.datetime(2026, 2, 19, tzinfo=datetime.UTC)


def test_list_envelopes(assert_round_trip: Callable[..., Any]) -> None:
    page = assert_round_trip(models.ListModelsResponse, ex.MODELS_PAGE, datetimes=True)
    assert [m.id for m in page.data] == [ex.MODEL, "claude-3-5-haiku-20241022"]
    assert page.has_more is True
    assert (page.first_id, page.last_id) == (ex.MODEL, "claude-3-5-haiku-20241022")
    batches = assert_round_trip(models.ListMessageBatchesResponse, ex.BATCHES_PAGE, datetimes=True)
    assert all(isinstance(b, models.MessageBatch) for b in batches.data)
    empty = assert_round_trip(models.ListMessageBatchesResponse, ex.EMPTY_PAGE)
    assert (empty.data, empty.has_more, empty.first_id, empty.last_id) == ([], False, None, None)


def test_message_batch_statuses(assert_round_trip: Callable[..., Any]) -> None:
    for status, wire in ex.MESSAGE_BATCHES.items():
        batch = assert_round_trip(models.MessageBatch, wire, datetimes=True)
        assert batch.processing_status == status
        assert batch.created_at.tzinfo is not None
        assert (batch.results_url is not None) == (status == "ended")
        assert (batch.cancel_initiated_at is not None) == (status != "in_progress")
    ended = models.MessageBatch.from_dict(ex.MESSAGE_BATCHES["ended"])
    assert ended.request_counts.to_dict() == {
        "processing": 0,
        "succeeded": 1,
        "errored": 1,
        "canceled": 1,
        "expired": 1,
    }


def test_batch_results_and_deleted_batch(
    discriminator_mapping: Callable[[str], dict[str, str]], model_class: Callable[[str], type[Any]]
) -> None:
    mapping = discriminator_mapping("MessageBatchResult")
    for result_type, wire in ex.BATCH_RESULTS.items():
        line = models.MessageBatchIndividualResponse.from_dict(json.loads(json.dumps(wire)))
        assert type(line.result) is model_class(mapping[result_type])
        assert line.custom_id == wire["custom_id"]
    succeeded = models.MessageBatchIndividualResponse.from_dict(ex.BATCH_RESULTS["succeeded"])
    assert isinstance(succeeded.result.message, models.Message)
    errored = models.MessageBatchIndividualResponse.from_dict(ex.BATCH_RESULTS["errored"])
    assert isinstance(errored.result.error.error, models.InvalidRequestError)
    deleted = models.DeletedMessageBatch.from_dict(ex.DELETED_BATCH)
    assert (deleted.id, deleted.type) == (ex.BATCH_ID, "message_batch_deleted")


def test_requests_keep_their_options(assert_round_trip: Callable[..., Any]) -> None:
    full = assert_round_trip(models.MessageCreateParams, ex.MESSAGE_CREATE_PARAMS_FULL)
    assert [type(m) for m in full.messages] == [
        models.UserMessageParam,
        models.AssistantMessageParam,
        models.UserMessageParam,
    ]
    assert isinstance(full.tool_choice, models.ToolChoiceAutoParam)
    assert full.temperature == 0.5
    assert full.system[0].cache_control.type == "ephemeral"
    thinking = assert_round_trip(models.MessageCreateParams, ex.MESSAGE_CREATE_PARAMS_THINKING)
    assert isinstance(thinking.thinking, models.ThinkingConfigEnabledParam)
    assert thinking.thinking.budget_tokens == 10000
    assert thinking.stream is True
    count = assert_round_trip(models.MessageCountTokensParams, ex.MESSAGE_COUNT_TOKENS_PARAMS)
    assert isinstance(count.tool_choice, models.ToolChoiceToolParam)
    assert count.system == "You are a scientist."
    batch = assert_round_trip(models.BatchCreateParams, ex.BATCH_CREATE_PARAMS)
    assert [r.custom_id for r in batch.requests] == ["my-first-request", "my-second-request"]
