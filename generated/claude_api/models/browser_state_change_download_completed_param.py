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

T = TypeVar("T", bound="BrowserStateChangeDownloadCompletedParam")


@_attrs_define
class BrowserStateChangeDownloadCompletedParam:
    """Browser state change download completed (`type: download_completed`).

    Attributes:
        download_id (str):
        type_ (Literal['download_completed']):  Default: 'download_completed'.
        url (str):
        path (None | str | Unset):
        size_bytes (int | None | Unset):
    """

    download_id: str
    url: str
    type_: Literal["download_completed"] = "download_completed"
    path: None | str | Unset = UNSET
    size_bytes: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        download_id = self.download_id

        type_ = self.type_

        url = self.url

        path: None | str | Unset
        if isinstance(self.path, Unset):
            path = UNSET
        else:
            path = self.path

        size_bytes: int | None | Unset
        if isinstance(self.size_bytes, Unset):
            size_bytes = UNSET
        else:
            size_bytes = self.size_bytes

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "download_id": download_id,
                "type": type_,
                "url": url,
            }
        )
        if path is not UNSET:
            field_dict["path"] = path
        if size_bytes is not UNSET:
            field_dict["size_bytes"] = size_bytes

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        download_id = d.pop("download_id")

        type_ = cast("Literal['download_completed']", d.pop("type"))
        if type_ != "download_completed":
            raise ValueError(f"type must match const 'download_completed', got '{type_}'")

        url = d.pop("url")

        def _parse_path(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast("None | str | Unset", data)

        path = _parse_path(d.pop("path", UNSET))

        def _parse_size_bytes(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast("int | None | Unset", data)

        size_bytes = _parse_size_bytes(d.pop("size_bytes", UNSET))

        browser_state_change_download_completed_param = cls(
            download_id=download_id,
            type_=type_,
            url=url,
            path=path,
            size_bytes=size_bytes,
        )

        browser_state_change_download_completed_param.additional_properties = d
        return browser_state_change_download_completed_param

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
