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
    from claude_api.models.code_execution_result_block import CodeExecutionResultBlock
    from claude_api.models.code_execution_tool_result_error_object import (
        CodeExecutionToolResultErrorObject,
    )
    from claude_api.models.encrypted_code_execution_result_block import (
        EncryptedCodeExecutionResultBlock,
    )


T = TypeVar("T", bound="CodeExecutionToolResultBlock")


@_attrs_define
class CodeExecutionToolResultBlock:
    """Output content block of type `code_execution_tool_result`.

    Attributes:
        content (CodeExecutionResultBlock | CodeExecutionToolResultErrorObject | EncryptedCodeExecutionResultBlock):
        tool_use_id (str):
        type_ (Literal['code_execution_tool_result']):  Default: 'code_execution_tool_result'.
    """

    content: (
        CodeExecutionResultBlock
        | CodeExecutionToolResultErrorObject
        | EncryptedCodeExecutionResultBlock
    )
    tool_use_id: str
    type_: Literal["code_execution_tool_result"] = "code_execution_tool_result"
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from claude_api.models.code_execution_result_block import (
            CodeExecutionResultBlock,  # noqa: PLC0415
        )
        from claude_api.models.code_execution_tool_result_error_object import (
            CodeExecutionToolResultErrorObject,
        )

        content: dict[str, Any]
        if isinstance(self.content, dict):
            content = self.content
        elif isinstance(self.content, CodeExecutionToolResultErrorObject):
            content = self.content.to_dict()
        elif isinstance(self.content, CodeExecutionResultBlock):
            content = self.content.to_dict()
        else:
            content = self.content.to_dict()

        tool_use_id = self.tool_use_id

        type_ = self.type_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "content": content,
                "tool_use_id": tool_use_id,
                "type": type_,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from claude_api.models.code_execution_result_block import (
            CodeExecutionResultBlock,  # noqa: PLC0415
        )
        from claude_api.models.code_execution_tool_result_error_object import (
            CodeExecutionToolResultErrorObject,
        )
        from claude_api.models.encrypted_code_execution_result_block import (
            EncryptedCodeExecutionResultBlock,
        )

        d = dict(src_dict)

        def _parse_content(
            data: object,
        ) -> (
            CodeExecutionResultBlock
            | CodeExecutionToolResultErrorObject
            | EncryptedCodeExecutionResultBlock
        ):
            if not isinstance(data, dict):
                raise TypeError(f"expected a JSON object, got {type(data).__name__}")
            tag = data.get("type")
            if tag == "code_execution_tool_result_error":
                return CodeExecutionToolResultErrorObject.from_dict(data)
            if tag == "code_execution_result":
                return CodeExecutionResultBlock.from_dict(data)
            if tag == "encrypted_code_execution_result":
                return EncryptedCodeExecutionResultBlock.from_dict(data)
            # An unknown tag: keep the raw object so that newer API output still parses and round-trips.
            return cast(
                "CodeExecutionResultBlock | CodeExecutionToolResultErrorObject | EncryptedCodeExecutionResultBlock",
                data,
            )

        content = _parse_content(d.pop("content"))

        tool_use_id = d.pop("tool_use_id")

        type_ = cast("Literal['code_execution_tool_result']", d.pop("type"))
        if type_ != "code_execution_tool_result":
            raise ValueError(f"type must match const 'code_execution_tool_result', got '{type_}'")

        code_execution_tool_result_block = cls(
            content=content,
            tool_use_id=tool_use_id,
            type_=type_,
        )

        code_execution_tool_result_block.additional_properties = d
        return code_execution_tool_result_block

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
