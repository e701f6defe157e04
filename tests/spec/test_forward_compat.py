"""The forward-compatibility promise, on the generated models.

Output this client does not know (a new content block, delta, stop reason, error type, citation,
batch result, enum value, or extra field) parses, stays visible (a raw dict, a plain string, or
`additional_properties`) and round-trips unchanged. A known tag with a malformed payload is an
error, not a silent raw dict. This is what the project's union template
(openapi/templates/property_templates/union_property.py.jinja) adds to the stock generator,
which tries members in order and fails on anything unknown.
"""

from __future__ import annotations

import copy
import inspect
from collections.abc import Callable
from typing import Any

import pytest
from claude_api import models
from claude_api.types import MissingFieldError

from . import examples as ex

JSON = dict[str, Any]
MALFORMED = (KeyError, TypeError, ValueError)

NEW_BLOCK: JSON = {
    "type": "hologram",
    "frames": [{"t": 0, "data": "AAEC"}, {"t": 1.5, "data": None}],
    "meta": {"fps": 24, "loop": True},
}


def message_with(*blocks: JSON, **fields: Any) -> JSON:
    return {**copy.deepcopy(ex.MESSAGE), "content": list(blocks), **fields}


# --- unknown tags are kept --------------------------------------------------------------------


def test_unknown_content_block_in_a_message_is_kept_as_a_dict(
    assert_round_trip: Callable[..., Any],
) -> None:
    wire = message_with(ex.CONTENT_BLOCKS["text"], NEW_BLOCK, ex.CONTENT_BLOCKS["tool_use"])
    message = assert_round_trip(models.Message, wire)
    text, new, tool_use = message.content
    assert isinstance(text, models.TextBlock)
    assert new == NEW_BLOCK
    assert isinstance(new, dict)
    assert isinstance(tool_use, models.ToolUseBlock)


def test_unknown_content_block_in_a_stream_start_event_is_kept(
    assert_round_trip: Callable[..., Any],
) -> None:
    wire = {"type": "content_block_start", "index": 2, "content_block": NEW_BLOCK}
    event = assert_round_trip(models.ContentBlockStartEvent, wire)
    assert event.content_block == NEW_BLOCK


def test_unknown_delta_type_is_kept(assert_round_trip: Callable[..., Any]) -> None:
    delta = {"type": "hologram_delta", "frames": [{"t": 2}]}
    event = assert_round_trip(
        models.ContentBlockDeltaEvent, {"type": "content_block_delta", "index": 0, "delta": delta}
    )
    assert event.delta == delta
    assert event.index == 0


def test_unknown_stop_reason_is_kept_as_a_string(assert_round_trip: Callable[..., Any]) -> None:
    message = assert_round_trip(
        models.Message, message_with(ex.CONTENT_BLOCKS["text"], stop_reason="compaction")
    )
    assert message.stop_reason == "compaction"
    event = {
        **ex.STREAM_EVENTS["message_delta"],
        "delta": {"stop_reason": "compaction", "stop_sequence": None},
    }
    parsed = assert_round_trip(models.MessageDeltaEvent, event)
    assert parsed.delta.stop_reason == "compaction"


@pytest.mark.parametrize(
    "error",
    [
        {
            "type": "quota_exceeded_error",
            "message": "Monthly quota exceeded.",
            "details": {"quota": "tokens"},
        },
    ],
    ids=["made_up"],
)
def test_unknown_error_type_is_kept(error: JSON, assert_round_trip: Callable[..., Any]) -> None:
    response = assert_round_trip(
        models.ErrorResponse, {"type": "error", "error": error, "request_id": ex.REQUEST_ID}
    )
    assert response.error == error
    assert response.request_id == ex.REQUEST_ID
    event = assert_round_trip(models.ErrorEvent, {"type": "error", "error": error})
    assert event.error == error
    line = {
        "custom_id": "r1",
        "result": {"type": "errored", "error": {"type": "error", "error": error}},
    }
    assert (
        assert_round_trip(models.MessageBatchIndividualResponse, line).result.error.error == error
    )


def test_unknown_citation_type_is_kept(assert_round_trip: Callable[..., Any]) -> None:
    citation = {"type": "audio_location", "cited_text": "hello", "start_ms": 1200, "end_ms": 1900}
    block = {
        "type": "text",
        "text": "Quoted.",
        "citations": [ex.TEXT_CITATIONS["page_location"], citation],
    }
    message = assert_round_trip(models.Message, message_with(block))
    known, new = message.content[0].citations
    assert isinstance(known, models.CitationPageLocation)
    assert new == citation
    delta = assert_round_trip(
        models.CitationsDelta, {"type": "citations_delta", "citation": citation}
    )
    assert delta.citation == citation


def test_unknown_batch_result_type_is_kept(assert_round_trip: Callable[..., Any]) -> None:
    result = {"type": "deferred", "retry_after": "2025-01-01T00:00:00Z"}
    line = assert_round_trip(
        models.MessageBatchIndividualResponse, {"custom_id": "r7", "result": result}
    )
    assert line.result == result
    assert line.custom_id == "r7"


def test_unknown_cache_miss_reason_and_tool_caller_are_kept(
    assert_round_trip: Callable[..., Any],
) -> None:
    reason = {"type": "region_changed", "cache_missed_input_tokens": 10}
    wire = message_with(ex.CONTENT_BLOCKS["text"], diagnostics={"cache_miss_reason": reason})
    assert assert_round_trip(models.Message, wire).diagnostics.cache_miss_reason == reason
    caller = {"type": "code_execution_20271231", "tool_id": "srvtoolu_x"}
    block = {**ex.CONTENT_BLOCKS["tool_use"], "caller": caller}
    assert assert_round_trip(models.Message, message_with(block)).content[0].caller == caller


@pytest.mark.parametrize(
    ("model", "wire", "field", "value"),
    [
        (models.MessageBatch, ex.MESSAGE_BATCHES["ended"], "processing_status", "archiving"),
        (models.ModelInfo, ex.MODEL_INFO, "lifecycle", "sunset"),
        (models.ModelInfo, ex.MODEL_INFO, "line", "aria"),
        (models.Usage, ex.USAGE, "service_tier", "flex"),
        (models.ServerToolUseBlock, ex.CONTENT_BLOCKS["server_tool_use"], "name", "image_search"),
        (
            models.WebFetchToolResultErrorBlock,
            {"type": "web_fetch_tool_result_error", "error_code": "url_not_accessible"},
            "error_code",
            "robots_disallowed",
        ),
        (
            models.RefusalStopDetails,
            {"type": "refusal", "category": "cyber", "explanation": None},
            "category",
            "new_category",
        ),
    ],
    ids=lambda p: p if isinstance(p, str) else None,
)
def test_unknown_values_of_open_enums_are_kept_as_strings(
    model: type[Any], wire: JSON, field: str, value: str, assert_round_trip: Callable[..., Any]
) -> None:
    parsed = assert_round_trip(model, {**wire, field: value}, datetimes=True)
    assert getattr(parsed, field) == value


def test_unknown_request_side_tags_pass_through(assert_round_trip: Callable[..., Any]) -> None:
    # A user may send a tool, block or thinking mode newer than this client as a plain dict.
    tool = {"type": "image_generation_20270101", "name": "image_generation", "size": "1024x1024"}
    block = {
        "type": "audio",
        "source": {"type": "base64", "media_type": "audio/wav", "data": "UklGRg=="},
    }
    wire = {
        **ex.MESSAGE_CREATE_PARAMS,
        "messages": [{"role": "user", "content": [block]}],
        "tools": [ex.TOOLS["custom"], tool],
        "thinking": {"type": "deliberate", "budget_tokens": 100},
    }
    params = assert_round_trip(models.MessageCreateParams, wire)
    assert params.tools[1] == tool
    assert isinstance(params.tools[0], models.ToolParam)
    assert params.messages[0].content[0] == block
    assert params.thinking == wire["thinking"]


# --- extra fields are kept --------------------------------------------------------------------


def test_extra_fields_at_every_level_are_kept(assert_round_trip: Callable[..., Any]) -> None:
    block = {**ex.CONTENT_BLOCKS["text"], "language": "en"}
    block["citations"] = [{**ex.TEXT_CITATIONS["char_location"], "confidence": 0.93}]
    wire = message_with(
        block,
        {**ex.CONTENT_BLOCKS["web_search_tool_result"], "search_id": "ws_1"},
        usage={
            **ex.USAGE,
            "cache_creation": {**ex.USAGE["cache_creation"], "ephemeral_24h_input_tokens": 5},
        },
        context_management={
            "applied_edits": [{"type": "clear_tool_uses_20250919", "cleared_tool_uses": 3}]
        },
    )
    message = assert_round_trip(models.Message, wire)
    assert message.additional_properties == {"context_management": wire["context_management"]}
    text, search = message.content
    assert text.additional_properties == {"language": "en"}
    assert text.citations[0].additional_properties == {"confidence": 0.93}
    assert search.additional_properties == {"search_id": "ws_1"}
    assert message.usage.cache_creation.additional_properties == {"ephemeral_24h_input_tokens": 5}


@pytest.mark.parametrize(
    ("model", "wire"),
    [
        (
            models.ModelInfo,
            {
                **ex.MODEL_INFO,
                "aliases": ["claude-sonnet-4-5"],
                "capabilities": {**ex.MODEL_CAPABILITIES, "audio_input": {"supported": False}},
            },
        ),
        (
            models.MessageBatch,
            {
                **ex.MESSAGE_BATCHES["ended"],
                "request_counts": {**ex.MESSAGE_BATCHES["ended"]["request_counts"], "retried": 2},
            },
        ),
        (models.ErrorResponse, {**ex.ERROR_RESPONSES["rate_limit_error"], "retry_after": 12}),
        (
            models.ErrorResponse,
            {
                "type": "error",
                "error": {"type": "invalid_request_error", "message": "bad", "param": "max_tokens"},
            },
        ),
        (models.ListModelsResponse, {**ex.MODELS_PAGE, "total": 2}),
        (models.MessageStartEvent, {**ex.STREAM_EVENTS["message_start"], "sequence": 1}),
        (
            models.MessageDeltaEvent,
            {
                **ex.STREAM_EVENTS["message_delta"],
                "usage": {"output_tokens": 3, "reasoning_tokens": 2},
            },
        ),
        (
            models.ContentBlockDeltaEvent,
            {
                "type": "content_block_delta",
                "index": 0,
                "delta": {"type": "text_delta", "text": "Hi", "lang": "en"},
            },
        ),
        (models.PingEvent, {"type": "ping", "server_time": 1724179044}),
    ],
    ids=[
        "model_info",
        "batch",
        "error_envelope",
        "error_object",
        "list",
        "message_start",
        "usage_delta",
        "delta",
        "ping",
    ],
)
def test_extra_fields_survive(
    model: type[Any], wire: JSON, assert_round_trip: Callable[..., Any]
) -> None:
    assert_round_trip(model, wire, datetimes=True)


# --- a known tag with a bad payload is an error -----------------------------------------------


@pytest.mark.parametrize(
    ("model", "wire"),
    [
        (models.Message, message_with({"type": "text"})),
        (models.Message, message_with({"type": "tool_use", "name": "get_weather", "input": {}})),
        (
            models.Message,
            message_with(
                {"type": "tool_use", "id": "toolu_1", "name": "x", "input": "not an object"}
            ),
        ),
        (models.Message, message_with({"type": "thinking", "thinking": "hmm"})),
        (
            models.Message,
            message_with({"type": "web_search_tool_result", "tool_use_id": "srvtoolu_1"}),
        ),
        (models.Message, message_with("text")),
        (
            models.ContentBlockDeltaEvent,
            {"type": "content_block_delta", "index": 0, "delta": {"type": "text_delta"}},
        ),
        (
            models.ContentBlockDeltaEvent,
            {
                "type": "content_block_delta",
                "index": 0,
                "delta": {"type": "input_json_delta", "text": "{}"},
            },
        ),
        (models.ErrorResponse, {"type": "error", "error": {"type": "overloaded_error"}}),
        (models.ErrorResponse, {"type": "error", "error": "Overloaded"}),
        (
            models.MessageBatchIndividualResponse,
            {"custom_id": "r1", "result": {"type": "succeeded"}},
        ),
        (
            models.MessageBatchIndividualResponse,
            {"custom_id": "r1", "result": {"type": "errored", "error": {"type": "error"}}},
        ),
    ],
    ids=[
        "text_without_text",
        "tool_use_without_id",
        "tool_use_input_not_object",
        "thinking_without_signature",
        "search_result_without_content",
        "block_not_an_object",
        "text_delta_without_text",
        "input_json_delta_without_partial_json",
        "error_without_message",
        "error_not_an_object",
        "succeeded_without_message",
        "errored_with_bad_envelope",
    ],
)
def test_known_tag_with_malformed_payload_raises(
    model: type[Any], wire: JSON, request: pytest.FixtureRequest
) -> None:
    case = request.node.callspec.id
    if case in WRONG_TYPE:
        with pytest.raises(MALFORMED):
            model.from_dict(wire)
        return
    # A required field is missing: responses are read liberally (tests/spec/test_missing_fields.py),
    # the rest of the object is kept exactly, and reading the absent field is a clear error.
    parsed = model.from_dict(wire)
    assert parsed.to_dict() == wire
    with pytest.raises(MissingFieldError):
        _read_all(parsed)


WRONG_TYPE = {"tool_use_input_not_object", "block_not_an_object", "error_not_an_object"}


def _read_all(value: Any) -> None:
    """Read every field of *value* and what it holds (raises on a missing one)."""
    if isinstance(value, list):
        for item in value:
            _read_all(item)
    elif hasattr(type(value), "__attrs_attrs__"):
        for field in type(value).__attrs_attrs__:
            _read_all(getattr(value, field.name))


@pytest.mark.parametrize(
    ("model", "data", "path"),
    [
        (models.ToolParam, {"name": "get_weather"}, "input_schema"),
        (
            models.MessageCreateParams,
            {**ex.MESSAGE_CREATE_PARAMS, "tools": [{"name": "get_weather"}]},
            "tools[0]",
        ),
        (
            models.MessageCreateParams,
            {**ex.MESSAGE_CREATE_PARAMS, "messages": [{"role": "user"}]},
            "messages[0].content",
        ),
    ],
    ids=[
        "tool_without_input_schema",
        "tool_in_request_without_input_schema",
        "turn_without_content",
    ],
)
def test_requests_stay_strict(model: type[Any], data: JSON, path: str) -> None:
    """Requests are checked before parsing (the pipeline): liberal parsing never reaches them."""
    from claude import RequestValidationError
    from claude._build.pipeline import validate

    with pytest.raises(RequestValidationError, match=path.replace("[", r"\[").replace("]", r"\]")):
        validate(model, copy.deepcopy(data))


# A nullable field (`anyOf: [X, {type: null}]`) parses X strictly (union template): a malformed
# object, or a list holding a malformed known citation, is parsed as X (never left raw data).
@pytest.mark.parametrize(
    ("model", "wire"),
    [
        pytest.param(
            models.Message,
            message_with(
                {
                    "type": "text",
                    "text": "x",
                    "citations": [{"type": "char_location", "cited_text": "x"}],
                }
            ),
            id="known_citation_without_fields",
        ),
        pytest.param(
            models.Message,
            message_with(
                ex.CONTENT_BLOCKS["text"], container={"expires_at": "2025-08-25T11:30:02Z"}
            ),
            id="container_without_id",
        ),
        pytest.param(
            models.ModelInfo,
            {**ex.MODEL_INFO, "capabilities": {"batch": {"supported": True}}},
            id="capabilities_missing_fields",
        ),
        pytest.param(
            models.Usage,
            {**ex.USAGE, "cache_creation": {"ephemeral_5m_input_tokens": 1}},
            id="cache_creation_missing_field",
        ),
    ],
)
def test_malformed_value_of_a_nullable_field_is_not_kept_raw(model: type[Any], wire: JSON) -> None:
    # Each value lacks required fields: it is parsed into its class (liberally), not kept as a
    # raw dict, so reading what it lacks raises, and it writes back unchanged.
    parsed = model.from_dict(copy.deepcopy(wire))
    with pytest.raises(MissingFieldError):
        _read_all(parsed)
    dumped = parsed.to_dict()  # date-times come back in Python's spelling of the same instant
    assert dumped.keys() == wire.keys()
    assert model.from_dict(dumped).to_dict() == dumped


@pytest.mark.parametrize(
    ("model", "wire"),
    [
        (models.Message, message_with(ex.CONTENT_BLOCKS["text"], container="ctr_1")),
        (models.Usage, {**ex.USAGE, "cache_creation": [1]}),
    ],
    ids=["container_not_an_object", "cache_creation_not_an_object"],
)
def test_wrong_type_of_a_nullable_field_raises(model: type[Any], wire: JSON) -> None:
    with pytest.raises(MALFORMED):
        model.from_dict(copy.deepcopy(wire))


def test_wrong_tag_value_for_a_member_class_raises() -> None:
    with pytest.raises(ValueError, match="type must match const"):
        models.TextBlock.from_dict({"type": "thinking", "text": "x"})


# --- the template is in effect ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("module", "tag"),
    [
        ("message", "type"),
        ("content_block_start_event", "type"),
        ("content_block_delta_event", "type"),
        ("text_block", "type"),
        ("error_response", "type"),
        ("message_batch_individual_response", "type"),
        ("user_message_param", "type"),
        ("message_create_params", "role"),
        ("message_create_params", "type"),
    ],
)
def test_generated_union_parsers_dispatch_on_the_tag(module: str, tag: str) -> None:
    source = inspect.getsource(__import__(f"claude_api.models.{module}", fromlist=["_"]))
    assert f'tag = data.get("{tag}")' in source
    assert "An unknown tag: keep the raw object" in source
