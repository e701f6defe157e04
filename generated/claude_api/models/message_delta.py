# Generated from openapi/claude-api.yaml by openapi-python-client. Do not edit by hand:
# change the spec (or openapi/generator-config.yaml) and run `nox -s generate`.
from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from claude_api.models.stop_reason import StopReason
from claude_api.types import (
    UNSET,
    Unset,
    model_from_json,
    model_repr,
    model_to_json,
)

if TYPE_CHECKING:
    from claude_api.models.container import Container
    from claude_api.models.refusal_stop_details import RefusalStopDetails


T = TypeVar("T", bound="MessageDelta")

# Attribute name -> JSON key of every field, and the set of known JSON keys.
_WIRE_NAMES: dict[str, str] = {
    "container": "container",
    "stop_details": "stop_details",
    "stop_reason": "stop_reason",
    "stop_sequence": "stop_sequence",
}
_KNOWN: frozenset[str] = frozenset(_WIRE_NAMES.values())
_imported = False


def _import_models() -> None:
    """Import the models this one refers to, once, on first use (they import each other)."""
    global _imported, Container, RefusalStopDetails
    from claude_api.models.container import Container  # noqa: PLC0415
    from claude_api.models.refusal_stop_details import RefusalStopDetails  # noqa: PLC0415

    _imported = True


@_attrs_define
class MessageDelta:
    """The message fields changed by a `message_delta` event.

    Attributes:
        container (Container | None | Unset):
        stop_details (None | RefusalStopDetails | Unset):
        stop_reason (None | StopReason | str | Unset):
        stop_sequence (None | str | Unset):
    """

    container: Container | None | Unset = UNSET
    stop_details: None | RefusalStopDetails | Unset = UNSET
    stop_reason: None | StopReason | str | Unset = UNSET
    stop_sequence: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _imported:
            _import_models()
        container: dict[str, Any] | None | Unset
        if isinstance(self.container, Unset):
            container = UNSET
        elif isinstance(self.container, Container):
            container = self.container.to_dict()
        else:
            container = self.container

        stop_details: dict[str, Any] | None | Unset
        if isinstance(self.stop_details, Unset):
            stop_details = UNSET
        elif isinstance(self.stop_details, RefusalStopDetails):
            stop_details = self.stop_details.to_dict()
        else:
            stop_details = self.stop_details

        stop_reason: None | str | Unset
        if isinstance(self.stop_reason, Unset):
            stop_reason = UNSET
        elif isinstance(self.stop_reason, str):
            stop_reason = self.stop_reason
        else:
            stop_reason = self.stop_reason

        stop_sequence: None | str | Unset
        if isinstance(self.stop_sequence, Unset):
            stop_sequence = UNSET
        else:
            stop_sequence = self.stop_sequence

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if container is not UNSET:
            field_dict["container"] = container
        if stop_details is not UNSET:
            field_dict["stop_details"] = stop_details
        if stop_reason is not UNSET:
            field_dict["stop_reason"] = stop_reason
        if stop_sequence is not UNSET:
            field_dict["stop_sequence"] = stop_sequence

        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:  # a field may be `type`
        if not isinstance(src_dict, dict) and not isinstance(src_dict, Mapping):
            raise TypeError(f"{cls.__name__} expects a JSON object, got {type(src_dict).__name__}")
        if not _imported:
            _import_models()
        container = src_dict.get("container", UNSET)
        if container is not None and container is not UNSET:
            container = Container.from_dict(container)

        stop_details = src_dict.get("stop_details", UNSET)
        if stop_details is not None and stop_details is not UNSET:
            stop_details = RefusalStopDetails.from_dict(stop_details)

        stop_reason: None | StopReason | str | Unset = src_dict.get("stop_reason", UNSET)

        stop_sequence: None | str | Unset = src_dict.get("stop_sequence", UNSET)

        message_delta = cls(  # positional, in field order: measured faster than keywords
            container,
            stop_details,
            stop_reason,
            stop_sequence,
        )
        if not _KNOWN.issuperset(src_dict):
            message_delta.additional_properties = _extra(src_dict)
        return message_delta

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
