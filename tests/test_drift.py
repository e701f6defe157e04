"""Tests for scripts/drift.py: a fake SDK package (pydantic models and TypedDicts, as the official
SDK writes them) against small specs, one difference at a time, and the command with its allow-list.
"""

from __future__ import annotations

import copy
import importlib.util
import sys
import textwrap
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import yaml

ROOT = Path(__file__).resolve().parent.parent
_spec = importlib.util.spec_from_file_location("drift", ROOT / "scripts" / "drift.py")
assert _spec is not None
assert _spec.loader is not None
drift = importlib.util.module_from_spec(_spec)
sys.modules["drift"] = drift  # dataclasses resolve their module while the script loads
_spec.loader.exec_module(drift)

# A tiny SDK laid out like the official one: `types`, `types.shared`, a `beta` the report ignores.
FAKE_SDK = {
    "__init__.py": '__version__ = "9.9.9"\n',
    "types/__init__.py": """
        from __future__ import annotations

        from typing import Dict, List, Optional, Union

        from pydantic import BaseModel
        from typing_extensions import Annotated, Literal, Required, TypedDict

        from .beta import BetaFancyBlock

        class TextBlock(BaseModel):
            text: str
            type: Literal["text"]

        class ToolUseBlock(BaseModel):
            id: str
            input: Dict[str, object]
            name: str
            type: Literal["tool_use"]

        ContentBlock = Annotated[Union[TextBlock, ToolUseBlock, BetaFancyBlock], "type"]
        StopReason = Literal["end_turn", "max_tokens", "refusal"]

        class Usage(BaseModel):
            input_tokens: int
            output_tokens: int
            cache_read_input_tokens: Optional[int] = None

        class Message(BaseModel):
            id: str
            content: List[ContentBlock]
            stop_reason: Optional[StopReason] = None
            usage: Usage
            type: Literal["message"]

        class RawMessageStartEvent(BaseModel):
            message: Message
            type: Literal["message_start"]

        class RawPingLikeEvent(BaseModel):
            type: Literal["message_stop"]

        RawMessageStreamEvent = Annotated[
            Union[RawMessageStartEvent, RawPingLikeEvent], "type"
        ]

        class TextBlockParam(TypedDict, total=False):
            text: Required[str]
            type: Required[Literal["text"]]

        class MessageCreateParams(TypedDict, total=False):
            max_tokens: Required[int]
            content: Required[List[Union[TextBlockParam, TextBlock]]]
            workspace_id: str
    """,
    "resources/__init__.py": """
        def create(client, workspace_id, **body):
            headers = {"anthropic-workspace-id": workspace_id}
            return client.post("/v1/messages", body=body, headers=headers)
    """,
    "types/beta/__init__.py": """
        from pydantic import BaseModel
        from typing_extensions import Literal

        class BetaFancyBlock(BaseModel):
            fancy: str
            type: Literal["fancy"]
    """,
    "types/shared/__init__.py": """
        from typing import Optional

        from pydantic import BaseModel
        from typing_extensions import Literal

        class NotFoundErrorObject(BaseModel):
            message: str
            type: Literal["not_found_error"]

        class ErrorResponse(BaseModel):
            error: NotFoundErrorObject
            request_id: Optional[str] = None
            type: Literal["error"]

        ErrorType = Literal["not_found_error", "api_error"]
    """,
}
ROOTS = (
    ("types", "Message"),
    ("types", "RawMessageStreamEvent"),
    ("types", "MessageCreateParams"),
    ("types.shared", "ErrorResponse"),
)
ALIASES = (("types", "StopReason"), ("types.shared", "ErrorType"))


def ref(name: str) -> dict[str, str]:
    return {"$ref": f"#/components/schemas/{name}"}


def tag(value: str) -> dict[str, Any]:
    return {"type": "string", "const": value, "default": value}


def obj(required: list[str], **properties: Any) -> dict[str, Any]:
    return {"description": "x", "type": "object", "required": required, "properties": properties}


# The spec that matches the fake SDK exactly (in this project's conventions).
MATCHING: dict[str, Any] = {
    "openapi": "3.1.0",
    "info": {"title": "t", "version": "1"},
    "paths": {},
    "components": {
        "parameters": {
            "Workspace": {"name": "anthropic-workspace-id", "in": "header", "schema": {}}
        },
        "schemas": {
            "TextBlock": obj(["text", "type"], text={"type": "string"}, type=tag("text")),
            "ToolUseBlock": obj(
                ["id", "input", "name", "type"],
                id={"type": "string"},
                input={"type": "object", "additionalProperties": True},
                name={"type": "string"},
                type=tag("tool_use"),
            ),
            "ContentBlock": {
                "oneOf": [ref("TextBlock"), ref("ToolUseBlock")],
                "discriminator": {"propertyName": "type"},
            },
            "StopReason": {"type": "string", "enum": ["end_turn", "max_tokens", "refusal"]},
            "Usage": obj(
                ["input_tokens", "output_tokens"],
                input_tokens={"type": "integer"},
                output_tokens={"type": "integer"},
                cache_read_input_tokens={"type": ["integer", "null"]},
            ),
            "Message": obj(
                ["id", "content", "usage", "type"],
                id={"type": "string"},
                content={"type": "array", "items": ref("ContentBlock")},
                stop_reason={"anyOf": [ref("StopReason"), {"type": "string"}, {"type": "null"}]},
                usage=ref("Usage"),
                type=tag("message"),
            ),
            "MessageStartEvent": obj(
                ["message", "type"], message=ref("Message"), type=tag("message_start")
            ),
            "PingLikeEvent": obj(["type"], type=tag("message_stop")),
            "MessageStreamEvent": {
                "oneOf": [ref("MessageStartEvent"), ref("PingLikeEvent")],
                "discriminator": {"propertyName": "type"},
            },
            "TextBlockParam": obj(["text", "type"], text={"type": "string"}, type=tag("text")),
            "MessageCreateParams": obj(
                ["max_tokens", "content"],
                max_tokens={"type": "integer"},
                content={"type": "array", "items": ref("TextBlockParam")},
            ),
            "NotFoundError": obj(
                ["message", "type"], message={"type": "string"}, type=tag("not_found_error")
            ),
            "ErrorResponse": obj(
                ["error", "type"],
                error=ref("NotFoundError"),
                request_id={"type": ["string", "null"]},
                type=tag("error"),
            ),
            "ErrorType": {"type": "string", "enum": ["not_found_error", "api_error"]},
        },
    },
}


@pytest.fixture(scope="module")
def fake_sdk(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    base = tmp_path_factory.mktemp("sdk")
    for relative, source in FAKE_SDK.items():
        path = base / "fakesdk" / relative
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(textwrap.dedent(source), encoding="utf-8")
    sys.path.insert(0, str(base))
    try:
        yield "fakesdk"
    finally:
        sys.path.remove(str(base))
        for name in [m for m in sys.modules if m == "fakesdk" or m.startswith("fakesdk.")]:
            del sys.modules[name]


@pytest.fixture
def findings(fake_sdk: str, monkeypatch: pytest.MonkeyPatch) -> Any:
    monkeypatch.setattr(drift, "ROOTS", ROOTS)
    monkeypatch.setattr(drift, "ALIASES", ALIASES)
    monkeypatch.setattr(drift, "RESOURCES", ("resources",))

    def run(spec: dict[str, Any]) -> list[str]:
        return [f.key for f in drift.run(spec, {}, fake_sdk)]

    return run


def changed(edit: Any) -> dict[str, Any]:
    spec = copy.deepcopy(MATCHING)
    edit(spec["components"]["schemas"])
    return spec


def test_the_matching_spec_has_no_findings(findings: Any) -> None:
    # Also: the beta block is ignored, `RawMessageStartEvent` is `MessageStartEvent`, the shared
    # `NotFoundErrorObject` is `NotFoundError`, the SDK accepting its response `TextBlock` in a
    # request is no wire shape, and `workspace_id` is the `anthropic-workspace-id` header.
    assert findings(MATCHING) == []


def test_a_field_removed_from_the_spec_is_reported(findings: Any) -> None:
    spec = changed(lambda s: s["Usage"]["properties"].pop("cache_read_input_tokens"))
    assert findings(spec) == ["missing-field Usage.cache_read_input_tokens"]


def test_a_field_only_the_spec_has_is_reported(findings: Any) -> None:
    spec = changed(lambda s: s["Usage"]["properties"].update(made_up={"type": "integer"}))
    assert findings(spec) == ["extra-field Usage.made_up"]


def test_requiredness_both_ways(findings: Any) -> None:
    def edit(s: dict[str, Any]) -> None:
        s["Message"]["required"].append("stop_reason")  # the SDK may omit it
        s["Usage"]["required"].remove("output_tokens")  # the SDK always has it
        s["MessageCreateParams"]["required"].remove("max_tokens")  # a request must send it

    assert findings(changed(edit)) == [
        "optional Message.stop_reason",
        "required MessageCreateParams.max_tokens",
        "required Usage.output_tokens",
    ]


def test_a_field_of_another_json_type(findings: Any) -> None:
    def edit(s: dict[str, Any]) -> None:
        s["Usage"]["properties"]["input_tokens"] = {"type": "string"}
        s["Usage"]["properties"]["output_tokens"] = {"type": "number"}  # takes integers: fine

    assert findings(changed(edit)) == ["type Usage.input_tokens integer != string"]


def test_nullability_both_ways(findings: Any) -> None:
    def edit(s: dict[str, Any]) -> None:
        s["Usage"]["properties"]["cache_read_input_tokens"] = {"type": "integer"}  # null fails
        s["Message"]["properties"]["id"] = {"type": ["string", "null"]}

    assert findings(changed(edit)) == [
        "not-nullable Usage.cache_read_input_tokens",
        "nullable Message.id",
    ]


def test_enum_values_once_per_named_enum_and_for_literal_aliases(findings: Any) -> None:
    def edit(s: dict[str, Any]) -> None:
        s["StopReason"]["enum"] = ["end_turn", "max_tokens", "made_up"]
        s["ErrorType"]["enum"] = ["not_found_error"]

    assert findings(changed(edit)) == [
        "extra-value StopReason 'made_up'",
        "missing-value ErrorType 'api_error'",
        "missing-value StopReason 'refusal'",
    ]


def test_a_const_tag_that_differs(findings: Any) -> None:
    spec = changed(lambda s: s["TextBlock"]["properties"].update(type=tag("txt")))
    assert findings(spec) == [
        "extra-value TextBlock.type 'txt'",
        "missing-value TextBlock.type 'text'",
    ]


def test_union_members_and_schemas(findings: Any) -> None:
    def edit(s: dict[str, Any]) -> None:
        s["ContentBlock"]["oneOf"].remove(ref("ToolUseBlock"))
        del s["ToolUseBlock"]
        s["MessageStreamEvent"]["oneOf"].append(ref("ExtraEvent"))
        s["ExtraEvent"] = obj(["type"], type=tag("extra"))

    assert findings(changed(edit)) == [
        "extra-member MessageStreamEvent ExtraEvent",
        "extra-schema ExtraEvent",
        "missing-member ContentBlock ToolUseBlock",
        "missing-schema ToolUseBlock (fakesdk.types.ToolUseBlock)",
    ]


def test_a_header_without_its_parameter_or_in_the_body(findings: Any) -> None:
    spec = copy.deepcopy(MATCHING)
    del spec["components"]["parameters"]["Workspace"]
    assert findings(spec) == [
        "missing-parameter MessageCreateParams.workspace_id anthropic-workspace-id"
    ]
    spec = changed(
        lambda s: s["MessageCreateParams"]["properties"].update(workspace_id={"type": "string"})
    )
    assert findings(spec) == [
        "header-in-body MessageCreateParams.workspace_id anthropic-workspace-id"
    ]


def write(path: Path, data: Any) -> Path:
    path.write_text(yaml.safe_dump(data, sort_keys=False), encoding="utf-8")
    return path


def test_the_command_fails_on_findings_not_allow_listed(
    fake_sdk: str,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    monkeypatch.setattr(drift, "ROOTS", ROOTS)
    monkeypatch.setattr(drift, "ALIASES", ALIASES)
    monkeypatch.setattr(drift, "RESOURCES", ("resources",))
    spec = write(
        tmp_path / "spec.yaml",
        changed(lambda s: s["Usage"]["properties"].pop("cache_read_input_tokens")),
    )
    args = ["--spec", str(spec), "--sdk", fake_sdk, "--allow"]

    assert drift.main([*args, str(write(tmp_path / "none.yaml", {"allow": []}))]) == 1
    out = capsys.readouterr().out
    assert "against fakesdk 9.9.9" in out
    assert "The spec lacks (1)\n  missing-field Usage.cache_read_input_tokens" in out
    assert out.rstrip().endswith("1 findings, 0 allow-listed, 1 to fix")

    listed = {"allow": [{"finding": "missing-field Usage.cache_*", "reason": "on purpose"}]}
    assert drift.main([*args, str(write(tmp_path / "ok.yaml", listed)), "--all"]) == 0
    out = capsys.readouterr().out
    assert "missing-field Usage.cache_read_input_tokens  -- on purpose" in out
    assert out.rstrip().endswith("1 findings, 1 allow-listed, 0 to fix")

    stale = {"allow": [*listed["allow"], {"finding": "extra-field X.y", "reason": "old"}]}
    assert drift.main([*args, str(write(tmp_path / "stale.yaml", stale))]) == 1
    assert "match nothing any more (1)\n  extra-field X.y" in capsys.readouterr().out

    unexplained = {"allow": [{"finding": "missing-field Usage.cache_read_input_tokens"}]}
    with pytest.raises(SystemExit, match="has no reason"):
        drift.main([*args, str(write(tmp_path / "bad.yaml", unexplained))])


def test_the_allow_list_entries_all_have_reasons_and_the_names_table_is_used() -> None:
    names, allowed = drift.load_allow(drift.ALLOW)
    assert names["batch_create_params.Request"] == "MessageBatchRequestParam"
    assert all(len(reason) > 10 for reason in allowed.values())
