# Generated from openapi/claude-api.yaml by openapi-python-client. Do not edit by hand:
# change the spec (or openapi/generator-config.yaml) and run `nox -s generate`.
from __future__ import annotations

from collections.abc import Mapping
from typing import (
    TYPE_CHECKING,
    Any,
    Literal,
    TypeVar,
    cast,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from claude_api.models.message_delta import MessageDelta
    from claude_api.models.message_delta_usage import MessageDeltaUsage


T = TypeVar("T", bound="MessageDeltaEvent")


@_attrs_define
class MessageDeltaEvent:
    """Top-level changes to the message near the end of a stream: stop reason and final usage.

    Attributes:
        delta (MessageDelta): The message fields changed by a `message_delta` event.
        type_ (Literal['message_delta']):  Default: 'message_delta'.
        usage (MessageDeltaUsage): Cumulative token usage reported by a `message_delta` event.
    """

    delta: MessageDelta
    usage: MessageDeltaUsage
    type_: Literal["message_delta"] = "message_delta"
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        delta = self.delta.to_dict()

        type_ = self.type_

        usage = self.usage.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "delta": delta,
                "type": type_,
                "usage": usage,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from claude_api.models.message_delta import MessageDelta  # noqa: PLC0415
        from claude_api.models.message_delta_usage import MessageDeltaUsage  # noqa: PLC0415

        d = dict(src_dict)
        delta = MessageDelta.from_dict(d.pop("delta"))

        type_ = cast("Literal['message_delta']", d.pop("type"))
        if type_ != "message_delta":
            raise ValueError(f"type must match const 'message_delta', got '{type_}'")

        usage = MessageDeltaUsage.from_dict(d.pop("usage"))

        message_delta_event = cls(
            delta=delta,
            type_=type_,
            usage=usage,
        )

        message_delta_event.additional_properties = d
        return message_delta_event

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
