# Generated from openapi/claude-api.yaml by openapi-python-client. Do not edit by hand:
# change the spec (or openapi/generator-config.yaml) and run `nox -s generate`.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="CacheCreation")


@_attrs_define
class CacheCreation:
    """Input tokens written to the prompt cache, split by cache lifetime.

    Attributes:
        ephemeral_1h_input_tokens (int):
        ephemeral_5m_input_tokens (int):
    """

    ephemeral_1h_input_tokens: int
    ephemeral_5m_input_tokens: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        ephemeral_1h_input_tokens = self.ephemeral_1h_input_tokens

        ephemeral_5m_input_tokens = self.ephemeral_5m_input_tokens

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "ephemeral_1h_input_tokens": ephemeral_1h_input_tokens,
                "ephemeral_5m_input_tokens": ephemeral_5m_input_tokens,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        ephemeral_1h_input_tokens = d.pop("ephemeral_1h_input_tokens")

        ephemeral_5m_input_tokens = d.pop("ephemeral_5m_input_tokens")

        cache_creation = cls(
            ephemeral_1h_input_tokens=ephemeral_1h_input_tokens,
            ephemeral_5m_input_tokens=ephemeral_5m_input_tokens,
        )

        cache_creation.additional_properties = d
        return cache_creation

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
