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
    NULL,
    UNSET,
    Model,
    Unset,
    attribute_error,
    model_eq,
    model_from_json,
    model_getstate,
    model_repr,
    model_setstate,
    model_to_json,
    new_model,
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
# The fields the spec does not require: absent, they read as None (and stay out of `to_dict`).
_OPTIONAL: frozenset[str] = frozenset(
    {
        "container",
        "stop_details",
        "stop_reason",
        "stop_sequence",
    }
)
# Those of them that may also be null, each with its bit in `_absent`, set when the field was
# left out (None alone cannot tell absent from null).
_NULLABLE: dict[str, int] = {
    "container": 1,
    "stop_details": 2,
    "stop_reason": 4,
    "stop_sequence": 8,
}
_imported = False


def _import_models() -> None:
    """Import the models this one refers to, once, on first use (they import each other)."""
    global _imported, Container, RefusalStopDetails
    from claude_api.models.container import Container  # noqa: PLC0415
    from claude_api.models.refusal_stop_details import RefusalStopDetails  # noqa: PLC0415

    _imported = True


@_attrs_define(init=False)  # the __init__ below: a field given no value reads None
class MessageDelta(Model):
    """The message fields changed by a `message_delta` event.

    Attributes:
        container (Container | None | Unset):
        stop_details (None | RefusalStopDetails | Unset):
        stop_reason (None | StopReason | str | Unset):
        stop_sequence (None | str | Unset):
    """

    _optional_ = _OPTIONAL
    _nullable_ = _NULLABLE

    container: Container | None | Unset = UNSET
    stop_details: None | RefusalStopDetails | Unset = UNSET
    stop_reason: None | StopReason | str | Unset = UNSET
    stop_sequence: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __init__(
        self,
        container: Container | None | Unset = UNSET,
        stop_details: None | RefusalStopDetails | Unset = UNSET,
        stop_reason: None | StopReason | str | Unset = UNSET,
        stop_sequence: None | str | Unset = UNSET,
    ) -> None:
        absent = 0
        if container is UNSET:
            absent |= 1
        self.container = NULL if container is UNSET else container
        if stop_details is UNSET:
            absent |= 2
        self.stop_details = NULL if stop_details is UNSET else stop_details
        if stop_reason is UNSET:
            absent |= 4
        self.stop_reason = NULL if stop_reason is UNSET else stop_reason
        if stop_sequence is UNSET:
            absent |= 8
        self.stop_sequence = NULL if stop_sequence is UNSET else stop_sequence
        self._absent = absent  # type: ignore[misc]  # a slot of types.Model (unseen by mypy's attrs plugin)

    def to_dict(self) -> dict[str, Any]:
        if not _imported:
            _import_models()
        container_value = self.container
        if container_value is None and self._absent & 1:
            container_value = UNSET
        container: dict[str, Any] | None | Unset
        if isinstance(container_value, Unset):
            container = UNSET
        elif isinstance(container_value, Container):
            container = container_value.to_dict()
        else:
            container = container_value

        stop_details_value = self.stop_details
        if stop_details_value is None and self._absent & 2:
            stop_details_value = UNSET
        stop_details: dict[str, Any] | None | Unset
        if isinstance(stop_details_value, Unset):
            stop_details = UNSET
        elif isinstance(stop_details_value, RefusalStopDetails):
            stop_details = stop_details_value.to_dict()
        else:
            stop_details = stop_details_value

        stop_reason_value = self.stop_reason
        if stop_reason_value is None and self._absent & 4:
            stop_reason_value = UNSET
        stop_reason: None | str | Unset
        if isinstance(stop_reason_value, Unset):
            stop_reason = UNSET
        elif isinstance(stop_reason_value, str):
            stop_reason = stop_reason_value
        else:
            stop_reason = stop_reason_value

        stop_sequence_value = self.stop_sequence
        if stop_sequence_value is None and self._absent & 8:
            stop_sequence_value = UNSET
        stop_sequence: None | str | Unset
        if isinstance(stop_sequence_value, Unset):
            stop_sequence = UNSET
        else:
            stop_sequence = stop_sequence_value

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
        missing = 0  # fields the data lacks: len(src_dict) + missing > fields means extra keys
        container = src_dict.get("container", UNSET)
        if container is not None and container is not UNSET:
            container = Container.from_dict(container)

        stop_details = src_dict.get("stop_details", UNSET)
        if stop_details is not None and stop_details is not UNSET:
            stop_details = RefusalStopDetails.from_dict(stop_details)

        stop_reason: None | StopReason | str | Unset = src_dict.get("stop_reason", UNSET)

        stop_sequence: None | str | Unset = src_dict.get("stop_sequence", UNSET)

        # Stores into the slots, no __init__ call (measured: the call was a third of a small
        # model's parse); a field the data lacks reads None.
        message_delta = new_model(cls)
        absent = 0
        if container is UNSET:
            absent |= 1
            message_delta.container = None
            missing += 1
        else:
            message_delta.container = container
        if stop_details is UNSET:
            absent |= 2
            message_delta.stop_details = None
            missing += 1
        else:
            message_delta.stop_details = stop_details
        if stop_reason is UNSET:
            absent |= 4
            message_delta.stop_reason = None
            missing += 1
        else:
            message_delta.stop_reason = stop_reason
        if stop_sequence is UNSET:
            absent |= 8
            message_delta.stop_sequence = None
            missing += 1
        else:
            message_delta.stop_sequence = stop_sequence
        message_delta._absent = absent
        if len(src_dict) + missing > 4:  # cheaper than a set test
            message_delta.additional_properties = _extra(src_dict)
        return message_delta

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
