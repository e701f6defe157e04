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

T = TypeVar("T", bound="BrowserStateChangeTabOpenedParam")


@_attrs_define
class BrowserStateChangeTabOpenedParam:
    """Browser state change tab opened (`type: tab_opened`).

    Attributes:
        tab_id (str):
        type_ (Literal['tab_opened']):  Default: 'tab_opened'.
    """

    tab_id: str
    type_: Literal["tab_opened"] = "tab_opened"
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        tab_id = self.tab_id

        type_ = self.type_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "tab_id": tab_id,
                "type": type_,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        tab_id = d.pop("tab_id")

        type_ = cast("Literal['tab_opened']", d.pop("type"))
        if type_ != "tab_opened":
            raise ValueError(f"type must match const 'tab_opened', got '{type_}'")

        browser_state_change_tab_opened_param = cls(
            tab_id=tab_id,
            type_=type_,
        )

        browser_state_change_tab_opened_param.additional_properties = d
        return browser_state_change_tab_opened_param

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
