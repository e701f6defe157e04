# Generated from openapi/claude-api.yaml by openapi-python-client. Do not edit by hand:
# change the spec (or openapi/generator-config.yaml) and run `nox -s generate`.
from __future__ import annotations

from collections.abc import Mapping
from typing import (
    Any,
    Literal,
    TypeVar,
    cast,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from claude_api.models.text_editor_code_execution_tool_result_error_object_error_code import (
    TextEditorCodeExecutionToolResultErrorObjectErrorCode,
    check_text_editor_code_execution_tool_result_error_object_error_code,
)
from claude_api.types import UNSET, Unset

T = TypeVar("T", bound="TextEditorCodeExecutionToolResultErrorParam")


@_attrs_define
class TextEditorCodeExecutionToolResultErrorParam:
    """Text editor code execution tool result error (`type: text_editor_code_execution_tool_result_error`).

    Attributes:
        error_code (TextEditorCodeExecutionToolResultErrorObjectErrorCode): Known values of text editor code execution
            tool result error object error code.
        type_ (Literal['text_editor_code_execution_tool_result_error']):  Default:
            'text_editor_code_execution_tool_result_error'.
        error_message (None | str | Unset):
    """

    error_code: TextEditorCodeExecutionToolResultErrorObjectErrorCode
    type_: Literal["text_editor_code_execution_tool_result_error"] = (
        "text_editor_code_execution_tool_result_error"
    )
    error_message: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        error_code: str = self.error_code

        type_ = self.type_

        error_message: None | str | Unset
        if isinstance(self.error_message, Unset):
            error_message = UNSET
        else:
            error_message = self.error_message

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "error_code": error_code,
                "type": type_,
            }
        )
        if error_message is not UNSET:
            field_dict["error_message"] = error_message

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        error_code = check_text_editor_code_execution_tool_result_error_object_error_code(
            d.pop("error_code")
        )

        type_ = cast("Literal['text_editor_code_execution_tool_result_error']", d.pop("type"))
        if type_ != "text_editor_code_execution_tool_result_error":
            raise ValueError(
                f"type must match const 'text_editor_code_execution_tool_result_error', got '{type_}'"
            )

        def _parse_error_message(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast("None | str | Unset", data)

        error_message = _parse_error_message(d.pop("error_message", UNSET))

        text_editor_code_execution_tool_result_error_param = cls(
            error_code=error_code,
            type_=type_,
            error_message=error_message,
        )

        text_editor_code_execution_tool_result_error_param.additional_properties = d
        return text_editor_code_execution_tool_result_error_param

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
