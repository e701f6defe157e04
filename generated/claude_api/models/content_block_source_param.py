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
    from claude_api.models.image_block_param import ImageBlockParam
    from claude_api.models.text_block_param import TextBlockParam


T = TypeVar("T", bound="ContentBlockSourceParam")


@_attrs_define
class ContentBlockSourceParam:
    """Content source of type `content`.

    Attributes:
        content (list[ImageBlockParam | TextBlockParam] | str):
        type_ (Literal['content']):  Default: 'content'.
    """

    content: list[ImageBlockParam | TextBlockParam] | str
    type_: Literal["content"] = "content"
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from claude_api.models.text_block_param import TextBlockParam  # noqa: PLC0415

        content: list[dict[str, Any]] | str
        if isinstance(self.content, list):
            content = []
            for content_type_1_item_data in self.content:
                content_type_1_item: dict[str, Any]
                if isinstance(content_type_1_item_data, dict):
                    content_type_1_item = content_type_1_item_data
                elif isinstance(content_type_1_item_data, TextBlockParam):
                    content_type_1_item = content_type_1_item_data.to_dict()
                else:
                    content_type_1_item = content_type_1_item_data.to_dict()

                content.append(content_type_1_item)

        else:
            content = self.content

        type_ = self.type_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "content": content,
                "type": type_,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from claude_api.models.image_block_param import ImageBlockParam  # noqa: PLC0415
        from claude_api.models.text_block_param import TextBlockParam  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_content(data: object) -> list[ImageBlockParam | TextBlockParam] | str:
            try:
                if not isinstance(data, list):
                    raise TypeError()
                content_type_1 = []
                _content_type_1 = data
                for content_type_1_item_data in _content_type_1:

                    def _parse_content_type_1_item(
                        data: object,
                    ) -> ImageBlockParam | TextBlockParam:
                        if not isinstance(data, dict):
                            raise TypeError(f"expected a JSON object, got {type(data).__name__}")
                        tag = data.get("type")
                        if tag == "text":
                            return TextBlockParam.from_dict(data)
                        if tag == "image":
                            return ImageBlockParam.from_dict(data)
                        # An unknown tag: keep the raw object so that newer API output still parses and round-trips.
                        return cast("ImageBlockParam | TextBlockParam", data)

                    content_type_1_item = _parse_content_type_1_item(content_type_1_item_data)

                    content_type_1.append(content_type_1_item)

                return content_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast("list[ImageBlockParam | TextBlockParam] | str", data)

        content = _parse_content(d.pop("content"))

        type_ = cast("Literal['content']", d.pop("type"))
        if type_ != "content":
            raise ValueError(f"type must match const 'content', got '{type_}'")

        content_block_source_param = cls(
            content=content,
            type_=type_,
        )

        content_block_source_param.additional_properties = d
        return content_block_source_param

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
