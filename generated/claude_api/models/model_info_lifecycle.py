# Generated from openapi/claude-api.yaml by openapi-python-client. Do not edit by hand:
# change the spec (or openapi/generator-config.yaml) and run `nox -s generate`.
from typing import Literal

ModelInfoLifecycle = Literal["active", "deprecated", "retired"]

MODEL_INFO_LIFECYCLE_VALUES: set[ModelInfoLifecycle] = {
    "active",
    "deprecated",
    "retired",
}


def check_model_info_lifecycle(value: str) -> ModelInfoLifecycle:
    if value in MODEL_INFO_LIFECYCLE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {MODEL_INFO_LIFECYCLE_VALUES!r}")
