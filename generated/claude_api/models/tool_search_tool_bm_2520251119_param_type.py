# Generated from openapi/claude-api.yaml by openapi-python-client. Do not edit by hand:
# change the spec (or openapi/generator-config.yaml) and run `nox -s generate`.
from typing import Literal

ToolSearchToolBm2520251119ParamType = Literal[
    "tool_search_tool_bm25", "tool_search_tool_bm25_20251119"
]

TOOL_SEARCH_TOOL_BM_2520251119_PARAM_TYPE_VALUES: set[ToolSearchToolBm2520251119ParamType] = {
    "tool_search_tool_bm25",
    "tool_search_tool_bm25_20251119",
}


def check_tool_search_tool_bm_2520251119_param_type(
    value: str,
) -> ToolSearchToolBm2520251119ParamType:
    if value in TOOL_SEARCH_TOOL_BM_2520251119_PARAM_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {TOOL_SEARCH_TOOL_BM_2520251119_PARAM_TYPE_VALUES!r}"
    )
