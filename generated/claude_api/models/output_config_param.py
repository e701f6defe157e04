# Generated from openapi/claude-api.yaml by openapi-python-client. Do not edit by hand:
# change the spec (or openapi/generator-config.yaml) and run `nox -s generate`.
from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from claude_api.models.output_config_param_effort import (
    OutputConfigParamEffort,
)
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

if TYPE_CHECKING:
    from claude_api.models.json_output_format_param import JSONOutputFormatParam


T = TypeVar("T", bound="OutputConfigParam")

# Attribute name -> JSON key of every field, and the set of known JSON keys.
_WIRE_NAMES: dict[str, str] = {
    "effort": "effort",
    "format": "format",
}
_KNOWN: frozenset[str] = frozenset(_WIRE_NAMES.values())
# The fields the spec does not require: absent, they read as None (and stay out of `to_dict`).
_OPTIONAL: frozenset[str] = frozenset(
    {
        "effort",
        "format",
    }
)
# Those of them that may also be null, each with its bit in `_absent`, set when the field was
# left out (None alone cannot tell absent from null).
_NULLABLE: dict[str, int] = {
    "effort": 1,
    "format": 2,
}
_imported = False


def _import_models() -> None:
    """Import the models this one refers to, once, on first use (they import each other)."""
    global _imported, JSONOutputFormatParam
    from claude_api.models.json_output_format_param import JSONOutputFormatParam  # noqa: PLC0415

    _imported = True


@_attrs_define(init=False)  # the __init__ below: a field given no value reads None
class OutputConfigParam(Model):
    """Output settings: effort, and a JSON schema the response must follow.

    Attributes:
        effort (None | OutputConfigParamEffort | Unset):
        format (JSONOutputFormatParam | None | Unset):
    """

    _optional_ = _OPTIONAL
    _nullable_ = _NULLABLE

    effort: None | OutputConfigParamEffort | Unset = UNSET
    format: JSONOutputFormatParam | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __init__(
        self,
        effort: None | OutputConfigParamEffort | Unset = UNSET,
        format: JSONOutputFormatParam | None | Unset = UNSET,
    ) -> None:
        absent = 0
        if effort is UNSET:
            absent |= 1
        self.effort = NULL if effort is UNSET else effort
        if format is UNSET:
            absent |= 2
        self.format = NULL if format is UNSET else format
        self._absent = absent  # type: ignore[misc]  # a slot of types.Model (unseen by mypy's attrs plugin)

    def to_dict(self) -> dict[str, Any]:
        if not _imported:
            _import_models()
        effort_value = self.effort
        if effort_value is None and self._absent & 1:
            effort_value = UNSET
        effort: None | str | Unset
        if isinstance(effort_value, Unset):
            effort = UNSET
        elif isinstance(effort_value, str):
            effort = effort_value
        else:
            effort = effort_value

        format__value = self.format
        if format__value is None and self._absent & 2:
            format__value = UNSET
        format_: dict[str, Any] | None | Unset
        if isinstance(format__value, Unset):
            format_ = UNSET
        elif isinstance(format__value, JSONOutputFormatParam):
            format_ = format__value.to_dict()
        else:
            format_ = format__value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if effort is not UNSET:
            field_dict["effort"] = effort
        if format_ is not UNSET:
            field_dict["format"] = format_

        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:  # a field may be `type`
        if not isinstance(src_dict, dict) and not isinstance(src_dict, Mapping):
            raise TypeError(f"{cls.__name__} expects a JSON object, got {type(src_dict).__name__}")
        if not _imported:
            _import_models()
        missing = 0  # fields the data lacks: len(src_dict) + missing > fields means extra keys
        effort: None | OutputConfigParamEffort | Unset = src_dict.get("effort", UNSET)

        format_ = src_dict.get("format", UNSET)
        if format_ is not None and format_ is not UNSET:
            format_ = JSONOutputFormatParam.from_dict(format_)

        # Stores into the slots, no __init__ call (measured: the call was a third of a small
        # model's parse); a field the data lacks reads None.
        output_config_param = new_model(cls)
        absent = 0
        if effort is UNSET:
            absent |= 1
            output_config_param.effort = None
            missing += 1
        else:
            output_config_param.effort = effort
        if format_ is UNSET:
            absent |= 2
            output_config_param.format = None
            missing += 1
        else:
            output_config_param.format = format_
        output_config_param._absent = absent
        if len(src_dict) + missing > 2:  # cheaper than a set test
            output_config_param.additional_properties = _extra(src_dict)
        return output_config_param

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
