# Generated from openapi/claude-api.yaml by openapi-python-client. Do not edit by hand:
# change the spec (or openapi/generator-config.yaml) and run `nox -s generate`.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from claude_api.models.message_batch_canceled_result import MessageBatchCanceledResult
    from claude_api.models.message_batch_errored_result import MessageBatchErroredResult
    from claude_api.models.message_batch_expired_result import MessageBatchExpiredResult
    from claude_api.models.message_batch_succeeded_result import (
        MessageBatchSucceededResult,
    )


T = TypeVar("T", bound="MessageBatchIndividualResponse")


@_attrs_define
class MessageBatchIndividualResponse:
    """One line of a batch's results: the request's `custom_id` and its outcome.

    Attributes:
        custom_id (str):
        result (MessageBatchCanceledResult | MessageBatchErroredResult | MessageBatchExpiredResult |
            MessageBatchSucceededResult): The outcome of one batch request, tagged by `type`.
    """

    custom_id: str
    result: (
        MessageBatchCanceledResult
        | MessageBatchErroredResult
        | MessageBatchExpiredResult
        | MessageBatchSucceededResult
    )
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from claude_api.models.message_batch_canceled_result import (
            MessageBatchCanceledResult,  # noqa: PLC0415
        )
        from claude_api.models.message_batch_errored_result import (
            MessageBatchErroredResult,  # noqa: PLC0415
        )
        from claude_api.models.message_batch_succeeded_result import (
            MessageBatchSucceededResult,  # noqa: PLC0415
        )

        custom_id = self.custom_id

        result: dict[str, Any]
        if isinstance(self.result, dict):
            result = self.result
        elif isinstance(self.result, MessageBatchSucceededResult):
            result = self.result.to_dict()
        elif isinstance(self.result, MessageBatchErroredResult):
            result = self.result.to_dict()
        elif isinstance(self.result, MessageBatchCanceledResult):
            result = self.result.to_dict()
        else:
            result = self.result.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "custom_id": custom_id,
                "result": result,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from claude_api.models.message_batch_canceled_result import (
            MessageBatchCanceledResult,  # noqa: PLC0415
        )
        from claude_api.models.message_batch_errored_result import (
            MessageBatchErroredResult,  # noqa: PLC0415
        )
        from claude_api.models.message_batch_expired_result import (
            MessageBatchExpiredResult,  # noqa: PLC0415
        )
        from claude_api.models.message_batch_succeeded_result import (
            MessageBatchSucceededResult,  # noqa: PLC0415
        )

        d = dict(src_dict)
        custom_id = d.pop("custom_id")

        def _parse_result(
            data: object,
        ) -> (
            MessageBatchCanceledResult
            | MessageBatchErroredResult
            | MessageBatchExpiredResult
            | MessageBatchSucceededResult
        ):
            if not isinstance(data, dict):
                raise TypeError(f"expected a JSON object, got {type(data).__name__}")
            tag = data.get("type")
            if tag == "succeeded":
                return MessageBatchSucceededResult.from_dict(data)
            if tag == "errored":
                return MessageBatchErroredResult.from_dict(data)
            if tag == "canceled":
                return MessageBatchCanceledResult.from_dict(data)
            if tag == "expired":
                return MessageBatchExpiredResult.from_dict(data)
            # An unknown tag: keep the raw object so that newer API output still parses and round-trips.
            return cast(
                "MessageBatchCanceledResult | MessageBatchErroredResult | MessageBatchExpiredResult | MessageBatchSucceededResult",
                data,
            )

        result = _parse_result(d.pop("result"))

        message_batch_individual_response = cls(
            custom_id=custom_id,
            result=result,
        )

        message_batch_individual_response.additional_properties = d
        return message_batch_individual_response

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
