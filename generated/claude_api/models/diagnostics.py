# Generated from openapi/claude-api.yaml by openapi-python-client. Do not edit by hand:
# change the spec (or openapi/generator-config.yaml) and run `nox -s generate`.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from claude_api.types import UNSET, Unset

if TYPE_CHECKING:
    from claude_api.models.cache_miss_messages_changed import CacheMissMessagesChanged
    from claude_api.models.cache_miss_model_changed import CacheMissModelChanged
    from claude_api.models.cache_miss_previous_message_not_found import (
        CacheMissPreviousMessageNotFound,
    )
    from claude_api.models.cache_miss_system_changed import CacheMissSystemChanged
    from claude_api.models.cache_miss_tools_changed import CacheMissToolsChanged
    from claude_api.models.cache_miss_unavailable import CacheMissUnavailable


T = TypeVar("T", bound="Diagnostics")


@_attrs_define
class Diagnostics:
    """Diagnostics.

    Attributes:
        cache_miss_reason (CacheMissMessagesChanged | CacheMissModelChanged | CacheMissPreviousMessageNotFound |
            CacheMissSystemChanged | CacheMissToolsChanged | CacheMissUnavailable | None | Unset):
    """

    cache_miss_reason: (
        CacheMissMessagesChanged
        | CacheMissModelChanged
        | CacheMissPreviousMessageNotFound
        | CacheMissSystemChanged
        | CacheMissToolsChanged
        | CacheMissUnavailable
        | None
        | Unset
    ) = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from claude_api.models.cache_miss_messages_changed import (
            CacheMissMessagesChanged,  # noqa: PLC0415
        )
        from claude_api.models.cache_miss_model_changed import CacheMissModelChanged  # noqa: PLC0415
        from claude_api.models.cache_miss_previous_message_not_found import (
            CacheMissPreviousMessageNotFound,
        )
        from claude_api.models.cache_miss_system_changed import CacheMissSystemChanged  # noqa: PLC0415
        from claude_api.models.cache_miss_tools_changed import CacheMissToolsChanged  # noqa: PLC0415
        from claude_api.models.cache_miss_unavailable import CacheMissUnavailable  # noqa: PLC0415

        cache_miss_reason: dict[str, Any] | None | Unset
        if isinstance(self.cache_miss_reason, Unset):
            cache_miss_reason = UNSET
        elif isinstance(self.cache_miss_reason, dict):
            cache_miss_reason = self.cache_miss_reason
        elif isinstance(self.cache_miss_reason, CacheMissModelChanged):
            cache_miss_reason = self.cache_miss_reason.to_dict()
        elif isinstance(self.cache_miss_reason, CacheMissSystemChanged):
            cache_miss_reason = self.cache_miss_reason.to_dict()
        elif isinstance(self.cache_miss_reason, CacheMissToolsChanged):
            cache_miss_reason = self.cache_miss_reason.to_dict()
        elif isinstance(self.cache_miss_reason, CacheMissMessagesChanged):
            cache_miss_reason = self.cache_miss_reason.to_dict()
        elif isinstance(self.cache_miss_reason, CacheMissPreviousMessageNotFound):
            cache_miss_reason = self.cache_miss_reason.to_dict()
        elif isinstance(self.cache_miss_reason, CacheMissUnavailable):
            cache_miss_reason = self.cache_miss_reason.to_dict()
        else:
            cache_miss_reason = self.cache_miss_reason

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if cache_miss_reason is not UNSET:
            field_dict["cache_miss_reason"] = cache_miss_reason

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from claude_api.models.cache_miss_messages_changed import (
            CacheMissMessagesChanged,  # noqa: PLC0415
        )
        from claude_api.models.cache_miss_model_changed import CacheMissModelChanged  # noqa: PLC0415
        from claude_api.models.cache_miss_previous_message_not_found import (
            CacheMissPreviousMessageNotFound,
        )
        from claude_api.models.cache_miss_system_changed import CacheMissSystemChanged  # noqa: PLC0415
        from claude_api.models.cache_miss_tools_changed import CacheMissToolsChanged  # noqa: PLC0415
        from claude_api.models.cache_miss_unavailable import CacheMissUnavailable  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_cache_miss_reason(
            data: object,
        ) -> (
            CacheMissMessagesChanged
            | CacheMissModelChanged
            | CacheMissPreviousMessageNotFound
            | CacheMissSystemChanged
            | CacheMissToolsChanged
            | CacheMissUnavailable
            | None
            | Unset
        ):
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not isinstance(data, dict):
                raise TypeError(f"expected a JSON object, got {type(data).__name__}")
            tag = data.get("type")
            if tag == "model_changed":
                return CacheMissModelChanged.from_dict(data)
            if tag == "system_changed":
                return CacheMissSystemChanged.from_dict(data)
            if tag == "tools_changed":
                return CacheMissToolsChanged.from_dict(data)
            if tag == "messages_changed":
                return CacheMissMessagesChanged.from_dict(data)
            if tag == "previous_message_not_found":
                return CacheMissPreviousMessageNotFound.from_dict(data)
            if tag == "unavailable":
                return CacheMissUnavailable.from_dict(data)
            # An unknown tag: keep the raw object so that newer API output still parses and round-trips.
            return cast(
                "CacheMissMessagesChanged | CacheMissModelChanged | CacheMissPreviousMessageNotFound | CacheMissSystemChanged | CacheMissToolsChanged | CacheMissUnavailable | None | Unset",
                data,
            )

        cache_miss_reason = _parse_cache_miss_reason(d.pop("cache_miss_reason", UNSET))

        diagnostics = cls(
            cache_miss_reason=cache_miss_reason,
        )

        diagnostics.additional_properties = d
        return diagnostics

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
