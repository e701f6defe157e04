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

from claude_api.types import UNSET, Unset

T = TypeVar("T", bound="ToolChoiceAnyParam")


@_attrs_define
class ToolChoiceAnyParam:
    """Tool choice any (`type: any`).

    Attributes:
        type_ (Literal['any']):  Default: 'any'.
        disable_parallel_tool_use (bool | Unset):
    """

    type_: Literal["any"] = "any"
    disable_parallel_tool_use: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        disable_parallel_tool_use = self.disable_parallel_tool_use

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
            }
        )
        if disable_parallel_tool_use is not UNSET:
            field_dict["disable_parallel_tool_use"] = disable_parallel_tool_use

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type_ = cast("Literal['any']", d.pop("type"))
        if type_ != "any":
            raise ValueError(f"type must match const 'any', got '{type_}'")

        disable_parallel_tool_use = d.pop("disable_parallel_tool_use", UNSET)

        tool_choice_any_param = cls(
            type_=type_,
            disable_parallel_tool_use=disable_parallel_tool_use,
        )

        tool_choice_any_param.additional_properties = d
        return tool_choice_any_param

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
