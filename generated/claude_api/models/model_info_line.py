# Generated from openapi/claude-api.yaml by openapi-python-client. Do not edit by hand:
# change the spec (or openapi/generator-config.yaml) and run `nox -s generate`.
from typing import Literal

ModelInfoLine = Literal["fable", "haiku", "mythos", "opus", "sonnet"]

MODEL_INFO_LINE_VALUES: set[ModelInfoLine] = {
    "fable",
    "haiku",
    "mythos",
    "opus",
    "sonnet",
}


def check_model_info_line(value: str) -> ModelInfoLine:
    if value in MODEL_INFO_LINE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {MODEL_INFO_LINE_VALUES!r}")
