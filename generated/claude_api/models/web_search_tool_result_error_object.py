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

from claude_api.models.web_search_tool_request_error_object_param_error_code import (
    WebSearchToolRequestErrorObjectParamErrorCode,
    check_web_search_tool_request_error_object_param_error_code,
)

T = TypeVar("T", bound="WebSearchToolResultErrorObject")


@_attrs_define
class WebSearchToolResultErrorObject:
    """Web search tool result error object (`type: web_search_tool_result_error`).

    Attributes:
        error_code (str | WebSearchToolRequestErrorObjectParamErrorCode):
        type_ (Literal['web_search_tool_result_error']):  Default: 'web_search_tool_result_error'.
    """

    error_code: str | WebSearchToolRequestErrorObjectParamErrorCode
    type_: Literal["web_search_tool_result_error"] = "web_search_tool_result_error"
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        error_code: str
        if isinstance(self.error_code, str):
            error_code = self.error_code
        else:
            error_code = self.error_code

        type_ = self.type_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "error_code": error_code,
                "type": type_,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_error_code(data: object) -> str | WebSearchToolRequestErrorObjectParamErrorCode:
            try:
                if not isinstance(data, str):
                    raise TypeError()
                error_code_type_0 = check_web_search_tool_request_error_object_param_error_code(
                    data
                )

                return error_code_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast("str | WebSearchToolRequestErrorObjectParamErrorCode", data)

        error_code = _parse_error_code(d.pop("error_code"))

        type_ = cast("Literal['web_search_tool_result_error']", d.pop("type"))
        if type_ != "web_search_tool_result_error":
            raise ValueError(f"type must match const 'web_search_tool_result_error', got '{type_}'")

        web_search_tool_result_error_object = cls(
            error_code=error_code,
            type_=type_,
        )

        web_search_tool_result_error_object.additional_properties = d
        return web_search_tool_result_error_object

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
