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

T = TypeVar("T", bound="TextEditorCodeExecutionCreateResultBlockParam")


@_attrs_define
class TextEditorCodeExecutionCreateResultBlockParam:
    """Input content block of type `text_editor_code_execution_create_result`.

    Attributes:
        is_file_update (bool):
        type_ (Literal['text_editor_code_execution_create_result']):  Default:
            'text_editor_code_execution_create_result'.
    """

    is_file_update: bool
    type_: Literal["text_editor_code_execution_create_result"] = (
        "text_editor_code_execution_create_result"
    )
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        is_file_update = self.is_file_update

        type_ = self.type_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "is_file_update": is_file_update,
                "type": type_,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        is_file_update = d.pop("is_file_update")

        type_ = cast("Literal['text_editor_code_execution_create_result']", d.pop("type"))
        if type_ != "text_editor_code_execution_create_result":
            raise ValueError(
                f"type must match const 'text_editor_code_execution_create_result', got '{type_}'"
            )

        text_editor_code_execution_create_result_block_param = cls(
            is_file_update=is_file_update,
            type_=type_,
        )

        text_editor_code_execution_create_result_block_param.additional_properties = d
        return text_editor_code_execution_create_result_block_param

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
