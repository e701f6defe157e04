# Generated from openapi/claude-api.yaml by openapi-python-client. Do not edit by hand:
# change the spec (or openapi/generator-config.yaml) and run `nox -s generate`.
from typing import Literal

RefusalStopDetailsCategory = Literal[
    "bio", "cyber", "frontier_llm", "general_harms", "reasoning_extraction"
]

REFUSAL_STOP_DETAILS_CATEGORY_VALUES: set[RefusalStopDetailsCategory] = {
    "bio",
    "cyber",
    "frontier_llm",
    "general_harms",
    "reasoning_extraction",
}


def check_refusal_stop_details_category(value: str) -> RefusalStopDetailsCategory:
    if value in REFUSAL_STOP_DETAILS_CATEGORY_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {REFUSAL_STOP_DETAILS_CATEGORY_VALUES!r}"
    )
