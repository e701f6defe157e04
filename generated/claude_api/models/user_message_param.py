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
    from claude_api.models.bash_code_execution_tool_result_block_param import (
        BashCodeExecutionToolResultBlockParam,
    )
    from claude_api.models.code_execution_tool_result_block_param import (
        CodeExecutionToolResultBlockParam,
    )
    from claude_api.models.container_upload_block_param import ContainerUploadBlockParam
    from claude_api.models.document_block_param import DocumentBlockParam
    from claude_api.models.image_block_param import ImageBlockParam
    from claude_api.models.redacted_thinking_block_param import RedactedThinkingBlockParam
    from claude_api.models.search_result_block_param import SearchResultBlockParam
    from claude_api.models.server_tool_use_block_param import ServerToolUseBlockParam
    from claude_api.models.text_block_param import TextBlockParam
    from claude_api.models.text_editor_code_execution_tool_result_block_param import (
        TextEditorCodeExecutionToolResultBlockParam,
    )
    from claude_api.models.thinking_block_param import ThinkingBlockParam
    from claude_api.models.tool_result_block_param import ToolResultBlockParam
    from claude_api.models.tool_search_tool_result_block_param import (
        ToolSearchToolResultBlockParam,
    )
    from claude_api.models.tool_use_block_param import ToolUseBlockParam
    from claude_api.models.web_fetch_tool_result_block_param import (
        WebFetchToolResultBlockParam,
    )
    from claude_api.models.web_search_tool_result_block_param import (
        WebSearchToolResultBlockParam,
    )


T = TypeVar("T", bound="UserMessageParam")

# Attribute name -> JSON key of every field, and the set of known JSON keys.
_WIRE_NAMES: dict[str, str] = {
    "content": "content",
    "role": "role",
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
        BashCodeExecutionToolResultBlockParam, \
        CodeExecutionToolResultBlockParam, \
        ContainerUploadBlockParam, \
        DocumentBlockParam, \
        ImageBlockParam, \
        RedactedThinkingBlockParam, \
        SearchResultBlockParam, \
        ServerToolUseBlockParam, \
        TextBlockParam, \
        TextEditorCodeExecutionToolResultBlockParam, \
        ThinkingBlockParam, \
        ToolResultBlockParam, \
        ToolSearchToolResultBlockParam, \
        ToolUseBlockParam, \
        WebFetchToolResultBlockParam, \
        WebSearchToolResultBlockParam
    from claude_api.models.bash_code_execution_tool_result_block_param import (
        BashCodeExecutionToolResultBlockParam,
    )
    from claude_api.models.code_execution_tool_result_block_param import (
        CodeExecutionToolResultBlockParam,
    )
    from claude_api.models.container_upload_block_param import ContainerUploadBlockParam  # noqa: PLC0415
    from claude_api.models.document_block_param import DocumentBlockParam  # noqa: PLC0415
    from claude_api.models.image_block_param import ImageBlockParam  # noqa: PLC0415
    from claude_api.models.redacted_thinking_block_param import (
        RedactedThinkingBlockParam,  # noqa: PLC0415
    )
    from claude_api.models.search_result_block_param import SearchResultBlockParam  # noqa: PLC0415
    from claude_api.models.server_tool_use_block_param import ServerToolUseBlockParam  # noqa: PLC0415
    from claude_api.models.text_block_param import TextBlockParam  # noqa: PLC0415
    from claude_api.models.text_editor_code_execution_tool_result_block_param import (
        TextEditorCodeExecutionToolResultBlockParam,
    )
    from claude_api.models.thinking_block_param import ThinkingBlockParam  # noqa: PLC0415
    from claude_api.models.tool_result_block_param import ToolResultBlockParam  # noqa: PLC0415
    from claude_api.models.tool_search_tool_result_block_param import (
        ToolSearchToolResultBlockParam,
    )
    from claude_api.models.tool_use_block_param import ToolUseBlockParam  # noqa: PLC0415
    from claude_api.models.web_fetch_tool_result_block_param import (
        WebFetchToolResultBlockParam,  # noqa: PLC0415
    )
    from claude_api.models.web_search_tool_result_block_param import (
        WebSearchToolResultBlockParam,
    )

    _content_type_1_item_parsers.update(
        {
            "text": TextBlockParam.from_dict,
            "image": ImageBlockParam.from_dict,
            "document": DocumentBlockParam.from_dict,
            "search_result": SearchResultBlockParam.from_dict,
            "thinking": ThinkingBlockParam.from_dict,
            "redacted_thinking": RedactedThinkingBlockParam.from_dict,
            "tool_use": ToolUseBlockParam.from_dict,
            "tool_result": ToolResultBlockParam.from_dict,
            "server_tool_use": ServerToolUseBlockParam.from_dict,
            "web_search_tool_result": WebSearchToolResultBlockParam.from_dict,
            "web_fetch_tool_result": WebFetchToolResultBlockParam.from_dict,
            "code_execution_tool_result": CodeExecutionToolResultBlockParam.from_dict,
            "bash_code_execution_tool_result": BashCodeExecutionToolResultBlockParam.from_dict,
            "text_editor_code_execution_tool_result": TextEditorCodeExecutionToolResultBlockParam.from_dict,
            "tool_search_tool_result": ToolSearchToolResultBlockParam.from_dict,
            "container_upload": ContainerUploadBlockParam.from_dict,
        }
    )

    _imported = True


_content_type_1_item_parsers: dict[
    object,
    Callable[
        [Mapping[str, Any]],
        BashCodeExecutionToolResultBlockParam
        | CodeExecutionToolResultBlockParam
        | ContainerUploadBlockParam
        | DocumentBlockParam
        | ImageBlockParam
        | RedactedThinkingBlockParam
        | SearchResultBlockParam
        | ServerToolUseBlockParam
        | TextBlockParam
        | TextEditorCodeExecutionToolResultBlockParam
        | ThinkingBlockParam
        | ToolResultBlockParam
        | ToolSearchToolResultBlockParam
        | ToolUseBlockParam
        | WebFetchToolResultBlockParam
        | WebSearchToolResultBlockParam,
    ],
] = {}


def _parse_content_type_1_item(
    data: object,
) -> (
    BashCodeExecutionToolResultBlockParam
    | CodeExecutionToolResultBlockParam
    | ContainerUploadBlockParam
    | DocumentBlockParam
    | ImageBlockParam
    | RedactedThinkingBlockParam
    | SearchResultBlockParam
    | ServerToolUseBlockParam
    | TextBlockParam
    | TextEditorCodeExecutionToolResultBlockParam
    | ThinkingBlockParam
    | ToolResultBlockParam
    | ToolSearchToolResultBlockParam
    | ToolUseBlockParam
    | WebFetchToolResultBlockParam
    | WebSearchToolResultBlockParam
):
    if not isinstance(data, dict):
        raise TypeError(f"expected a JSON object, got {type(data).__name__}")
    tag = data.get("type")
    parse = _content_type_1_item_parsers.get(tag)  # an absent tag: the member it may be
    if parse is not None:
        return parse(data)
    # An unknown tag: keep the raw object so that newer API output still parses and round-trips.
    return cast(
        "BashCodeExecutionToolResultBlockParam | CodeExecutionToolResultBlockParam | ContainerUploadBlockParam | DocumentBlockParam | ImageBlockParam | RedactedThinkingBlockParam | SearchResultBlockParam | ServerToolUseBlockParam | TextBlockParam | TextEditorCodeExecutionToolResultBlockParam | ThinkingBlockParam | ToolResultBlockParam | ToolSearchToolResultBlockParam | ToolUseBlockParam | WebFetchToolResultBlockParam | WebSearchToolResultBlockParam",
        data,
    )


def _parse_content(
    data: object,
) -> (
    list[
        BashCodeExecutionToolResultBlockParam
        | CodeExecutionToolResultBlockParam
        | ContainerUploadBlockParam
        | DocumentBlockParam
        | ImageBlockParam
        | RedactedThinkingBlockParam
        | SearchResultBlockParam
        | ServerToolUseBlockParam
        | TextBlockParam
        | TextEditorCodeExecutionToolResultBlockParam
        | ThinkingBlockParam
        | ToolResultBlockParam
        | ToolSearchToolResultBlockParam
        | ToolUseBlockParam
        | WebFetchToolResultBlockParam
        | WebSearchToolResultBlockParam
    ]
    | str
):
    if isinstance(data, list):
        try:
            content_type_1 = [
                (
                    _content_type_1_item_parsers.get(
                        content_type_1_item_data.get("type"), keep_unknown
                    )
                    if isinstance(content_type_1_item_data, dict)
                    else not_an_object
                )(content_type_1_item_data)
                for content_type_1_item_data in data
            ]

            return content_type_1
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    return cast(
        "list[BashCodeExecutionToolResultBlockParam | CodeExecutionToolResultBlockParam | ContainerUploadBlockParam | DocumentBlockParam | ImageBlockParam | RedactedThinkingBlockParam | SearchResultBlockParam | ServerToolUseBlockParam | TextBlockParam | TextEditorCodeExecutionToolResultBlockParam | ThinkingBlockParam | ToolResultBlockParam | ToolSearchToolResultBlockParam | ToolUseBlockParam | WebFetchToolResultBlockParam | WebSearchToolResultBlockParam] | str",
        data,
    )


@_attrs_define(init=False)  # the __init__ below: a field given no value reads None
class UserMessageParam(Model):
    """A user turn: a string, or a list of content blocks.

    Attributes:
        content (list[BashCodeExecutionToolResultBlockParam | CodeExecutionToolResultBlockParam |
            ContainerUploadBlockParam | DocumentBlockParam | ImageBlockParam | RedactedThinkingBlockParam |
            SearchResultBlockParam | ServerToolUseBlockParam | TextBlockParam | TextEditorCodeExecutionToolResultBlockParam
            | ThinkingBlockParam | ToolResultBlockParam | ToolSearchToolResultBlockParam | ToolUseBlockParam |
            WebFetchToolResultBlockParam | WebSearchToolResultBlockParam] | str):
        role (Literal['user']):  Default: 'user'.
    """

    _optional_ = _OPTIONAL
    _nullable_ = _NULLABLE

    content: (
        list[
            BashCodeExecutionToolResultBlockParam
            | CodeExecutionToolResultBlockParam
            | ContainerUploadBlockParam
            | DocumentBlockParam
            | ImageBlockParam
            | RedactedThinkingBlockParam
            | SearchResultBlockParam
            | ServerToolUseBlockParam
            | TextBlockParam
            | TextEditorCodeExecutionToolResultBlockParam
            | ThinkingBlockParam
            | ToolResultBlockParam
            | ToolSearchToolResultBlockParam
            | ToolUseBlockParam
            | WebFetchToolResultBlockParam
            | WebSearchToolResultBlockParam
        ]
        | str
    )
    role: Literal["user"] = "user"
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __init__(
        self,
        content: list[
            BashCodeExecutionToolResultBlockParam
            | CodeExecutionToolResultBlockParam
            | ContainerUploadBlockParam
            | DocumentBlockParam
            | ImageBlockParam
            | RedactedThinkingBlockParam
            | SearchResultBlockParam
            | ServerToolUseBlockParam
            | TextBlockParam
            | TextEditorCodeExecutionToolResultBlockParam
            | ThinkingBlockParam
            | ToolResultBlockParam
            | ToolSearchToolResultBlockParam
            | ToolUseBlockParam
            | WebFetchToolResultBlockParam
            | WebSearchToolResultBlockParam
        ]
        | str,
        role: Literal["user"] = "user",
    ) -> None:
        self.content = content
        self.role = role

    def to_dict(self) -> dict[str, Any]:
        if not _imported:
            _import_models()
        try:
            content: list[dict[str, Any]] | str
            if isinstance(self.content, list):
                content = []
                for content_type_1_item_data in self.content:
                    content_type_1_item: dict[str, Any]
                    if isinstance(content_type_1_item_data, dict):
                        content_type_1_item = content_type_1_item_data
                    elif isinstance(content_type_1_item_data, TextBlockParam):
                        content_type_1_item = content_type_1_item_data.to_dict()
                    elif isinstance(content_type_1_item_data, ImageBlockParam):
                        content_type_1_item = content_type_1_item_data.to_dict()
                    elif isinstance(content_type_1_item_data, DocumentBlockParam):
                        content_type_1_item = content_type_1_item_data.to_dict()
                    elif isinstance(content_type_1_item_data, SearchResultBlockParam):
                        content_type_1_item = content_type_1_item_data.to_dict()
                    elif isinstance(content_type_1_item_data, ThinkingBlockParam):
                        content_type_1_item = content_type_1_item_data.to_dict()
                    elif isinstance(content_type_1_item_data, RedactedThinkingBlockParam):
                        content_type_1_item = content_type_1_item_data.to_dict()
                    elif isinstance(content_type_1_item_data, ToolUseBlockParam):
                        content_type_1_item = content_type_1_item_data.to_dict()
                    elif isinstance(content_type_1_item_data, ToolResultBlockParam):
                        content_type_1_item = content_type_1_item_data.to_dict()
                    elif isinstance(content_type_1_item_data, ServerToolUseBlockParam):
                        content_type_1_item = content_type_1_item_data.to_dict()
                    elif isinstance(content_type_1_item_data, WebSearchToolResultBlockParam):
                        content_type_1_item = content_type_1_item_data.to_dict()
                    elif isinstance(content_type_1_item_data, WebFetchToolResultBlockParam):
                        content_type_1_item = content_type_1_item_data.to_dict()
                    elif isinstance(content_type_1_item_data, CodeExecutionToolResultBlockParam):
                        content_type_1_item = content_type_1_item_data.to_dict()
                    elif isinstance(
                        content_type_1_item_data, BashCodeExecutionToolResultBlockParam
                    ):
                        content_type_1_item = content_type_1_item_data.to_dict()
                    elif isinstance(
                        content_type_1_item_data, TextEditorCodeExecutionToolResultBlockParam
                    ):
                        content_type_1_item = content_type_1_item_data.to_dict()
                    elif isinstance(content_type_1_item_data, ToolSearchToolResultBlockParam):
                        content_type_1_item = content_type_1_item_data.to_dict()
                    else:
                        content_type_1_item = content_type_1_item_data.to_dict()

                    content.append(content_type_1_item)

            else:
                content = self.content

            role = self.role

            field_dict: dict[str, Any] = {}
            field_dict.update(self.additional_properties)
            field_dict.update(
                {
                    "content": content,
                    "role": role,
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
        if "content" in src_dict:
            content = _parse_content(src_dict["content"])

        else:
            content = MISSING
            missing += 1

        if "role" in src_dict:
            _role = src_dict["role"]
            if _role != "user":
                raise ValueError(f"role must match const 'user', got '{_role}'")
            role: Literal["user"] = "user"

        else:
            role = "user"
            missing += 1

        if content is MISSING:
            # Liberal reading: the instance is built without the attributes the data lacks.
            return build_partial(
                cls,
                {
                    "content": content,
                    "role": role,
                },
                _extra(src_dict),
            )
        # Stores into the slots, no __init__ call (measured: the call was a third of a small
        # model's parse); a field the data lacks reads None.
        user_message_param = new_model(cls)
        user_message_param.content = content
        user_message_param.role = role
        if len(src_dict) + missing > 2:  # cheaper than a set test
            user_message_param.additional_properties = _extra(src_dict)
        return user_message_param

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
