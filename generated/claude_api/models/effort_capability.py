# Generated from openapi/claude-api.yaml by openapi-python-client. Do not edit by hand:
# change the spec (or openapi/generator-config.yaml) and run `nox -s generate`.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from claude_api.types import UNSET, Unset

if TYPE_CHECKING:
    from claude_api.models.capability_support import CapabilitySupport


T = TypeVar("T", bound="EffortCapability")


@_attrs_define
class EffortCapability:
    """Effort capability.

    Attributes:
        high (CapabilitySupport): Whether one capability is supported.
        low (CapabilitySupport): Whether one capability is supported.
        max_ (CapabilitySupport): Whether one capability is supported.
        medium (CapabilitySupport): Whether one capability is supported.
        supported (bool):
        xhigh (CapabilitySupport | None | Unset):
    """

    high: CapabilitySupport
    low: CapabilitySupport
    max_: CapabilitySupport
    medium: CapabilitySupport
    supported: bool
    xhigh: CapabilitySupport | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from claude_api.models.capability_support import CapabilitySupport  # noqa: PLC0415

        high = self.high.to_dict()

        low = self.low.to_dict()

        max_ = self.max_.to_dict()

        medium = self.medium.to_dict()

        supported = self.supported

        xhigh: dict[str, Any] | None | Unset
        if isinstance(self.xhigh, Unset):
            xhigh = UNSET
        elif isinstance(self.xhigh, CapabilitySupport):
            xhigh = self.xhigh.to_dict()
        else:
            xhigh = self.xhigh

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "high": high,
                "low": low,
                "max": max_,
                "medium": medium,
                "supported": supported,
            }
        )
        if xhigh is not UNSET:
            field_dict["xhigh"] = xhigh

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from claude_api.models.capability_support import CapabilitySupport  # noqa: PLC0415

        d = dict(src_dict)
        high = CapabilitySupport.from_dict(d.pop("high"))

        low = CapabilitySupport.from_dict(d.pop("low"))

        max_ = CapabilitySupport.from_dict(d.pop("max"))

        medium = CapabilitySupport.from_dict(d.pop("medium"))

        supported = d.pop("supported")

        def _parse_xhigh(data: object) -> CapabilitySupport | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not isinstance(data, dict):
                raise TypeError(f"unexpected {type(data).__name__} for xhigh")
            xhigh_type_0 = CapabilitySupport.from_dict(data)

            return xhigh_type_0

        xhigh = _parse_xhigh(d.pop("xhigh", UNSET))

        effort_capability = cls(
            high=high,
            low=low,
            max_=max_,
            medium=medium,
            supported=supported,
            xhigh=xhigh,
        )

        effort_capability.additional_properties = d
        return effort_capability

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
