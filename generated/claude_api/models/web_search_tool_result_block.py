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
    from claude_api.models.direct_caller import DirectCaller
    from claude_api.models.server_tool_caller import ServerToolCaller
    from claude_api.models.server_tool_caller_20260120 import ServerToolCaller20260120
    from claude_api.models.web_search_result_block import WebSearchResultBlock
    from claude_api.models.web_search_tool_result_error_object import (
        WebSearchToolResultErrorObject,
    )


T = TypeVar("T", bound="WebSearchToolResultBlock")


@_attrs_define
class WebSearchToolResultBlock:
    """Output content block of type `web_search_tool_result`.

    Attributes:
        content (list[WebSearchResultBlock] | WebSearchToolResultErrorObject):
        tool_use_id (str):
        type_ (Literal['web_search_tool_result']):  Default: 'web_search_tool_result'.
        caller (DirectCaller | None | ServerToolCaller | ServerToolCaller20260120 | Unset):
    """

    content: list[WebSearchResultBlock] | WebSearchToolResultErrorObject
    tool_use_id: str
    type_: Literal["web_search_tool_result"] = "web_search_tool_result"
    caller: DirectCaller | None | ServerToolCaller | ServerToolCaller20260120 | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from claude_api.models.direct_caller import DirectCaller  # noqa: PLC0415
        from claude_api.models.server_tool_caller import ServerToolCaller  # noqa: PLC0415
        from claude_api.models.server_tool_caller_20260120 import (
            ServerToolCaller20260120,  # noqa: PLC0415
        )
        from claude_api.models.web_search_tool_result_error_object import (
            WebSearchToolResultErrorObject,
        )

        content: dict[str, Any] | list[dict[str, Any]]
        if isinstance(self.content, WebSearchToolResultErrorObject):
            content = self.content.to_dict()
        else:
            content = []
            for content_type_1_item_data in self.content:
                content_type_1_item = content_type_1_item_data.to_dict()
                content.append(content_type_1_item)

        tool_use_id = self.tool_use_id

        type_ = self.type_

        caller: dict[str, Any] | None | Unset
        if isinstance(self.caller, Unset):
            caller = UNSET
        elif isinstance(self.caller, dict):
            caller = self.caller
        elif isinstance(self.caller, DirectCaller):
            caller = self.caller.to_dict()
        elif isinstance(self.caller, ServerToolCaller):
            caller = self.caller.to_dict()
        elif isinstance(self.caller, ServerToolCaller20260120):
            caller = self.caller.to_dict()
        else:
            caller = self.caller

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "content": content,
                "tool_use_id": tool_use_id,
                "type": type_,
            }
        )
        if caller is not UNSET:
            field_dict["caller"] = caller

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from claude_api.models.direct_caller import DirectCaller  # noqa: PLC0415
        from claude_api.models.server_tool_caller import ServerToolCaller  # noqa: PLC0415
        from claude_api.models.server_tool_caller_20260120 import (
            ServerToolCaller20260120,  # noqa: PLC0415
        )
        from claude_api.models.web_search_result_block import WebSearchResultBlock  # noqa: PLC0415
        from claude_api.models.web_search_tool_result_error_object import (
            WebSearchToolResultErrorObject,
        )

        d = dict(src_dict)

        def _parse_content(
            data: object,
        ) -> list[WebSearchResultBlock] | WebSearchToolResultErrorObject:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                content_type_0 = WebSearchToolResultErrorObject.from_dict(data)

                return content_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, list):
                raise TypeError()
            content_type_1 = []
            _content_type_1 = data
            for content_type_1_item_data in _content_type_1:
                content_type_1_item = WebSearchResultBlock.from_dict(content_type_1_item_data)

                content_type_1.append(content_type_1_item)

            return content_type_1

        content = _parse_content(d.pop("content"))

        tool_use_id = d.pop("tool_use_id")

        type_ = cast("Literal['web_search_tool_result']", d.pop("type"))
        if type_ != "web_search_tool_result":
            raise ValueError(f"type must match const 'web_search_tool_result', got '{type_}'")

        def _parse_caller(
            data: object,
        ) -> DirectCaller | None | ServerToolCaller | ServerToolCaller20260120 | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not isinstance(data, dict):
                raise TypeError(f"expected a JSON object, got {type(data).__name__}")
            tag = data.get("type")
            if tag == "direct":
                return DirectCaller.from_dict(data)
            if tag == "code_execution_20250825":
                return ServerToolCaller.from_dict(data)
            if tag == "code_execution_20260120":
                return ServerToolCaller20260120.from_dict(data)
            # An unknown tag: keep the raw object so that newer API output still parses and round-trips.
            return cast(
                "DirectCaller | None | ServerToolCaller | ServerToolCaller20260120 | Unset", data
            )

        caller = _parse_caller(d.pop("caller", UNSET))

        web_search_tool_result_block = cls(
            content=content,
            tool_use_id=tool_use_id,
            type_=type_,
            caller=caller,
        )

        web_search_tool_result_block.additional_properties = d
        return web_search_tool_result_block

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
