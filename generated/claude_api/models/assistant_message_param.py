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
    from claude_api.models.bash_code_execution_tool_result_block_param import (
        BashCodeExecutionToolResultBlockParam,
    )
    from claude_api.models.code_execution_tool_result_block_param import (
        CodeExecutionToolResultBlockParam,
    )
    from claude_api.models.container_upload_block_param import ContainerUploadBlockParam
    from claude_api.models.document_block_param import DocumentBlockParam
    from claude_api.models.image_block_param import ImageBlockParam
    from claude_api.models.redacted_thinking_block_param import RedactedThinkingBlockParam
    from claude_api.models.search_result_block_param import SearchResultBlockParam
    from claude_api.models.server_tool_use_block_param import ServerToolUseBlockParam
    from claude_api.models.text_block_param import TextBlockParam
    from claude_api.models.text_editor_code_execution_tool_result_block_param import (
        TextEditorCodeExecutionToolResultBlockParam,
    )
    from claude_api.models.thinking_block_param import ThinkingBlockParam
    from claude_api.models.tool_result_block_param import ToolResultBlockParam
    from claude_api.models.tool_search_tool_result_block_param import (
        ToolSearchToolResultBlockParam,
    )
    from claude_api.models.tool_use_block_param import ToolUseBlockParam
    from claude_api.models.web_fetch_tool_result_block_param import (
        WebFetchToolResultBlockParam,
    )
    from claude_api.models.web_search_tool_result_block_param import (
        WebSearchToolResultBlockParam,
    )


T = TypeVar("T", bound="AssistantMessageParam")


@_attrs_define
class AssistantMessageParam:
    """An assistant turn (earlier output, or a prefill to continue from).

    Attributes:
        content (list[BashCodeExecutionToolResultBlockParam | CodeExecutionToolResultBlockParam |
            ContainerUploadBlockParam | DocumentBlockParam | ImageBlockParam | RedactedThinkingBlockParam |
            SearchResultBlockParam | ServerToolUseBlockParam | TextBlockParam | TextEditorCodeExecutionToolResultBlockParam
            | ThinkingBlockParam | ToolResultBlockParam | ToolSearchToolResultBlockParam | ToolUseBlockParam |
            WebFetchToolResultBlockParam | WebSearchToolResultBlockParam] | str):
        role (Literal['assistant']):  Default: 'assistant'.
    """

    content: (
        list[
            BashCodeExecutionToolResultBlockParam
            | CodeExecutionToolResultBlockParam
            | ContainerUploadBlockParam
            | DocumentBlockParam
            | ImageBlockParam
            | RedactedThinkingBlockParam
            | SearchResultBlockParam
            | ServerToolUseBlockParam
            | TextBlockParam
            | TextEditorCodeExecutionToolResultBlockParam
            | ThinkingBlockParam
            | ToolResultBlockParam
            | ToolSearchToolResultBlockParam
            | ToolUseBlockParam
            | WebFetchToolResultBlockParam
            | WebSearchToolResultBlockParam
        ]
        | str
    )
    role: Literal["assistant"] = "assistant"
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from claude_api.models.bash_code_execution_tool_result_block_param import (
            BashCodeExecutionToolResultBlockParam,
        )
        from claude_api.models.code_execution_tool_result_block_param import (
            CodeExecutionToolResultBlockParam,
        )
        from claude_api.models.document_block_param import DocumentBlockParam  # noqa: PLC0415
        from claude_api.models.image_block_param import ImageBlockParam  # noqa: PLC0415
        from claude_api.models.redacted_thinking_block_param import (
            RedactedThinkingBlockParam,  # noqa: PLC0415
        )
        from claude_api.models.search_result_block_param import SearchResultBlockParam  # noqa: PLC0415
        from claude_api.models.server_tool_use_block_param import (
            ServerToolUseBlockParam,  # noqa: PLC0415
        )
        from claude_api.models.text_block_param import TextBlockParam  # noqa: PLC0415
        from claude_api.models.text_editor_code_execution_tool_result_block_param import (
            TextEditorCodeExecutionToolResultBlockParam,
        )
        from claude_api.models.thinking_block_param import ThinkingBlockParam  # noqa: PLC0415
        from claude_api.models.tool_result_block_param import ToolResultBlockParam  # noqa: PLC0415
        from claude_api.models.tool_search_tool_result_block_param import (
            ToolSearchToolResultBlockParam,
        )
        from claude_api.models.tool_use_block_param import ToolUseBlockParam  # noqa: PLC0415
        from claude_api.models.web_fetch_tool_result_block_param import (
            WebFetchToolResultBlockParam,
        )
        from claude_api.models.web_search_tool_result_block_param import (
            WebSearchToolResultBlockParam,
        )

        content: list[dict[str, Any]] | str
        if isinstance(self.content, list):
            content = []
            for content_type_1_item_data in self.content:
                content_type_1_item: dict[str, Any]
                if isinstance(content_type_1_item_data, dict):
                    content_type_1_item = content_type_1_item_data
                elif isinstance(content_type_1_item_data, TextBlockParam):
                    content_type_1_item = content_type_1_item_data.to_dict()
                elif isinstance(content_type_1_item_data, ImageBlockParam):
                    content_type_1_item = content_type_1_item_data.to_dict()
                elif isinstance(content_type_1_item_data, DocumentBlockParam):
                    content_type_1_item = content_type_1_item_data.to_dict()
                elif isinstance(content_type_1_item_data, SearchResultBlockParam):
                    content_type_1_item = content_type_1_item_data.to_dict()
                elif isinstance(content_type_1_item_data, ThinkingBlockParam):
                    content_type_1_item = content_type_1_item_data.to_dict()
                elif isinstance(content_type_1_item_data, RedactedThinkingBlockParam):
                    content_type_1_item = content_type_1_item_data.to_dict()
                elif isinstance(content_type_1_item_data, ToolUseBlockParam):
                    content_type_1_item = content_type_1_item_data.to_dict()
                elif isinstance(content_type_1_item_data, ToolResultBlockParam):
                    content_type_1_item = content_type_1_item_data.to_dict()
                elif isinstance(content_type_1_item_data, ServerToolUseBlockParam):
                    content_type_1_item = content_type_1_item_data.to_dict()
                elif isinstance(content_type_1_item_data, WebSearchToolResultBlockParam):
                    content_type_1_item = content_type_1_item_data.to_dict()
                elif isinstance(content_type_1_item_data, WebFetchToolResultBlockParam):
                    content_type_1_item = content_type_1_item_data.to_dict()
                elif isinstance(content_type_1_item_data, CodeExecutionToolResultBlockParam):
                    content_type_1_item = content_type_1_item_data.to_dict()
                elif isinstance(content_type_1_item_data, BashCodeExecutionToolResultBlockParam):
                    content_type_1_item = content_type_1_item_data.to_dict()
                elif isinstance(
                    content_type_1_item_data, TextEditorCodeExecutionToolResultBlockParam
                ):
                    content_type_1_item = content_type_1_item_data.to_dict()
                elif isinstance(content_type_1_item_data, ToolSearchToolResultBlockParam):
                    content_type_1_item = content_type_1_item_data.to_dict()
                else:
                    content_type_1_item = content_type_1_item_data.to_dict()

                content.append(content_type_1_item)

        else:
            content = self.content

        role = self.role

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "content": content,
                "role": role,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from claude_api.models.bash_code_execution_tool_result_block_param import (
            BashCodeExecutionToolResultBlockParam,
        )
        from claude_api.models.code_execution_tool_result_block_param import (
            CodeExecutionToolResultBlockParam,
        )
        from claude_api.models.container_upload_block_param import (
            ContainerUploadBlockParam,  # noqa: PLC0415
        )
        from claude_api.models.document_block_param import DocumentBlockParam  # noqa: PLC0415
        from claude_api.models.image_block_param import ImageBlockParam  # noqa: PLC0415
        from claude_api.models.redacted_thinking_block_param import (
            RedactedThinkingBlockParam,  # noqa: PLC0415
        )
        from claude_api.models.search_result_block_param import SearchResultBlockParam  # noqa: PLC0415
        from claude_api.models.server_tool_use_block_param import (
            ServerToolUseBlockParam,  # noqa: PLC0415
        )
        from claude_api.models.text_block_param import TextBlockParam  # noqa: PLC0415
        from claude_api.models.text_editor_code_execution_tool_result_block_param import (
            TextEditorCodeExecutionToolResultBlockParam,
        )
        from claude_api.models.thinking_block_param import ThinkingBlockParam  # noqa: PLC0415
        from claude_api.models.tool_result_block_param import ToolResultBlockParam  # noqa: PLC0415
        from claude_api.models.tool_search_tool_result_block_param import (
            ToolSearchToolResultBlockParam,
        )
        from claude_api.models.tool_use_block_param import ToolUseBlockParam  # noqa: PLC0415
        from claude_api.models.web_fetch_tool_result_block_param import (
            WebFetchToolResultBlockParam,
        )
        from claude_api.models.web_search_tool_result_block_param import (
            WebSearchToolResultBlockParam,
        )

        d = dict(src_dict)

        def _parse_content(
            data: object,
        ) -> (
            list[
                BashCodeExecutionToolResultBlockParam
                | CodeExecutionToolResultBlockParam
                | ContainerUploadBlockParam
                | DocumentBlockParam
                | ImageBlockParam
                | RedactedThinkingBlockParam
                | SearchResultBlockParam
                | ServerToolUseBlockParam
                | TextBlockParam
                | TextEditorCodeExecutionToolResultBlockParam
                | ThinkingBlockParam
                | ToolResultBlockParam
                | ToolSearchToolResultBlockParam
                | ToolUseBlockParam
                | WebFetchToolResultBlockParam
                | WebSearchToolResultBlockParam
            ]
            | str
        ):
            try:
                if not isinstance(data, list):
                    raise TypeError()
                content_type_1 = []
                _content_type_1 = data
                for content_type_1_item_data in _content_type_1:

                    def _parse_content_type_1_item(
                        data: object,
                    ) -> (
                        BashCodeExecutionToolResultBlockParam
                        | CodeExecutionToolResultBlockParam
                        | ContainerUploadBlockParam
                        | DocumentBlockParam
                        | ImageBlockParam
                        | RedactedThinkingBlockParam
                        | SearchResultBlockParam
                        | ServerToolUseBlockParam
                        | TextBlockParam
                        | TextEditorCodeExecutionToolResultBlockParam
                        | ThinkingBlockParam
                        | ToolResultBlockParam
                        | ToolSearchToolResultBlockParam
                        | ToolUseBlockParam
                        | WebFetchToolResultBlockParam
                        | WebSearchToolResultBlockParam
                    ):
                        if not isinstance(data, dict):
                            raise TypeError(f"expected a JSON object, got {type(data).__name__}")
                        tag = data.get("type")
                        if tag == "text":
                            return TextBlockParam.from_dict(data)
                        if tag == "image":
                            return ImageBlockParam.from_dict(data)
                        if tag == "document":
                            return DocumentBlockParam.from_dict(data)
                        if tag == "search_result":
                            return SearchResultBlockParam.from_dict(data)
                        if tag == "thinking":
                            return ThinkingBlockParam.from_dict(data)
                        if tag == "redacted_thinking":
                            return RedactedThinkingBlockParam.from_dict(data)
                        if tag == "tool_use":
                            return ToolUseBlockParam.from_dict(data)
                        if tag == "tool_result":
                            return ToolResultBlockParam.from_dict(data)
                        if tag == "server_tool_use":
                            return ServerToolUseBlockParam.from_dict(data)
                        if tag == "web_search_tool_result":
                            return WebSearchToolResultBlockParam.from_dict(data)
                        if tag == "web_fetch_tool_result":
                            return WebFetchToolResultBlockParam.from_dict(data)
                        if tag == "code_execution_tool_result":
                            return CodeExecutionToolResultBlockParam.from_dict(data)
                        if tag == "bash_code_execution_tool_result":
                            return BashCodeExecutionToolResultBlockParam.from_dict(data)
                        if tag == "text_editor_code_execution_tool_result":
                            return TextEditorCodeExecutionToolResultBlockParam.from_dict(data)
                        if tag == "tool_search_tool_result":
                            return ToolSearchToolResultBlockParam.from_dict(data)
                        if tag == "container_upload":
                            return ContainerUploadBlockParam.from_dict(data)
                        # An unknown tag: keep the raw object so that newer API output still parses and round-trips.
                        return cast(
                            "BashCodeExecutionToolResultBlockParam | CodeExecutionToolResultBlockParam | ContainerUploadBlockParam | DocumentBlockParam | ImageBlockParam | RedactedThinkingBlockParam | SearchResultBlockParam | ServerToolUseBlockParam | TextBlockParam | TextEditorCodeExecutionToolResultBlockParam | ThinkingBlockParam | ToolResultBlockParam | ToolSearchToolResultBlockParam | ToolUseBlockParam | WebFetchToolResultBlockParam | WebSearchToolResultBlockParam",
                            data,
                        )

                    content_type_1_item = _parse_content_type_1_item(content_type_1_item_data)

                    content_type_1.append(content_type_1_item)

                return content_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(
                "list[BashCodeExecutionToolResultBlockParam | CodeExecutionToolResultBlockParam | ContainerUploadBlockParam | DocumentBlockParam | ImageBlockParam | RedactedThinkingBlockParam | SearchResultBlockParam | ServerToolUseBlockParam | TextBlockParam | TextEditorCodeExecutionToolResultBlockParam | ThinkingBlockParam | ToolResultBlockParam | ToolSearchToolResultBlockParam | ToolUseBlockParam | WebFetchToolResultBlockParam | WebSearchToolResultBlockParam] | str",
                data,
            )

        content = _parse_content(d.pop("content"))

        role = cast("Literal['assistant']", d.pop("role"))
        if role != "assistant":
            raise ValueError(f"role must match const 'assistant', got '{role}'")

        assistant_message_param = cls(
            content=content,
            role=role,
        )

        assistant_message_param.additional_properties = d
        return assistant_message_param

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
