# Generated from openapi/claude-api.yaml by openapi-python-client. Do not edit by hand:
# change the spec (or openapi/generator-config.yaml) and run `nox -s generate`.
from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

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
    model_eq,
    model_from_json,
    model_getstate,
    model_repr,
    model_setstate,
    model_to_json,
    new_model,
    partial_to_dict,
)

if TYPE_CHECKING:
    from claude_api.models.capability_support import CapabilitySupport


T = TypeVar("T", bound="EffortCapability")

# Attribute name -> JSON key of every field, and the set of known JSON keys.
_WIRE_NAMES: dict[str, str] = {
    "high": "high",
    "low": "low",
    "max": "max",
    "medium": "medium",
    "supported": "supported",
    "xhigh": "xhigh",
}
_KNOWN: frozenset[str] = frozenset(_WIRE_NAMES.values())
# The fields the spec does not require: absent, they read as None (and stay out of `to_dict`).
_OPTIONAL: frozenset[str] = frozenset(
    {
        "xhigh",
    }
)
# Those of them that may also be null, each with its bit in `_absent`, set when the field was
# left out (None alone cannot tell absent from null).
_NULLABLE: dict[str, int] = {
    "xhigh": 1,
}
_imported = False


def _import_models() -> None:
    """Import the models this one refers to, once, on first use (they import each other)."""
    global _imported, CapabilitySupport
    from claude_api.models.capability_support import CapabilitySupport  # noqa: PLC0415

    _imported = True


@_attrs_define(init=False)  # the __init__ below: a field given no value reads None
class EffortCapability(Model):
    """Effort capability.

    Attributes:
        high (CapabilitySupport): Whether one capability is supported.
        low (CapabilitySupport): Whether one capability is supported.
        max (CapabilitySupport): Whether one capability is supported.
        medium (CapabilitySupport): Whether one capability is supported.
        supported (bool):
        xhigh (CapabilitySupport | None | Unset):
    """

    _optional_ = _OPTIONAL
    _nullable_ = _NULLABLE

    high: CapabilitySupport
    low: CapabilitySupport
    max: CapabilitySupport
    medium: CapabilitySupport
    supported: bool
    xhigh: CapabilitySupport | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __init__(
        self,
        high: CapabilitySupport,
        low: CapabilitySupport,
        max: CapabilitySupport,
        medium: CapabilitySupport,
        supported: bool,
        xhigh: CapabilitySupport | None | Unset = UNSET,
    ) -> None:
        absent = 0
        self.high = high
        self.low = low
        self.max = max
        self.medium = medium
        self.supported = supported
        if xhigh is UNSET:
            absent |= 1
        self.xhigh = NULL if xhigh is UNSET else xhigh
        self._absent = absent  # type: ignore[misc]  # a slot of types.Model (unseen by mypy's attrs plugin)

    def to_dict(self) -> dict[str, Any]:
        if not _imported:
            _import_models()
        try:
            high = self.high.to_dict()

            low = self.low.to_dict()

            max_ = self.max.to_dict()

            medium = self.medium.to_dict()

            supported = self.supported

            xhigh_value = self.xhigh
            if xhigh_value is None and self._absent & 1:
                xhigh_value = UNSET
            xhigh: dict[str, Any] | None | Unset
            if isinstance(xhigh_value, Unset):
                xhigh = UNSET
            elif isinstance(xhigh_value, CapabilitySupport):
                xhigh = xhigh_value.to_dict()
            else:
                xhigh = xhigh_value

            field_dict: dict[str, Any] = {}
            field_dict.update(self.additional_properties)
            field_dict.update(
                {
                    "high": high,
                    "low": low,
                    "max": max_,
                    "medium": medium,
                    "supported": supported,
                }
            )
            if xhigh is not UNSET:
                field_dict["xhigh"] = xhigh

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
        if "high" in src_dict:
            high = CapabilitySupport.from_dict(src_dict["high"])

        else:
            high = MISSING
            missing += 1

        if "low" in src_dict:
            low = CapabilitySupport.from_dict(src_dict["low"])

        else:
            low = MISSING
            missing += 1

        if "max" in src_dict:
            max_ = CapabilitySupport.from_dict(src_dict["max"])

        else:
            max_ = MISSING
            missing += 1

        if "medium" in src_dict:
            medium = CapabilitySupport.from_dict(src_dict["medium"])

        else:
            medium = MISSING
            missing += 1

        supported = src_dict["supported"] if "supported" in src_dict else MISSING

        xhigh = src_dict.get("xhigh", UNSET)
        if xhigh is not None and xhigh is not UNSET:
            xhigh = CapabilitySupport.from_dict(xhigh)

        if (
            high is MISSING
            or low is MISSING
            or max_ is MISSING
            or medium is MISSING
            or supported is MISSING
        ):
            # Liberal reading: the instance is built without the attributes the data lacks.
            return build_partial(
                cls,
                {
                    "high": high,
                    "low": low,
                    "max": max_,
                    "medium": medium,
                    "supported": supported,
                    "xhigh": xhigh,
                },
                _extra(src_dict),
            )
        # Stores into the slots, no __init__ call (measured: the call was a third of a small
        # model's parse); a field the data lacks reads None.
        effort_capability = new_model(cls)
        absent = 0
        effort_capability.high = high
        effort_capability.low = low
        effort_capability.max = max_
        effort_capability.medium = medium
        effort_capability.supported = supported
        if xhigh is UNSET:
            absent |= 1
            effort_capability.xhigh = None
            missing += 1
        else:
            effort_capability.xhigh = xhigh
        effort_capability._absent = absent
        if len(src_dict) + missing > 6:  # cheaper than a set test
            effort_capability.additional_properties = _extra(src_dict)
        return effort_capability

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
