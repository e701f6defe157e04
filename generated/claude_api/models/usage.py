# Generated from openapi/claude-api.yaml by openapi-python-client. Do not edit by hand:
# change the spec (or openapi/generator-config.yaml) and run `nox -s generate`.
from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from claude_api.models.speed import Speed
from claude_api.models.usage_service_tier import (
    UsageServiceTier,
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
    from claude_api.models.cache_creation import CacheCreation
    from claude_api.models.output_tokens_details import OutputTokensDetails
    from claude_api.models.server_tool_usage import ServerToolUsage


T = TypeVar("T", bound="Usage")

# Attribute name -> JSON key of every field, and the set of known JSON keys.
_WIRE_NAMES: dict[str, str] = {
    "input_tokens": "input_tokens",
    "output_tokens": "output_tokens",
    "cache_creation": "cache_creation",
    "cache_creation_input_tokens": "cache_creation_input_tokens",
    "cache_read_input_tokens": "cache_read_input_tokens",
    "inference_geo": "inference_geo",
    "output_tokens_details": "output_tokens_details",
    "server_tool_use": "server_tool_use",
    "service_tier": "service_tier",
    "speed": "speed",
}
_KNOWN: frozenset[str] = frozenset(_WIRE_NAMES.values())
# The fields the spec does not require: absent, they read as None (and stay out of `to_dict`).
_OPTIONAL: frozenset[str] = frozenset(
    {
        "cache_creation",
        "cache_creation_input_tokens",
        "cache_read_input_tokens",
        "inference_geo",
        "output_tokens_details",
        "server_tool_use",
        "service_tier",
        "speed",
    }
)
# Those of them that may also be null, each with its bit in `_absent`, set when the field was
# left out (None alone cannot tell absent from null).
_NULLABLE: dict[str, int] = {
    "cache_creation": 1,
    "cache_creation_input_tokens": 2,
    "cache_read_input_tokens": 4,
    "inference_geo": 8,
    "output_tokens_details": 16,
    "server_tool_use": 32,
    "service_tier": 64,
    "speed": 128,
}
_imported = False


def _import_models() -> None:
    """Import the models this one refers to, once, on first use (they import each other)."""
    global _imported, CacheCreation, OutputTokensDetails, ServerToolUsage
    from claude_api.models.cache_creation import CacheCreation  # noqa: PLC0415
    from claude_api.models.output_tokens_details import OutputTokensDetails  # noqa: PLC0415
    from claude_api.models.server_tool_usage import ServerToolUsage  # noqa: PLC0415

    _imported = True


@_attrs_define(init=False)  # the __init__ below: a field given no value reads None
class Usage(Model):
    """Token usage of a message, including prompt-cache reads and writes and server tool use.

    Attributes:
        input_tokens (int):
        output_tokens (int):
        cache_creation (CacheCreation | None | Unset):
        cache_creation_input_tokens (int | None | Unset):
        cache_read_input_tokens (int | None | Unset):
        inference_geo (None | str | Unset):
        output_tokens_details (None | OutputTokensDetails | Unset):
        server_tool_use (None | ServerToolUsage | Unset):
        service_tier (None | str | Unset | UsageServiceTier):
        speed (None | Speed | str | Unset):
    """

    _optional_ = _OPTIONAL
    _nullable_ = _NULLABLE

    input_tokens: int
    output_tokens: int
    cache_creation: CacheCreation | None | Unset = UNSET
    cache_creation_input_tokens: int | None | Unset = UNSET
    cache_read_input_tokens: int | None | Unset = UNSET
    inference_geo: None | str | Unset = UNSET
    output_tokens_details: None | OutputTokensDetails | Unset = UNSET
    server_tool_use: None | ServerToolUsage | Unset = UNSET
    service_tier: None | str | Unset | UsageServiceTier = UNSET
    speed: None | Speed | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __init__(
        self,
        input_tokens: int,
        output_tokens: int,
        cache_creation: CacheCreation | None | Unset = UNSET,
        cache_creation_input_tokens: int | None | Unset = UNSET,
        cache_read_input_tokens: int | None | Unset = UNSET,
        inference_geo: None | str | Unset = UNSET,
        output_tokens_details: None | OutputTokensDetails | Unset = UNSET,
        server_tool_use: None | ServerToolUsage | Unset = UNSET,
        service_tier: None | str | Unset | UsageServiceTier = UNSET,
        speed: None | Speed | str | Unset = UNSET,
    ) -> None:
        absent = 0
        self.input_tokens = input_tokens
        self.output_tokens = output_tokens
        if cache_creation is UNSET:
            absent |= 1
        self.cache_creation = NULL if cache_creation is UNSET else cache_creation
        if cache_creation_input_tokens is UNSET:
            absent |= 2
        self.cache_creation_input_tokens = (
            NULL if cache_creation_input_tokens is UNSET else cache_creation_input_tokens
        )
        if cache_read_input_tokens is UNSET:
            absent |= 4
        self.cache_read_input_tokens = (
            NULL if cache_read_input_tokens is UNSET else cache_read_input_tokens
        )
        if inference_geo is UNSET:
            absent |= 8
        self.inference_geo = NULL if inference_geo is UNSET else inference_geo
        if output_tokens_details is UNSET:
            absent |= 16
        self.output_tokens_details = (
            NULL if output_tokens_details is UNSET else output_tokens_details
        )
        if server_tool_use is UNSET:
            absent |= 32
        self.server_tool_use = NULL if server_tool_use is UNSET else server_tool_use
        if service_tier is UNSET:
            absent |= 64
        self.service_tier = NULL if service_tier is UNSET else service_tier
        if speed is UNSET:
            absent |= 128
        self.speed = NULL if speed is UNSET else speed
        self._absent = absent  # type: ignore[misc]  # a slot of types.Model (unseen by mypy's attrs plugin)

    def to_dict(self) -> dict[str, Any]:
        if not _imported:
            _import_models()
        try:
            input_tokens = self.input_tokens

            output_tokens = self.output_tokens

            cache_creation_value = self.cache_creation
            if cache_creation_value is None and self._absent & 1:
                cache_creation_value = UNSET
            cache_creation: dict[str, Any] | None | Unset
            if isinstance(cache_creation_value, Unset):
                cache_creation = UNSET
            elif isinstance(cache_creation_value, CacheCreation):
                cache_creation = cache_creation_value.to_dict()
            else:
                cache_creation = cache_creation_value

            cache_creation_input_tokens_value = self.cache_creation_input_tokens
            if cache_creation_input_tokens_value is None and self._absent & 2:
                cache_creation_input_tokens_value = UNSET
            cache_creation_input_tokens: int | None | Unset
            if isinstance(cache_creation_input_tokens_value, Unset):
                cache_creation_input_tokens = UNSET
            else:
                cache_creation_input_tokens = cache_creation_input_tokens_value

            cache_read_input_tokens_value = self.cache_read_input_tokens
            if cache_read_input_tokens_value is None and self._absent & 4:
                cache_read_input_tokens_value = UNSET
            cache_read_input_tokens: int | None | Unset
            if isinstance(cache_read_input_tokens_value, Unset):
                cache_read_input_tokens = UNSET
            else:
                cache_read_input_tokens = cache_read_input_tokens_value

            inference_geo_value = self.inference_geo
            if inference_geo_value is None and self._absent & 8:
                inference_geo_value = UNSET
            inference_geo: None | str | Unset
            if isinstance(inference_geo_value, Unset):
                inference_geo = UNSET
            else:
                inference_geo = inference_geo_value

            output_tokens_details_value = self.output_tokens_details
            if output_tokens_details_value is None and self._absent & 16:
                output_tokens_details_value = UNSET
            output_tokens_details: dict[str, Any] | None | Unset
            if isinstance(output_tokens_details_value, Unset):
                output_tokens_details = UNSET
            elif isinstance(output_tokens_details_value, OutputTokensDetails):
                output_tokens_details = output_tokens_details_value.to_dict()
            else:
                output_tokens_details = output_tokens_details_value

            server_tool_use_value = self.server_tool_use
            if server_tool_use_value is None and self._absent & 32:
                server_tool_use_value = UNSET
            server_tool_use: dict[str, Any] | None | Unset
            if isinstance(server_tool_use_value, Unset):
                server_tool_use = UNSET
            elif isinstance(server_tool_use_value, ServerToolUsage):
                server_tool_use = server_tool_use_value.to_dict()
            else:
                server_tool_use = server_tool_use_value

            service_tier_value = self.service_tier
            if service_tier_value is None and self._absent & 64:
                service_tier_value = UNSET
            service_tier: None | str | Unset
            if isinstance(service_tier_value, Unset):
                service_tier = UNSET
            elif isinstance(service_tier_value, str):
                service_tier = service_tier_value
            else:
                service_tier = service_tier_value

            speed_value = self.speed
            if speed_value is None and self._absent & 128:
                speed_value = UNSET
            speed: None | str | Unset
            if isinstance(speed_value, Unset):
                speed = UNSET
            elif isinstance(speed_value, str):
                speed = speed_value
            else:
                speed = speed_value

            field_dict: dict[str, Any] = {}
            field_dict.update(self.additional_properties)
            field_dict.update(
                {
                    "input_tokens": input_tokens,
                    "output_tokens": output_tokens,
                }
            )
            if cache_creation is not UNSET:
                field_dict["cache_creation"] = cache_creation
            if cache_creation_input_tokens is not UNSET:
                field_dict["cache_creation_input_tokens"] = cache_creation_input_tokens
            if cache_read_input_tokens is not UNSET:
                field_dict["cache_read_input_tokens"] = cache_read_input_tokens
            if inference_geo is not UNSET:
                field_dict["inference_geo"] = inference_geo
            if output_tokens_details is not UNSET:
                field_dict["output_tokens_details"] = output_tokens_details
            if server_tool_use is not UNSET:
                field_dict["server_tool_use"] = server_tool_use
            if service_tier is not UNSET:
                field_dict["service_tier"] = service_tier
            if speed is not UNSET:
                field_dict["speed"] = speed

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
        input_tokens = src_dict["input_tokens"] if "input_tokens" in src_dict else MISSING

        output_tokens = src_dict["output_tokens"] if "output_tokens" in src_dict else MISSING

        cache_creation = src_dict.get("cache_creation", UNSET)
        if cache_creation is not None and cache_creation is not UNSET:
            cache_creation = CacheCreation.from_dict(cache_creation)

        cache_creation_input_tokens: int | None | Unset = src_dict.get(
            "cache_creation_input_tokens", UNSET
        )

        cache_read_input_tokens: int | None | Unset = src_dict.get("cache_read_input_tokens", UNSET)

        inference_geo: None | str | Unset = src_dict.get("inference_geo", UNSET)

        output_tokens_details = src_dict.get("output_tokens_details", UNSET)
        if output_tokens_details is not None and output_tokens_details is not UNSET:
            output_tokens_details = OutputTokensDetails.from_dict(output_tokens_details)

        server_tool_use = src_dict.get("server_tool_use", UNSET)
        if server_tool_use is not None and server_tool_use is not UNSET:
            server_tool_use = ServerToolUsage.from_dict(server_tool_use)

        service_tier: None | str | Unset | UsageServiceTier = src_dict.get("service_tier", UNSET)

        speed: None | Speed | str | Unset = src_dict.get("speed", UNSET)

        if input_tokens is MISSING or output_tokens is MISSING:
            # Liberal reading: the instance is built without the attributes the data lacks.
            return build_partial(
                cls,
                {
                    "input_tokens": input_tokens,
                    "output_tokens": output_tokens,
                    "cache_creation": cache_creation,
                    "cache_creation_input_tokens": cache_creation_input_tokens,
                    "cache_read_input_tokens": cache_read_input_tokens,
                    "inference_geo": inference_geo,
                    "output_tokens_details": output_tokens_details,
                    "server_tool_use": server_tool_use,
                    "service_tier": service_tier,
                    "speed": speed,
                },
                _extra(src_dict),
            )
        # Stores into the slots, no __init__ call (measured: the call was a third of a small
        # model's parse); a field the data lacks reads None.
        usage = new_model(cls)
        absent = 0
        usage.input_tokens = input_tokens
        usage.output_tokens = output_tokens
        if cache_creation is UNSET:
            absent |= 1
            usage.cache_creation = None
            missing += 1
        else:
            usage.cache_creation = cache_creation
        if cache_creation_input_tokens is UNSET:
            absent |= 2
            usage.cache_creation_input_tokens = None
            missing += 1
        else:
            usage.cache_creation_input_tokens = cache_creation_input_tokens
        if cache_read_input_tokens is UNSET:
            absent |= 4
            usage.cache_read_input_tokens = None
            missing += 1
        else:
            usage.cache_read_input_tokens = cache_read_input_tokens
        if inference_geo is UNSET:
            absent |= 8
            usage.inference_geo = None
            missing += 1
        else:
            usage.inference_geo = inference_geo
        if output_tokens_details is UNSET:
            absent |= 16
            usage.output_tokens_details = None
            missing += 1
        else:
            usage.output_tokens_details = output_tokens_details
        if server_tool_use is UNSET:
            absent |= 32
            usage.server_tool_use = None
            missing += 1
        else:
            usage.server_tool_use = server_tool_use
        if service_tier is UNSET:
            absent |= 64
            usage.service_tier = None
            missing += 1
        else:
            usage.service_tier = service_tier
        if speed is UNSET:
            absent |= 128
            usage.speed = None
            missing += 1
        else:
            usage.speed = speed
        usage._absent = absent
        if len(src_dict) + missing > 10:  # cheaper than a set test
            usage.additional_properties = _extra(src_dict)
        return usage

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
