# Generated from openapi/claude-api.yaml by openapi-python-client. Do not edit by hand:
# change the spec (or openapi/generator-config.yaml) and run `nox -s generate`.
from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import (
    TYPE_CHECKING,
    Any,
    Literal,
    TypeVar,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from claude_api.types import (
    NULL,
    UNSET,
    MissingFieldError,
    Model,
    Unset,
    attribute_error,
    model_eq,
    model_from_json,
    model_getstate,
    model_repr,
    model_setstate,
    model_to_json,
    new_model,
    partial_to_dict,
)

T = TypeVar("T", bound="UserLocationParam")

# Attribute name -> JSON key of every field, and the set of known JSON keys.
_WIRE_NAMES: dict[str, str] = {
    "type": "type",
    "city": "city",
    "country": "country",
    "region": "region",
    "timezone": "timezone",
}
_KNOWN: frozenset[str] = frozenset(_WIRE_NAMES.values())
# The fields the spec does not require: absent, they read as None (and stay out of `to_dict`).
_OPTIONAL: frozenset[str] = frozenset(
    {
        "city",
        "country",
        "region",
        "timezone",
    }
)
# Those of them that may also be null, each with its bit in `_absent`, set when the field was
# left out (None alone cannot tell absent from null).
_NULLABLE: dict[str, int] = {
    "city": 1,
    "country": 2,
    "region": 4,
    "timezone": 8,
}


@_attrs_define(init=False)  # the __init__ below: a field given no value reads None
class UserLocationParam(Model):
    """Citation location of type `approximate` (request side).

    Attributes:
        type (Literal['approximate']):  Default: 'approximate'.
        city (None | str | Unset):
        country (None | str | Unset):
        region (None | str | Unset):
        timezone (None | str | Unset):
    """

    _optional_ = _OPTIONAL
    _nullable_ = _NULLABLE

    type: Literal["approximate"] = "approximate"
    city: None | str | Unset = UNSET
    country: None | str | Unset = UNSET
    region: None | str | Unset = UNSET
    timezone: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __init__(
        self,
        type: Literal["approximate"] = "approximate",
        city: None | str | Unset = UNSET,
        country: None | str | Unset = UNSET,
        region: None | str | Unset = UNSET,
        timezone: None | str | Unset = UNSET,
    ) -> None:
        absent = 0
        self.type = type
        if city is UNSET:
            absent |= 1
        self.city = NULL if city is UNSET else city
        if country is UNSET:
            absent |= 2
        self.country = NULL if country is UNSET else country
        if region is UNSET:
            absent |= 4
        self.region = NULL if region is UNSET else region
        if timezone is UNSET:
            absent |= 8
        self.timezone = NULL if timezone is UNSET else timezone
        self._absent = absent  # type: ignore[misc]  # a slot of types.Model (unseen by mypy's attrs plugin)

    def to_dict(self) -> dict[str, Any]:
        try:
            type_ = self.type

            city_value = self.city
            if city_value is None and self._absent & 1:
                city_value = UNSET
            city: None | str | Unset
            if isinstance(city_value, Unset):
                city = UNSET
            else:
                city = city_value

            country_value = self.country
            if country_value is None and self._absent & 2:
                country_value = UNSET
            country: None | str | Unset
            if isinstance(country_value, Unset):
                country = UNSET
            else:
                country = country_value

            region_value = self.region
            if region_value is None and self._absent & 4:
                region_value = UNSET
            region: None | str | Unset
            if isinstance(region_value, Unset):
                region = UNSET
            else:
                region = region_value

            timezone_value = self.timezone
            if timezone_value is None and self._absent & 8:
                timezone_value = UNSET
            timezone: None | str | Unset
            if isinstance(timezone_value, Unset):
                timezone = UNSET
            else:
                timezone = timezone_value

            field_dict: dict[str, Any] = {}
            field_dict.update(self.additional_properties)
            field_dict.update(
                {
                    "type": type_,
                }
            )
            if city is not UNSET:
                field_dict["city"] = city
            if country is not UNSET:
                field_dict["country"] = country
            if region is not UNSET:
                field_dict["region"] = region
            if timezone is not UNSET:
                field_dict["timezone"] = timezone

            return field_dict

        except MissingFieldError:  # built from data that lacked a required field
            return partial_to_dict(self, _WIRE_NAMES)

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:  # a field may be `type`
        if not isinstance(src_dict, dict) and not isinstance(src_dict, Mapping):
            raise TypeError(f"{cls.__name__} expects a JSON object, got {type(src_dict).__name__}")
        missing = 0  # fields the data lacks: len(src_dict) + missing > fields means extra keys
        if "type" in src_dict:
            _type_ = src_dict["type"]
            if _type_ != "approximate":
                raise ValueError(f"type must match const 'approximate', got '{_type_}'")
            type_: Literal["approximate"] = "approximate"

        else:
            type_ = "approximate"
            missing += 1

        city: None | str | Unset = src_dict.get("city", UNSET)

        country: None | str | Unset = src_dict.get("country", UNSET)

        region: None | str | Unset = src_dict.get("region", UNSET)

        timezone: None | str | Unset = src_dict.get("timezone", UNSET)

        # Stores into the slots, no __init__ call (measured: the call was a third of a small
        # model's parse); a field the data lacks reads None.
        user_location_param = new_model(cls)
        absent = 0
        user_location_param.type = type_
        if city is UNSET:
            absent |= 1
            user_location_param.city = None
            missing += 1
        else:
            user_location_param.city = city
        if country is UNSET:
            absent |= 2
            user_location_param.country = None
            missing += 1
        else:
            user_location_param.country = country
        if region is UNSET:
            absent |= 4
            user_location_param.region = None
            missing += 1
        else:
            user_location_param.region = region
        if timezone is UNSET:
            absent |= 8
            user_location_param.timezone = None
            missing += 1
        else:
            user_location_param.timezone = timezone
        user_location_param._absent = absent
        if len(src_dict) + missing > 5:  # cheaper than a set test
            user_location_param.additional_properties = _extra(src_dict)
        return user_location_param

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
