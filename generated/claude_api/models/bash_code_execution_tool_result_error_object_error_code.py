# Generated from openapi/claude-api.yaml by openapi-python-client. Do not edit by hand:
# change the spec (or openapi/generator-config.yaml) and run `nox -s generate`.
from typing import Literal

BashCodeExecutionToolResultErrorObjectErrorCode = Literal[
    "execution_time_exceeded",
    "invalid_tool_input",
    "output_file_too_large",
    "too_many_requests",
    "unavailable",
]

BASH_CODE_EXECUTION_TOOL_RESULT_ERROR_OBJECT_ERROR_CODE_VALUES: set[
    BashCodeExecutionToolResultErrorObjectErrorCode
] = {
    "execution_time_exceeded",
    "invalid_tool_input",
    "output_file_too_large",
    "too_many_requests",
    "unavailable",
}


def check_bash_code_execution_tool_result_error_object_error_code(
    value: str,
) -> BashCodeExecutionToolResultErrorObjectErrorCode:
    if value in BASH_CODE_EXECUTION_TOOL_RESULT_ERROR_OBJECT_ERROR_CODE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {BASH_CODE_EXECUTION_TOOL_RESULT_ERROR_OBJECT_ERROR_CODE_VALUES!r}"
    )
