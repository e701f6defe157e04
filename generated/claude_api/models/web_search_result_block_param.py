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

T = TypeVar("T", bound="WebSearchResultBlockParam")


@_attrs_define
class WebSearchResultBlockParam:
    """Input content block of type `web_search_result`.

    Attributes:
        encrypted_content (str):
        title (str):
        type_ (Literal['web_search_result']):  Default: 'web_search_result'.
        url (str):
        page_age (None | str | Unset):
    """

    encrypted_content: str
    title: str
    url: str
    type_: Literal["web_search_result"] = "web_search_result"
    page_age: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        encrypted_content = self.encrypted_content

        title = self.title

        type_ = self.type_

        url = self.url

        page_age: None | str | Unset
        if isinstance(self.page_age, Unset):
            page_age = UNSET
        else:
            page_age = self.page_age

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "encrypted_content": encrypted_content,
                "title": title,
                "type": type_,
                "url": url,
            }
        )
        if page_age is not UNSET:
            field_dict["page_age"] = page_age

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        encrypted_content = d.pop("encrypted_content")

        title = d.pop("title")

        type_ = cast("Literal['web_search_result']", d.pop("type"))
        if type_ != "web_search_result":
            raise ValueError(f"type must match const 'web_search_result', got '{type_}'")

        url = d.pop("url")

        def _parse_page_age(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast("None | str | Unset", data)

        page_age = _parse_page_age(d.pop("page_age", UNSET))

        web_search_result_block_param = cls(
            encrypted_content=encrypted_content,
            title=title,
            type_=type_,
            url=url,
            page_age=page_age,
        )

        web_search_result_block_param.additional_properties = d
        return web_search_result_block_param

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
