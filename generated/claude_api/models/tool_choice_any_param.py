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

T = TypeVar("T", bound="ToolChoiceAnyParam")

# Attribute name -> JSON key of every field, and the set of known JSON keys.
_WIRE_NAMES: dict[str, str] = {
    "type": "type",
    "disable_parallel_tool_use": "disable_parallel_tool_use",
}
_KNOWN: frozenset[str] = frozenset(_WIRE_NAMES.values())
# The fields the spec does not require: absent, they read as None (and stay out of `to_dict`).
_OPTIONAL: frozenset[str] = frozenset(
    {
        "disable_parallel_tool_use",
    }
)
# Those of them that may also be null, each with its bit in `_absent`, set when the field was
# left out (None alone cannot tell absent from null).
_NULLABLE: dict[str, int] = {}


@_attrs_define(init=False)  # the __init__ below: a field given no value reads None
class ToolChoiceAnyParam(Model):
    """Tool choice any (`type: any`).

    Attributes:
        type (Literal['any']):  Default: 'any'.
        disable_parallel_tool_use (bool | Unset):
    """

    _optional_ = _OPTIONAL
    _nullable_ = _NULLABLE

    type: Literal["any"] = "any"
    disable_parallel_tool_use: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __init__(
        self,
        type: Literal["any"] = "any",
        disable_parallel_tool_use: bool | Unset = UNSET,
    ) -> None:
        self.type = type
        self.disable_parallel_tool_use = (
            NULL if disable_parallel_tool_use is UNSET else disable_parallel_tool_use
        )

    def to_dict(self) -> dict[str, Any]:
        try:
            type_ = self.type

            disable_parallel_tool_use_value = self.disable_parallel_tool_use
            if (
                disable_parallel_tool_use_value is None
            ):  # null is not allowed here: None means absent
                disable_parallel_tool_use_value = UNSET
            disable_parallel_tool_use = disable_parallel_tool_use_value

            field_dict: dict[str, Any] = {}
            field_dict.update(self.additional_properties)
            field_dict.update(
                {
                    "type": type_,
                }
            )
            if disable_parallel_tool_use is not UNSET:
                field_dict["disable_parallel_tool_use"] = disable_parallel_tool_use

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
            if _type_ != "any":
                raise ValueError(f"type must match const 'any', got '{_type_}'")
            type_: Literal["any"] = "any"

        else:
            type_ = "any"
            missing += 1

        disable_parallel_tool_use = src_dict.get("disable_parallel_tool_use", UNSET)

        # Stores into the slots, no __init__ call (measured: the call was a third of a small
        # model's parse); a field the data lacks reads None.
        tool_choice_any_param = new_model(cls)
        tool_choice_any_param.type = type_
        if disable_parallel_tool_use is UNSET:
            tool_choice_any_param.disable_parallel_tool_use = NULL  # None, typed for the annotation
            missing += 1
        else:
            tool_choice_any_param.disable_parallel_tool_use = disable_parallel_tool_use
        if len(src_dict) + missing > 2:  # cheaper than a set test
            tool_choice_any_param.additional_properties = _extra(src_dict)
        return tool_choice_any_param

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
