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

from claude_api.models.stop_reason import StopReason
from claude_api.types import (
    MISSING,
    NULL,
    UNSET,
    MissingFieldError,
    Model,
    Unset,
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
    from claude_api.models.container import Container
    from claude_api.models.container_upload_block import ContainerUploadBlock
    from claude_api.models.diagnostics import Diagnostics
    from claude_api.models.redacted_thinking_block import RedactedThinkingBlock
    from claude_api.models.refusal_stop_details import RefusalStopDetails
    from claude_api.models.server_tool_use_block import ServerToolUseBlock
    from claude_api.models.text_block import TextBlock
    from claude_api.models.text_editor_code_execution_tool_result_block import (
        TextEditorCodeExecutionToolResultBlock,
    )
    from claude_api.models.thinking_block import ThinkingBlock
    from claude_api.models.tool_search_tool_result_block import ToolSearchToolResultBlock
    from claude_api.models.tool_use_block import ToolUseBlock
    from claude_api.models.usage import Usage
    from claude_api.models.web_fetch_tool_result_block import WebFetchToolResultBlock
    from claude_api.models.web_search_tool_result_block import WebSearchToolResultBlock


T = TypeVar("T", bound="Message")

# Attribute name -> JSON key of every field, and the set of known JSON keys.
_WIRE_NAMES: dict[str, str] = {
    "id": "id",
    "content": "content",
    "model": "model",
    "role": "role",
    "type": "type",
    "usage": "usage",
    "container": "container",
    "diagnostics": "diagnostics",
    "stop_details": "stop_details",
    "stop_reason": "stop_reason",
    "stop_sequence": "stop_sequence",
}
_KNOWN: frozenset[str] = frozenset(_WIRE_NAMES.values())
# The fields the spec does not require: absent, they read as None (and stay out of `to_dict`).
_OPTIONAL: frozenset[str] = frozenset(
    {
        "container",
        "diagnostics",
        "stop_details",
        "stop_reason",
        "stop_sequence",
    }
)
# Those of them that may also be null, each with its bit in `_absent`, set when the field was
# left out (None alone cannot tell absent from null).
_NULLABLE: dict[str, int] = {
    "container": 1,
    "diagnostics": 2,
    "stop_details": 4,
    "stop_reason": 8,
    "stop_sequence": 16,
}
_imported = False


def _import_models() -> None:
    """Import the models this one refers to, once, on first use (they import each other)."""
    global \
        _imported, \
        BashCodeExecutionToolResultBlock, \
        CodeExecutionToolResultBlock, \
        Container, \
        ContainerUploadBlock, \
        Diagnostics, \
        RedactedThinkingBlock, \
        RefusalStopDetails, \
        ServerToolUseBlock, \
        TextBlock, \
        TextEditorCodeExecutionToolResultBlock, \
        ThinkingBlock, \
        ToolSearchToolResultBlock, \
        ToolUseBlock, \
        Usage, \
        WebFetchToolResultBlock, \
        WebSearchToolResultBlock
    from claude_api.models.bash_code_execution_tool_result_block import (
        BashCodeExecutionToolResultBlock,
    )
    from claude_api.models.code_execution_tool_result_block import (
        CodeExecutionToolResultBlock,  # noqa: PLC0415
    )
    from claude_api.models.container import Container  # noqa: PLC0415
    from claude_api.models.container_upload_block import ContainerUploadBlock  # noqa: PLC0415
    from claude_api.models.diagnostics import Diagnostics  # noqa: PLC0415
    from claude_api.models.redacted_thinking_block import RedactedThinkingBlock  # noqa: PLC0415
    from claude_api.models.refusal_stop_details import RefusalStopDetails  # noqa: PLC0415
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
    from claude_api.models.usage import Usage  # noqa: PLC0415
    from claude_api.models.web_fetch_tool_result_block import WebFetchToolResultBlock  # noqa: PLC0415
    from claude_api.models.web_search_tool_result_block import WebSearchToolResultBlock  # noqa: PLC0415

    _content_item_parsers.update(
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


_content_item_parsers: dict[
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


def _parse_content_item(
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
    parse = _content_item_parsers.get(tag)  # an absent tag: the member it may be
    if parse is not None:
        return parse(data)
    # An unknown tag: keep the raw object so that newer API output still parses and round-trips.
    return cast(
        "BashCodeExecutionToolResultBlock | CodeExecutionToolResultBlock | ContainerUploadBlock | RedactedThinkingBlock | ServerToolUseBlock | TextBlock | TextEditorCodeExecutionToolResultBlock | ThinkingBlock | ToolSearchToolResultBlock | ToolUseBlock | WebFetchToolResultBlock | WebSearchToolResultBlock",
        data,
    )


@_attrs_define(init=False)  # the __init__ below: a field given no value reads None
class Message(Model):
    """A complete assistant turn generated by the model: its content blocks, why it stopped, and token usage.

    Attributes:
        id (str):
        content (list[BashCodeExecutionToolResultBlock | CodeExecutionToolResultBlock | ContainerUploadBlock |
            RedactedThinkingBlock | ServerToolUseBlock | TextBlock | TextEditorCodeExecutionToolResultBlock | ThinkingBlock
            | ToolSearchToolResultBlock | ToolUseBlock | WebFetchToolResultBlock | WebSearchToolResultBlock]):
        model (str): A model id or alias, such as `claude-sonnet-4-5`. Any string is accepted, so new models need no
            client update.
        role (Literal['assistant']):  Default: 'assistant'.
        type (Literal['message']):  Default: 'message'.
        usage (Usage): Token usage of a message, including prompt-cache reads and writes and server tool use.
        container (Container | None | Unset):
        diagnostics (Diagnostics | None | Unset):
        stop_details (None | RefusalStopDetails | Unset):
        stop_reason (None | StopReason | str | Unset):
        stop_sequence (None | str | Unset):
    """

    _optional_ = _OPTIONAL
    _nullable_ = _NULLABLE

    id: str
    content: list[
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
    ]
    model: str
    usage: Usage
    role: Literal["assistant"] = "assistant"
    type: Literal["message"] = "message"
    container: Container | None | Unset = UNSET
    diagnostics: Diagnostics | None | Unset = UNSET
    stop_details: None | RefusalStopDetails | Unset = UNSET
    stop_reason: None | StopReason | str | Unset = UNSET
    stop_sequence: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __init__(
        self,
        id: str,
        content: list[
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
        ],
        model: str,
        usage: Usage,
        role: Literal["assistant"] = "assistant",
        type: Literal["message"] = "message",
        container: Container | None | Unset = UNSET,
        diagnostics: Diagnostics | None | Unset = UNSET,
        stop_details: None | RefusalStopDetails | Unset = UNSET,
        stop_reason: None | StopReason | str | Unset = UNSET,
        stop_sequence: None | str | Unset = UNSET,
    ) -> None:
        absent = 0
        self.id = id
        self.content = content
        self.model = model
        self.role = role
        self.type = type
        self.usage = usage
        if container is UNSET:
            absent |= 1
        self.container = NULL if container is UNSET else container
        if diagnostics is UNSET:
            absent |= 2
        self.diagnostics = NULL if diagnostics is UNSET else diagnostics
        if stop_details is UNSET:
            absent |= 4
        self.stop_details = NULL if stop_details is UNSET else stop_details
        if stop_reason is UNSET:
            absent |= 8
        self.stop_reason = NULL if stop_reason is UNSET else stop_reason
        if stop_sequence is UNSET:
            absent |= 16
        self.stop_sequence = NULL if stop_sequence is UNSET else stop_sequence
        self._absent = absent  # type: ignore[misc]  # a slot of types.Model (unseen by mypy's attrs plugin)

    def to_dict(self) -> dict[str, Any]:
        if not _imported:
            _import_models()
        try:
            id = self.id

            content = []
            for content_item_data in self.content:
                content_item: dict[str, Any]
                if isinstance(content_item_data, dict):
                    content_item = content_item_data
                elif isinstance(content_item_data, TextBlock):
                    content_item = content_item_data.to_dict()
                elif isinstance(content_item_data, ThinkingBlock):
                    content_item = content_item_data.to_dict()
                elif isinstance(content_item_data, RedactedThinkingBlock):
                    content_item = content_item_data.to_dict()
                elif isinstance(content_item_data, ToolUseBlock):
                    content_item = content_item_data.to_dict()
                elif isinstance(content_item_data, ServerToolUseBlock):
                    content_item = content_item_data.to_dict()
                elif isinstance(content_item_data, WebSearchToolResultBlock):
                    content_item = content_item_data.to_dict()
                elif isinstance(content_item_data, WebFetchToolResultBlock):
                    content_item = content_item_data.to_dict()
                elif isinstance(content_item_data, CodeExecutionToolResultBlock):
                    content_item = content_item_data.to_dict()
                elif isinstance(content_item_data, BashCodeExecutionToolResultBlock):
                    content_item = content_item_data.to_dict()
                elif isinstance(content_item_data, TextEditorCodeExecutionToolResultBlock):
                    content_item = content_item_data.to_dict()
                elif isinstance(content_item_data, ToolSearchToolResultBlock):
                    content_item = content_item_data.to_dict()
                else:
                    content_item = content_item_data.to_dict()

                content.append(content_item)

            model = self.model

            role = self.role

            type_ = self.type

            usage = self.usage.to_dict()

            container_value = self.container
            if container_value is None and self._absent & 1:
                container_value = UNSET
            container: dict[str, Any] | None | Unset
            if isinstance(container_value, Unset):
                container = UNSET
            elif isinstance(container_value, Container):
                container = container_value.to_dict()
            else:
                container = container_value

            diagnostics_value = self.diagnostics
            if diagnostics_value is None and self._absent & 2:
                diagnostics_value = UNSET
            diagnostics: dict[str, Any] | None | Unset
            if isinstance(diagnostics_value, Unset):
                diagnostics = UNSET
            elif isinstance(diagnostics_value, Diagnostics):
                diagnostics = diagnostics_value.to_dict()
            else:
                diagnostics = diagnostics_value

            stop_details_value = self.stop_details
            if stop_details_value is None and self._absent & 4:
                stop_details_value = UNSET
            stop_details: dict[str, Any] | None | Unset
            if isinstance(stop_details_value, Unset):
                stop_details = UNSET
            elif isinstance(stop_details_value, RefusalStopDetails):
                stop_details = stop_details_value.to_dict()
            else:
                stop_details = stop_details_value

            stop_reason_value = self.stop_reason
            if stop_reason_value is None and self._absent & 8:
                stop_reason_value = UNSET
            stop_reason: None | str | Unset
            if isinstance(stop_reason_value, Unset):
                stop_reason = UNSET
            elif isinstance(stop_reason_value, str):
                stop_reason = stop_reason_value
            else:
                stop_reason = stop_reason_value

            stop_sequence_value = self.stop_sequence
            if stop_sequence_value is None and self._absent & 16:
                stop_sequence_value = UNSET
            stop_sequence: None | str | Unset
            if isinstance(stop_sequence_value, Unset):
                stop_sequence = UNSET
            else:
                stop_sequence = stop_sequence_value

            field_dict: dict[str, Any] = {}
            field_dict.update(self.additional_properties)
            field_dict.update(
                {
                    "id": id,
                    "content": content,
                    "model": model,
                    "role": role,
                    "type": type_,
                    "usage": usage,
                }
            )
            if container is not UNSET:
                field_dict["container"] = container
            if diagnostics is not UNSET:
                field_dict["diagnostics"] = diagnostics
            if stop_details is not UNSET:
                field_dict["stop_details"] = stop_details
            if stop_reason is not UNSET:
                field_dict["stop_reason"] = stop_reason
            if stop_sequence is not UNSET:
                field_dict["stop_sequence"] = stop_sequence

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
        id = src_dict["id"] if "id" in src_dict else MISSING

        if "content" in src_dict:
            content = [
                (
                    _content_item_parsers.get(content_item_data.get("type"), keep_unknown)
                    if isinstance(content_item_data, dict)
                    else not_an_object
                )(content_item_data)
                for content_item_data in src_dict["content"]
            ]

        else:
            content = MISSING
            missing += 1

        model = src_dict["model"] if "model" in src_dict else MISSING

        if "role" in src_dict:
            _role = src_dict["role"]
            if _role != "assistant":
                raise ValueError(f"role must match const 'assistant', got '{_role}'")
            role: Literal["assistant"] = "assistant"

        else:
            role = "assistant"
            missing += 1

        if "type" in src_dict:
            _type_ = src_dict["type"]
            if _type_ != "message":
                raise ValueError(f"type must match const 'message', got '{_type_}'")
            type_: Literal["message"] = "message"

        else:
            type_ = "message"
            missing += 1

        if "usage" in src_dict:
            usage = Usage.from_dict(src_dict["usage"])

        else:
            usage = MISSING
            missing += 1

        container = src_dict.get("container", UNSET)
        if container is not None and container is not UNSET:
            container = Container.from_dict(container)

        diagnostics = src_dict.get("diagnostics", UNSET)
        if diagnostics is not None and diagnostics is not UNSET:
            diagnostics = Diagnostics.from_dict(diagnostics)

        stop_details = src_dict.get("stop_details", UNSET)
        if stop_details is not None and stop_details is not UNSET:
            stop_details = RefusalStopDetails.from_dict(stop_details)

        stop_reason: None | StopReason | str | Unset = src_dict.get("stop_reason", UNSET)

        stop_sequence: None | str | Unset = src_dict.get("stop_sequence", UNSET)

        if id is MISSING or content is MISSING or model is MISSING or usage is MISSING:
            # Liberal reading: the instance is built without the attributes the data lacks.
            return build_partial(
                cls,
                {
                    "id": id,
                    "content": content,
                    "model": model,
                    "role": role,
                    "type": type_,
                    "usage": usage,
                    "container": container,
                    "diagnostics": diagnostics,
                    "stop_details": stop_details,
                    "stop_reason": stop_reason,
                    "stop_sequence": stop_sequence,
                },
                _extra(src_dict),
            )
        # Stores into the slots, no __init__ call (measured: the call was a third of a small
        # model's parse); a field the data lacks reads None.
        message = new_model(cls)
        absent = 0
        message.id = id
        message.content = content
        message.model = model
        message.role = role
        message.type = type_
        message.usage = usage
        if container is UNSET:
            absent |= 1
            message.container = None
            missing += 1
        else:
            message.container = container
        if diagnostics is UNSET:
            absent |= 2
            message.diagnostics = None
            missing += 1
        else:
            message.diagnostics = diagnostics
        if stop_details is UNSET:
            absent |= 4
            message.stop_details = None
            missing += 1
        else:
            message.stop_details = stop_details
        if stop_reason is UNSET:
            absent |= 8
            message.stop_reason = None
            missing += 1
        else:
            message.stop_reason = stop_reason
        if stop_sequence is UNSET:
            absent |= 16
            message.stop_sequence = None
            missing += 1
        else:
            message.stop_sequence = stop_sequence
        message._absent = absent
        if len(src_dict) + missing > 11:  # cheaper than a set test
            message.additional_properties = _extra(src_dict)
        return message

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
