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

T = TypeVar("T", bound="CitationsSearchResultLocation")


@_attrs_define
class CitationsSearchResultLocation:
    """Citation location of type `search_result_location` (response side).

    Attributes:
        cited_text (str):
        end_block_index (int):
        search_result_index (int):
        source (str):
        start_block_index (int):
        type_ (Literal['search_result_location']):  Default: 'search_result_location'.
        title (None | str | Unset):
    """

    cited_text: str
    end_block_index: int
    search_result_index: int
    source: str
    start_block_index: int
    type_: Literal["search_result_location"] = "search_result_location"
    title: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        cited_text = self.cited_text

        end_block_index = self.end_block_index

        search_result_index = self.search_result_index

        source = self.source

        start_block_index = self.start_block_index

        type_ = self.type_

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
                "end_block_index": end_block_index,
                "search_result_index": search_result_index,
                "source": source,
                "start_block_index": start_block_index,
                "type": type_,
            }
        )
        if title is not UNSET:
            field_dict["title"] = title

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        cited_text = d.pop("cited_text")

        end_block_index = d.pop("end_block_index")

        search_result_index = d.pop("search_result_index")

        source = d.pop("source")

        start_block_index = d.pop("start_block_index")

        type_ = cast("Literal['search_result_location']", d.pop("type"))
        if type_ != "search_result_location":
            raise ValueError(f"type must match const 'search_result_location', got '{type_}'")

        def _parse_title(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast("None | str | Unset", data)

        title = _parse_title(d.pop("title", UNSET))

        citations_search_result_location = cls(
            cited_text=cited_text,
            end_block_index=end_block_index,
            search_result_index=search_result_index,
            source=source,
            start_block_index=start_block_index,
            type_=type_,
            title=title,
        )

        citations_search_result_location.additional_properties = d
        return citations_search_result_location

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
