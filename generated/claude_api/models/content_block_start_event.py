# Generated from openapi/claude-api.yaml by openapi-python-client. Do not edit by hand:
# change the spec (or openapi/generator-config.yaml) and run `nox -s generate`.
from __future__ import annotations

import builtins
from collections.abc import Callable, Mapping
from typing import (
    TYPE_CHECKING,
    Any,
    Literal,
    TypeVar,
    cast,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from claude_api.types import (
    MISSING,
    MissingFieldError,
    Model,
    attribute_error,
    build_partial,
    keep_unknown,
    model_eq,
    model_from_json,
    model_getstate,
    model_repr,
    model_setstate,
    model_to_json,
    new_model,
    not_an_object,
    partial_to_dict,
)

if TYPE_CHECKING:
    from claude_api.models.bash_code_execution_tool_result_block import (
        BashCodeExecutionToolResultBlock,
    )
    from claude_api.models.code_execution_tool_result_block import (
        CodeExecutionToolResultBlock,
    )
    from claude_api.models.container_upload_block import ContainerUploadBlock
    from claude_api.models.redacted_thinking_block import RedactedThinkingBlock
    from claude_api.models.server_tool_use_block import ServerToolUseBlock
    from claude_api.models.text_block import TextBlock
    from claude_api.models.text_editor_code_execution_tool_result_block import (
        TextEditorCodeExecutionToolResultBlock,
    )
    from claude_api.models.thinking_block import ThinkingBlock
    from claude_api.models.tool_search_tool_result_block import ToolSearchToolResultBlock
    from claude_api.models.tool_use_block import ToolUseBlock
    from claude_api.models.web_fetch_tool_result_block import WebFetchToolResultBlock
    from claude_api.models.web_search_tool_result_block import WebSearchToolResultBlock


T = TypeVar("T", bound="ContentBlockStartEvent")

# Attribute name -> JSON key of every field, and the set of known JSON keys.
_WIRE_NAMES: dict[str, str] = {
    "content_block": "content_block",
    "index": "index",
    "type": "type",
}
_KNOWN: frozenset[str] = frozenset(_WIRE_NAMES.values())
# The fields the spec does not require: absent, they read as None (and stay out of `to_dict`).
_OPTIONAL: frozenset[str] = frozenset({})
# Those of them that may also be null, each with its bit in `_absent`, set when the field was
# left out (None alone cannot tell absent from null).
_NULLABLE: dict[str, int] = {}
_imported = False


def _import_models() -> None:
    """Import the models this one refers to, once, on first use (they import each other)."""
    global \
        _imported, \
        BashCodeExecutionToolResultBlock, \
        CodeExecutionToolResultBlock, \
        ContainerUploadBlock, \
        RedactedThinkingBlock, \
        ServerToolUseBlock, \
        TextBlock, \
        TextEditorCodeExecutionToolResultBlock, \
        ThinkingBlock, \
        ToolSearchToolResultBlock, \
        ToolUseBlock, \
        WebFetchToolResultBlock, \
        WebSearchToolResultBlock
    from claude_api.models.bash_code_execution_tool_result_block import (
        BashCodeExecutionToolResultBlock,
    )
    from claude_api.models.code_execution_tool_result_block import (
        CodeExecutionToolResultBlock,  # noqa: PLC0415
    )
    from claude_api.models.container_upload_block import ContainerUploadBlock  # noqa: PLC0415
    from claude_api.models.redacted_thinking_block import RedactedThinkingBlock  # noqa: PLC0415
    from claude_api.models.server_tool_use_block import ServerToolUseBlock  # noqa: PLC0415
    from claude_api.models.text_block import TextBlock  # noqa: PLC0415
    from claude_api.models.text_editor_code_execution_tool_result_block import (
        TextEditorCodeExecutionToolResultBlock,
    )
    from claude_api.models.thinking_block import ThinkingBlock  # noqa: PLC0415
    from claude_api.models.tool_search_tool_result_block import (
        ToolSearchToolResultBlock,  # noqa: PLC0415
    )
    from claude_api.models.tool_use_block import ToolUseBlock  # noqa: PLC0415
    from claude_api.models.web_fetch_tool_result_block import WebFetchToolResultBlock  # noqa: PLC0415
    from claude_api.models.web_search_tool_result_block import WebSearchToolResultBlock  # noqa: PLC0415

    _content_block_parsers.update(
        {
            "text": TextBlock.from_dict,
            "thinking": ThinkingBlock.from_dict,
            "redacted_thinking": RedactedThinkingBlock.from_dict,
            "tool_use": ToolUseBlock.from_dict,
            "server_tool_use": ServerToolUseBlock.from_dict,
            "web_search_tool_result": WebSearchToolResultBlock.from_dict,
            "web_fetch_tool_result": WebFetchToolResultBlock.from_dict,
            "code_execution_tool_result": CodeExecutionToolResultBlock.from_dict,
            "bash_code_execution_tool_result": BashCodeExecutionToolResultBlock.from_dict,
            "text_editor_code_execution_tool_result": TextEditorCodeExecutionToolResultBlock.from_dict,
            "tool_search_tool_result": ToolSearchToolResultBlock.from_dict,
            "container_upload": ContainerUploadBlock.from_dict,
        }
    )

    _imported = True


_content_block_parsers: dict[
    object,
    Callable[
        [Mapping[str, Any]],
        BashCodeExecutionToolResultBlock
        | CodeExecutionToolResultBlock
        | ContainerUploadBlock
        | RedactedThinkingBlock
        | ServerToolUseBlock
        | TextBlock
        | TextEditorCodeExecutionToolResultBlock
        | ThinkingBlock
        | ToolSearchToolResultBlock
        | ToolUseBlock
        | WebFetchToolResultBlock
        | WebSearchToolResultBlock,
    ],
] = {}


def _parse_content_block(
    data: object,
) -> (
    BashCodeExecutionToolResultBlock
    | CodeExecutionToolResultBlock
    | ContainerUploadBlock
    | RedactedThinkingBlock
    | ServerToolUseBlock
    | TextBlock
    | TextEditorCodeExecutionToolResultBlock
    | ThinkingBlock
    | ToolSearchToolResultBlock
    | ToolUseBlock
    | WebFetchToolResultBlock
    | WebSearchToolResultBlock
):
    if not isinstance(data, dict):
        raise TypeError(f"expected a JSON object, got {type(data).__name__}")
    tag = data.get("type")
    parse = _content_block_parsers.get(tag)  # an absent tag: the member it may be
    if parse is not None:
        return parse(data)
    # An unknown tag: keep the raw object so that newer API output still parses and round-trips.
    return cast(
        "BashCodeExecutionToolResultBlock | CodeExecutionToolResultBlock | ContainerUploadBlock | RedactedThinkingBlock | ServerToolUseBlock | TextBlock | TextEditorCodeExecutionToolResultBlock | ThinkingBlock | ToolSearchToolResultBlock | ToolUseBlock | WebFetchToolResultBlock | WebSearchToolResultBlock",
        data,
    )


@_attrs_define(init=False)  # the __init__ below: a field given no value reads None
class ContentBlockStartEvent(Model):
    """Opens the content block at `index` with its initial value.

    Attributes:
        content_block (BashCodeExecutionToolResultBlock | CodeExecutionToolResultBlock | ContainerUploadBlock |
            RedactedThinkingBlock | ServerToolUseBlock | TextBlock | TextEditorCodeExecutionToolResultBlock | ThinkingBlock
            | ToolSearchToolResultBlock | ToolUseBlock | WebFetchToolResultBlock | WebSearchToolResultBlock): A block of
            assistant output, tagged by `type`. New block types may appear.
        index (int):
        type (Literal['content_block_start']):  Default: 'content_block_start'.
    """

    _optional_ = _OPTIONAL
    _nullable_ = _NULLABLE

    content_block: (
        BashCodeExecutionToolResultBlock
        | CodeExecutionToolResultBlock
        | ContainerUploadBlock
        | RedactedThinkingBlock
        | ServerToolUseBlock
        | TextBlock
        | TextEditorCodeExecutionToolResultBlock
        | ThinkingBlock
        | ToolSearchToolResultBlock
        | ToolUseBlock
        | WebFetchToolResultBlock
        | WebSearchToolResultBlock
    )
    index: int
    type: Literal["content_block_start"] = "content_block_start"
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __init__(
        self,
        content_block: BashCodeExecutionToolResultBlock
        | CodeExecutionToolResultBlock
        | ContainerUploadBlock
        | RedactedThinkingBlock
        | ServerToolUseBlock
        | TextBlock
        | TextEditorCodeExecutionToolResultBlock
        | ThinkingBlock
        | ToolSearchToolResultBlock
        | ToolUseBlock
        | WebFetchToolResultBlock
        | WebSearchToolResultBlock,
        index: int,
        type: Literal["content_block_start"] = "content_block_start",
    ) -> None:
        self.content_block = content_block
        self.index = index
        self.type = type

    def to_dict(self) -> dict[str, Any]:
        if not _imported:
            _import_models()
        try:
            content_block: dict[str, Any]
            if isinstance(self.content_block, dict):
                content_block = self.content_block
            elif isinstance(self.content_block, TextBlock):
                content_block = self.content_block.to_dict()
            elif isinstance(self.content_block, ThinkingBlock):
                content_block = self.content_block.to_dict()
            elif isinstance(self.content_block, RedactedThinkingBlock):
                content_block = self.content_block.to_dict()
            elif isinstance(self.content_block, ToolUseBlock):
                content_block = self.content_block.to_dict()
            elif isinstance(self.content_block, ServerToolUseBlock):
                content_block = self.content_block.to_dict()
            elif isinstance(self.content_block, WebSearchToolResultBlock):
                content_block = self.content_block.to_dict()
            elif isinstance(self.content_block, WebFetchToolResultBlock):
                content_block = self.content_block.to_dict()
            elif isinstance(self.content_block, CodeExecutionToolResultBlock):
                content_block = self.content_block.to_dict()
            elif isinstance(self.content_block, BashCodeExecutionToolResultBlock):
                content_block = self.content_block.to_dict()
            elif isinstance(self.content_block, TextEditorCodeExecutionToolResultBlock):
                content_block = self.content_block.to_dict()
            elif isinstance(self.content_block, ToolSearchToolResultBlock):
                content_block = self.content_block.to_dict()
            else:
                content_block = self.content_block.to_dict()

            index = self.index

            type_ = self.type

            field_dict: dict[str, Any] = {}
            field_dict.update(self.additional_properties)
            field_dict.update(
                {
                    "content_block": content_block,
                    "index": index,
                    "type": type_,
                }
            )

            return field_dict

        except MissingFieldError:  # built from data that lacked a required field
            return partial_to_dict(self, _WIRE_NAMES)

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:  # a field may be `type`
        if not isinstance(src_dict, dict) and not isinstance(src_dict, Mapping):
            raise TypeError(f"{cls.__name__} expects a JSON object, got {type(src_dict).__name__}")
        if not _imported:
            _import_models()
        missing = 0  # fields the data lacks: len(src_dict) + missing > fields means extra keys
        if "content_block" in src_dict:
            content_block = src_dict["content_block"]
            content_block = (
                _content_block_parsers.get(content_block.get("type"), keep_unknown)
                if isinstance(content_block, dict)
                else not_an_object
            )(content_block)

        else:
            content_block = MISSING
            missing += 1

        index = src_dict["index"] if "index" in src_dict else MISSING

        if "type" in src_dict:
            _type_ = src_dict["type"]
            if _type_ != "content_block_start":
                raise ValueError(f"type must match const 'content_block_start', got '{_type_}'")
            type_: Literal["content_block_start"] = "content_block_start"

        else:
            type_ = "content_block_start"
            missing += 1

        if content_block is MISSING or index is MISSING:
            # Liberal reading: the instance is built without the attributes the data lacks.
            return build_partial(
                cls,
                {
                    "content_block": content_block,
                    "index": index,
                    "type": type_,
                },
                _extra(src_dict),
            )
        # Stores into the slots, no __init__ call (measured: the call was a third of a small
        # model's parse); a field the data lacks reads None.
        content_block_start_event = new_model(cls)
        content_block_start_event.content_block = content_block
        content_block_start_event.index = index
        content_block_start_event.type = type_
        if len(src_dict) + missing > 3:  # cheaper than a set test
            content_block_start_event.additional_properties = _extra(src_dict)
        return content_block_start_event

    if not TYPE_CHECKING:  # hidden from type checkers, which would accept any attribute name

        def __getattr__(self, name: str) -> Any:
            """Only reached for an unassigned field (`del`, or a required one the data lacked)."""
            if name in _OPTIONAL:
                return None
            if name == "additional_properties":  # made on first use
                extra: dict[str, Any] = {}
                object.__setattr__(self, name, extra)
                return extra
            raise attribute_error(self, name, _WIRE_NAMES)

        # attrs' own versions read every field, so they would raise on an instance lacking a
        # required one, and could not tell an absent field (None) from a null one
        __eq__ = model_eq
        __getstate__ = model_getstate
        __setstate__ = model_setstate

    # The fields that have a value: no `Unset`, no empty `additional_properties` (issue 16).
    __repr__ = model_repr

    def to_json(self) -> bytes:
        """`to_dict()` as compact UTF-8 JSON bytes (orjson), ready to send or store."""
        return model_to_json(self.to_dict())

    @classmethod
    def from_json(cls: builtins.type[T], data: bytes | bytearray | memoryview | str) -> T:
        """`from_dict` of a JSON document (orjson)."""
        return cls.from_dict(model_from_json(data))

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


def _extra(src_dict: Mapping[str, Any]) -> dict[str, Any]:
    """The keys of *src_dict* that are not fields, kept for forward compatibility."""
    return {k: v for k, v in src_dict.items() if k not in _KNOWN}
