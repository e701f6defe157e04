# Generated from openapi/claude-api.yaml by openapi-python-client. Do not edit by hand:
# change the spec (or openapi/generator-config.yaml) and run `nox -s generate`.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from claude_api.models.message_create_params import MessageCreateParams


T = TypeVar("T", bound="MessageBatchRequestParam")


@_attrs_define
class MessageBatchRequestParam:
    """One request of a batch: a caller-chosen `custom_id` and the create-message parameters.

    Attributes:
        custom_id (str):
        params (MessageCreateParams): The body of a create-message request.
    """

    custom_id: str
    params: MessageCreateParams
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        custom_id = self.custom_id

        params = self.params.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "custom_id": custom_id,
                "params": params,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from claude_api.models.message_create_params import MessageCreateParams  # noqa: PLC0415

        d = dict(src_dict)
        custom_id = d.pop("custom_id")

        params = MessageCreateParams.from_dict(d.pop("params"))

        message_batch_request_param = cls(
            custom_id=custom_id,
            params=params,
        )

        message_batch_request_param.additional_properties = d
        return message_batch_request_param

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
