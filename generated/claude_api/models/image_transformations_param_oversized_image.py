# Generated from openapi/claude-api.yaml by openapi-python-client. Do not edit by hand:
# change the spec (or openapi/generator-config.yaml) and run `nox -s generate`.
from typing import Literal

ImageTransformationsParamOversizedImage = Literal["downsize", "error"]

IMAGE_TRANSFORMATIONS_PARAM_OVERSIZED_IMAGE_VALUES: set[ImageTransformationsParamOversizedImage] = {
    "downsize",
    "error",
}


def check_image_transformations_param_oversized_image(
    value: str,
) -> ImageTransformationsParamOversizedImage:
    if value in IMAGE_TRANSFORMATIONS_PARAM_OVERSIZED_IMAGE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {IMAGE_TRANSFORMATIONS_PARAM_OVERSIZED_IMAGE_VALUES!r}"
    )
