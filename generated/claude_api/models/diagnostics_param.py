# Generated from openapi/claude-api.yaml by openapi-python-client. Do not edit by hand:
# change the spec (or openapi/generator-config.yaml) and run `nox -s generate`.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from claude_api.types import UNSET, Unset

T = TypeVar("T", bound="DiagnosticsParam")


@_attrs_define
class DiagnosticsParam:
    """Diagnostics.

    Attributes:
        previous_message_id (None | str | Unset):
    """

    previous_message_id: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        previous_message_id: None | str | Unset
        if isinstance(self.previous_message_id, Unset):
            previous_message_id = UNSET
        else:
            previous_message_id = self.previous_message_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if previous_message_id is not UNSET:
            field_dict["previous_message_id"] = previous_message_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_previous_message_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast("None | str | Unset", data)

        previous_message_id = _parse_previous_message_id(d.pop("previous_message_id", UNSET))

        diagnostics_param = cls(
            previous_message_id=previous_message_id,
        )

        diagnostics_param.additional_properties = d
        return diagnostics_param

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
