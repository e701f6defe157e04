# Generated from openapi/claude-api.yaml by openapi-python-client. Do not edit by hand:
# change the spec (or openapi/generator-config.yaml) and run `nox -s generate`.
from typing import Literal

TextEditorCodeExecutionViewResultBlockFileType = Literal["image", "pdf", "text"]

TEXT_EDITOR_CODE_EXECUTION_VIEW_RESULT_BLOCK_FILE_TYPE_VALUES: set[
    TextEditorCodeExecutionViewResultBlockFileType
] = {
    "image",
    "pdf",
    "text",
}


def check_text_editor_code_execution_view_result_block_file_type(
    value: str,
) -> TextEditorCodeExecutionViewResultBlockFileType:
    if value in TEXT_EDITOR_CODE_EXECUTION_VIEW_RESULT_BLOCK_FILE_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {TEXT_EDITOR_CODE_EXECUTION_VIEW_RESULT_BLOCK_FILE_TYPE_VALUES!r}"
    )
