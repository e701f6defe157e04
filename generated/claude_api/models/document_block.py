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
    from claude_api.models.base_64pdf_source import Base64PDFSource
    from claude_api.models.citations_config import CitationsConfig
    from claude_api.models.plain_text_source import PlainTextSource


T = TypeVar("T", bound="DocumentBlock")


@_attrs_define
class DocumentBlock:
    """Output content block of type `document`.

    Attributes:
        source (Base64PDFSource | PlainTextSource):
        type_ (Literal['document']):  Default: 'document'.
        citations (CitationsConfig | None | Unset):
        title (None | str | Unset):
    """

    source: Base64PDFSource | PlainTextSource
    type_: Literal["document"] = "document"
    citations: CitationsConfig | None | Unset = UNSET
    title: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from claude_api.models.base_64pdf_source import Base64PDFSource  # noqa: PLC0415
        from claude_api.models.citations_config import CitationsConfig  # noqa: PLC0415

        source: dict[str, Any]
        if isinstance(self.source, dict):
            source = self.source
        elif isinstance(self.source, Base64PDFSource):
            source = self.source.to_dict()
        else:
            source = self.source.to_dict()

        type_ = self.type_

        citations: dict[str, Any] | None | Unset
        if isinstance(self.citations, Unset):
            citations = UNSET
        elif isinstance(self.citations, CitationsConfig):
            citations = self.citations.to_dict()
        else:
            citations = self.citations

        title: None | str | Unset
        if isinstance(self.title, Unset):
            title = UNSET
        else:
            title = self.title

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "source": source,
                "type": type_,
            }
        )
        if citations is not UNSET:
            field_dict["citations"] = citations
        if title is not UNSET:
            field_dict["title"] = title

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from claude_api.models.base_64pdf_source import Base64PDFSource  # noqa: PLC0415
        from claude_api.models.citations_config import CitationsConfig  # noqa: PLC0415
        from claude_api.models.plain_text_source import PlainTextSource  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_source(data: object) -> Base64PDFSource | PlainTextSource:
            if not isinstance(data, dict):
                raise TypeError(f"expected a JSON object, got {type(data).__name__}")
            tag = data.get("type")
            if tag == "base64":
                return Base64PDFSource.from_dict(data)
            if tag == "text":
                return PlainTextSource.from_dict(data)
            # An unknown tag: keep the raw object so that newer API output still parses and round-trips.
            return cast("Base64PDFSource | PlainTextSource", data)

        source = _parse_source(d.pop("source"))

        type_ = cast("Literal['document']", d.pop("type"))
        if type_ != "document":
            raise ValueError(f"type must match const 'document', got '{type_}'")

        def _parse_citations(data: object) -> CitationsConfig | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not isinstance(data, dict):
                raise TypeError(f"unexpected {type(data).__name__} for citations")
            citations_type_0 = CitationsConfig.from_dict(data)

            return citations_type_0

        citations = _parse_citations(d.pop("citations", UNSET))

        def _parse_title(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast("None | str | Unset", data)

        title = _parse_title(d.pop("title", UNSET))

        document_block = cls(
            source=source,
            type_=type_,
            citations=citations,
            title=title,
        )

        document_block.additional_properties = d
        return document_block

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
