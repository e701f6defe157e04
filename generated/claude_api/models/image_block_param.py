# Generated from openapi/claude-api.yaml by openapi-python-client. Do not edit by hand:
# change the spec (or openapi/generator-config.yaml) and run `nox -s generate`.
from __future__ import annotations

import builtins
from collections.abc import Callable, Mapping
from typing import (
    TYPE_CHECKING,
    Any,
    Literal,
    TypeVar,
    cast,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from claude_api.types import (
    MISSING,
    NULL,
    UNSET,
    MissingFieldError,
    Model,
    Unset,
    attribute_error,
    build_partial,
    keep_unknown,
    model_eq,
    model_from_json,
    model_getstate,
    model_repr,
    model_setstate,
    model_to_json,
    new_model,
    not_an_object,
    partial_to_dict,
)

if TYPE_CHECKING:
    from claude_api.models.base_64_image_source_param import Base64ImageSourceParam
    from claude_api.models.cache_control_ephemeral_param import CacheControlEphemeralParam
    from claude_api.models.file_image_source_param import FileImageSourceParam
    from claude_api.models.image_transformations_param import ImageTransformationsParam
    from claude_api.models.url_image_source_param import URLImageSourceParam


T = TypeVar("T", bound="ImageBlockParam")

# Attribute name -> JSON key of every field, and the set of known JSON keys.
_WIRE_NAMES: dict[str, str] = {
    "source": "source",
    "type": "type",
    "cache_control": "cache_control",
    "transformations": "transformations",
}
_KNOWN: frozenset[str] = frozenset(_WIRE_NAMES.values())
# The fields the spec does not require: absent, they read as None (and stay out of `to_dict`).
_OPTIONAL: frozenset[str] = frozenset(
    {
        "cache_control",
        "transformations",
    }
)
# Those of them that may also be null, each with its bit in `_absent`, set when the field was
# left out (None alone cannot tell absent from null).
_NULLABLE: dict[str, int] = {
    "cache_control": 1,
    "transformations": 2,
}
_imported = False


def _import_models() -> None:
    """Import the models this one refers to, once, on first use (they import each other)."""
    global \
        _imported, \
        Base64ImageSourceParam, \
        CacheControlEphemeralParam, \
        FileImageSourceParam, \
        ImageTransformationsParam, \
        URLImageSourceParam
    from claude_api.models.base_64_image_source_param import Base64ImageSourceParam  # noqa: PLC0415
    from claude_api.models.cache_control_ephemeral_param import (
        CacheControlEphemeralParam,  # noqa: PLC0415
    )
    from claude_api.models.file_image_source_param import FileImageSourceParam  # noqa: PLC0415
    from claude_api.models.image_transformations_param import ImageTransformationsParam  # noqa: PLC0415
    from claude_api.models.url_image_source_param import URLImageSourceParam  # noqa: PLC0415

    _source_parsers.update(
        {
            "base64": Base64ImageSourceParam.from_dict,
            "url": URLImageSourceParam.from_dict,
            "file": FileImageSourceParam.from_dict,
        }
    )

    _imported = True


_source_parsers: dict[
    object,
    Callable[
        [Mapping[str, Any]], Base64ImageSourceParam | FileImageSourceParam | URLImageSourceParam
    ],
] = {}


def _parse_source(
    data: object,
) -> Base64ImageSourceParam | FileImageSourceParam | URLImageSourceParam:
    if not isinstance(data, dict):
        raise TypeError(f"expected a JSON object, got {type(data).__name__}")
    tag = data.get("type")
    parse = _source_parsers.get(tag)  # an absent tag: the member it may be
    if parse is not None:
        return parse(data)
    # An unknown tag: keep the raw object so that newer API output still parses and round-trips.
    return cast("Base64ImageSourceParam | FileImageSourceParam | URLImageSourceParam", data)


@_attrs_define(init=False)  # the __init__ below: a field given no value reads None
class ImageBlockParam(Model):
    """Input content block of type `image`.

    Attributes:
        source (Base64ImageSourceParam | FileImageSourceParam | URLImageSourceParam): One of several image source forms,
            tagged by `type`.
        type (Literal['image']):  Default: 'image'.
        cache_control (CacheControlEphemeralParam | None | Unset):
        transformations (ImageTransformationsParam | None | Unset):
    """

    _optional_ = _OPTIONAL
    _nullable_ = _NULLABLE

    source: Base64ImageSourceParam | FileImageSourceParam | URLImageSourceParam
    type: Literal["image"] = "image"
    cache_control: CacheControlEphemeralParam | None | Unset = UNSET
    transformations: ImageTransformationsParam | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __init__(
        self,
        source: Base64ImageSourceParam | FileImageSourceParam | URLImageSourceParam,
        type: Literal["image"] = "image",
        cache_control: CacheControlEphemeralParam | None | Unset = UNSET,
        transformations: ImageTransformationsParam | None | Unset = UNSET,
    ) -> None:
        absent = 0
        self.source = source
        self.type = type
        if cache_control is UNSET:
            absent |= 1
        self.cache_control = NULL if cache_control is UNSET else cache_control
        if transformations is UNSET:
            absent |= 2
        self.transformations = NULL if transformations is UNSET else transformations
        self._absent = absent  # type: ignore[misc]  # a slot of types.Model (unseen by mypy's attrs plugin)

    def to_dict(self) -> dict[str, Any]:
        if not _imported:
            _import_models()
        try:
            source: dict[str, Any]
            if isinstance(self.source, dict):
                source = self.source
            elif isinstance(self.source, Base64ImageSourceParam):
                source = self.source.to_dict()
            elif isinstance(self.source, URLImageSourceParam):
                source = self.source.to_dict()
            else:
                source = self.source.to_dict()

            type_ = self.type

            cache_control_value = self.cache_control
            if cache_control_value is None and self._absent & 1:
                cache_control_value = UNSET
            cache_control: dict[str, Any] | None | Unset
            if isinstance(cache_control_value, Unset):
                cache_control = UNSET
            elif isinstance(cache_control_value, CacheControlEphemeralParam):
                cache_control = cache_control_value.to_dict()
            else:
                cache_control = cache_control_value

            transformations_value = self.transformations
            if transformations_value is None and self._absent & 2:
                transformations_value = UNSET
            transformations: dict[str, Any] | None | Unset
            if isinstance(transformations_value, Unset):
                transformations = UNSET
            elif isinstance(transformations_value, ImageTransformationsParam):
                transformations = transformations_value.to_dict()
            else:
                transformations = transformations_value

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

        except MissingFieldError:  # built from data that lacked a required field
            return partial_to_dict(self, _WIRE_NAMES)

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:  # a field may be `type`
        if not isinstance(src_dict, dict) and not isinstance(src_dict, Mapping):
            raise TypeError(f"{cls.__name__} expects a JSON object, got {type(src_dict).__name__}")
        if not _imported:
            _import_models()
        missing = 0  # fields the data lacks: len(src_dict) + missing > fields means extra keys
        if "source" in src_dict:
            source = src_dict["source"]
            source = (
                _source_parsers.get(source.get("type"), keep_unknown)
                if isinstance(source, dict)
                else not_an_object
            )(source)

        else:
            source = MISSING
            missing += 1

        if "type" in src_dict:
            _type_ = src_dict["type"]
            if _type_ != "image":
                raise ValueError(f"type must match const 'image', got '{_type_}'")
            type_: Literal["image"] = "image"

        else:
            type_ = "image"
            missing += 1

        cache_control = src_dict.get("cache_control", UNSET)
        if cache_control is not None and cache_control is not UNSET:
            cache_control = CacheControlEphemeralParam.from_dict(cache_control)

        transformations = src_dict.get("transformations", UNSET)
        if transformations is not None and transformations is not UNSET:
            transformations = ImageTransformationsParam.from_dict(transformations)

        if source is MISSING:
            # Liberal reading: the instance is built without the attributes the data lacks.
            return build_partial(
                cls,
                {
                    "source": source,
                    "type": type_,
                    "cache_control": cache_control,
                    "transformations": transformations,
                },
                _extra(src_dict),
            )
        # Stores into the slots, no __init__ call (measured: the call was a third of a small
        # model's parse); a field the data lacks reads None.
        image_block_param = new_model(cls)
        absent = 0
        image_block_param.source = source
        image_block_param.type = type_
        if cache_control is UNSET:
            absent |= 1
            image_block_param.cache_control = None
            missing += 1
        else:
            image_block_param.cache_control = cache_control
        if transformations is UNSET:
            absent |= 2
            image_block_param.transformations = None
            missing += 1
        else:
            image_block_param.transformations = transformations
        image_block_param._absent = absent
        if len(src_dict) + missing > 4:  # cheaper than a set test
            image_block_param.additional_properties = _extra(src_dict)
        return image_block_param

    if not TYPE_CHECKING:  # hidden from type checkers, which would accept any attribute name

        def __getattr__(self, name: str) -> Any:
            """Only reached for an unassigned field (`del`, or a required one the data lacked)."""
            if name in _OPTIONAL:
                return None
            if name == "additional_properties":  # made on first use
                extra: dict[str, Any] = {}
                object.__setattr__(self, name, extra)
                return extra
            raise attribute_error(self, name, _WIRE_NAMES)

        # attrs' own versions read every field, so they would raise on an instance lacking a
        # required one, and could not tell an absent field (None) from a null one
        __eq__ = model_eq
        __getstate__ = model_getstate
        __setstate__ = model_setstate

    # The fields that have a value: no `Unset`, no empty `additional_properties` (issue 16).
    __repr__ = model_repr

    def to_json(self) -> bytes:
        """`to_dict()` as compact UTF-8 JSON bytes (orjson), ready to send or store."""
        return model_to_json(self.to_dict())

    @classmethod
    def from_json(cls: builtins.type[T], data: bytes | bytearray | memoryview | str) -> T:
        """`from_dict` of a JSON document (orjson)."""
        return cls.from_dict(model_from_json(data))

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


def _extra(src_dict: Mapping[str, Any]) -> dict[str, Any]:
    """The keys of *src_dict* that are not fields, kept for forward compatibility."""
    return {k: v for k, v in src_dict.items() if k not in _KNOWN}
