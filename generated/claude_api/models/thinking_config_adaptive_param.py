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

from claude_api.models.thinking_display import ThinkingDisplay, check_thinking_display
from claude_api.types import UNSET, Unset

T = TypeVar("T", bound="ThinkingConfigAdaptiveParam")


@_attrs_define
class ThinkingConfigAdaptiveParam:
    """Thinking config adaptive (`type: adaptive`).

    Attributes:
        type_ (Literal['adaptive']):  Default: 'adaptive'.
        display (None | ThinkingDisplay | Unset):
    """

    type_: Literal["adaptive"] = "adaptive"
    display: None | ThinkingDisplay | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        display: None | str | Unset
        if isinstance(self.display, Unset):
            display = UNSET
        elif isinstance(self.display, str):
            display = self.display
        else:
            display = self.display

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
            }
        )
        if display is not UNSET:
            field_dict["display"] = display

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type_ = cast("Literal['adaptive']", d.pop("type"))
        if type_ != "adaptive":
            raise ValueError(f"type must match const 'adaptive', got '{type_}'")

        def _parse_display(data: object) -> None | ThinkingDisplay | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not isinstance(data, str):
                raise TypeError(f"unexpected {type(data).__name__} for display")
            display_type_0 = check_thinking_display(data)

            return display_type_0

        display = _parse_display(d.pop("display", UNSET))

        thinking_config_adaptive_param = cls(
            type_=type_,
            display=display,
        )

        thinking_config_adaptive_param.additional_properties = d
        return thinking_config_adaptive_param

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
