# Generated from openapi/claude-api.yaml by openapi-python-client. Do not edit by hand:
# change the spec (or openapi/generator-config.yaml) and run `nox -s generate`.
from typing import Literal

MessageCreateParamsServiceTier = Literal["auto", "standard_only"]

MESSAGE_CREATE_PARAMS_SERVICE_TIER_VALUES: set[MessageCreateParamsServiceTier] = {
    "auto",
    "standard_only",
}


def check_message_create_params_service_tier(value: str) -> MessageCreateParamsServiceTier:
    if value in MESSAGE_CREATE_PARAMS_SERVICE_TIER_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {MESSAGE_CREATE_PARAMS_SERVICE_TIER_VALUES!r}"
    )
