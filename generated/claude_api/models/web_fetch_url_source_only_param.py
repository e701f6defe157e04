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
    from claude_api.models.web_fetch_url_source_tool_reference_param import (
        WebFetchURLSourceToolReferenceParam,
    )


T = TypeVar("T", bound="WebFetchURLSourceOnlyParam")


@_attrs_define
class WebFetchURLSourceOnlyParam:
    """Web fetch url source only (`type: only`).

    Attributes:
        tools (list[WebFetchURLSourceToolReferenceParam]):
        type_ (Literal['only']):  Default: 'only'.
    """

    tools: list[WebFetchURLSourceToolReferenceParam]
    type_: Literal["only"] = "only"
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        tools = []
        for tools_item_data in self.tools:
            tools_item = tools_item_data.to_dict()
            tools.append(tools_item)

        type_ = self.type_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "tools": tools,
                "type": type_,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from claude_api.models.web_fetch_url_source_tool_reference_param import (
            WebFetchURLSourceToolReferenceParam,
        )

        d = dict(src_dict)
        tools = []
        _tools = d.pop("tools")
        for tools_item_data in _tools:
            tools_item = WebFetchURLSourceToolReferenceParam.from_dict(tools_item_data)

            tools.append(tools_item)

        type_ = cast("Literal['only']", d.pop("type"))
        if type_ != "only":
            raise ValueError(f"type must match const 'only', got '{type_}'")

        web_fetch_url_source_only_param = cls(
            tools=tools,
            type_=type_,
        )

        web_fetch_url_source_only_param.additional_properties = d
        return web_fetch_url_source_only_param

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
