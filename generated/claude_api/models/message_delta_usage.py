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
    from claude_api.models.output_tokens_details import OutputTokensDetails
    from claude_api.models.server_tool_usage import ServerToolUsage


T = TypeVar("T", bound="MessageDeltaUsage")

# Attribute name -> JSON key of every field, and the set of known JSON keys.
_WIRE_NAMES: dict[str, str] = {
    "output_tokens": "output_tokens",
    "cache_creation_input_tokens": "cache_creation_input_tokens",
    "cache_read_input_tokens": "cache_read_input_tokens",
    "input_tokens": "input_tokens",
    "output_tokens_details": "output_tokens_details",
    "server_tool_use": "server_tool_use",
}
_KNOWN: frozenset[str] = frozenset(_WIRE_NAMES.values())
# The fields the spec does not require: absent, they read as None (and stay out of `to_dict`).
_OPTIONAL: frozenset[str] = frozenset(
    {
        "cache_creation_input_tokens",
        "cache_read_input_tokens",
        "input_tokens",
        "output_tokens_details",
        "server_tool_use",
    }
)
# Those of them that may also be null, each with its bit in `_absent`, set when the field was
# left out (None alone cannot tell absent from null).
_NULLABLE: dict[str, int] = {
    "cache_creation_input_tokens": 1,
    "cache_read_input_tokens": 2,
    "input_tokens": 4,
    "output_tokens_details": 8,
    "server_tool_use": 16,
}
_imported = False


def _import_models() -> None:
    """Import the models this one refers to, once, on first use (they import each other)."""
    global _imported, OutputTokensDetails, ServerToolUsage
    from claude_api.models.output_tokens_details import OutputTokensDetails  # noqa: PLC0415
    from claude_api.models.server_tool_usage import ServerToolUsage  # noqa: PLC0415

    _imported = True


@_attrs_define(init=False)  # the __init__ below: a field given no value reads None
class MessageDeltaUsage(Model):
    """Cumulative token usage reported by a `message_delta` event.

    Attributes:
        output_tokens (int):
        cache_creation_input_tokens (int | None | Unset):
        cache_read_input_tokens (int | None | Unset):
        input_tokens (int | None | Unset):
        output_tokens_details (None | OutputTokensDetails | Unset):
        server_tool_use (None | ServerToolUsage | Unset):
    """

    _optional_ = _OPTIONAL
    _nullable_ = _NULLABLE

    output_tokens: int
    cache_creation_input_tokens: int | None | Unset = UNSET
    cache_read_input_tokens: int | None | Unset = UNSET
    input_tokens: int | None | Unset = UNSET
    output_tokens_details: None | OutputTokensDetails | Unset = UNSET
    server_tool_use: None | ServerToolUsage | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __init__(
        self,
        output_tokens: int,
        cache_creation_input_tokens: int | None | Unset = UNSET,
        cache_read_input_tokens: int | None | Unset = UNSET,
        input_tokens: int | None | Unset = UNSET,
        output_tokens_details: None | OutputTokensDetails | Unset = UNSET,
        server_tool_use: None | ServerToolUsage | Unset = UNSET,
    ) -> None:
        absent = 0
        self.output_tokens = output_tokens
        if cache_creation_input_tokens is UNSET:
            absent |= 1
        self.cache_creation_input_tokens = (
            NULL if cache_creation_input_tokens is UNSET else cache_creation_input_tokens
        )
        if cache_read_input_tokens is UNSET:
            absent |= 2
        self.cache_read_input_tokens = (
            NULL if cache_read_input_tokens is UNSET else cache_read_input_tokens
        )
        if input_tokens is UNSET:
            absent |= 4
        self.input_tokens = NULL if input_tokens is UNSET else input_tokens
        if output_tokens_details is UNSET:
            absent |= 8
        self.output_tokens_details = (
            NULL if output_tokens_details is UNSET else output_tokens_details
        )
        if server_tool_use is UNSET:
            absent |= 16
        self.server_tool_use = NULL if server_tool_use is UNSET else server_tool_use
        self._absent = absent  # type: ignore[misc]  # a slot of types.Model (unseen by mypy's attrs plugin)

    def to_dict(self) -> dict[str, Any]:
        if not _imported:
            _import_models()
        try:
            output_tokens = self.output_tokens

            cache_creation_input_tokens_value = self.cache_creation_input_tokens
            if cache_creation_input_tokens_value is None and self._absent & 1:
                cache_creation_input_tokens_value = UNSET
            cache_creation_input_tokens: int | None | Unset
            if isinstance(cache_creation_input_tokens_value, Unset):
                cache_creation_input_tokens = UNSET
            else:
                cache_creation_input_tokens = cache_creation_input_tokens_value

            cache_read_input_tokens_value = self.cache_read_input_tokens
            if cache_read_input_tokens_value is None and self._absent & 2:
                cache_read_input_tokens_value = UNSET
            cache_read_input_tokens: int | None | Unset
            if isinstance(cache_read_input_tokens_value, Unset):
                cache_read_input_tokens = UNSET
            else:
                cache_read_input_tokens = cache_read_input_tokens_value

            input_tokens_value = self.input_tokens
            if input_tokens_value is None and self._absent & 4:
                input_tokens_value = UNSET
            input_tokens: int | None | Unset
            if isinstance(input_tokens_value, Unset):
                input_tokens = UNSET
            else:
                input_tokens = input_tokens_value

            output_tokens_details_value = self.output_tokens_details
            if output_tokens_details_value is None and self._absent & 8:
                output_tokens_details_value = UNSET
            output_tokens_details: dict[str, Any] | None | Unset
            if isinstance(output_tokens_details_value, Unset):
                output_tokens_details = UNSET
            elif isinstance(output_tokens_details_value, OutputTokensDetails):
                output_tokens_details = output_tokens_details_value.to_dict()
            else:
                output_tokens_details = output_tokens_details_value

            server_tool_use_value = self.server_tool_use
            if server_tool_use_value is None and self._absent & 16:
                server_tool_use_value = UNSET
            server_tool_use: dict[str, Any] | None | Unset
            if isinstance(server_tool_use_value, Unset):
                server_tool_use = UNSET
            elif isinstance(server_tool_use_value, ServerToolUsage):
                server_tool_use = server_tool_use_value.to_dict()
            else:
                server_tool_use = server_tool_use_value

            field_dict: dict[str, Any] = {}
            field_dict.update(self.additional_properties)
            field_dict.update(
                {
                    "output_tokens": output_tokens,
                }
            )
            if cache_creation_input_tokens is not UNSET:
                field_dict["cache_creation_input_tokens"] = cache_creation_input_tokens
            if cache_read_input_tokens is not UNSET:
                field_dict["cache_read_input_tokens"] = cache_read_input_tokens
            if input_tokens is not UNSET:
                field_dict["input_tokens"] = input_tokens
            if output_tokens_details is not UNSET:
                field_dict["output_tokens_details"] = output_tokens_details
            if server_tool_use is not UNSET:
                field_dict["server_tool_use"] = server_tool_use

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
        output_tokens = src_dict["output_tokens"] if "output_tokens" in src_dict else MISSING

        cache_creation_input_tokens: int | None | Unset = src_dict.get(
            "cache_creation_input_tokens", UNSET
        )

        cache_read_input_tokens: int | None | Unset = src_dict.get("cache_read_input_tokens", UNSET)

        input_tokens: int | None | Unset = src_dict.get("input_tokens", UNSET)

        output_tokens_details = src_dict.get("output_tokens_details", UNSET)
        if output_tokens_details is not None and output_tokens_details is not UNSET:
            output_tokens_details = OutputTokensDetails.from_dict(output_tokens_details)

        server_tool_use = src_dict.get("server_tool_use", UNSET)
        if server_tool_use is not None and server_tool_use is not UNSET:
            server_tool_use = ServerToolUsage.from_dict(server_tool_use)

        if output_tokens is MISSING:
            # Liberal reading: the instance is built without the attributes the data lacks.
            return build_partial(
                cls,
                {
                    "output_tokens": output_tokens,
                    "cache_creation_input_tokens": cache_creation_input_tokens,
                    "cache_read_input_tokens": cache_read_input_tokens,
                    "input_tokens": input_tokens,
                    "output_tokens_details": output_tokens_details,
                    "server_tool_use": server_tool_use,
                },
                _extra(src_dict),
            )
        # Stores into the slots, no __init__ call (measured: the call was a third of a small
        # model's parse); a field the data lacks reads None.
        message_delta_usage = new_model(cls)
        absent = 0
        message_delta_usage.output_tokens = output_tokens
        if cache_creation_input_tokens is UNSET:
            absent |= 1
            message_delta_usage.cache_creation_input_tokens = None
            missing += 1
        else:
            message_delta_usage.cache_creation_input_tokens = cache_creation_input_tokens
        if cache_read_input_tokens is UNSET:
            absent |= 2
            message_delta_usage.cache_read_input_tokens = None
            missing += 1
        else:
            message_delta_usage.cache_read_input_tokens = cache_read_input_tokens
        if input_tokens is UNSET:
            absent |= 4
            message_delta_usage.input_tokens = None
            missing += 1
        else:
            message_delta_usage.input_tokens = input_tokens
        if output_tokens_details is UNSET:
            absent |= 8
            message_delta_usage.output_tokens_details = None
            missing += 1
        else:
            message_delta_usage.output_tokens_details = output_tokens_details
        if server_tool_use is UNSET:
            absent |= 16
            message_delta_usage.server_tool_use = None
            missing += 1
        else:
            message_delta_usage.server_tool_use = server_tool_use
        message_delta_usage._absent = absent
        if len(src_dict) + missing > 6:  # cheaper than a set test
            message_delta_usage.additional_properties = _extra(src_dict)
        return message_delta_usage

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
