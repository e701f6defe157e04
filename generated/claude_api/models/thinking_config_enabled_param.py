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

T = TypeVar("T", bound="ThinkingConfigEnabledParam")


@_attrs_define
class ThinkingConfigEnabledParam:
    """Thinking config enabled (`type: enabled`).

    Attributes:
        budget_tokens (int):
        type_ (Literal['enabled']):  Default: 'enabled'.
        display (None | ThinkingDisplay | Unset):
    """

    budget_tokens: int
    type_: Literal["enabled"] = "enabled"
    display: None | ThinkingDisplay | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        budget_tokens = self.budget_tokens

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
                "budget_tokens": budget_tokens,
                "type": type_,
            }
        )
        if display is not UNSET:
            field_dict["display"] = display

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        budget_tokens = d.pop("budget_tokens")

        type_ = cast("Literal['enabled']", d.pop("type"))
        if type_ != "enabled":
            raise ValueError(f"type must match const 'enabled', got '{type_}'")

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

        thinking_config_enabled_param = cls(
            budget_tokens=budget_tokens,
            type_=type_,
            display=display,
        )

        thinking_config_enabled_param.additional_properties = d
        return thinking_config_enabled_param

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
