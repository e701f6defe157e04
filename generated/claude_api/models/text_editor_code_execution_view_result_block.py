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

from claude_api.models.text_editor_code_execution_view_result_block_file_type import (
    TextEditorCodeExecutionViewResultBlockFileType,
    check_text_editor_code_execution_view_result_block_file_type,
)
from claude_api.types import UNSET, Unset

T = TypeVar("T", bound="TextEditorCodeExecutionViewResultBlock")


@_attrs_define
class TextEditorCodeExecutionViewResultBlock:
    """Output content block of type `text_editor_code_execution_view_result`.

    Attributes:
        content (str):
        file_type (str | TextEditorCodeExecutionViewResultBlockFileType):
        type_ (Literal['text_editor_code_execution_view_result']):  Default: 'text_editor_code_execution_view_result'.
        num_lines (int | None | Unset):
        start_line (int | None | Unset):
        total_lines (int | None | Unset):
    """

    content: str
    file_type: str | TextEditorCodeExecutionViewResultBlockFileType
    type_: Literal["text_editor_code_execution_view_result"] = (
        "text_editor_code_execution_view_result"
    )
    num_lines: int | None | Unset = UNSET
    start_line: int | None | Unset = UNSET
    total_lines: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        content = self.content

        file_type: str
        if isinstance(self.file_type, str):
            file_type = self.file_type
        else:
            file_type = self.file_type

        type_ = self.type_

        num_lines: int | None | Unset
        if isinstance(self.num_lines, Unset):
            num_lines = UNSET
        else:
            num_lines = self.num_lines

        start_line: int | None | Unset
        if isinstance(self.start_line, Unset):
            start_line = UNSET
        else:
            start_line = self.start_line

        total_lines: int | None | Unset
        if isinstance(self.total_lines, Unset):
            total_lines = UNSET
        else:
            total_lines = self.total_lines

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "content": content,
                "file_type": file_type,
                "type": type_,
            }
        )
        if num_lines is not UNSET:
            field_dict["num_lines"] = num_lines
        if start_line is not UNSET:
            field_dict["start_line"] = start_line
        if total_lines is not UNSET:
            field_dict["total_lines"] = total_lines

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        content = d.pop("content")

        def _parse_file_type(data: object) -> str | TextEditorCodeExecutionViewResultBlockFileType:
            try:
                if not isinstance(data, str):
                    raise TypeError()
                file_type_type_0 = check_text_editor_code_execution_view_result_block_file_type(
                    data
                )

                return file_type_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast("str | TextEditorCodeExecutionViewResultBlockFileType", data)

        file_type = _parse_file_type(d.pop("file_type"))

        type_ = cast("Literal['text_editor_code_execution_view_result']", d.pop("type"))
        if type_ != "text_editor_code_execution_view_result":
            raise ValueError(
                f"type must match const 'text_editor_code_execution_view_result', got '{type_}'"
            )

        def _parse_num_lines(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast("int | None | Unset", data)

        num_lines = _parse_num_lines(d.pop("num_lines", UNSET))

        def _parse_start_line(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast("int | None | Unset", data)

        start_line = _parse_start_line(d.pop("start_line", UNSET))

        def _parse_total_lines(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast("int | None | Unset", data)

        total_lines = _parse_total_lines(d.pop("total_lines", UNSET))

        text_editor_code_execution_view_result_block = cls(
            content=content,
            file_type=file_type,
            type_=type_,
            num_lines=num_lines,
            start_line=start_line,
            total_lines=total_lines,
        )

        text_editor_code_execution_view_result_block.additional_properties = d
        return text_editor_code_execution_view_result_block

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
