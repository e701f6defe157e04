# Generated from openapi/claude-api.yaml by openapi-python-client. Do not edit by hand:
# change the spec (or openapi/generator-config.yaml) and run `nox -s generate`.
from typing import Literal

ServerToolUseBlockName = Literal[
    "bash_code_execution",
    "code_execution",
    "text_editor_code_execution",
    "tool_search_tool_bm25",
    "tool_search_tool_regex",
    "web_fetch",
    "web_search",
]

SERVER_TOOL_USE_BLOCK_NAME_VALUES: set[ServerToolUseBlockName] = {
    "bash_code_execution",
    "code_execution",
    "text_editor_code_execution",
    "tool_search_tool_bm25",
    "tool_search_tool_regex",
    "web_fetch",
    "web_search",
}


def check_server_tool_use_block_name(value: str) -> ServerToolUseBlockName:
    if value in SERVER_TOOL_USE_BLOCK_NAME_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {SERVER_TOOL_USE_BLOCK_NAME_VALUES!r}"
    )
