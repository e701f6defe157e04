# Generated from openapi/claude-api.yaml by openapi-python-client. Do not edit by hand:
# change the spec (or openapi/generator-config.yaml) and run `nox -s generate`.
from typing import Literal

ContainerSkillType = Literal["anthropic", "custom"]

CONTAINER_SKILL_TYPE_VALUES: set[ContainerSkillType] = {
    "anthropic",
    "custom",
}


def check_container_skill_type(value: str) -> ContainerSkillType:
    if value in CONTAINER_SKILL_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {CONTAINER_SKILL_TYPE_VALUES!r}")
