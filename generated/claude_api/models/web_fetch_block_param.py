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
    from claude_api.models.document_block_param import DocumentBlockParam


T = TypeVar("T", bound="WebFetchBlockParam")


@_attrs_define
class WebFetchBlockParam:
    """Input content block of type `web_fetch_result`.

    Attributes:
        content (DocumentBlockParam): Input content block of type `document`.
        type_ (Literal['web_fetch_result']):  Default: 'web_fetch_result'.
        url (str):
        retrieved_at (None | str | Unset):
    """

    content: DocumentBlockParam
    url: str
    type_: Literal["web_fetch_result"] = "web_fetch_result"
    retrieved_at: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        content = self.content.to_dict()

        type_ = self.type_

        url = self.url

        retrieved_at: None | str | Unset
        if isinstance(self.retrieved_at, Unset):
            retrieved_at = UNSET
        else:
            retrieved_at = self.retrieved_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "content": content,
                "type": type_,
                "url": url,
            }
        )
        if retrieved_at is not UNSET:
            field_dict["retrieved_at"] = retrieved_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from claude_api.models.document_block_param import DocumentBlockParam  # noqa: PLC0415

        d = dict(src_dict)
        content = DocumentBlockParam.from_dict(d.pop("content"))

        type_ = cast("Literal['web_fetch_result']", d.pop("type"))
        if type_ != "web_fetch_result":
            raise ValueError(f"type must match const 'web_fetch_result', got '{type_}'")

        url = d.pop("url")

        def _parse_retrieved_at(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast("None | str | Unset", data)

        retrieved_at = _parse_retrieved_at(d.pop("retrieved_at", UNSET))

        web_fetch_block_param = cls(
            content=content,
            type_=type_,
            url=url,
            retrieved_at=retrieved_at,
        )

        web_fetch_block_param.additional_properties = d
        return web_fetch_block_param

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
