# Generated from openapi/claude-api.yaml by openapi-python-client. Do not edit by hand:
# change the spec (or openapi/generator-config.yaml) and run `nox -s generate`.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from claude_api.types import UNSET, Unset

T = TypeVar("T", bound="BrowserStateTabEntryParam")


@_attrs_define
class BrowserStateTabEntryParam:
    """Browser state tab entry.

    Attributes:
        tab_id (str):
        title (str):
        url (str):
        active (bool | Unset):
    """

    tab_id: str
    title: str
    url: str
    active: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        tab_id = self.tab_id

        title = self.title

        url = self.url

        active = self.active

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "tab_id": tab_id,
                "title": title,
                "url": url,
            }
        )
        if active is not UNSET:
            field_dict["active"] = active

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        tab_id = d.pop("tab_id")

        title = d.pop("title")

        url = d.pop("url")

        active = d.pop("active", UNSET)

        browser_state_tab_entry_param = cls(
            tab_id=tab_id,
            title=title,
            url=url,
            active=active,
        )

        browser_state_tab_entry_param.additional_properties = d
        return browser_state_tab_entry_param

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
