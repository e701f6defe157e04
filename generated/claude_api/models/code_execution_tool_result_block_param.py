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
    from claude_api.models.cache_control_ephemeral_param import CacheControlEphemeralParam
    from claude_api.models.code_execution_result_block_param import (
        CodeExecutionResultBlockParam,
    )
    from claude_api.models.code_execution_tool_result_error_param import (
        CodeExecutionToolResultErrorParam,
    )
    from claude_api.models.encrypted_code_execution_result_block_param import (
        EncryptedCodeExecutionResultBlockParam,
    )


T = TypeVar("T", bound="CodeExecutionToolResultBlockParam")


@_attrs_define
class CodeExecutionToolResultBlockParam:
    """Input content block of type `code_execution_tool_result`.

    Attributes:
        content (CodeExecutionResultBlockParam | CodeExecutionToolResultErrorParam |
            EncryptedCodeExecutionResultBlockParam):
        tool_use_id (str):
        type_ (Literal['code_execution_tool_result']):  Default: 'code_execution_tool_result'.
        cache_control (CacheControlEphemeralParam | None | Unset):
    """

    content: (
        CodeExecutionResultBlockParam
        | CodeExecutionToolResultErrorParam
        | EncryptedCodeExecutionResultBlockParam
    )
    tool_use_id: str
    type_: Literal["code_execution_tool_result"] = "code_execution_tool_result"
    cache_control: CacheControlEphemeralParam | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from claude_api.models.cache_control_ephemeral_param import (
            CacheControlEphemeralParam,  # noqa: PLC0415
        )
        from claude_api.models.code_execution_result_block_param import (
            CodeExecutionResultBlockParam,
        )
        from claude_api.models.code_execution_tool_result_error_param import (
            CodeExecutionToolResultErrorParam,
        )

        content: dict[str, Any]
        if isinstance(self.content, dict):
            content = self.content
        elif isinstance(self.content, CodeExecutionToolResultErrorParam):
            content = self.content.to_dict()
        elif isinstance(self.content, CodeExecutionResultBlockParam):
            content = self.content.to_dict()
        else:
            content = self.content.to_dict()

        tool_use_id = self.tool_use_id

        type_ = self.type_

        cache_control: dict[str, Any] | None | Unset
        if isinstance(self.cache_control, Unset):
            cache_control = UNSET
        elif isinstance(self.cache_control, CacheControlEphemeralParam):
            cache_control = self.cache_control.to_dict()
        else:
            cache_control = self.cache_control

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "content": content,
                "tool_use_id": tool_use_id,
                "type": type_,
            }
        )
        if cache_control is not UNSET:
            field_dict["cache_control"] = cache_control

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from claude_api.models.cache_control_ephemeral_param import (
            CacheControlEphemeralParam,  # noqa: PLC0415
        )
        from claude_api.models.code_execution_result_block_param import (
            CodeExecutionResultBlockParam,
        )
        from claude_api.models.code_execution_tool_result_error_param import (
            CodeExecutionToolResultErrorParam,
        )
        from claude_api.models.encrypted_code_execution_result_block_param import (
            EncryptedCodeExecutionResultBlockParam,
        )

        d = dict(src_dict)

        def _parse_content(
            data: object,
        ) -> (
            CodeExecutionResultBlockParam
            | CodeExecutionToolResultErrorParam
            | EncryptedCodeExecutionResultBlockParam
        ):
            if not isinstance(data, dict):
                raise TypeError(f"expected a JSON object, got {type(data).__name__}")
            tag = data.get("type")
            if tag == "code_execution_tool_result_error":
                return CodeExecutionToolResultErrorParam.from_dict(data)
            if tag == "code_execution_result":
                return CodeExecutionResultBlockParam.from_dict(data)
            if tag == "encrypted_code_execution_result":
                return EncryptedCodeExecutionResultBlockParam.from_dict(data)
            # An unknown tag: keep the raw object so that newer API output still parses and round-trips.
            return cast(
                "CodeExecutionResultBlockParam | CodeExecutionToolResultErrorParam | EncryptedCodeExecutionResultBlockParam",
                data,
            )

        content = _parse_content(d.pop("content"))

        tool_use_id = d.pop("tool_use_id")

        type_ = cast("Literal['code_execution_tool_result']", d.pop("type"))
        if type_ != "code_execution_tool_result":
            raise ValueError(f"type must match const 'code_execution_tool_result', got '{type_}'")

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

        code_execution_tool_result_block_param = cls(
            content=content,
            tool_use_id=tool_use_id,
            type_=type_,
            cache_control=cache_control,
        )

        code_execution_tool_result_block_param.additional_properties = d
        return code_execution_tool_result_block_param

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
