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

T = TypeVar("T", bound="ServerToolCallerParam")


@_attrs_define
class ServerToolCallerParam:
    """Server tool caller (`type: code_execution_20250825`).

    Attributes:
        tool_id (str):
        type_ (Literal['code_execution_20250825']):  Default: 'code_execution_20250825'.
    """

    tool_id: str
    type_: Literal["code_execution_20250825"] = "code_execution_20250825"
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        tool_id = self.tool_id

        type_ = self.type_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "tool_id": tool_id,
                "type": type_,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        tool_id = d.pop("tool_id")

        type_ = cast("Literal['code_execution_20250825']", d.pop("type"))
        if type_ != "code_execution_20250825":
            raise ValueError(f"type must match const 'code_execution_20250825', got '{type_}'")

        server_tool_caller_param = cls(
            tool_id=tool_id,
            type_=type_,
        )

        server_tool_caller_param.additional_properties = d
        return server_tool_caller_param

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
