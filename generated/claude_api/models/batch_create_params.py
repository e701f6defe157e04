# Generated from openapi/claude-api.yaml by openapi-python-client. Do not edit by hand:
# change the spec (or openapi/generator-config.yaml) and run `nox -s generate`.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from claude_api.types import UNSET, Unset

if TYPE_CHECKING:
    from claude_api.models.message_batch_request_param import MessageBatchRequestParam


T = TypeVar("T", bound="BatchCreateParams")


@_attrs_define
class BatchCreateParams:
    """The body of a create-batch request: the message requests to process.

    Attributes:
        requests (list[MessageBatchRequestParam]):
        user_profile_id (str | Unset):
        workspace_id (str | Unset):
    """

    requests: list[MessageBatchRequestParam]
    user_profile_id: str | Unset = UNSET
    workspace_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        requests = []
        for requests_item_data in self.requests:
            requests_item = requests_item_data.to_dict()
            requests.append(requests_item)

        user_profile_id = self.user_profile_id

        workspace_id = self.workspace_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "requests": requests,
            }
        )
        if user_profile_id is not UNSET:
            field_dict["user_profile_id"] = user_profile_id
        if workspace_id is not UNSET:
            field_dict["workspace_id"] = workspace_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from claude_api.models.message_batch_request_param import (
            MessageBatchRequestParam,  # noqa: PLC0415
        )

        d = dict(src_dict)
        requests = []
        _requests = d.pop("requests")
        for requests_item_data in _requests:
            requests_item = MessageBatchRequestParam.from_dict(requests_item_data)

            requests.append(requests_item)

        user_profile_id = d.pop("user_profile_id", UNSET)

        workspace_id = d.pop("workspace_id", UNSET)

        batch_create_params = cls(
            requests=requests,
            user_profile_id=user_profile_id,
            workspace_id=workspace_id,
        )

        batch_create_params.additional_properties = d
        return batch_create_params

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
