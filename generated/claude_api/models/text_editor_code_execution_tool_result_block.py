# Generated from openapi/claude-api.yaml by openapi-python-client. Do not edit by hand:
# change the spec (or openapi/generator-config.yaml) and run `nox -s generate`.
from __future__ import annotations

from collections.abc import Mapping
from typing import (
    TYPE_CHECKING,
    Any,
    Literal,
    TypeVar,
    cast,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from claude_api.models.text_editor_code_execution_create_result_block import (
        TextEditorCodeExecutionCreateResultBlock,
    )
    from claude_api.models.text_editor_code_execution_str_replace_result_block import (
        TextEditorCodeExecutionStrReplaceResultBlock,
    )
    from claude_api.models.text_editor_code_execution_tool_result_error_object import (
        TextEditorCodeExecutionToolResultErrorObject,
    )
    from claude_api.models.text_editor_code_execution_view_result_block import (
        TextEditorCodeExecutionViewResultBlock,
    )


T = TypeVar("T", bound="TextEditorCodeExecutionToolResultBlock")


@_attrs_define
class TextEditorCodeExecutionToolResultBlock:
    """Output content block of type `text_editor_code_execution_tool_result`.

    Attributes:
        content (TextEditorCodeExecutionCreateResultBlock | TextEditorCodeExecutionStrReplaceResultBlock |
            TextEditorCodeExecutionToolResultErrorObject | TextEditorCodeExecutionViewResultBlock):
        tool_use_id (str):
        type_ (Literal['text_editor_code_execution_tool_result']):  Default: 'text_editor_code_execution_tool_result'.
    """

    content: (
        TextEditorCodeExecutionCreateResultBlock
        | TextEditorCodeExecutionStrReplaceResultBlock
        | TextEditorCodeExecutionToolResultErrorObject
        | TextEditorCodeExecutionViewResultBlock
    )
    tool_use_id: str
    type_: Literal["text_editor_code_execution_tool_result"] = (
        "text_editor_code_execution_tool_result"
    )
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from claude_api.models.text_editor_code_execution_create_result_block import (
            TextEditorCodeExecutionCreateResultBlock,
        )
        from claude_api.models.text_editor_code_execution_tool_result_error_object import (
            TextEditorCodeExecutionToolResultErrorObject,
        )
        from claude_api.models.text_editor_code_execution_view_result_block import (
            TextEditorCodeExecutionViewResultBlock,
        )

        content: dict[str, Any]
        if isinstance(self.content, dict):
            content = self.content
        elif isinstance(self.content, TextEditorCodeExecutionToolResultErrorObject):
            content = self.content.to_dict()
        elif isinstance(self.content, TextEditorCodeExecutionViewResultBlock):
            content = self.content.to_dict()
        elif isinstance(self.content, TextEditorCodeExecutionCreateResultBlock):
            content = self.content.to_dict()
        else:
            content = self.content.to_dict()

        tool_use_id = self.tool_use_id

        type_ = self.type_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "content": content,
                "tool_use_id": tool_use_id,
                "type": type_,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from claude_api.models.text_editor_code_execution_create_result_block import (
            TextEditorCodeExecutionCreateResultBlock,
        )
        from claude_api.models.text_editor_code_execution_str_replace_result_block import (
            TextEditorCodeExecutionStrReplaceResultBlock,
        )
        from claude_api.models.text_editor_code_execution_tool_result_error_object import (
            TextEditorCodeExecutionToolResultErrorObject,
        )
        from claude_api.models.text_editor_code_execution_view_result_block import (
            TextEditorCodeExecutionViewResultBlock,
        )

        d = dict(src_dict)

        def _parse_content(
            data: object,
        ) -> (
            TextEditorCodeExecutionCreateResultBlock
            | TextEditorCodeExecutionStrReplaceResultBlock
            | TextEditorCodeExecutionToolResultErrorObject
            | TextEditorCodeExecutionViewResultBlock
        ):
            if not isinstance(data, dict):
                raise TypeError(f"expected a JSON object, got {type(data).__name__}")
            tag = data.get("type")
            if tag == "text_editor_code_execution_tool_result_error":
                return TextEditorCodeExecutionToolResultErrorObject.from_dict(data)
            if tag == "text_editor_code_execution_view_result":
                return TextEditorCodeExecutionViewResultBlock.from_dict(data)
            if tag == "text_editor_code_execution_create_result":
                return TextEditorCodeExecutionCreateResultBlock.from_dict(data)
            if tag == "text_editor_code_execution_str_replace_result":
                return TextEditorCodeExecutionStrReplaceResultBlock.from_dict(data)
            # An unknown tag: keep the raw object so that newer API output still parses and round-trips.
            return cast(
                "TextEditorCodeExecutionCreateResultBlock | TextEditorCodeExecutionStrReplaceResultBlock | TextEditorCodeExecutionToolResultErrorObject | TextEditorCodeExecutionViewResultBlock",
                data,
            )

        content = _parse_content(d.pop("content"))

        tool_use_id = d.pop("tool_use_id")

        type_ = cast("Literal['text_editor_code_execution_tool_result']", d.pop("type"))
        if type_ != "text_editor_code_execution_tool_result":
            raise ValueError(
                f"type must match const 'text_editor_code_execution_tool_result', got '{type_}'"
            )

        text_editor_code_execution_tool_result_block = cls(
            content=content,
            tool_use_id=tool_use_id,
            type_=type_,
        )

        text_editor_code_execution_tool_result_block.additional_properties = d
        return text_editor_code_execution_tool_result_block

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
