# Generated from openapi/claude-api.yaml by openapi-python-client. Do not edit by hand:
# change the spec (or openapi/generator-config.yaml) and run `nox -s generate`.
from typing import Literal

MessageBatchProcessingStatus = Literal["canceling", "ended", "in_progress"]

MESSAGE_BATCH_PROCESSING_STATUS_VALUES: set[MessageBatchProcessingStatus] = {
    "canceling",
    "ended",
    "in_progress",
}


def check_message_batch_processing_status(value: str) -> MessageBatchProcessingStatus:
    if value in MESSAGE_BATCH_PROCESSING_STATUS_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {MESSAGE_BATCH_PROCESSING_STATUS_VALUES!r}"
    )
