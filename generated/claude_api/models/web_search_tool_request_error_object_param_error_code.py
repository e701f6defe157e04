# Generated from openapi/claude-api.yaml by openapi-python-client. Do not edit by hand:
# change the spec (or openapi/generator-config.yaml) and run `nox -s generate`.
from typing import Literal

WebSearchToolRequestErrorObjectParamErrorCode = Literal[
    "invalid_tool_input",
    "max_uses_exceeded",
    "query_too_long",
    "request_too_large",
    "too_many_requests",
    "unavailable",
]

WEB_SEARCH_TOOL_REQUEST_ERROR_OBJECT_PARAM_ERROR_CODE_VALUES: set[
    WebSearchToolRequestErrorObjectParamErrorCode
] = {
    "invalid_tool_input",
    "max_uses_exceeded",
    "query_too_long",
    "request_too_large",
    "too_many_requests",
    "unavailable",
}


def check_web_search_tool_request_error_object_param_error_code(
    value: str,
) -> WebSearchToolRequestErrorObjectParamErrorCode:
    if value in WEB_SEARCH_TOOL_REQUEST_ERROR_OBJECT_PARAM_ERROR_CODE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {WEB_SEARCH_TOOL_REQUEST_ERROR_OBJECT_PARAM_ERROR_CODE_VALUES!r}"
    )
