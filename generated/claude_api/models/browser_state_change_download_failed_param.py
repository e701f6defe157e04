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

from claude_api.types import UNSET, Unset

T = TypeVar("T", bound="BrowserStateChangeDownloadFailedParam")


@_attrs_define
class BrowserStateChangeDownloadFailedParam:
    """Browser state change download failed (`type: download_failed`).

    Attributes:
        download_id (str):
        type_ (Literal['download_failed']):  Default: 'download_failed'.
        url (str):
        error (None | str | Unset):
    """

    download_id: str
    url: str
    type_: Literal["download_failed"] = "download_failed"
    error: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        download_id = self.download_id

        type_ = self.type_

        url = self.url

        error: None | str | Unset
        if isinstance(self.error, Unset):
            error = UNSET
        else:
            error = self.error

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "download_id": download_id,
                "type": type_,
                "url": url,
            }
        )
        if error is not UNSET:
            field_dict["error"] = error

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        download_id = d.pop("download_id")

        type_ = cast("Literal['download_failed']", d.pop("type"))
        if type_ != "download_failed":
            raise ValueError(f"type must match const 'download_failed', got '{type_}'")

        url = d.pop("url")

        def _parse_error(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast("None | str | Unset", data)

        error = _parse_error(d.pop("error", UNSET))

        browser_state_change_download_failed_param = cls(
            download_id=download_id,
            type_=type_,
            url=url,
            error=error,
        )

        browser_state_change_download_failed_param.additional_properties = d
        return browser_state_change_download_failed_param

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
