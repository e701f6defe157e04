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
    cast,
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

if TYPE_CHECKING:
    from claude_api.models.input_schema_properties_type_0 import (
        InputSchemaPropertiesType0,
    )


T = TypeVar("T", bound="InputSchema")

# Attribute name -> JSON key of every field, and the set of known JSON keys.
_WIRE_NAMES: dict[str, str] = {
    "type": "type",
    "properties": "properties",
    "required": "required",
}
_KNOWN: frozenset[str] = frozenset(_WIRE_NAMES.values())
# The fields the spec does not require: absent, they read as None (and stay out of `to_dict`).
_OPTIONAL: frozenset[str] = frozenset(
    {
        "properties",
        "required",
    }
)
# Those of them that may also be null, each with its bit in `_absent`, set when the field was
# left out (None alone cannot tell absent from null).
_NULLABLE: dict[str, int] = {
    "properties": 1,
    "required": 2,
}
_imported = False


def _import_models() -> None:
    """Import the models this one refers to, once, on first use (they import each other)."""
    global _imported, InputSchemaPropertiesType0
    from claude_api.models.input_schema_properties_type_0 import (
        InputSchemaPropertiesType0,  # noqa: PLC0415
    )

    _imported = True


def _parse_required(data: object) -> list[str] | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    if not isinstance(data, list):
        raise TypeError(f"unexpected {type(data).__name__} for required")
    required_type_0 = cast("list[str]", data)

    return required_type_0


@_attrs_define(init=False)  # the __init__ below: a field given no value reads None
class InputSchema(Model):
    """A JSON Schema (draft 2020-12) for a tool's input object.

    Attributes:
        type (Literal['object']):  Default: 'object'.
        properties (InputSchemaPropertiesType0 | None | Unset):
        required (list[str] | None | Unset):
    """

    _optional_ = _OPTIONAL
    _nullable_ = _NULLABLE

    type: Literal["object"] = "object"
    properties: InputSchemaPropertiesType0 | None | Unset = UNSET
    required: list[str] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __init__(
        self,
        type: Literal["object"] = "object",
        properties: InputSchemaPropertiesType0 | None | Unset = UNSET,
        required: list[str] | None | Unset = UNSET,
    ) -> None:
        absent = 0
        self.type = type
        if properties is UNSET:
            absent |= 1
        self.properties = NULL if properties is UNSET else properties
        if required is UNSET:
            absent |= 2
        self.required = NULL if required is UNSET else required
        self._absent = absent  # type: ignore[misc]  # a slot of types.Model (unseen by mypy's attrs plugin)

    def to_dict(self) -> dict[str, Any]:
        if not _imported:
            _import_models()
        try:
            type_ = self.type

            properties_value = self.properties
            if properties_value is None and self._absent & 1:
                properties_value = UNSET
            properties: dict[str, Any] | None | Unset
            if isinstance(properties_value, Unset):
                properties = UNSET
            elif isinstance(properties_value, dict):
                properties = properties_value
            else:
                properties = properties_value

            required_value = self.required
            if required_value is None and self._absent & 2:
                required_value = UNSET
            required: list[str] | None | Unset
            if isinstance(required_value, Unset):
                required = UNSET
            elif isinstance(required_value, list):
                required = required_value

            else:
                required = required_value

            field_dict: dict[str, Any] = {}
            field_dict.update(self.additional_properties)
            field_dict.update(
                {
                    "type": type_,
                }
            )
            if properties is not UNSET:
                field_dict["properties"] = properties
            if required is not UNSET:
                field_dict["required"] = required

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
        if "type" in src_dict:
            _type_ = src_dict["type"]
            if _type_ != "object":
                raise ValueError(f"type must match const 'object', got '{_type_}'")
            type_: Literal["object"] = "object"

        else:
            type_ = "object"
            missing += 1

        properties: InputSchemaPropertiesType0 | None | Unset = src_dict.get("properties", UNSET)

        required = src_dict.get("required", UNSET)
        if required is not None and required is not UNSET:
            required = _parse_required(required)

        # Stores into the slots, no __init__ call (measured: the call was a third of a small
        # model's parse); a field the data lacks reads None.
        input_schema = new_model(cls)
        absent = 0
        input_schema.type = type_
        if properties is UNSET:
            absent |= 1
            input_schema.properties = None
            missing += 1
        else:
            input_schema.properties = properties
        if required is UNSET:
            absent |= 2
            input_schema.required = None
            missing += 1
        else:
            input_schema.required = required
        input_schema._absent = absent
        if len(src_dict) + missing > 3:  # cheaper than a set test
            input_schema.additional_properties = _extra(src_dict)
        return input_schema

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
