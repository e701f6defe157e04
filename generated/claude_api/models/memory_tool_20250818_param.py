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

from claude_api.models.tool_allowed_caller import (
    ToolAllowedCaller,
    check_tool_allowed_caller,
)
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

if TYPE_CHECKING:
    from claude_api.models.cache_control_ephemeral_param import CacheControlEphemeralParam
    from claude_api.models.memory_tool_20250818_param_input_examples_item import (
        MemoryTool20250818ParamInputExamplesItem,
    )


T = TypeVar("T", bound="MemoryTool20250818Param")

# Attribute name -> JSON key of every field, and the set of known JSON keys.
_WIRE_NAMES: dict[str, str] = {
    "name": "name",
    "type": "type",
    "allowed_callers": "allowed_callers",
    "cache_control": "cache_control",
    "defer_loading": "defer_loading",
    "input_examples": "input_examples",
    "strict": "strict",
}
_KNOWN: frozenset[str] = frozenset(_WIRE_NAMES.values())
# The fields the spec does not require: absent, they read as None (and stay out of `to_dict`).
_OPTIONAL: frozenset[str] = frozenset(
    {
        "allowed_callers",
        "cache_control",
        "defer_loading",
        "input_examples",
        "strict",
    }
)
# Those of them that may also be null, each with its bit in `_absent`, set when the field was
# left out (None alone cannot tell absent from null).
_NULLABLE: dict[str, int] = {
    "cache_control": 1,
}
_imported = False


def _import_models() -> None:
    """Import the models this one refers to, once, on first use (they import each other)."""
    global _imported, CacheControlEphemeralParam, MemoryTool20250818ParamInputExamplesItem
    from claude_api.models.cache_control_ephemeral_param import (
        CacheControlEphemeralParam,  # noqa: PLC0415
    )
    from claude_api.models.memory_tool_20250818_param_input_examples_item import (
        MemoryTool20250818ParamInputExamplesItem,
    )

    _imported = True


@_attrs_define(init=False)  # the __init__ below: a field given no value reads None
class MemoryTool20250818Param(Model):
    """Server tool definition, version `memory_20250818`.

    Attributes:
        name (Literal['memory']):  Default: 'memory'.
        type (Literal['memory_20250818']):  Default: 'memory_20250818'.
        allowed_callers (list[ToolAllowedCaller] | Unset):
        cache_control (CacheControlEphemeralParam | None | Unset):
        defer_loading (bool | Unset):
        input_examples (list[MemoryTool20250818ParamInputExamplesItem] | Unset):
        strict (bool | Unset):
    """

    _optional_ = _OPTIONAL
    _nullable_ = _NULLABLE

    name: Literal["memory"] = "memory"
    type: Literal["memory_20250818"] = "memory_20250818"
    allowed_callers: list[ToolAllowedCaller] | Unset = UNSET
    cache_control: CacheControlEphemeralParam | None | Unset = UNSET
    defer_loading: bool | Unset = UNSET
    input_examples: list[MemoryTool20250818ParamInputExamplesItem] | Unset = UNSET
    strict: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __init__(
        self,
        name: Literal["memory"] = "memory",
        type: Literal["memory_20250818"] = "memory_20250818",
        allowed_callers: list[ToolAllowedCaller] | Unset = UNSET,
        cache_control: CacheControlEphemeralParam | None | Unset = UNSET,
        defer_loading: bool | Unset = UNSET,
        input_examples: list[MemoryTool20250818ParamInputExamplesItem] | Unset = UNSET,
        strict: bool | Unset = UNSET,
    ) -> None:
        absent = 0
        self.name = name
        self.type = type
        self.allowed_callers = NULL if allowed_callers is UNSET else allowed_callers
        if cache_control is UNSET:
            absent |= 1
        self.cache_control = NULL if cache_control is UNSET else cache_control
        self.defer_loading = NULL if defer_loading is UNSET else defer_loading
        self.input_examples = NULL if input_examples is UNSET else input_examples
        self.strict = NULL if strict is UNSET else strict
        self._absent = absent  # type: ignore[misc]  # a slot of types.Model (unseen by mypy's attrs plugin)

    def to_dict(self) -> dict[str, Any]:
        if not _imported:
            _import_models()
        try:
            name = self.name

            type_ = self.type

            allowed_callers_value = self.allowed_callers
            if allowed_callers_value is None:  # null is not allowed here: None means absent
                allowed_callers_value = UNSET
            allowed_callers: list[str] | Unset = UNSET
            if not isinstance(allowed_callers_value, Unset):
                allowed_callers = []
                for allowed_callers_item_data in allowed_callers_value:
                    allowed_callers_item: str = allowed_callers_item_data
                    allowed_callers.append(allowed_callers_item)

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

            defer_loading_value = self.defer_loading
            if defer_loading_value is None:  # null is not allowed here: None means absent
                defer_loading_value = UNSET
            defer_loading = defer_loading_value

            input_examples_value = self.input_examples
            if input_examples_value is None:  # null is not allowed here: None means absent
                input_examples_value = UNSET
            input_examples: list[dict[str, Any]] | Unset = UNSET
            if not isinstance(input_examples_value, Unset):
                input_examples = []
                for input_examples_item_data in input_examples_value:
                    input_examples_item = input_examples_item_data
                    input_examples.append(input_examples_item)

            strict_value = self.strict
            if strict_value is None:  # null is not allowed here: None means absent
                strict_value = UNSET
            strict = strict_value

            field_dict: dict[str, Any] = {}
            field_dict.update(self.additional_properties)
            field_dict.update(
                {
                    "name": name,
                    "type": type_,
                }
            )
            if allowed_callers is not UNSET:
                field_dict["allowed_callers"] = allowed_callers
            if cache_control is not UNSET:
                field_dict["cache_control"] = cache_control
            if defer_loading is not UNSET:
                field_dict["defer_loading"] = defer_loading
            if input_examples is not UNSET:
                field_dict["input_examples"] = input_examples
            if strict is not UNSET:
                field_dict["strict"] = strict

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
        if "name" in src_dict:
            _name = src_dict["name"]
            if _name != "memory":
                raise ValueError(f"name must match const 'memory', got '{_name}'")
            name: Literal["memory"] = "memory"

        else:
            name = "memory"
            missing += 1

        if "type" in src_dict:
            _type_ = src_dict["type"]
            if _type_ != "memory_20250818":
                raise ValueError(f"type must match const 'memory_20250818', got '{_type_}'")
            type_: Literal["memory_20250818"] = "memory_20250818"

        else:
            type_ = "memory_20250818"
            missing += 1

        _allowed_callers = src_dict.get("allowed_callers", UNSET)
        allowed_callers: list[ToolAllowedCaller] | Unset = UNSET
        if _allowed_callers is not UNSET:
            allowed_callers = [
                check_tool_allowed_caller(allowed_callers_item_data)
                for allowed_callers_item_data in _allowed_callers
            ]

        cache_control = src_dict.get("cache_control", UNSET)
        if cache_control is not None and cache_control is not UNSET:
            cache_control = CacheControlEphemeralParam.from_dict(cache_control)

        defer_loading = src_dict.get("defer_loading", UNSET)

        _input_examples = src_dict.get("input_examples", UNSET)
        input_examples: list[MemoryTool20250818ParamInputExamplesItem] | Unset = UNSET
        if _input_examples is not UNSET:
            input_examples = []
            for input_examples_item_data in _input_examples:
                input_examples_item = input_examples_item_data
                if not isinstance(input_examples_item, dict):
                    raise TypeError(
                        f"input_examples_item: expected a JSON object, got {type(input_examples_item).__name__}"
                    )

                input_examples.append(input_examples_item)

        strict = src_dict.get("strict", UNSET)

        # Stores into the slots, no __init__ call (measured: the call was a third of a small
        # model's parse); a field the data lacks reads None.
        memory_tool_20250818_param = new_model(cls)
        absent = 0
        memory_tool_20250818_param.name = name
        memory_tool_20250818_param.type = type_
        if allowed_callers is UNSET:
            memory_tool_20250818_param.allowed_callers = NULL  # None, typed for the annotation
            missing += 1
        else:
            memory_tool_20250818_param.allowed_callers = allowed_callers
        if cache_control is UNSET:
            absent |= 1
            memory_tool_20250818_param.cache_control = None
            missing += 1
        else:
            memory_tool_20250818_param.cache_control = cache_control
        if defer_loading is UNSET:
            memory_tool_20250818_param.defer_loading = NULL  # None, typed for the annotation
            missing += 1
        else:
            memory_tool_20250818_param.defer_loading = defer_loading
        if input_examples is UNSET:
            memory_tool_20250818_param.input_examples = NULL  # None, typed for the annotation
            missing += 1
        else:
            memory_tool_20250818_param.input_examples = input_examples
        if strict is UNSET:
            memory_tool_20250818_param.strict = NULL  # None, typed for the annotation
            missing += 1
        else:
            memory_tool_20250818_param.strict = strict
        memory_tool_20250818_param._absent = absent
        if len(src_dict) + missing > 7:  # cheaper than a set test
            memory_tool_20250818_param.additional_properties = _extra(src_dict)
        return memory_tool_20250818_param

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
