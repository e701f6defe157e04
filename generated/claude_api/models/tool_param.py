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

from claude_api.models.tool_allowed_caller import (
    ToolAllowedCaller,
    check_tool_allowed_caller,
)
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
    from claude_api.models.cache_control_ephemeral_param import CacheControlEphemeralParam
    from claude_api.models.input_schema import InputSchema
    from claude_api.models.tool_param_input_examples_item import (
        ToolParamInputExamplesItem,
    )
    from claude_api.models.tool_param_input_schema_type_1 import ToolParamInputSchemaType1


T = TypeVar("T", bound="ToolParam")

# Attribute name -> JSON key of every field, and the set of known JSON keys.
_WIRE_NAMES: dict[str, str] = {
    "input_schema": "input_schema",
    "name": "name",
    "allowed_callers": "allowed_callers",
    "cache_control": "cache_control",
    "defer_loading": "defer_loading",
    "description": "description",
    "eager_input_streaming": "eager_input_streaming",
    "input_examples": "input_examples",
    "strict": "strict",
    "type": "type",
}
_KNOWN: frozenset[str] = frozenset(_WIRE_NAMES.values())
# The fields the spec does not require: absent, they read as None (and stay out of `to_dict`).
_OPTIONAL: frozenset[str] = frozenset(
    {
        "allowed_callers",
        "cache_control",
        "defer_loading",
        "description",
        "eager_input_streaming",
        "input_examples",
        "strict",
        "type",
    }
)
# Those of them that may also be null, each with its bit in `_absent`, set when the field was
# left out (None alone cannot tell absent from null).
_NULLABLE: dict[str, int] = {
    "cache_control": 1,
    "eager_input_streaming": 2,
}
_imported = False


def _import_models() -> None:
    """Import the models this one refers to, once, on first use (they import each other)."""
    global \
        _imported, \
        CacheControlEphemeralParam, \
        InputSchema, \
        ToolParamInputExamplesItem, \
        ToolParamInputSchemaType1
    from claude_api.models.cache_control_ephemeral_param import (
        CacheControlEphemeralParam,  # noqa: PLC0415
    )
    from claude_api.models.input_schema import InputSchema  # noqa: PLC0415
    from claude_api.models.tool_param_input_examples_item import (
        ToolParamInputExamplesItem,  # noqa: PLC0415
    )
    from claude_api.models.tool_param_input_schema_type_1 import (
        ToolParamInputSchemaType1,  # noqa: PLC0415
    )

    _imported = True


def _parse_input_schema(data: object) -> InputSchema | ToolParamInputSchemaType1:
    if isinstance(data, dict) and data.keys() >= {
        "type",
    }:
        try:
            input_schema_type_0 = InputSchema.from_dict(data)

            return input_schema_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    if not isinstance(data, dict):
        raise TypeError(f"unexpected {type(data).__name__} for input_schema")
    input_schema_type_1 = data
    if not isinstance(input_schema_type_1, dict):
        raise TypeError(
            f"input_schema_type_1: expected a JSON object, got {type(input_schema_type_1).__name__}"
        )

    return input_schema_type_1


@_attrs_define(init=False)  # the __init__ below: a field given no value reads None
class ToolParam(Model):
    """A custom tool, run by the caller: a name, a description and a JSON schema for its input.

    Attributes:
        input_schema (InputSchema | ToolParamInputSchemaType1):
        name (str):
        allowed_callers (list[ToolAllowedCaller] | Unset):
        cache_control (CacheControlEphemeralParam | None | Unset):
        defer_loading (bool | Unset):
        description (str | Unset):
        eager_input_streaming (bool | None | Unset):
        input_examples (list[ToolParamInputExamplesItem] | Unset):
        strict (bool | Unset):
        type (Literal['custom'] | Unset):
    """

    _optional_ = _OPTIONAL
    _nullable_ = _NULLABLE

    input_schema: InputSchema | ToolParamInputSchemaType1
    name: str
    allowed_callers: list[ToolAllowedCaller] | Unset = UNSET
    cache_control: CacheControlEphemeralParam | None | Unset = UNSET
    defer_loading: bool | Unset = UNSET
    description: str | Unset = UNSET
    eager_input_streaming: bool | None | Unset = UNSET
    input_examples: list[ToolParamInputExamplesItem] | Unset = UNSET
    strict: bool | Unset = UNSET
    type: Literal["custom"] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __init__(
        self,
        input_schema: InputSchema | ToolParamInputSchemaType1,
        name: str,
        allowed_callers: list[ToolAllowedCaller] | Unset = UNSET,
        cache_control: CacheControlEphemeralParam | None | Unset = UNSET,
        defer_loading: bool | Unset = UNSET,
        description: str | Unset = UNSET,
        eager_input_streaming: bool | None | Unset = UNSET,
        input_examples: list[ToolParamInputExamplesItem] | Unset = UNSET,
        strict: bool | Unset = UNSET,
        type: Literal["custom"] | Unset = UNSET,
    ) -> None:
        absent = 0
        self.input_schema = input_schema
        self.name = name
        self.allowed_callers = NULL if allowed_callers is UNSET else allowed_callers
        if cache_control is UNSET:
            absent |= 1
        self.cache_control = NULL if cache_control is UNSET else cache_control
        self.defer_loading = NULL if defer_loading is UNSET else defer_loading
        self.description = NULL if description is UNSET else description
        if eager_input_streaming is UNSET:
            absent |= 2
        self.eager_input_streaming = (
            NULL if eager_input_streaming is UNSET else eager_input_streaming
        )
        self.input_examples = NULL if input_examples is UNSET else input_examples
        self.strict = NULL if strict is UNSET else strict
        self.type = NULL if type is UNSET else type
        self._absent = absent  # type: ignore[misc]  # a slot of types.Model (unseen by mypy's attrs plugin)

    def to_dict(self) -> dict[str, Any]:
        if not _imported:
            _import_models()
        try:
            input_schema: dict[str, Any]
            if isinstance(self.input_schema, dict):
                input_schema = self.input_schema
            elif isinstance(self.input_schema, InputSchema):
                input_schema = self.input_schema.to_dict()
            else:
                input_schema = self.input_schema

            name = self.name

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

            description_value = self.description
            if description_value is None:  # null is not allowed here: None means absent
                description_value = UNSET
            description = description_value

            eager_input_streaming_value = self.eager_input_streaming
            if eager_input_streaming_value is None and self._absent & 2:
                eager_input_streaming_value = UNSET
            eager_input_streaming: bool | None | Unset
            if isinstance(eager_input_streaming_value, Unset):
                eager_input_streaming = UNSET
            else:
                eager_input_streaming = eager_input_streaming_value

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

            type__value = self.type
            if type__value is None:  # null is not allowed here: None means absent
                type__value = UNSET
            type_ = type__value

            field_dict: dict[str, Any] = {}
            field_dict.update(self.additional_properties)
            field_dict.update(
                {
                    "input_schema": input_schema,
                    "name": name,
                }
            )
            if allowed_callers is not UNSET:
                field_dict["allowed_callers"] = allowed_callers
            if cache_control is not UNSET:
                field_dict["cache_control"] = cache_control
            if defer_loading is not UNSET:
                field_dict["defer_loading"] = defer_loading
            if description is not UNSET:
                field_dict["description"] = description
            if eager_input_streaming is not UNSET:
                field_dict["eager_input_streaming"] = eager_input_streaming
            if input_examples is not UNSET:
                field_dict["input_examples"] = input_examples
            if strict is not UNSET:
                field_dict["strict"] = strict
            if type_ is not UNSET:
                field_dict["type"] = type_

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
        if "input_schema" in src_dict:
            input_schema = _parse_input_schema(src_dict["input_schema"])

        else:
            input_schema = MISSING
            missing += 1

        name = src_dict["name"] if "name" in src_dict else MISSING

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

        description = src_dict.get("description", UNSET)

        eager_input_streaming: bool | None | Unset = src_dict.get("eager_input_streaming", UNSET)

        _input_examples = src_dict.get("input_examples", UNSET)
        input_examples: list[ToolParamInputExamplesItem] | Unset = UNSET
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

        type_ = cast("Literal['custom'] | Unset", src_dict.get("type", UNSET))
        if type_ != "custom" and not isinstance(type_, Unset):
            raise ValueError(f"type must match const 'custom', got '{type_}'")

        if input_schema is MISSING or name is MISSING:
            # Liberal reading: the instance is built without the attributes the data lacks.
            return build_partial(
                cls,
                {
                    "input_schema": input_schema,
                    "name": name,
                    "allowed_callers": allowed_callers,
                    "cache_control": cache_control,
                    "defer_loading": defer_loading,
                    "description": description,
                    "eager_input_streaming": eager_input_streaming,
                    "input_examples": input_examples,
                    "strict": strict,
                    "type": type_,
                },
                _extra(src_dict),
            )
        # Stores into the slots, no __init__ call (measured: the call was a third of a small
        # model's parse); a field the data lacks reads None.
        tool_param = new_model(cls)
        absent = 0
        tool_param.input_schema = input_schema
        tool_param.name = name
        if allowed_callers is UNSET:
            tool_param.allowed_callers = NULL  # None, typed for the annotation
            missing += 1
        else:
            tool_param.allowed_callers = allowed_callers
        if cache_control is UNSET:
            absent |= 1
            tool_param.cache_control = None
            missing += 1
        else:
            tool_param.cache_control = cache_control
        if defer_loading is UNSET:
            tool_param.defer_loading = NULL  # None, typed for the annotation
            missing += 1
        else:
            tool_param.defer_loading = defer_loading
        if description is UNSET:
            tool_param.description = NULL  # None, typed for the annotation
            missing += 1
        else:
            tool_param.description = description
        if eager_input_streaming is UNSET:
            absent |= 2
            tool_param.eager_input_streaming = None
            missing += 1
        else:
            tool_param.eager_input_streaming = eager_input_streaming
        if input_examples is UNSET:
            tool_param.input_examples = NULL  # None, typed for the annotation
            missing += 1
        else:
            tool_param.input_examples = input_examples
        if strict is UNSET:
            tool_param.strict = NULL  # None, typed for the annotation
            missing += 1
        else:
            tool_param.strict = strict
        if type_ is UNSET:
            tool_param.type = NULL  # None, typed for the annotation
            missing += 1
        else:
            tool_param.type = type_
        tool_param._absent = absent
        if len(src_dict) + missing > 10:  # cheaper than a set test
            tool_param.additional_properties = _extra(src_dict)
        return tool_param

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
