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
    from claude_api.models.browser_state_block_param import BrowserStateBlockParam
    from claude_api.models.cache_control_ephemeral_param import CacheControlEphemeralParam
    from claude_api.models.document_block_param import DocumentBlockParam
    from claude_api.models.image_block_param import ImageBlockParam
    from claude_api.models.search_result_block_param import SearchResultBlockParam
    from claude_api.models.text_block_param import TextBlockParam
    from claude_api.models.tool_reference_block_param import ToolReferenceBlockParam


T = TypeVar("T", bound="ToolResultBlockParam")


@_attrs_define
class ToolResultBlockParam:
    """Input content block of type `tool_result`.

    Attributes:
        tool_use_id (str):
        type_ (Literal['tool_result']):  Default: 'tool_result'.
        cache_control (CacheControlEphemeralParam | None | Unset):
        content (list[BrowserStateBlockParam | DocumentBlockParam | ImageBlockParam | SearchResultBlockParam |
            TextBlockParam | ToolReferenceBlockParam] | str | Unset):
        is_error (bool | Unset):
        toolset_name (None | str | Unset):
    """

    tool_use_id: str
    type_: Literal["tool_result"] = "tool_result"
    cache_control: CacheControlEphemeralParam | None | Unset = UNSET
    content: (
        list[
            BrowserStateBlockParam
            | DocumentBlockParam
            | ImageBlockParam
            | SearchResultBlockParam
            | TextBlockParam
            | ToolReferenceBlockParam
        ]
        | str
        | Unset
    ) = UNSET
    is_error: bool | Unset = UNSET
    toolset_name: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from claude_api.models.cache_control_ephemeral_param import (
            CacheControlEphemeralParam,  # noqa: PLC0415
        )
        from claude_api.models.document_block_param import DocumentBlockParam  # noqa: PLC0415
        from claude_api.models.image_block_param import ImageBlockParam  # noqa: PLC0415
        from claude_api.models.search_result_block_param import SearchResultBlockParam  # noqa: PLC0415
        from claude_api.models.text_block_param import TextBlockParam  # noqa: PLC0415
        from claude_api.models.tool_reference_block_param import ToolReferenceBlockParam  # noqa: PLC0415

        tool_use_id = self.tool_use_id

        type_ = self.type_

        cache_control: dict[str, Any] | None | Unset
        if isinstance(self.cache_control, Unset):
            cache_control = UNSET
        elif isinstance(self.cache_control, CacheControlEphemeralParam):
            cache_control = self.cache_control.to_dict()
        else:
            cache_control = self.cache_control

        content: list[dict[str, Any]] | str | Unset
        if isinstance(self.content, Unset):
            content = UNSET
        elif isinstance(self.content, list):
            content = []
            for content_type_1_item_data in self.content:
                content_type_1_item: dict[str, Any]
                if isinstance(content_type_1_item_data, dict):
                    content_type_1_item = content_type_1_item_data
                elif isinstance(content_type_1_item_data, TextBlockParam):
                    content_type_1_item = content_type_1_item_data.to_dict()
                elif isinstance(content_type_1_item_data, ImageBlockParam):
                    content_type_1_item = content_type_1_item_data.to_dict()
                elif isinstance(content_type_1_item_data, SearchResultBlockParam):
                    content_type_1_item = content_type_1_item_data.to_dict()
                elif isinstance(content_type_1_item_data, DocumentBlockParam):
                    content_type_1_item = content_type_1_item_data.to_dict()
                elif isinstance(content_type_1_item_data, ToolReferenceBlockParam):
                    content_type_1_item = content_type_1_item_data.to_dict()
                else:
                    content_type_1_item = content_type_1_item_data.to_dict()

                content.append(content_type_1_item)

        else:
            content = self.content

        is_error = self.is_error

        toolset_name: None | str | Unset
        if isinstance(self.toolset_name, Unset):
            toolset_name = UNSET
        else:
            toolset_name = self.toolset_name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "tool_use_id": tool_use_id,
                "type": type_,
            }
        )
        if cache_control is not UNSET:
            field_dict["cache_control"] = cache_control
        if content is not UNSET:
            field_dict["content"] = content
        if is_error is not UNSET:
            field_dict["is_error"] = is_error
        if toolset_name is not UNSET:
            field_dict["toolset_name"] = toolset_name

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from claude_api.models.browser_state_block_param import BrowserStateBlockParam  # noqa: PLC0415
        from claude_api.models.cache_control_ephemeral_param import (
            CacheControlEphemeralParam,  # noqa: PLC0415
        )
        from claude_api.models.document_block_param import DocumentBlockParam  # noqa: PLC0415
        from claude_api.models.image_block_param import ImageBlockParam  # noqa: PLC0415
        from claude_api.models.search_result_block_param import SearchResultBlockParam  # noqa: PLC0415
        from claude_api.models.text_block_param import TextBlockParam  # noqa: PLC0415
        from claude_api.models.tool_reference_block_param import ToolReferenceBlockParam  # noqa: PLC0415

        d = dict(src_dict)
        tool_use_id = d.pop("tool_use_id")

        type_ = cast("Literal['tool_result']", d.pop("type"))
        if type_ != "tool_result":
            raise ValueError(f"type must match const 'tool_result', got '{type_}'")

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

        def _parse_content(
            data: object,
        ) -> (
            list[
                BrowserStateBlockParam
                | DocumentBlockParam
                | ImageBlockParam
                | SearchResultBlockParam
                | TextBlockParam
                | ToolReferenceBlockParam
            ]
            | str
            | Unset
        ):
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                content_type_1 = []
                _content_type_1 = data
                for content_type_1_item_data in _content_type_1:

                    def _parse_content_type_1_item(
                        data: object,
                    ) -> (
                        BrowserStateBlockParam
                        | DocumentBlockParam
                        | ImageBlockParam
                        | SearchResultBlockParam
                        | TextBlockParam
                        | ToolReferenceBlockParam
                    ):
                        if not isinstance(data, dict):
                            raise TypeError(f"expected a JSON object, got {type(data).__name__}")
                        tag = data.get("type")
                        if tag == "text":
                            return TextBlockParam.from_dict(data)
                        if tag == "image":
                            return ImageBlockParam.from_dict(data)
                        if tag == "search_result":
                            return SearchResultBlockParam.from_dict(data)
                        if tag == "document":
                            return DocumentBlockParam.from_dict(data)
                        if tag == "tool_reference":
                            return ToolReferenceBlockParam.from_dict(data)
                        if tag == "browser_state":
                            return BrowserStateBlockParam.from_dict(data)
                        # An unknown tag: keep the raw object so that newer API output still parses and round-trips.
                        return cast(
                            "BrowserStateBlockParam | DocumentBlockParam | ImageBlockParam | SearchResultBlockParam | TextBlockParam | ToolReferenceBlockParam",
                            data,
                        )

                    content_type_1_item = _parse_content_type_1_item(content_type_1_item_data)

                    content_type_1.append(content_type_1_item)

                return content_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(
                "list[BrowserStateBlockParam | DocumentBlockParam | ImageBlockParam | SearchResultBlockParam | TextBlockParam | ToolReferenceBlockParam] | str | Unset",
                data,
            )

        content = _parse_content(d.pop("content", UNSET))

        is_error = d.pop("is_error", UNSET)

        def _parse_toolset_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast("None | str | Unset", data)

        toolset_name = _parse_toolset_name(d.pop("toolset_name", UNSET))

        tool_result_block_param = cls(
            tool_use_id=tool_use_id,
            type_=type_,
            cache_control=cache_control,
            content=content,
            is_error=is_error,
            toolset_name=toolset_name,
        )

        tool_result_block_param.additional_properties = d
        return tool_result_block_param

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
