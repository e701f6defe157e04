# Generated from openapi/claude-api.yaml by openapi-python-client. Do not edit by hand:
# change the spec (or openapi/generator-config.yaml) and run `nox -s generate`.
from typing import Literal

OutputConfigParamEffort = Literal["high", "low", "max", "medium", "xhigh"]

OUTPUT_CONFIG_PARAM_EFFORT_VALUES: set[OutputConfigParamEffort] = {
    "high",
    "low",
    "max",
    "medium",
    "xhigh",
}


def check_output_config_param_effort(value: str) -> OutputConfigParamEffort:
    if value in OUTPUT_CONFIG_PARAM_EFFORT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {OUTPUT_CONFIG_PARAM_EFFORT_VALUES!r}"
    )
