# Generated from openapi/claude-api.yaml by openapi-python-client. Do not edit by hand:
# change the spec (or openapi/generator-config.yaml) and run `nox -s generate`.
from typing import Literal

SkillParamsType = Literal["anthropic", "custom"]

SKILL_PARAMS_TYPE_VALUES: set[SkillParamsType] = {
    "anthropic",
    "custom",
}


def check_skill_params_type(value: str) -> SkillParamsType:
    if value in SKILL_PARAMS_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {SKILL_PARAMS_TYPE_VALUES!r}")
