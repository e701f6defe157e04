# Generated from openapi/claude-api.yaml by openapi-python-client. Do not edit by hand:
# change the spec (or openapi/generator-config.yaml) and run `nox -s generate`.
from __future__ import annotations

from collections.abc import Mapping
from typing import (
    Any,
    Literal,
    TypeVar,
    cast,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from claude_api.models.cache_control_ttl import CacheControlTtl, check_cache_control_ttl
from claude_api.types import UNSET, Unset

T = TypeVar("T", bound="CacheControlEphemeralParam")


@_attrs_define
class CacheControlEphemeralParam:
    """Marks a prompt-cache breakpoint. `ttl` is `5m` (default) or `1h`.

    Attributes:
        type_ (Literal['ephemeral']):  Default: 'ephemeral'.
        ttl (CacheControlTtl | Unset): Lifetime of a prompt-cache entry.
    """

    type_: Literal["ephemeral"] = "ephemeral"
    ttl: CacheControlTtl | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        ttl: str | Unset = UNSET
        if not isinstance(self.ttl, Unset):
            ttl = self.ttl

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
            }
        )
        if ttl is not UNSET:
            field_dict["ttl"] = ttl

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type_ = cast("Literal['ephemeral']", d.pop("type"))
        if type_ != "ephemeral":
            raise ValueError(f"type must match const 'ephemeral', got '{type_}'")

        _ttl = d.pop("ttl", UNSET)
        ttl: CacheControlTtl | Unset
        if isinstance(_ttl, Unset):
            ttl = UNSET
        else:
            ttl = check_cache_control_ttl(_ttl)

        cache_control_ephemeral_param = cls(
            type_=type_,
            ttl=ttl,
        )

        cache_control_ephemeral_param.additional_properties = d
        return cache_control_ephemeral_param

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
