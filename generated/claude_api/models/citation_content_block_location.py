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

T = TypeVar("T", bound="CitationContentBlockLocation")


@_attrs_define
class CitationContentBlockLocation:
    """Citation location of type `content_block_location` (response side).

    Attributes:
        cited_text (str):
        document_index (int):
        end_block_index (int):
        start_block_index (int):
        type_ (Literal['content_block_location']):  Default: 'content_block_location'.
        document_title (None | str | Unset):
        file_id (None | str | Unset):
    """

    cited_text: str
    document_index: int
    end_block_index: int
    start_block_index: int
    type_: Literal["content_block_location"] = "content_block_location"
    document_title: None | str | Unset = UNSET
    file_id: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        cited_text = self.cited_text

        document_index = self.document_index

        end_block_index = self.end_block_index

        start_block_index = self.start_block_index

        type_ = self.type_

        document_title: None | str | Unset
        if isinstance(self.document_title, Unset):
            document_title = UNSET
        else:
            document_title = self.document_title

        file_id: None | str | Unset
        if isinstance(self.file_id, Unset):
            file_id = UNSET
        else:
            file_id = self.file_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "cited_text": cited_text,
                "document_index": document_index,
                "end_block_index": end_block_index,
                "start_block_index": start_block_index,
                "type": type_,
            }
        )
        if document_title is not UNSET:
            field_dict["document_title"] = document_title
        if file_id is not UNSET:
            field_dict["file_id"] = file_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        cited_text = d.pop("cited_text")

        document_index = d.pop("document_index")

        end_block_index = d.pop("end_block_index")

        start_block_index = d.pop("start_block_index")

        type_ = cast("Literal['content_block_location']", d.pop("type"))
        if type_ != "content_block_location":
            raise ValueError(f"type must match const 'content_block_location', got '{type_}'")

        def _parse_document_title(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast("None | str | Unset", data)

        document_title = _parse_document_title(d.pop("document_title", UNSET))

        def _parse_file_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast("None | str | Unset", data)

        file_id = _parse_file_id(d.pop("file_id", UNSET))

        citation_content_block_location = cls(
            cited_text=cited_text,
            document_index=document_index,
            end_block_index=end_block_index,
            start_block_index=start_block_index,
            type_=type_,
            document_title=document_title,
            file_id=file_id,
        )

        citation_content_block_location.additional_properties = d
        return citation_content_block_location

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
