# Generated from openapi/claude-api.yaml by openapi-python-client. Do not edit by hand:
# change the spec (or openapi/generator-config.yaml) and run `nox -s generate`.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from claude_api.models.thinking_types import ThinkingTypes


T = TypeVar("T", bound="ThinkingCapability")


@_attrs_define
class ThinkingCapability:
    """Thinking capability.

    Attributes:
        supported (bool):
        types (ThinkingTypes): Thinking types.
    """

    supported: bool
    types: ThinkingTypes
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        supported = self.supported

        types = self.types.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "supported": supported,
                "types": types,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from claude_api.models.thinking_types import ThinkingTypes  # noqa: PLC0415

        d = dict(src_dict)
        supported = d.pop("supported")

        types = ThinkingTypes.from_dict(d.pop("types"))

        thinking_capability = cls(
            supported=supported,
            types=types,
        )

        thinking_capability.additional_properties = d
        return thinking_capability

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
