# Generated from openapi/claude-api.yaml by openapi-python-client. Do not edit by hand:
# change the spec (or openapi/generator-config.yaml) and run `nox -s generate`.
from typing import Literal

TextEditorCodeExecutionToolResultErrorObjectErrorCode = Literal[
    "execution_time_exceeded",
    "file_not_found",
    "invalid_tool_input",
    "too_many_requests",
    "unavailable",
]

TEXT_EDITOR_CODE_EXECUTION_TOOL_RESULT_ERROR_OBJECT_ERROR_CODE_VALUES: set[
    TextEditorCodeExecutionToolResultErrorObjectErrorCode
] = {
    "execution_time_exceeded",
    "file_not_found",
    "invalid_tool_input",
    "too_many_requests",
    "unavailable",
}


def check_text_editor_code_execution_tool_result_error_object_error_code(
    value: str,
) -> TextEditorCodeExecutionToolResultErrorObjectErrorCode:
    if value in TEXT_EDITOR_CODE_EXECUTION_TOOL_RESULT_ERROR_OBJECT_ERROR_CODE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {TEXT_EDITOR_CODE_EXECUTION_TOOL_RESULT_ERROR_OBJECT_ERROR_CODE_VALUES!r}"
    )
