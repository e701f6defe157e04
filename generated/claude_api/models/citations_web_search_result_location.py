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

T = TypeVar("T", bound="CitationsWebSearchResultLocation")


@_attrs_define
class CitationsWebSearchResultLocation:
    """Citation location of type `web_search_result_location` (response side).

    Attributes:
        cited_text (str):
        encrypted_index (str):
        type_ (Literal['web_search_result_location']):  Default: 'web_search_result_location'.
        url (str):
        title (None | str | Unset):
    """

    cited_text: str
    encrypted_index: str
    url: str
    type_: Literal["web_search_result_location"] = "web_search_result_location"
    title: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        cited_text = self.cited_text

        encrypted_index = self.encrypted_index

        type_ = self.type_

        url = self.url

        title: None | str | Unset
        if isinstance(self.title, Unset):
            title = UNSET
        else:
            title = self.title

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "cited_text": cited_text,
                "encrypted_index": encrypted_index,
                "type": type_,
                "url": url,
            }
        )
        if title is not UNSET:
            field_dict["title"] = title

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        cited_text = d.pop("cited_text")

        encrypted_index = d.pop("encrypted_index")

        type_ = cast("Literal['web_search_result_location']", d.pop("type"))
        if type_ != "web_search_result_location":
            raise ValueError(f"type must match const 'web_search_result_location', got '{type_}'")

        url = d.pop("url")

        def _parse_title(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast("None | str | Unset", data)

        title = _parse_title(d.pop("title", UNSET))

        citations_web_search_result_location = cls(
            cited_text=cited_text,
            encrypted_index=encrypted_index,
            type_=type_,
            url=url,
            title=title,
        )

        citations_web_search_result_location.additional_properties = d
        return citations_web_search_result_location

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
