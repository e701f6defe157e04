# Generated from openapi/claude-api.yaml by openapi-python-client. Do not edit by hand:
# change the spec (or openapi/generator-config.yaml) and run `nox -s generate`.
from __future__ import annotations

import builtins
from collections.abc import Callable, Mapping
from typing import (
    TYPE_CHECKING,
    Any,
    Literal,
    TypeVar,
    cast,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from claude_api.types import (
    MISSING,
    NULL,
    UNSET,
    MissingFieldError,
    Model,
    Unset,
    attribute_error,
    build_partial,
    keep_unknown,
    model_eq,
    model_from_json,
    model_getstate,
    model_repr,
    model_setstate,
    model_to_json,
    new_model,
    not_an_object,
    partial_to_dict,
)

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

# Attribute name -> JSON key of every field, and the set of known JSON keys.
_WIRE_NAMES: dict[str, str] = {
    "error": "error",
    "type": "type",
    "request_id": "request_id",
}
_KNOWN: frozenset[str] = frozenset(_WIRE_NAMES.values())
# The fields the spec does not require: absent, they read as None (and stay out of `to_dict`).
_OPTIONAL: frozenset[str] = frozenset(
    {
        "request_id",
    }
)
# Those of them that may also be null, each with its bit in `_absent`, set when the field was
# left out (None alone cannot tell absent from null).
_NULLABLE: dict[str, int] = {
    "request_id": 1,
}
_imported = False


def _import_models() -> None:
    """Import the models this one refers to, once, on first use (they import each other)."""
    global \
        _imported, \
        APIError, \
        AuthenticationError, \
        BillingError, \
        GatewayTimeoutError, \
        InvalidRequestError, \
        NotFoundError, \
        OverloadedError, \
        PermissionError_, \
        RateLimitError, \
        RequestTooLargeError
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

    _error_parsers.update(
        {
            "invalid_request_error": InvalidRequestError.from_dict,
            "authentication_error": AuthenticationError.from_dict,
            "billing_error": BillingError.from_dict,
            "permission_error": PermissionError_.from_dict,
            "not_found_error": NotFoundError.from_dict,
            "request_too_large": RequestTooLargeError.from_dict,
            "rate_limit_error": RateLimitError.from_dict,
            "timeout_error": GatewayTimeoutError.from_dict,
            "api_error": APIError.from_dict,
            "overloaded_error": OverloadedError.from_dict,
        }
    )

    _imported = True


_error_parsers: dict[
    object,
    Callable[
        [Mapping[str, Any]],
        APIError
        | AuthenticationError
        | BillingError
        | GatewayTimeoutError
        | InvalidRequestError
        | NotFoundError
        | OverloadedError
        | PermissionError_
        | RateLimitError
        | RequestTooLargeError,
    ],
] = {}


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
    parse = _error_parsers.get(tag)  # an absent tag: the member it may be
    if parse is not None:
        return parse(data)
    # An unknown tag: keep the raw object so that newer API output still parses and round-trips.
    return cast(
        "APIError | AuthenticationError | BillingError | GatewayTimeoutError | InvalidRequestError | NotFoundError | OverloadedError | PermissionError_ | RateLimitError | RequestTooLargeError",
        data,
    )


@_attrs_define(init=False)  # the __init__ below: a field given no value reads None
class ErrorResponse(Model):
    """The error envelope returned with every non-2xx status, and inside an errored batch result.

    Attributes:
        error (APIError | AuthenticationError | BillingError | GatewayTimeoutError | InvalidRequestError | NotFoundError
            | OverloadedError | PermissionError_ | RateLimitError | RequestTooLargeError): The error inside an error
            envelope, tagged by its `type`. New error types may appear.
        type (Literal['error']):  Default: 'error'.
        request_id (None | str | Unset):
    """

    _optional_ = _OPTIONAL
    _nullable_ = _NULLABLE

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
    type: Literal["error"] = "error"
    request_id: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __init__(
        self,
        error: APIError
        | AuthenticationError
        | BillingError
        | GatewayTimeoutError
        | InvalidRequestError
        | NotFoundError
        | OverloadedError
        | PermissionError_
        | RateLimitError
        | RequestTooLargeError,
        type: Literal["error"] = "error",
        request_id: None | str | Unset = UNSET,
    ) -> None:
        absent = 0
        self.error = error
        self.type = type
        if request_id is UNSET:
            absent |= 1
        self.request_id = NULL if request_id is UNSET else request_id
        self._absent = absent  # type: ignore[misc]  # a slot of types.Model (unseen by mypy's attrs plugin)

    def to_dict(self) -> dict[str, Any]:
        if not _imported:
            _import_models()
        try:
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

            type_ = self.type

            request_id_value = self.request_id
            if request_id_value is None and self._absent & 1:
                request_id_value = UNSET
            request_id: None | str | Unset
            if isinstance(request_id_value, Unset):
                request_id = UNSET
            else:
                request_id = request_id_value

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

        except MissingFieldError:  # built from data that lacked a required field
            return partial_to_dict(self, _WIRE_NAMES)

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:  # a field may be `type`
        if not isinstance(src_dict, dict) and not isinstance(src_dict, Mapping):
            raise TypeError(f"{cls.__name__} expects a JSON object, got {type(src_dict).__name__}")
        if not _imported:
            _import_models()
        missing = 0  # fields the data lacks: len(src_dict) + missing > fields means extra keys
        if "error" in src_dict:
            error = src_dict["error"]
            error = (
                _error_parsers.get(error.get("type"), keep_unknown)
                if isinstance(error, dict)
                else not_an_object
            )(error)

        else:
            error = MISSING
            missing += 1

        if "type" in src_dict:
            _type_ = src_dict["type"]
            if _type_ != "error":
                raise ValueError(f"type must match const 'error', got '{_type_}'")
            type_: Literal["error"] = "error"

        else:
            type_ = "error"
            missing += 1

        request_id: None | str | Unset = src_dict.get("request_id", UNSET)

        if error is MISSING:
            # Liberal reading: the instance is built without the attributes the data lacks.
            return build_partial(
                cls,
                {
                    "error": error,
                    "type": type_,
                    "request_id": request_id,
                },
                _extra(src_dict),
            )
        # Stores into the slots, no __init__ call (measured: the call was a third of a small
        # model's parse); a field the data lacks reads None.
        error_response = new_model(cls)
        absent = 0
        error_response.error = error
        error_response.type = type_
        if request_id is UNSET:
            absent |= 1
            error_response.request_id = None
            missing += 1
        else:
            error_response.request_id = request_id
        error_response._absent = absent
        if len(src_dict) + missing > 3:  # cheaper than a set test
            error_response.additional_properties = _extra(src_dict)
        return error_response

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
