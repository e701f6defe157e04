# Generated from openapi/claude-api.yaml by openapi-python-client. Do not edit by hand:
# change the spec (or openapi/generator-config.yaml) and run `nox -s generate`.
from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from claude_api.types import (
    NULL,
    UNSET,
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
)

T = TypeVar("T", bound="BrowserScrollConfigParam")

# Attribute name -> JSON key of every field, and the set of known JSON keys.
_WIRE_NAMES: dict[str, str] = {
    "defer_loading": "defer_loading",
    "enabled": "enabled",
}
_KNOWN: frozenset[str] = frozenset(_WIRE_NAMES.values())
# The fields the spec does not require: absent, they read as None (and stay out of `to_dict`).
_OPTIONAL: frozenset[str] = frozenset(
    {
        "defer_loading",
        "enabled",
    }
)
# Those of them that may also be null, each with its bit in `_absent`, set when the field was
# left out (None alone cannot tell absent from null).
_NULLABLE: dict[str, int] = {
    "defer_loading": 1,
    "enabled": 2,
}


@_attrs_define(init=False)  # the __init__ below: a field given no value reads None
class BrowserScrollConfigParam(Model):
    """Browser scroll config.

    Attributes:
        defer_loading (bool | None | Unset):
        enabled (bool | None | Unset):
    """

    _optional_ = _OPTIONAL
    _nullable_ = _NULLABLE

    defer_loading: bool | None | Unset = UNSET
    enabled: bool | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __init__(
        self,
        defer_loading: bool | None | Unset = UNSET,
        enabled: bool | None | Unset = UNSET,
    ) -> None:
        absent = 0
        if defer_loading is UNSET:
            absent |= 1
        self.defer_loading = NULL if defer_loading is UNSET else defer_loading
        if enabled is UNSET:
            absent |= 2
        self.enabled = NULL if enabled is UNSET else enabled
        self._absent = absent  # type: ignore[misc]  # a slot of types.Model (unseen by mypy's attrs plugin)

    def to_dict(self) -> dict[str, Any]:
        defer_loading_value = self.defer_loading
        if defer_loading_value is None and self._absent & 1:
            defer_loading_value = UNSET
        defer_loading: bool | None | Unset
        if isinstance(defer_loading_value, Unset):
            defer_loading = UNSET
        else:
            defer_loading = defer_loading_value

        enabled_value = self.enabled
        if enabled_value is None and self._absent & 2:
            enabled_value = UNSET
        enabled: bool | None | Unset
        if isinstance(enabled_value, Unset):
            enabled = UNSET
        else:
            enabled = enabled_value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if defer_loading is not UNSET:
            field_dict["defer_loading"] = defer_loading
        if enabled is not UNSET:
            field_dict["enabled"] = enabled

        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:  # a field may be `type`
        if not isinstance(src_dict, dict) and not isinstance(src_dict, Mapping):
            raise TypeError(f"{cls.__name__} expects a JSON object, got {type(src_dict).__name__}")
        missing = 0  # fields the data lacks: len(src_dict) + missing > fields means extra keys
        defer_loading: bool | None | Unset = src_dict.get("defer_loading", UNSET)

        enabled: bool | None | Unset = src_dict.get("enabled", UNSET)

        # Stores into the slots, no __init__ call (measured: the call was a third of a small
        # model's parse); a field the data lacks reads None.
        browser_scroll_config_param = new_model(cls)
        absent = 0
        if defer_loading is UNSET:
            absent |= 1
            browser_scroll_config_param.defer_loading = None
            missing += 1
        else:
            browser_scroll_config_param.defer_loading = defer_loading
        if enabled is UNSET:
            absent |= 2
            browser_scroll_config_param.enabled = None
            missing += 1
        else:
            browser_scroll_config_param.enabled = enabled
        browser_scroll_config_param._absent = absent
        if len(src_dict) + missing > 2:  # cheaper than a set test
            browser_scroll_config_param.additional_properties = _extra(src_dict)
        return browser_scroll_config_param

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
