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
    from claude_api.models.bash_code_execution_tool_result_block import (
        BashCodeExecutionToolResultBlock,
    )
    from claude_api.models.code_execution_tool_result_block import (
        CodeExecutionToolResultBlock,
    )
    from claude_api.models.container_upload_block import ContainerUploadBlock
    from claude_api.models.redacted_thinking_block import RedactedThinkingBlock
    from claude_api.models.server_tool_use_block import ServerToolUseBlock
    from claude_api.models.text_block import TextBlock
    from claude_api.models.text_editor_code_execution_tool_result_block import (
        TextEditorCodeExecutionToolResultBlock,
    )
    from claude_api.models.thinking_block import ThinkingBlock
    from claude_api.models.tool_search_tool_result_block import ToolSearchToolResultBlock
    from claude_api.models.tool_use_block import ToolUseBlock
    from claude_api.models.web_fetch_tool_result_block import WebFetchToolResultBlock
    from claude_api.models.web_search_tool_result_block import WebSearchToolResultBlock


T = TypeVar("T", bound="ContentBlockStartEvent")


@_attrs_define
class ContentBlockStartEvent:
    """Opens the content block at `index` with its initial value.

    Attributes:
        content_block (BashCodeExecutionToolResultBlock | CodeExecutionToolResultBlock | ContainerUploadBlock |
            RedactedThinkingBlock | ServerToolUseBlock | TextBlock | TextEditorCodeExecutionToolResultBlock | ThinkingBlock
            | ToolSearchToolResultBlock | ToolUseBlock | WebFetchToolResultBlock | WebSearchToolResultBlock): A block of
            assistant output, tagged by `type`. New block types may appear.
        index (int):
        type_ (Literal['content_block_start']):  Default: 'content_block_start'.
    """

    content_block: (
        BashCodeExecutionToolResultBlock
        | CodeExecutionToolResultBlock
        | ContainerUploadBlock
        | RedactedThinkingBlock
        | ServerToolUseBlock
        | TextBlock
        | TextEditorCodeExecutionToolResultBlock
        | ThinkingBlock
        | ToolSearchToolResultBlock
        | ToolUseBlock
        | WebFetchToolResultBlock
        | WebSearchToolResultBlock
    )
    index: int
    type_: Literal["content_block_start"] = "content_block_start"
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from claude_api.models.bash_code_execution_tool_result_block import (
            BashCodeExecutionToolResultBlock,
        )
        from claude_api.models.code_execution_tool_result_block import (
            CodeExecutionToolResultBlock,
        )
        from claude_api.models.redacted_thinking_block import RedactedThinkingBlock  # noqa: PLC0415
        from claude_api.models.server_tool_use_block import ServerToolUseBlock  # noqa: PLC0415
        from claude_api.models.text_block import TextBlock  # noqa: PLC0415
        from claude_api.models.text_editor_code_execution_tool_result_block import (
            TextEditorCodeExecutionToolResultBlock,
        )
        from claude_api.models.thinking_block import ThinkingBlock  # noqa: PLC0415
        from claude_api.models.tool_search_tool_result_block import (
            ToolSearchToolResultBlock,  # noqa: PLC0415
        )
        from claude_api.models.tool_use_block import ToolUseBlock  # noqa: PLC0415
        from claude_api.models.web_fetch_tool_result_block import (
            WebFetchToolResultBlock,  # noqa: PLC0415
        )
        from claude_api.models.web_search_tool_result_block import (
            WebSearchToolResultBlock,  # noqa: PLC0415
        )

        content_block: dict[str, Any]
        if isinstance(self.content_block, dict):
            content_block = self.content_block
        elif isinstance(self.content_block, TextBlock):
            content_block = self.content_block.to_dict()
        elif isinstance(self.content_block, ThinkingBlock):
            content_block = self.content_block.to_dict()
        elif isinstance(self.content_block, RedactedThinkingBlock):
            content_block = self.content_block.to_dict()
        elif isinstance(self.content_block, ToolUseBlock):
            content_block = self.content_block.to_dict()
        elif isinstance(self.content_block, ServerToolUseBlock):
            content_block = self.content_block.to_dict()
        elif isinstance(self.content_block, WebSearchToolResultBlock):
            content_block = self.content_block.to_dict()
        elif isinstance(self.content_block, WebFetchToolResultBlock):
            content_block = self.content_block.to_dict()
        elif isinstance(self.content_block, CodeExecutionToolResultBlock):
            content_block = self.content_block.to_dict()
        elif isinstance(self.content_block, BashCodeExecutionToolResultBlock):
            content_block = self.content_block.to_dict()
        elif isinstance(self.content_block, TextEditorCodeExecutionToolResultBlock):
            content_block = self.content_block.to_dict()
        elif isinstance(self.content_block, ToolSearchToolResultBlock):
            content_block = self.content_block.to_dict()
        else:
            content_block = self.content_block.to_dict()

        index = self.index

        type_ = self.type_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "content_block": content_block,
                "index": index,
                "type": type_,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from claude_api.models.bash_code_execution_tool_result_block import (
            BashCodeExecutionToolResultBlock,
        )
        from claude_api.models.code_execution_tool_result_block import (
            CodeExecutionToolResultBlock,
        )
        from claude_api.models.container_upload_block import ContainerUploadBlock  # noqa: PLC0415
        from claude_api.models.redacted_thinking_block import RedactedThinkingBlock  # noqa: PLC0415
        from claude_api.models.server_tool_use_block import ServerToolUseBlock  # noqa: PLC0415
        from claude_api.models.text_block import TextBlock  # noqa: PLC0415
        from claude_api.models.text_editor_code_execution_tool_result_block import (
            TextEditorCodeExecutionToolResultBlock,
        )
        from claude_api.models.thinking_block import ThinkingBlock  # noqa: PLC0415
        from claude_api.models.tool_search_tool_result_block import (
            ToolSearchToolResultBlock,  # noqa: PLC0415
        )
        from claude_api.models.tool_use_block import ToolUseBlock  # noqa: PLC0415
        from claude_api.models.web_fetch_tool_result_block import (
            WebFetchToolResultBlock,  # noqa: PLC0415
        )
        from claude_api.models.web_search_tool_result_block import (
            WebSearchToolResultBlock,  # noqa: PLC0415
        )

        d = dict(src_dict)

        def _parse_content_block(
            data: object,
        ) -> (
            BashCodeExecutionToolResultBlock
            | CodeExecutionToolResultBlock
            | ContainerUploadBlock
            | RedactedThinkingBlock
            | ServerToolUseBlock
            | TextBlock
            | TextEditorCodeExecutionToolResultBlock
            | ThinkingBlock
            | ToolSearchToolResultBlock
            | ToolUseBlock
            | WebFetchToolResultBlock
            | WebSearchToolResultBlock
        ):
            if not isinstance(data, dict):
                raise TypeError(f"expected a JSON object, got {type(data).__name__}")
            tag = data.get("type")
            if tag == "text":
                return TextBlock.from_dict(data)
            if tag == "thinking":
                return ThinkingBlock.from_dict(data)
            if tag == "redacted_thinking":
                return RedactedThinkingBlock.from_dict(data)
            if tag == "tool_use":
                return ToolUseBlock.from_dict(data)
            if tag == "server_tool_use":
                return ServerToolUseBlock.from_dict(data)
            if tag == "web_search_tool_result":
                return WebSearchToolResultBlock.from_dict(data)
            if tag == "web_fetch_tool_result":
                return WebFetchToolResultBlock.from_dict(data)
            if tag == "code_execution_tool_result":
                return CodeExecutionToolResultBlock.from_dict(data)
            if tag == "bash_code_execution_tool_result":
                return BashCodeExecutionToolResultBlock.from_dict(data)
            if tag == "text_editor_code_execution_tool_result":
                return TextEditorCodeExecutionToolResultBlock.from_dict(data)
            if tag == "tool_search_tool_result":
                return ToolSearchToolResultBlock.from_dict(data)
            if tag == "container_upload":
                return ContainerUploadBlock.from_dict(data)
            # An unknown tag: keep the raw object so that newer API output still parses and round-trips.
            return cast(
                "BashCodeExecutionToolResultBlock | CodeExecutionToolResultBlock | ContainerUploadBlock | RedactedThinkingBlock | ServerToolUseBlock | TextBlock | TextEditorCodeExecutionToolResultBlock | ThinkingBlock | ToolSearchToolResultBlock | ToolUseBlock | WebFetchToolResultBlock | WebSearchToolResultBlock",
                data,
            )

        content_block = _parse_content_block(d.pop("content_block"))

        index = d.pop("index")

        type_ = cast("Literal['content_block_start']", d.pop("type"))
        if type_ != "content_block_start":
            raise ValueError(f"type must match const 'content_block_start', got '{type_}'")

        content_block_start_event = cls(
            content_block=content_block,
            index=index,
            type_=type_,
        )

        content_block_start_event.additional_properties = d
        return content_block_start_event

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
