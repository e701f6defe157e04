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
    from claude_api.models.base_64pdf_source_param import Base64PDFSourceParam
    from claude_api.models.cache_control_ephemeral_param import CacheControlEphemeralParam
    from claude_api.models.citations_config_param import CitationsConfigParam
    from claude_api.models.content_block_source_param import ContentBlockSourceParam
    from claude_api.models.file_document_source_param import FileDocumentSourceParam
    from claude_api.models.plain_text_source_param import PlainTextSourceParam
    from claude_api.models.urlpdf_source_param import URLPDFSourceParam


T = TypeVar("T", bound="DocumentBlockParam")


@_attrs_define
class DocumentBlockParam:
    """Input content block of type `document`.

    Attributes:
        source (Base64PDFSourceParam | ContentBlockSourceParam | FileDocumentSourceParam | PlainTextSourceParam |
            URLPDFSourceParam): One of several document source forms, tagged by `type`.
        type_ (Literal['document']):  Default: 'document'.
        cache_control (CacheControlEphemeralParam | None | Unset):
        citations (CitationsConfigParam | None | Unset):
        context (None | str | Unset):
        title (None | str | Unset):
    """

    source: (
        Base64PDFSourceParam
        | ContentBlockSourceParam
        | FileDocumentSourceParam
        | PlainTextSourceParam
        | URLPDFSourceParam
    )
    type_: Literal["document"] = "document"
    cache_control: CacheControlEphemeralParam | None | Unset = UNSET
    citations: CitationsConfigParam | None | Unset = UNSET
    context: None | str | Unset = UNSET
    title: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from claude_api.models.base_64pdf_source_param import Base64PDFSourceParam  # noqa: PLC0415
        from claude_api.models.cache_control_ephemeral_param import (
            CacheControlEphemeralParam,  # noqa: PLC0415
        )
        from claude_api.models.citations_config_param import CitationsConfigParam  # noqa: PLC0415
        from claude_api.models.content_block_source_param import ContentBlockSourceParam  # noqa: PLC0415
        from claude_api.models.plain_text_source_param import PlainTextSourceParam  # noqa: PLC0415
        from claude_api.models.urlpdf_source_param import URLPDFSourceParam  # noqa: PLC0415

        source: dict[str, Any]
        if isinstance(self.source, dict):
            source = self.source
        elif isinstance(self.source, Base64PDFSourceParam):
            source = self.source.to_dict()
        elif isinstance(self.source, PlainTextSourceParam):
            source = self.source.to_dict()
        elif isinstance(self.source, ContentBlockSourceParam):
            source = self.source.to_dict()
        elif isinstance(self.source, URLPDFSourceParam):
            source = self.source.to_dict()
        else:
            source = self.source.to_dict()

        type_ = self.type_

        cache_control: dict[str, Any] | None | Unset
        if isinstance(self.cache_control, Unset):
            cache_control = UNSET
        elif isinstance(self.cache_control, CacheControlEphemeralParam):
            cache_control = self.cache_control.to_dict()
        else:
            cache_control = self.cache_control

        citations: dict[str, Any] | None | Unset
        if isinstance(self.citations, Unset):
            citations = UNSET
        elif isinstance(self.citations, CitationsConfigParam):
            citations = self.citations.to_dict()
        else:
            citations = self.citations

        context: None | str | Unset
        if isinstance(self.context, Unset):
            context = UNSET
        else:
            context = self.context

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
        if cache_control is not UNSET:
            field_dict["cache_control"] = cache_control
        if citations is not UNSET:
            field_dict["citations"] = citations
        if context is not UNSET:
            field_dict["context"] = context
        if title is not UNSET:
            field_dict["title"] = title

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from claude_api.models.base_64pdf_source_param import Base64PDFSourceParam  # noqa: PLC0415
        from claude_api.models.cache_control_ephemeral_param import (
            CacheControlEphemeralParam,  # noqa: PLC0415
        )
        from claude_api.models.citations_config_param import CitationsConfigParam  # noqa: PLC0415
        from claude_api.models.content_block_source_param import ContentBlockSourceParam  # noqa: PLC0415
        from claude_api.models.file_document_source_param import FileDocumentSourceParam  # noqa: PLC0415
        from claude_api.models.plain_text_source_param import PlainTextSourceParam  # noqa: PLC0415
        from claude_api.models.urlpdf_source_param import URLPDFSourceParam  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_source(
            data: object,
        ) -> (
            Base64PDFSourceParam
            | ContentBlockSourceParam
            | FileDocumentSourceParam
            | PlainTextSourceParam
            | URLPDFSourceParam
        ):
            if not isinstance(data, dict):
                raise TypeError(f"expected a JSON object, got {type(data).__name__}")
            tag = data.get("type")
            if tag == "base64":
                return Base64PDFSourceParam.from_dict(data)
            if tag == "text":
                return PlainTextSourceParam.from_dict(data)
            if tag == "content":
                return ContentBlockSourceParam.from_dict(data)
            if tag == "url":
                return URLPDFSourceParam.from_dict(data)
            if tag == "file":
                return FileDocumentSourceParam.from_dict(data)
            # An unknown tag: keep the raw object so that newer API output still parses and round-trips.
            return cast(
                "Base64PDFSourceParam | ContentBlockSourceParam | FileDocumentSourceParam | PlainTextSourceParam | URLPDFSourceParam",
                data,
            )

        source = _parse_source(d.pop("source"))

        type_ = cast("Literal['document']", d.pop("type"))
        if type_ != "document":
            raise ValueError(f"type must match const 'document', got '{type_}'")

        def _parse_cache_control(data: object) -> CacheControlEphemeralParam | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not isinstance(data, dict):
                raise TypeError(f"unexpected {type(data).__name__} for cache_control")
            cache_control_type_0 = CacheControlEphemeralParam.from_dict(data)

            return cache_control_type_0

        cache_control = _parse_cache_control(d.pop("cache_control", UNSET))

        def _parse_citations(data: object) -> CitationsConfigParam | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not isinstance(data, dict):
                raise TypeError(f"unexpected {type(data).__name__} for citations")
            citations_type_0 = CitationsConfigParam.from_dict(data)

            return citations_type_0

        citations = _parse_citations(d.pop("citations", UNSET))

        def _parse_context(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast("None | str | Unset", data)

        context = _parse_context(d.pop("context", UNSET))

        def _parse_title(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast("None | str | Unset", data)

        title = _parse_title(d.pop("title", UNSET))

        document_block_param = cls(
            source=source,
            type_=type_,
            cache_control=cache_control,
            citations=citations,
            context=context,
            title=title,
        )

        document_block_param.additional_properties = d
        return document_block_param

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
