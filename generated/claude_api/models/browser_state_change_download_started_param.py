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

T = TypeVar("T", bound="BrowserStateChangeDownloadStartedParam")


@_attrs_define
class BrowserStateChangeDownloadStartedParam:
    """Browser state change download started (`type: download_started`).

    Attributes:
        download_id (str):
        type_ (Literal['download_started']):  Default: 'download_started'.
        url (str):
    """

    download_id: str
    url: str
    type_: Literal["download_started"] = "download_started"
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        download_id = self.download_id

        type_ = self.type_

        url = self.url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "download_id": download_id,
                "type": type_,
                "url": url,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        download_id = d.pop("download_id")

        type_ = cast("Literal['download_started']", d.pop("type"))
        if type_ != "download_started":
            raise ValueError(f"type must match const 'download_started', got '{type_}'")

        url = d.pop("url")

        browser_state_change_download_started_param = cls(
            download_id=download_id,
            type_=type_,
            url=url,
        )

        browser_state_change_download_started_param.additional_properties = d
        return browser_state_change_download_started_param

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
