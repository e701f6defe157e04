# Generated from openapi/claude-api.yaml by openapi-python-client. Do not edit by hand:
# change the spec (or openapi/generator-config.yaml) and run `nox -s generate`.
from typing import Literal

UsageServiceTier = Literal["batch", "priority", "standard"]

USAGE_SERVICE_TIER_VALUES: set[UsageServiceTier] = {
    "batch",
    "priority",
    "standard",
}


def check_usage_service_tier(value: str) -> UsageServiceTier:
    if value in USAGE_SERVICE_TIER_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {USAGE_SERVICE_TIER_VALUES!r}")
