# Generated from openapi/claude-api.yaml by openapi-python-client. Do not edit by hand:
# change the spec (or openapi/generator-config.yaml) and run `nox -s generate`.
from typing import Literal

ToolSearchToolRegex20251119ParamType = Literal[
    "tool_search_tool_regex", "tool_search_tool_regex_20251119"
]

TOOL_SEARCH_TOOL_REGEX_20251119_PARAM_TYPE_VALUES: set[ToolSearchToolRegex20251119ParamType] = {
    "tool_search_tool_regex",
    "tool_search_tool_regex_20251119",
}


def check_tool_search_tool_regex_20251119_param_type(
    value: str,
) -> ToolSearchToolRegex20251119ParamType:
    if value in TOOL_SEARCH_TOOL_REGEX_20251119_PARAM_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {TOOL_SEARCH_TOOL_REGEX_20251119_PARAM_TYPE_VALUES!r}"
    )
