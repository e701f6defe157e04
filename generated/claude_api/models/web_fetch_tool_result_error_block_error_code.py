# Generated from openapi/claude-api.yaml by openapi-python-client. Do not edit by hand:
# change the spec (or openapi/generator-config.yaml) and run `nox -s generate`.
from typing import Literal

WebFetchToolResultErrorBlockErrorCode = Literal[
    "content_too_large",
    "invalid_tool_input",
    "max_uses_exceeded",
    "too_many_requests",
    "unavailable",
    "unsupported_content_type",
    "url_not_accessible",
    "url_not_allowed",
    "url_not_in_prior_context",
    "url_too_long",
]

WEB_FETCH_TOOL_RESULT_ERROR_BLOCK_ERROR_CODE_VALUES: set[WebFetchToolResultErrorBlockErrorCode] = {
    "content_too_large",
    "invalid_tool_input",
    "max_uses_exceeded",
    "too_many_requests",
    "unavailable",
    "unsupported_content_type",
    "url_not_accessible",
    "url_not_allowed",
    "url_not_in_prior_context",
    "url_too_long",
}


def check_web_fetch_tool_result_error_block_error_code(
    value: str,
) -> WebFetchToolResultErrorBlockErrorCode:
    if value in WEB_FETCH_TOOL_RESULT_ERROR_BLOCK_ERROR_CODE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {WEB_FETCH_TOOL_RESULT_ERROR_BLOCK_ERROR_CODE_VALUES!r}"
    )
