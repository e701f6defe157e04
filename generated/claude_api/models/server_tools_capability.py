# Generated from openapi/claude-api.yaml by openapi-python-client. Do not edit by hand:
# change the spec (or openapi/generator-config.yaml) and run `nox -s generate`.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from claude_api.models.capability_support import CapabilitySupport


T = TypeVar("T", bound="ServerToolsCapability")


@_attrs_define
class ServerToolsCapability:
    """Server tools capability.

    Attributes:
        code_execution (CapabilitySupport): Whether one capability is supported.
        supported (bool):
        web_search (CapabilitySupport): Whether one capability is supported.
    """

    code_execution: CapabilitySupport
    supported: bool
    web_search: CapabilitySupport
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        code_execution = self.code_execution.to_dict()

        supported = self.supported

        web_search = self.web_search.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "code_execution": code_execution,
                "supported": supported,
                "web_search": web_search,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from claude_api.models.capability_support import CapabilitySupport  # noqa: PLC0415

        d = dict(src_dict)
        code_execution = CapabilitySupport.from_dict(d.pop("code_execution"))

        supported = d.pop("supported")

        web_search = CapabilitySupport.from_dict(d.pop("web_search"))

        server_tools_capability = cls(
            code_execution=code_execution,
            supported=supported,
            web_search=web_search,
        )

        server_tools_capability.additional_properties = d
        return server_tools_capability

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
