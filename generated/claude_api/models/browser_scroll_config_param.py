# Generated from openapi/claude-api.yaml by openapi-python-client. Do not edit by hand:
# change the spec (or openapi/generator-config.yaml) and run `nox -s generate`.
from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from claude_api.types import (
    UNSET,
    Unset,
    model_from_json,
    model_repr,
    model_to_json,
)

T = TypeVar("T", bound="BrowserScrollConfigParam")

# Attribute name -> JSON key of every field, and the set of known JSON keys.
_WIRE_NAMES: dict[str, str] = {
    "defer_loading": "defer_loading",
    "enabled": "enabled",
}
_KNOWN: frozenset[str] = frozenset(_WIRE_NAMES.values())


@_attrs_define
class BrowserScrollConfigParam:
    """Browser scroll config.

    Attributes:
        defer_loading (bool | None | Unset):
        enabled (bool | None | Unset):
    """

    defer_loading: bool | None | Unset = UNSET
    enabled: bool | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        defer_loading: bool | None | Unset
        if isinstance(self.defer_loading, Unset):
            defer_loading = UNSET
        else:
            defer_loading = self.defer_loading

        enabled: bool | None | Unset
        if isinstance(self.enabled, Unset):
            enabled = UNSET
        else:
            enabled = self.enabled

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
        defer_loading: bool | None | Unset = src_dict.get("defer_loading", UNSET)

        enabled: bool | None | Unset = src_dict.get("enabled", UNSET)

        browser_scroll_config_param = (
            cls(  # positional, in field order: measured faster than keywords
                defer_loading,
                enabled,
            )
        )
        if not _KNOWN.issuperset(src_dict):
            browser_scroll_config_param.additional_properties = _extra(src_dict)
        return browser_scroll_config_param

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
