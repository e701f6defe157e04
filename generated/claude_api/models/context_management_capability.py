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


T = TypeVar("T", bound="ContextManagementCapability")

# Attribute name -> JSON key of every field, and the set of known JSON keys.
_WIRE_NAMES: dict[str, str] = {
    "supported": "supported",
    "clear_thinking_20251015": "clear_thinking_20251015",
    "clear_tool_uses_20250919": "clear_tool_uses_20250919",
    "compact_20260112": "compact_20260112",
}
_KNOWN: frozenset[str] = frozenset(_WIRE_NAMES.values())
# The fields the spec does not require: absent, they read as None (and stay out of `to_dict`).
_OPTIONAL: frozenset[str] = frozenset(
    {
        "clear_thinking_20251015",
        "clear_tool_uses_20250919",
        "compact_20260112",
    }
)
# Those of them that may also be null, each with its bit in `_absent`, set when the field was
# left out (None alone cannot tell absent from null).
_NULLABLE: dict[str, int] = {
    "clear_thinking_20251015": 1,
    "clear_tool_uses_20250919": 2,
    "compact_20260112": 4,
}
_imported = False


def _import_models() -> None:
    """Import the models this one refers to, once, on first use (they import each other)."""
    global _imported, CapabilitySupport
    from claude_api.models.capability_support import CapabilitySupport  # noqa: PLC0415

    _imported = True


@_attrs_define(init=False)  # the __init__ below: a field given no value reads None
class ContextManagementCapability(Model):
    """Context management capability.

    Attributes:
        supported (bool):
        clear_thinking_20251015 (CapabilitySupport | None | Unset):
        clear_tool_uses_20250919 (CapabilitySupport | None | Unset):
        compact_20260112 (CapabilitySupport | None | Unset):
    """

    _optional_ = _OPTIONAL
    _nullable_ = _NULLABLE

    supported: bool
    clear_thinking_20251015: CapabilitySupport | None | Unset = UNSET
    clear_tool_uses_20250919: CapabilitySupport | None | Unset = UNSET
    compact_20260112: CapabilitySupport | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __init__(
        self,
        supported: bool,
        clear_thinking_20251015: CapabilitySupport | None | Unset = UNSET,
        clear_tool_uses_20250919: CapabilitySupport | None | Unset = UNSET,
        compact_20260112: CapabilitySupport | None | Unset = UNSET,
    ) -> None:
        absent = 0
        self.supported = supported
        if clear_thinking_20251015 is UNSET:
            absent |= 1
        self.clear_thinking_20251015 = (
            NULL if clear_thinking_20251015 is UNSET else clear_thinking_20251015
        )
        if clear_tool_uses_20250919 is UNSET:
            absent |= 2
        self.clear_tool_uses_20250919 = (
            NULL if clear_tool_uses_20250919 is UNSET else clear_tool_uses_20250919
        )
        if compact_20260112 is UNSET:
            absent |= 4
        self.compact_20260112 = NULL if compact_20260112 is UNSET else compact_20260112
        self._absent = absent  # type: ignore[misc]  # a slot of types.Model (unseen by mypy's attrs plugin)

    def to_dict(self) -> dict[str, Any]:
        if not _imported:
            _import_models()
        try:
            supported = self.supported

            clear_thinking_20251015_value = self.clear_thinking_20251015
            if clear_thinking_20251015_value is None and self._absent & 1:
                clear_thinking_20251015_value = UNSET
            clear_thinking_20251015: dict[str, Any] | None | Unset
            if isinstance(clear_thinking_20251015_value, Unset):
                clear_thinking_20251015 = UNSET
            elif isinstance(clear_thinking_20251015_value, CapabilitySupport):
                clear_thinking_20251015 = clear_thinking_20251015_value.to_dict()
            else:
                clear_thinking_20251015 = clear_thinking_20251015_value

            clear_tool_uses_20250919_value = self.clear_tool_uses_20250919
            if clear_tool_uses_20250919_value is None and self._absent & 2:
                clear_tool_uses_20250919_value = UNSET
            clear_tool_uses_20250919: dict[str, Any] | None | Unset
            if isinstance(clear_tool_uses_20250919_value, Unset):
                clear_tool_uses_20250919 = UNSET
            elif isinstance(clear_tool_uses_20250919_value, CapabilitySupport):
                clear_tool_uses_20250919 = clear_tool_uses_20250919_value.to_dict()
            else:
                clear_tool_uses_20250919 = clear_tool_uses_20250919_value

            compact_20260112_value = self.compact_20260112
            if compact_20260112_value is None and self._absent & 4:
                compact_20260112_value = UNSET
            compact_20260112: dict[str, Any] | None | Unset
            if isinstance(compact_20260112_value, Unset):
                compact_20260112 = UNSET
            elif isinstance(compact_20260112_value, CapabilitySupport):
                compact_20260112 = compact_20260112_value.to_dict()
            else:
                compact_20260112 = compact_20260112_value

            field_dict: dict[str, Any] = {}
            field_dict.update(self.additional_properties)
            field_dict.update(
                {
                    "supported": supported,
                }
            )
            if clear_thinking_20251015 is not UNSET:
                field_dict["clear_thinking_20251015"] = clear_thinking_20251015
            if clear_tool_uses_20250919 is not UNSET:
                field_dict["clear_tool_uses_20250919"] = clear_tool_uses_20250919
            if compact_20260112 is not UNSET:
                field_dict["compact_20260112"] = compact_20260112

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
        supported = src_dict["supported"] if "supported" in src_dict else MISSING

        clear_thinking_20251015 = src_dict.get("clear_thinking_20251015", UNSET)
        if clear_thinking_20251015 is not None and clear_thinking_20251015 is not UNSET:
            clear_thinking_20251015 = CapabilitySupport.from_dict(clear_thinking_20251015)

        clear_tool_uses_20250919 = src_dict.get("clear_tool_uses_20250919", UNSET)
        if clear_tool_uses_20250919 is not None and clear_tool_uses_20250919 is not UNSET:
            clear_tool_uses_20250919 = CapabilitySupport.from_dict(clear_tool_uses_20250919)

        compact_20260112 = src_dict.get("compact_20260112", UNSET)
        if compact_20260112 is not None and compact_20260112 is not UNSET:
            compact_20260112 = CapabilitySupport.from_dict(compact_20260112)

        if supported is MISSING:
            # Liberal reading: the instance is built without the attributes the data lacks.
            return build_partial(
                cls,
                {
                    "supported": supported,
                    "clear_thinking_20251015": clear_thinking_20251015,
                    "clear_tool_uses_20250919": clear_tool_uses_20250919,
                    "compact_20260112": compact_20260112,
                },
                _extra(src_dict),
            )
        # Stores into the slots, no __init__ call (measured: the call was a third of a small
        # model's parse); a field the data lacks reads None.
        context_management_capability = new_model(cls)
        absent = 0
        context_management_capability.supported = supported
        if clear_thinking_20251015 is UNSET:
            absent |= 1
            context_management_capability.clear_thinking_20251015 = None
            missing += 1
        else:
            context_management_capability.clear_thinking_20251015 = clear_thinking_20251015
        if clear_tool_uses_20250919 is UNSET:
            absent |= 2
            context_management_capability.clear_tool_uses_20250919 = None
            missing += 1
        else:
            context_management_capability.clear_tool_uses_20250919 = clear_tool_uses_20250919
        if compact_20260112 is UNSET:
            absent |= 4
            context_management_capability.compact_20260112 = None
            missing += 1
        else:
            context_management_capability.compact_20260112 = compact_20260112
        context_management_capability._absent = absent
        if len(src_dict) + missing > 4:  # cheaper than a set test
            context_management_capability.additional_properties = _extra(src_dict)
        return context_management_capability

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
