# Generated from openapi/claude-api.yaml by openapi-python-client. Do not edit by hand:
# change the spec (or openapi/generator-config.yaml) and run `nox -s generate`.
from typing import Literal

Base64ImageSourceParamMediaType = Literal["image/gif", "image/jpeg", "image/png", "image/webp"]

BASE_64_IMAGE_SOURCE_PARAM_MEDIA_TYPE_VALUES: set[Base64ImageSourceParamMediaType] = {
    "image/gif",
    "image/jpeg",
    "image/png",
    "image/webp",
}


def check_base_64_image_source_param_media_type(value: str) -> Base64ImageSourceParamMediaType:
    if value in BASE_64_IMAGE_SOURCE_PARAM_MEDIA_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {BASE_64_IMAGE_SOURCE_PARAM_MEDIA_TYPE_VALUES!r}"
    )
