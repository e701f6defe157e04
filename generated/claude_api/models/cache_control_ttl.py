# Generated from openapi/claude-api.yaml by openapi-python-client. Do not edit by hand:
# change the spec (or openapi/generator-config.yaml) and run `nox -s generate`.
from typing import Literal

CacheControlTtl = Literal["1h", "5m"]

CACHE_CONTROL_TTL_VALUES: set[CacheControlTtl] = {
    "1h",
    "5m",
}


def check_cache_control_ttl(value: str) -> CacheControlTtl:
    if value in CACHE_CONTROL_TTL_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {CACHE_CONTROL_TTL_VALUES!r}")
