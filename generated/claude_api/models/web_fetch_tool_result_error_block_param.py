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

from claude_api.models.web_fetch_tool_result_error_block_error_code import (
    WebFetchToolResultErrorBlockErrorCode,
    check_web_fetch_tool_result_error_block_error_code,
)

T = TypeVar("T", bound="WebFetchToolResultErrorBlockParam")


@_attrs_define
class WebFetchToolResultErrorBlockParam:
    """Input content block of type `web_fetch_tool_result_error`.

    Attributes:
        error_code (WebFetchToolResultErrorBlockErrorCode): Known values of web fetch tool result error block error
            code.
        type_ (Literal['web_fetch_tool_result_error']):  Default: 'web_fetch_tool_result_error'.
    """

    error_code: WebFetchToolResultErrorBlockErrorCode
    type_: Literal["web_fetch_tool_result_error"] = "web_fetch_tool_result_error"
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        error_code: str = self.error_code

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
        error_code = check_web_fetch_tool_result_error_block_error_code(d.pop("error_code"))

        type_ = cast("Literal['web_fetch_tool_result_error']", d.pop("type"))
        if type_ != "web_fetch_tool_result_error":
            raise ValueError(f"type must match const 'web_fetch_tool_result_error', got '{type_}'")

        web_fetch_tool_result_error_block_param = cls(
            error_code=error_code,
            type_=type_,
        )

        web_fetch_tool_result_error_block_param.additional_properties = d
        return web_fetch_tool_result_error_block_param

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
