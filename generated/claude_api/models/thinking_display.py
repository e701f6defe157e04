# Generated from openapi/claude-api.yaml by openapi-python-client. Do not edit by hand:
# change the spec (or openapi/generator-config.yaml) and run `nox -s generate`.
from typing import Literal

ThinkingDisplay = Literal["omitted", "summarized"]

THINKING_DISPLAY_VALUES: set[ThinkingDisplay] = {
    "omitted",
    "summarized",
}


def check_thinking_display(value: str) -> ThinkingDisplay:
    if value in THINKING_DISPLAY_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {THINKING_DISPLAY_VALUES!r}")
