# Generated from openapi/claude-api.yaml by openapi-python-client. Do not edit by hand:
# change the spec (or openapi/generator-config.yaml) and run `nox -s generate`.
from __future__ import annotations

from collections.abc import Mapping
from typing import (
    TYPE_CHECKING,
    Any,
    Literal,
    TypeVar,
    cast,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from claude_api.types import UNSET, Unset

if TYPE_CHECKING:
    from claude_api.models.base_64_image_source_param import Base64ImageSourceParam
    from claude_api.models.cache_control_ephemeral_param import CacheControlEphemeralParam
    from claude_api.models.file_image_source_param import FileImageSourceParam
    from claude_api.models.image_transformations_param import ImageTransformationsParam
    from claude_api.models.url_image_source_param import URLImageSourceParam


T = TypeVar("T", bound="ImageBlockParam")


@_attrs_define
class ImageBlockParam:
    """Input content block of type `image`.

    Attributes:
        source (Base64ImageSourceParam | FileImageSourceParam | URLImageSourceParam): One of several image source forms,
            tagged by `type`.
        type_ (Literal['image']):  Default: 'image'.
        cache_control (CacheControlEphemeralParam | None | Unset):
        transformations (ImageTransformationsParam | None | Unset):
    """

    source: Base64ImageSourceParam | FileImageSourceParam | URLImageSourceParam
    type_: Literal["image"] = "image"
    cache_control: CacheControlEphemeralParam | None | Unset = UNSET
    transformations: ImageTransformationsParam | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from claude_api.models.base_64_image_source_param import Base64ImageSourceParam  # noqa: PLC0415
        from claude_api.models.cache_control_ephemeral_param import (
            CacheControlEphemeralParam,  # noqa: PLC0415
        )
        from claude_api.models.image_transformations_param import (
            ImageTransformationsParam,  # noqa: PLC0415
        )
        from claude_api.models.url_image_source_param import URLImageSourceParam  # noqa: PLC0415

        source: dict[str, Any]
        if isinstance(self.source, dict):
            source = self.source
        elif isinstance(self.source, Base64ImageSourceParam):
            source = self.source.to_dict()
        elif isinstance(self.source, URLImageSourceParam):
            source = self.source.to_dict()
        else:
            source = self.source.to_dict()

        type_ = self.type_

        cache_control: dict[str, Any] | None | Unset
        if isinstance(self.cache_control, Unset):
            cache_control = UNSET
        elif isinstance(self.cache_control, CacheControlEphemeralParam):
            cache_control = self.cache_control.to_dict()
        else:
            cache_control = self.cache_control

        transformations: dict[str, Any] | None | Unset
        if isinstance(self.transformations, Unset):
            transformations = UNSET
        elif isinstance(self.transformations, ImageTransformationsParam):
            transformations = self.transformations.to_dict()
        else:
            transformations = self.transformations

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "source": source,
                "type": type_,
            }
        )
        if cache_control is not UNSET:
            field_dict["cache_control"] = cache_control
        if transformations is not UNSET:
            field_dict["transformations"] = transformations

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from claude_api.models.base_64_image_source_param import Base64ImageSourceParam  # noqa: PLC0415
        from claude_api.models.cache_control_ephemeral_param import (
            CacheControlEphemeralParam,  # noqa: PLC0415
        )
        from claude_api.models.file_image_source_param import FileImageSourceParam  # noqa: PLC0415
        from claude_api.models.image_transformations_param import (
            ImageTransformationsParam,  # noqa: PLC0415
        )
        from claude_api.models.url_image_source_param import URLImageSourceParam  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_source(
            data: object,
        ) -> Base64ImageSourceParam | FileImageSourceParam | URLImageSourceParam:
            if not isinstance(data, dict):
                raise TypeError(f"expected a JSON object, got {type(data).__name__}")
            tag = data.get("type")
            if tag == "base64":
                return Base64ImageSourceParam.from_dict(data)
            if tag == "url":
                return URLImageSourceParam.from_dict(data)
            if tag == "file":
                return FileImageSourceParam.from_dict(data)
            # An unknown tag: keep the raw object so that newer API output still parses and round-trips.
            return cast("Base64ImageSourceParam | FileImageSourceParam | URLImageSourceParam", data)

        source = _parse_source(d.pop("source"))

        type_ = cast("Literal['image']", d.pop("type"))
        if type_ != "image":
            raise ValueError(f"type must match const 'image', got '{type_}'")

        def _parse_cache_control(data: object) -> CacheControlEphemeralParam | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not isinstance(data, dict):
                raise TypeError(f"unexpected {type(data).__name__} for cache_control")
            cache_control_type_0 = CacheControlEphemeralParam.from_dict(data)

            return cache_control_type_0

        cache_control = _parse_cache_control(d.pop("cache_control", UNSET))

        def _parse_transformations(data: object) -> ImageTransformationsParam | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not isinstance(data, dict):
                raise TypeError(f"unexpected {type(data).__name__} for transformations")
            transformations_type_0 = ImageTransformationsParam.from_dict(data)

            return transformations_type_0

        transformations = _parse_transformations(d.pop("transformations", UNSET))

        image_block_param = cls(
            source=source,
            type_=type_,
            cache_control=cache_control,
            transformations=transformations,
        )

        image_block_param.additional_properties = d
        return image_block_param

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
