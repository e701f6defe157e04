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

T = TypeVar("T", bound="CacheMissMessagesChanged")


@_attrs_define
class CacheMissMessagesChanged:
    """Cache miss messages changed (`type: messages_changed`).

    Attributes:
        cache_missed_input_tokens (int):
        type_ (Literal['messages_changed']):  Default: 'messages_changed'.
    """

    cache_missed_input_tokens: int
    type_: Literal["messages_changed"] = "messages_changed"
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        cache_missed_input_tokens = self.cache_missed_input_tokens

        type_ = self.type_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "cache_missed_input_tokens": cache_missed_input_tokens,
                "type": type_,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        cache_missed_input_tokens = d.pop("cache_missed_input_tokens")

        type_ = cast("Literal['messages_changed']", d.pop("type"))
        if type_ != "messages_changed":
            raise ValueError(f"type must match const 'messages_changed', got '{type_}'")

        cache_miss_messages_changed = cls(
            cache_missed_input_tokens=cache_missed_input_tokens,
            type_=type_,
        )

        cache_miss_messages_changed.additional_properties = d
        return cache_miss_messages_changed

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
