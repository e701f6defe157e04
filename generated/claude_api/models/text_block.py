# Generated from openapi/claude-api.yaml by openapi-python-client. Do not edit by hand:
# change the spec (or openapi/generator-config.yaml) and run `nox -s generate`.
from __future__ import annotations

from collections.abc import Mapping
from typing import (
    TYPE_CHECKING,
    Any,
    Literal,
    TypeVar,
    cast,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from claude_api.types import UNSET, Unset

if TYPE_CHECKING:
    from claude_api.models.citation_char_location import CitationCharLocation
    from claude_api.models.citation_content_block_location import (
        CitationContentBlockLocation,
    )
    from claude_api.models.citation_page_location import CitationPageLocation
    from claude_api.models.citations_search_result_location import (
        CitationsSearchResultLocation,
    )
    from claude_api.models.citations_web_search_result_location import (
        CitationsWebSearchResultLocation,
    )


T = TypeVar("T", bound="TextBlock")


@_attrs_define
class TextBlock:
    """Output content block of type `text`.

    Attributes:
        text (str):
        type_ (Literal['text']):  Default: 'text'.
        citations (list[CitationCharLocation | CitationContentBlockLocation | CitationPageLocation |
            CitationsSearchResultLocation | CitationsWebSearchResultLocation] | None | Unset):
    """

    text: str
    type_: Literal["text"] = "text"
    citations: (
        list[
            CitationCharLocation
            | CitationContentBlockLocation
            | CitationPageLocation
            | CitationsSearchResultLocation
            | CitationsWebSearchResultLocation
        ]
        | None
        | Unset
    ) = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from claude_api.models.citation_char_location import CitationCharLocation  # noqa: PLC0415
        from claude_api.models.citation_content_block_location import (
            CitationContentBlockLocation,
        )
        from claude_api.models.citation_page_location import CitationPageLocation  # noqa: PLC0415
        from claude_api.models.citations_web_search_result_location import (
            CitationsWebSearchResultLocation,
        )

        text = self.text

        type_ = self.type_

        citations: list[dict[str, Any]] | None | Unset
        if isinstance(self.citations, Unset):
            citations = UNSET
        elif isinstance(self.citations, list):
            citations = []
            for citations_type_0_item_data in self.citations:
                citations_type_0_item: dict[str, Any]
                if isinstance(citations_type_0_item_data, dict):
                    citations_type_0_item = citations_type_0_item_data
                elif isinstance(citations_type_0_item_data, CitationCharLocation):
                    citations_type_0_item = citations_type_0_item_data.to_dict()
                elif isinstance(citations_type_0_item_data, CitationPageLocation):
                    citations_type_0_item = citations_type_0_item_data.to_dict()
                elif isinstance(citations_type_0_item_data, CitationContentBlockLocation):
                    citations_type_0_item = citations_type_0_item_data.to_dict()
                elif isinstance(citations_type_0_item_data, CitationsWebSearchResultLocation):
                    citations_type_0_item = citations_type_0_item_data.to_dict()
                else:
                    citations_type_0_item = citations_type_0_item_data.to_dict()

                citations.append(citations_type_0_item)

        else:
            citations = self.citations

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "text": text,
                "type": type_,
            }
        )
        if citations is not UNSET:
            field_dict["citations"] = citations

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from claude_api.models.citation_char_location import CitationCharLocation  # noqa: PLC0415
        from claude_api.models.citation_content_block_location import (
            CitationContentBlockLocation,
        )
        from claude_api.models.citation_page_location import CitationPageLocation  # noqa: PLC0415
        from claude_api.models.citations_search_result_location import (
            CitationsSearchResultLocation,
        )
        from claude_api.models.citations_web_search_result_location import (
            CitationsWebSearchResultLocation,
        )

        d = dict(src_dict)
        text = d.pop("text")

        type_ = cast("Literal['text']", d.pop("type"))
        if type_ != "text":
            raise ValueError(f"type must match const 'text', got '{type_}'")

        def _parse_citations(
            data: object,
        ) -> (
            list[
                CitationCharLocation
                | CitationContentBlockLocation
                | CitationPageLocation
                | CitationsSearchResultLocation
                | CitationsWebSearchResultLocation
            ]
            | None
            | Unset
        ):
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not isinstance(data, list):
                raise TypeError(f"unexpected {type(data).__name__} for citations")
            citations_type_0 = []
            _citations_type_0 = data
            for citations_type_0_item_data in _citations_type_0:

                def _parse_citations_type_0_item(
                    data: object,
                ) -> (
                    CitationCharLocation
                    | CitationContentBlockLocation
                    | CitationPageLocation
                    | CitationsSearchResultLocation
                    | CitationsWebSearchResultLocation
                ):
                    if not isinstance(data, dict):
                        raise TypeError(f"expected a JSON object, got {type(data).__name__}")
                    tag = data.get("type")
                    if tag == "char_location":
                        return CitationCharLocation.from_dict(data)
                    if tag == "page_location":
                        return CitationPageLocation.from_dict(data)
                    if tag == "content_block_location":
                        return CitationContentBlockLocation.from_dict(data)
                    if tag == "web_search_result_location":
                        return CitationsWebSearchResultLocation.from_dict(data)
                    if tag == "search_result_location":
                        return CitationsSearchResultLocation.from_dict(data)
                    # An unknown tag: keep the raw object so that newer API output still parses and round-trips.
                    return cast(
                        "CitationCharLocation | CitationContentBlockLocation | CitationPageLocation | CitationsSearchResultLocation | CitationsWebSearchResultLocation",
                        data,
                    )

                citations_type_0_item = _parse_citations_type_0_item(citations_type_0_item_data)

                citations_type_0.append(citations_type_0_item)

            return citations_type_0

        citations = _parse_citations(d.pop("citations", UNSET))

        text_block = cls(
            text=text,
            type_=type_,
            citations=citations,
        )

        text_block.additional_properties = d
        return text_block

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
