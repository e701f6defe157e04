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
    from claude_api.models.tool_reference_block_param import ToolReferenceBlockParam


T = TypeVar("T", bound="ToolSearchToolSearchResultBlockParam")


@_attrs_define
class ToolSearchToolSearchResultBlockParam:
    """Input content block of type `tool_search_tool_search_result`.

    Attributes:
        tool_references (list[ToolReferenceBlockParam]):
        type_ (Literal['tool_search_tool_search_result']):  Default: 'tool_search_tool_search_result'.
    """

    tool_references: list[ToolReferenceBlockParam]
    type_: Literal["tool_search_tool_search_result"] = "tool_search_tool_search_result"
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        tool_references = []
        for tool_references_item_data in self.tool_references:
            tool_references_item = tool_references_item_data.to_dict()
            tool_references.append(tool_references_item)

        type_ = self.type_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "tool_references": tool_references,
                "type": type_,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from claude_api.models.tool_reference_block_param import ToolReferenceBlockParam  # noqa: PLC0415

        d = dict(src_dict)
        tool_references = []
        _tool_references = d.pop("tool_references")
        for tool_references_item_data in _tool_references:
            tool_references_item = ToolReferenceBlockParam.from_dict(tool_references_item_data)

            tool_references.append(tool_references_item)

        type_ = cast("Literal['tool_search_tool_search_result']", d.pop("type"))
        if type_ != "tool_search_tool_search_result":
            raise ValueError(
                f"type must match const 'tool_search_tool_search_result', got '{type_}'"
            )

        tool_search_tool_search_result_block_param = cls(
            tool_references=tool_references,
            type_=type_,
        )

        tool_search_tool_search_result_block_param.additional_properties = d
        return tool_search_tool_search_result_block_param

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
