# Generated from openapi/claude-api.yaml by openapi-python-client. Do not edit by hand:
# change the spec (or openapi/generator-config.yaml) and run `nox -s generate`.
from typing import Literal

WebFetchTool20260318ParamResponseInclusion = Literal["excluded", "full"]

WEB_FETCH_TOOL_20260318_PARAM_RESPONSE_INCLUSION_VALUES: set[
    WebFetchTool20260318ParamResponseInclusion
] = {
    "excluded",
    "full",
}


def check_web_fetch_tool_20260318_param_response_inclusion(
    value: str,
) -> WebFetchTool20260318ParamResponseInclusion:
    if value in WEB_FETCH_TOOL_20260318_PARAM_RESPONSE_INCLUSION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {WEB_FETCH_TOOL_20260318_PARAM_RESPONSE_INCLUSION_VALUES!r}"
    )
