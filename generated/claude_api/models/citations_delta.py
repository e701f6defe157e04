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


T = TypeVar("T", bound="CitationsDelta")


@_attrs_define
class CitationsDelta:
    """Delta of type `citations_delta`.

    Attributes:
        citation (CitationCharLocation | CitationContentBlockLocation | CitationPageLocation |
            CitationsSearchResultLocation | CitationsWebSearchResultLocation):
        type_ (Literal['citations_delta']):  Default: 'citations_delta'.
    """

    citation: (
        CitationCharLocation
        | CitationContentBlockLocation
        | CitationPageLocation
        | CitationsSearchResultLocation
        | CitationsWebSearchResultLocation
    )
    type_: Literal["citations_delta"] = "citations_delta"
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

        citation: dict[str, Any]
        if isinstance(self.citation, dict):
            citation = self.citation
        elif isinstance(self.citation, CitationCharLocation):
            citation = self.citation.to_dict()
        elif isinstance(self.citation, CitationPageLocation):
            citation = self.citation.to_dict()
        elif isinstance(self.citation, CitationContentBlockLocation):
            citation = self.citation.to_dict()
        elif isinstance(self.citation, CitationsWebSearchResultLocation):
            citation = self.citation.to_dict()
        else:
            citation = self.citation.to_dict()

        type_ = self.type_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "citation": citation,
                "type": type_,
            }
        )

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

        def _parse_citation(
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

        citation = _parse_citation(d.pop("citation"))

        type_ = cast("Literal['citations_delta']", d.pop("type"))
        if type_ != "citations_delta":
            raise ValueError(f"type must match const 'citations_delta', got '{type_}'")

        citations_delta = cls(
            citation=citation,
            type_=type_,
        )

        citations_delta.additional_properties = d
        return citations_delta

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
