# Generated from openapi/claude-api.yaml by openapi-python-client. Do not edit by hand:
# change the spec (or openapi/generator-config.yaml) and run `nox -s generate`.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from claude_api.models.speed import Speed, check_speed
from claude_api.models.usage_service_tier import (
    UsageServiceTier,
    check_usage_service_tier,
)
from claude_api.types import UNSET, Unset

if TYPE_CHECKING:
    from claude_api.models.cache_creation import CacheCreation
    from claude_api.models.output_tokens_details import OutputTokensDetails
    from claude_api.models.server_tool_usage import ServerToolUsage


T = TypeVar("T", bound="Usage")


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
        from claude_api.models.cache_creation import CacheCreation  # noqa: PLC0415
        from claude_api.models.output_tokens_details import OutputTokensDetails  # noqa: PLC0415
        from claude_api.models.server_tool_usage import ServerToolUsage  # noqa: PLC0415

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

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from claude_api.models.cache_creation import CacheCreation  # noqa: PLC0415
        from claude_api.models.output_tokens_details import OutputTokensDetails  # noqa: PLC0415
        from claude_api.models.server_tool_usage import ServerToolUsage  # noqa: PLC0415

        d = dict(src_dict)
        input_tokens = d.pop("input_tokens")

        output_tokens = d.pop("output_tokens")

        def _parse_cache_creation(data: object) -> CacheCreation | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not isinstance(data, dict):
                raise TypeError(f"unexpected {type(data).__name__} for cache_creation")
            cache_creation_type_0 = CacheCreation.from_dict(data)

            return cache_creation_type_0

        cache_creation = _parse_cache_creation(d.pop("cache_creation", UNSET))

        def _parse_cache_creation_input_tokens(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast("int | None | Unset", data)

        cache_creation_input_tokens = _parse_cache_creation_input_tokens(
            d.pop("cache_creation_input_tokens", UNSET)
        )

        def _parse_cache_read_input_tokens(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast("int | None | Unset", data)

        cache_read_input_tokens = _parse_cache_read_input_tokens(
            d.pop("cache_read_input_tokens", UNSET)
        )

        def _parse_inference_geo(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast("None | str | Unset", data)

        inference_geo = _parse_inference_geo(d.pop("inference_geo", UNSET))

        def _parse_output_tokens_details(data: object) -> None | OutputTokensDetails | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not isinstance(data, dict):
                raise TypeError(f"unexpected {type(data).__name__} for output_tokens_details")
            output_tokens_details_type_0 = OutputTokensDetails.from_dict(data)

            return output_tokens_details_type_0

        output_tokens_details = _parse_output_tokens_details(d.pop("output_tokens_details", UNSET))

        def _parse_server_tool_use(data: object) -> None | ServerToolUsage | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not isinstance(data, dict):
                raise TypeError(f"unexpected {type(data).__name__} for server_tool_use")
            server_tool_use_type_0 = ServerToolUsage.from_dict(data)

            return server_tool_use_type_0

        server_tool_use = _parse_server_tool_use(d.pop("server_tool_use", UNSET))

        def _parse_service_tier(data: object) -> None | str | Unset | UsageServiceTier:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                service_tier_type_0 = check_usage_service_tier(data)

                return service_tier_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast("None | str | Unset | UsageServiceTier", data)

        service_tier = _parse_service_tier(d.pop("service_tier", UNSET))

        def _parse_speed(data: object) -> None | Speed | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                speed_type_0 = check_speed(data)

                return speed_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast("None | Speed | str | Unset", data)

        speed = _parse_speed(d.pop("speed", UNSET))

        usage = cls(
            input_tokens=input_tokens,
            output_tokens=output_tokens,
            cache_creation=cache_creation,
            cache_creation_input_tokens=cache_creation_input_tokens,
            cache_read_input_tokens=cache_read_input_tokens,
            inference_geo=inference_geo,
            output_tokens_details=output_tokens_details,
            server_tool_use=server_tool_use,
            service_tier=service_tier,
            speed=speed,
        )

        usage.additional_properties = d
        return usage

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
