# Generated from openapi/claude-api.yaml by openapi-python-client. Do not edit by hand:
# change the spec (or openapi/generator-config.yaml) and run `nox -s generate`.
from typing import Literal

ToolAllowedCaller = Literal[
    "code_execution_20250825", "code_execution_20260120", "code_execution_20260521", "direct"
]

TOOL_ALLOWED_CALLER_VALUES: set[ToolAllowedCaller] = {
    "code_execution_20250825",
    "code_execution_20260120",
    "code_execution_20260521",
    "direct",
}


def check_tool_allowed_caller(value: str) -> ToolAllowedCaller:
    if value in TOOL_ALLOWED_CALLER_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {TOOL_ALLOWED_CALLER_VALUES!r}")
