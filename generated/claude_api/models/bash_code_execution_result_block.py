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
    from claude_api.models.bash_code_execution_output_block import (
        BashCodeExecutionOutputBlock,
    )


T = TypeVar("T", bound="BashCodeExecutionResultBlock")


@_attrs_define
class BashCodeExecutionResultBlock:
    """Output content block of type `bash_code_execution_result`.

    Attributes:
        content (list[BashCodeExecutionOutputBlock]):
        return_code (int):
        stderr (str):
        stdout (str):
        type_ (Literal['bash_code_execution_result']):  Default: 'bash_code_execution_result'.
    """

    content: list[BashCodeExecutionOutputBlock]
    return_code: int
    stderr: str
    stdout: str
    type_: Literal["bash_code_execution_result"] = "bash_code_execution_result"
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        content = []
        for content_item_data in self.content:
            content_item = content_item_data.to_dict()
            content.append(content_item)

        return_code = self.return_code

        stderr = self.stderr

        stdout = self.stdout

        type_ = self.type_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "content": content,
                "return_code": return_code,
                "stderr": stderr,
                "stdout": stdout,
                "type": type_,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from claude_api.models.bash_code_execution_output_block import (
            BashCodeExecutionOutputBlock,
        )

        d = dict(src_dict)
        content = []
        _content = d.pop("content")
        for content_item_data in _content:
            content_item = BashCodeExecutionOutputBlock.from_dict(content_item_data)

            content.append(content_item)

        return_code = d.pop("return_code")

        stderr = d.pop("stderr")

        stdout = d.pop("stdout")

        type_ = cast("Literal['bash_code_execution_result']", d.pop("type"))
        if type_ != "bash_code_execution_result":
            raise ValueError(f"type must match const 'bash_code_execution_result', got '{type_}'")

        bash_code_execution_result_block = cls(
            content=content,
            return_code=return_code,
            stderr=stderr,
            stdout=stdout,
            type_=type_,
        )

        bash_code_execution_result_block.additional_properties = d
        return bash_code_execution_result_block

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
