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
    UNSET,
    MissingFieldError,
    Unset,
    attribute_error,
    build_partial,
    model_eq,
    model_from_json,
    model_getstate,
    model_repr,
    model_setstate,
    model_to_json,
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
_imported = False


def _import_models() -> None:
    """Import the models this one refers to, once, on first use (they import each other)."""
    global _imported, CacheCreation, OutputTokensDetails, ServerToolUsage
    from claude_api.models.cache_creation import CacheCreation  # noqa: PLC0415
    from claude_api.models.output_tokens_details import OutputTokensDetails  # noqa: PLC0415
    from claude_api.models.server_tool_usage import ServerToolUsage  # noqa: PLC0415

    _imported = True


@_attrs_define
class Usage:
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

    def to_dict(self) -> dict[str, Any]:
        if not _imported:
            _import_models()
        try:
            input_tokens = self.input_tokens

            output_tokens = self.output_tokens

            cache_creation: dict[str, Any] | None | Unset
            if isinstance(self.cache_creation, Unset):
                cache_creation = UNSET
            elif isinstance(self.cache_creation, CacheCreation):
                cache_creation = self.cache_creation.to_dict()
            else:
                cache_creation = self.cache_creation

            cache_creation_input_tokens: int | None | Unset
            if isinstance(self.cache_creation_input_tokens, Unset):
                cache_creation_input_tokens = UNSET
            else:
                cache_creation_input_tokens = self.cache_creation_input_tokens

            cache_read_input_tokens: int | None | Unset
            if isinstance(self.cache_read_input_tokens, Unset):
                cache_read_input_tokens = UNSET
            else:
                cache_read_input_tokens = self.cache_read_input_tokens

            inference_geo: None | str | Unset
            if isinstance(self.inference_geo, Unset):
                inference_geo = UNSET
            else:
                inference_geo = self.inference_geo

            output_tokens_details: dict[str, Any] | None | Unset
            if isinstance(self.output_tokens_details, Unset):
                output_tokens_details = UNSET
            elif isinstance(self.output_tokens_details, OutputTokensDetails):
                output_tokens_details = self.output_tokens_details.to_dict()
            else:
                output_tokens_details = self.output_tokens_details

            server_tool_use: dict[str, Any] | None | Unset
            if isinstance(self.server_tool_use, Unset):
                server_tool_use = UNSET
            elif isinstance(self.server_tool_use, ServerToolUsage):
                server_tool_use = self.server_tool_use.to_dict()
            else:
                server_tool_use = self.server_tool_use

            service_tier: None | str | Unset
            if isinstance(self.service_tier, Unset):
                service_tier = UNSET
            elif isinstance(self.service_tier, str):
                service_tier = self.service_tier
            else:
                service_tier = self.service_tier

            speed: None | str | Unset
            if isinstance(self.speed, Unset):
                speed = UNSET
            elif isinstance(self.speed, str):
                speed = self.speed
            else:
                speed = self.speed

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
        usage = cls(  # positional, in field order: measured faster than keywords
            input_tokens,
            output_tokens,
            cache_creation,
            cache_creation_input_tokens,
            cache_read_input_tokens,
            inference_geo,
            output_tokens_details,
            server_tool_use,
            service_tier,
            speed,
        )
        if not _KNOWN.issuperset(src_dict):
            usage.additional_properties = _extra(src_dict)
        return usage

    if not TYPE_CHECKING:  # hidden from type checkers, which would accept any attribute name

        def __getattr__(self, name: str) -> Any:
            raise attribute_error(self, name, _WIRE_NAMES)

        # attrs' own versions read every field, so they would raise on an instance lacking one
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
