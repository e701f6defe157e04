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
    from claude_api.models.error_response import ErrorResponse


T = TypeVar("T", bound="MessageBatchErroredResult")


@_attrs_define
class MessageBatchErroredResult:
    """The request failed; `error` is the error envelope the API would have returned.

    Attributes:
        error (ErrorResponse): The error envelope returned with every non-2xx status, and inside an errored batch
            result.
        type_ (Literal['errored']):  Default: 'errored'.
    """

    error: ErrorResponse
    type_: Literal["errored"] = "errored"
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        error = self.error.to_dict()

        type_ = self.type_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "error": error,
                "type": type_,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from claude_api.models.error_response import ErrorResponse  # noqa: PLC0415

        d = dict(src_dict)
        error = ErrorResponse.from_dict(d.pop("error"))

        type_ = cast("Literal['errored']", d.pop("type"))
        if type_ != "errored":
            raise ValueError(f"type must match const 'errored', got '{type_}'")

        message_batch_errored_result = cls(
            error=error,
            type_=type_,
        )

        message_batch_errored_result.additional_properties = d
        return message_batch_errored_result

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
