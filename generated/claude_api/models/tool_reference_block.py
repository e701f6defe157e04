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

T = TypeVar("T", bound="ToolReferenceBlock")


@_attrs_define
class ToolReferenceBlock:
    """Output content block of type `tool_reference`.

    Attributes:
        tool_name (str):
        type_ (Literal['tool_reference']):  Default: 'tool_reference'.
    """

    tool_name: str
    type_: Literal["tool_reference"] = "tool_reference"
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        tool_name = self.tool_name

        type_ = self.type_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "tool_name": tool_name,
                "type": type_,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        tool_name = d.pop("tool_name")

        type_ = cast("Literal['tool_reference']", d.pop("type"))
        if type_ != "tool_reference":
            raise ValueError(f"type must match const 'tool_reference', got '{type_}'")

        tool_reference_block = cls(
            tool_name=tool_name,
            type_=type_,
        )

        tool_reference_block.additional_properties = d
        return tool_reference_block

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
