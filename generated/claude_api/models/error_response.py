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

from claude_api.types import UNSET, Unset

if TYPE_CHECKING:
    from claude_api.models.api_error import APIError
    from claude_api.models.authentication_error import AuthenticationError
    from claude_api.models.billing_error import BillingError
    from claude_api.models.gateway_timeout_error import GatewayTimeoutError
    from claude_api.models.invalid_request_error import InvalidRequestError
    from claude_api.models.not_found_error import NotFoundError
    from claude_api.models.overloaded_error import OverloadedError
    from claude_api.models.permission_error import PermissionError_
    from claude_api.models.rate_limit_error import RateLimitError
    from claude_api.models.request_too_large_error import RequestTooLargeError


T = TypeVar("T", bound="ErrorResponse")


@_attrs_define
class ErrorResponse:
    """The error envelope returned with every non-2xx status, and inside an errored batch result.

    Attributes:
        error (APIError | AuthenticationError | BillingError | GatewayTimeoutError | InvalidRequestError | NotFoundError
            | OverloadedError | PermissionError_ | RateLimitError | RequestTooLargeError): The error inside an error
            envelope, tagged by its `type`. New error types may appear.
        type_ (Literal['error']):  Default: 'error'.
        request_id (None | str | Unset):
    """

    error: (
        APIError
        | AuthenticationError
        | BillingError
        | GatewayTimeoutError
        | InvalidRequestError
        | NotFoundError
        | OverloadedError
        | PermissionError_
        | RateLimitError
        | RequestTooLargeError
    )
    type_: Literal["error"] = "error"
    request_id: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from claude_api.models.api_error import APIError  # noqa: PLC0415
        from claude_api.models.authentication_error import AuthenticationError  # noqa: PLC0415
        from claude_api.models.billing_error import BillingError  # noqa: PLC0415
        from claude_api.models.gateway_timeout_error import GatewayTimeoutError  # noqa: PLC0415
        from claude_api.models.invalid_request_error import InvalidRequestError  # noqa: PLC0415
        from claude_api.models.not_found_error import NotFoundError  # noqa: PLC0415
        from claude_api.models.permission_error import PermissionError_  # noqa: PLC0415
        from claude_api.models.rate_limit_error import RateLimitError  # noqa: PLC0415
        from claude_api.models.request_too_large_error import RequestTooLargeError  # noqa: PLC0415

        error: dict[str, Any]
        if isinstance(self.error, dict):
            error = self.error
        elif isinstance(self.error, InvalidRequestError):
            error = self.error.to_dict()
        elif isinstance(self.error, AuthenticationError):
            error = self.error.to_dict()
        elif isinstance(self.error, BillingError):
            error = self.error.to_dict()
        elif isinstance(self.error, PermissionError_):
            error = self.error.to_dict()
        elif isinstance(self.error, NotFoundError):
            error = self.error.to_dict()
        elif isinstance(self.error, RequestTooLargeError):
            error = self.error.to_dict()
        elif isinstance(self.error, RateLimitError):
            error = self.error.to_dict()
        elif isinstance(self.error, GatewayTimeoutError):
            error = self.error.to_dict()
        elif isinstance(self.error, APIError):
            error = self.error.to_dict()
        else:
            error = self.error.to_dict()

        type_ = self.type_

        request_id: None | str | Unset
        if isinstance(self.request_id, Unset):
            request_id = UNSET
        else:
            request_id = self.request_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "error": error,
                "type": type_,
            }
        )
        if request_id is not UNSET:
            field_dict["request_id"] = request_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from claude_api.models.api_error import APIError  # noqa: PLC0415
        from claude_api.models.authentication_error import AuthenticationError  # noqa: PLC0415
        from claude_api.models.billing_error import BillingError  # noqa: PLC0415
        from claude_api.models.gateway_timeout_error import GatewayTimeoutError  # noqa: PLC0415
        from claude_api.models.invalid_request_error import InvalidRequestError  # noqa: PLC0415
        from claude_api.models.not_found_error import NotFoundError  # noqa: PLC0415
        from claude_api.models.overloaded_error import OverloadedError  # noqa: PLC0415
        from claude_api.models.permission_error import PermissionError_  # noqa: PLC0415
        from claude_api.models.rate_limit_error import RateLimitError  # noqa: PLC0415
        from claude_api.models.request_too_large_error import RequestTooLargeError  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_error(
            data: object,
        ) -> (
            APIError
            | AuthenticationError
            | BillingError
            | GatewayTimeoutError
            | InvalidRequestError
            | NotFoundError
            | OverloadedError
            | PermissionError_
            | RateLimitError
            | RequestTooLargeError
        ):
            if not isinstance(data, dict):
                raise TypeError(f"expected a JSON object, got {type(data).__name__}")
            tag = data.get("type")
            if tag == "invalid_request_error":
                return InvalidRequestError.from_dict(data)
            if tag == "authentication_error":
                return AuthenticationError.from_dict(data)
            if tag == "billing_error":
                return BillingError.from_dict(data)
            if tag == "permission_error":
                return PermissionError_.from_dict(data)
            if tag == "not_found_error":
                return NotFoundError.from_dict(data)
            if tag == "request_too_large":
                return RequestTooLargeError.from_dict(data)
            if tag == "rate_limit_error":
                return RateLimitError.from_dict(data)
            if tag == "timeout_error":
                return GatewayTimeoutError.from_dict(data)
            if tag == "api_error":
                return APIError.from_dict(data)
            if tag == "overloaded_error":
                return OverloadedError.from_dict(data)
            # An unknown tag: keep the raw object so that newer API output still parses and round-trips.
            return cast(
                "APIError | AuthenticationError | BillingError | GatewayTimeoutError | InvalidRequestError | NotFoundError | OverloadedError | PermissionError_ | RateLimitError | RequestTooLargeError",
                data,
            )

        error = _parse_error(d.pop("error"))

        type_ = cast("Literal['error']", d.pop("type"))
        if type_ != "error":
            raise ValueError(f"type must match const 'error', got '{type_}'")

        def _parse_request_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast("None | str | Unset", data)

        request_id = _parse_request_id(d.pop("request_id", UNSET))

        error_response = cls(
            error=error,
            type_=type_,
            request_id=request_id,
        )

        error_response.additional_properties = d
        return error_response

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
