# Generated from openapi/claude-api.yaml by openapi-python-client. Do not edit by hand:
# change the spec (or openapi/generator-config.yaml) and run `nox -s generate`.
from __future__ import annotations

import builtins
from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from claude_api.types import (
    NULL,
    UNSET,
    Model,
    Unset,
    attribute_error,
    keep_unknown,
    model_eq,
    model_from_json,
    model_getstate,
    model_repr,
    model_setstate,
    model_to_json,
    new_model,
    not_an_object,
)

if TYPE_CHECKING:
    from claude_api.models.web_fetch_url_source_all_param import WebFetchURLSourceAllParam
    from claude_api.models.web_fetch_url_source_except_param import (
        WebFetchURLSourceExceptParam,
    )
    from claude_api.models.web_fetch_url_source_none_param import (
        WebFetchURLSourceNoneParam,
    )
    from claude_api.models.web_fetch_url_source_only_param import (
        WebFetchURLSourceOnlyParam,
    )


T = TypeVar("T", bound="WebFetchURLSourcesParam")

# Attribute name -> JSON key of every field, and the set of known JSON keys.
_WIRE_NAMES: dict[str, str] = {
    "client_tool_results": "client_tool_results",
    "server_tool_results": "server_tool_results",
    "user_input": "user_input",
}
_KNOWN: frozenset[str] = frozenset(_WIRE_NAMES.values())
# The fields the spec does not require: absent, they read as None (and stay out of `to_dict`).
_OPTIONAL: frozenset[str] = frozenset(
    {
        "client_tool_results",
        "server_tool_results",
        "user_input",
    }
)
# Those of them that may also be null, each with its bit in `_absent`, set when the field was
# left out (None alone cannot tell absent from null).
_NULLABLE: dict[str, int] = {}
_imported = False


def _import_models() -> None:
    """Import the models this one refers to, once, on first use (they import each other)."""
    global \
        _imported, \
        WebFetchURLSourceAllParam, \
        WebFetchURLSourceExceptParam, \
        WebFetchURLSourceNoneParam, \
        WebFetchURLSourceOnlyParam
    from claude_api.models.web_fetch_url_source_all_param import (
        WebFetchURLSourceAllParam,  # noqa: PLC0415
    )
    from claude_api.models.web_fetch_url_source_except_param import (
        WebFetchURLSourceExceptParam,  # noqa: PLC0415
    )
    from claude_api.models.web_fetch_url_source_none_param import (
        WebFetchURLSourceNoneParam,  # noqa: PLC0415
    )
    from claude_api.models.web_fetch_url_source_only_param import (
        WebFetchURLSourceOnlyParam,  # noqa: PLC0415
    )

    _client_tool_results_parsers.update(
        {
            "all": WebFetchURLSourceAllParam.from_dict,
            "none": WebFetchURLSourceNoneParam.from_dict,
            "only": WebFetchURLSourceOnlyParam.from_dict,
            "except": WebFetchURLSourceExceptParam.from_dict,
        }
    )
    _server_tool_results_parsers.update(
        {
            "all": WebFetchURLSourceAllParam.from_dict,
            "none": WebFetchURLSourceNoneParam.from_dict,
            "only": WebFetchURLSourceOnlyParam.from_dict,
            "except": WebFetchURLSourceExceptParam.from_dict,
        }
    )
    _user_input_parsers.update(
        {
            "all": WebFetchURLSourceAllParam.from_dict,
            "none": WebFetchURLSourceNoneParam.from_dict,
        }
    )

    _imported = True


_client_tool_results_parsers: dict[
    object,
    Callable[
        [Mapping[str, Any]],
        Unset
        | WebFetchURLSourceAllParam
        | WebFetchURLSourceExceptParam
        | WebFetchURLSourceNoneParam
        | WebFetchURLSourceOnlyParam,
    ],
] = {}


def _parse_client_tool_results(
    data: object,
) -> (
    Unset
    | WebFetchURLSourceAllParam
    | WebFetchURLSourceExceptParam
    | WebFetchURLSourceNoneParam
    | WebFetchURLSourceOnlyParam
):
    if isinstance(data, Unset):
        return data
    if not isinstance(data, dict):
        raise TypeError(f"expected a JSON object, got {type(data).__name__}")
    tag = data.get("type")
    parse = _client_tool_results_parsers.get(tag)  # an absent tag: the member it may be
    if parse is not None:
        return parse(data)
    # An unknown tag: keep the raw object so that newer API output still parses and round-trips.
    return cast(
        "Unset | WebFetchURLSourceAllParam | WebFetchURLSourceExceptParam | WebFetchURLSourceNoneParam | WebFetchURLSourceOnlyParam",
        data,
    )


_server_tool_results_parsers: dict[
    object,
    Callable[
        [Mapping[str, Any]],
        Unset
        | WebFetchURLSourceAllParam
        | WebFetchURLSourceExceptParam
        | WebFetchURLSourceNoneParam
        | WebFetchURLSourceOnlyParam,
    ],
] = {}


def _parse_server_tool_results(
    data: object,
) -> (
    Unset
    | WebFetchURLSourceAllParam
    | WebFetchURLSourceExceptParam
    | WebFetchURLSourceNoneParam
    | WebFetchURLSourceOnlyParam
):
    if isinstance(data, Unset):
        return data
    if not isinstance(data, dict):
        raise TypeError(f"expected a JSON object, got {type(data).__name__}")
    tag = data.get("type")
    parse = _server_tool_results_parsers.get(tag)  # an absent tag: the member it may be
    if parse is not None:
        return parse(data)
    # An unknown tag: keep the raw object so that newer API output still parses and round-trips.
    return cast(
        "Unset | WebFetchURLSourceAllParam | WebFetchURLSourceExceptParam | WebFetchURLSourceNoneParam | WebFetchURLSourceOnlyParam",
        data,
    )


_user_input_parsers: dict[
    object,
    Callable[[Mapping[str, Any]], Unset | WebFetchURLSourceAllParam | WebFetchURLSourceNoneParam],
] = {}


def _parse_user_input(
    data: object,
) -> Unset | WebFetchURLSourceAllParam | WebFetchURLSourceNoneParam:
    if isinstance(data, Unset):
        return data
    if not isinstance(data, dict):
        raise TypeError(f"expected a JSON object, got {type(data).__name__}")
    tag = data.get("type")
    parse = _user_input_parsers.get(tag)  # an absent tag: the member it may be
    if parse is not None:
        return parse(data)
    # An unknown tag: keep the raw object so that newer API output still parses and round-trips.
    return cast("Unset | WebFetchURLSourceAllParam | WebFetchURLSourceNoneParam", data)


@_attrs_define(init=False)  # the __init__ below: a field given no value reads None
class WebFetchURLSourcesParam(Model):
    """Web fetch url sources.

    Attributes:
        client_tool_results (Unset | WebFetchURLSourceAllParam | WebFetchURLSourceExceptParam |
            WebFetchURLSourceNoneParam | WebFetchURLSourceOnlyParam):
        server_tool_results (Unset | WebFetchURLSourceAllParam | WebFetchURLSourceExceptParam |
            WebFetchURLSourceNoneParam | WebFetchURLSourceOnlyParam):
        user_input (Unset | WebFetchURLSourceAllParam | WebFetchURLSourceNoneParam):
    """

    _optional_ = _OPTIONAL
    _nullable_ = _NULLABLE

    client_tool_results: (
        Unset
        | WebFetchURLSourceAllParam
        | WebFetchURLSourceExceptParam
        | WebFetchURLSourceNoneParam
        | WebFetchURLSourceOnlyParam
    ) = UNSET
    server_tool_results: (
        Unset
        | WebFetchURLSourceAllParam
        | WebFetchURLSourceExceptParam
        | WebFetchURLSourceNoneParam
        | WebFetchURLSourceOnlyParam
    ) = UNSET
    user_input: Unset | WebFetchURLSourceAllParam | WebFetchURLSourceNoneParam = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __init__(
        self,
        client_tool_results: Unset
        | WebFetchURLSourceAllParam
        | WebFetchURLSourceExceptParam
        | WebFetchURLSourceNoneParam
        | WebFetchURLSourceOnlyParam = UNSET,
        server_tool_results: Unset
        | WebFetchURLSourceAllParam
        | WebFetchURLSourceExceptParam
        | WebFetchURLSourceNoneParam
        | WebFetchURLSourceOnlyParam = UNSET,
        user_input: Unset | WebFetchURLSourceAllParam | WebFetchURLSourceNoneParam = UNSET,
    ) -> None:
        self.client_tool_results = NULL if client_tool_results is UNSET else client_tool_results
        self.server_tool_results = NULL if server_tool_results is UNSET else server_tool_results
        self.user_input = NULL if user_input is UNSET else user_input

    def to_dict(self) -> dict[str, Any]:
        if not _imported:
            _import_models()
        client_tool_results_value = self.client_tool_results
        if client_tool_results_value is None:  # null is not allowed here: None means absent
            client_tool_results_value = UNSET
        client_tool_results: dict[str, Any] | Unset
        if isinstance(client_tool_results_value, Unset):
            client_tool_results = UNSET
        elif isinstance(client_tool_results_value, dict):
            client_tool_results = client_tool_results_value
        elif isinstance(client_tool_results_value, WebFetchURLSourceAllParam):
            client_tool_results = client_tool_results_value.to_dict()
        elif isinstance(client_tool_results_value, WebFetchURLSourceNoneParam):
            client_tool_results = client_tool_results_value.to_dict()
        elif isinstance(client_tool_results_value, WebFetchURLSourceOnlyParam):
            client_tool_results = client_tool_results_value.to_dict()
        else:
            client_tool_results = client_tool_results_value.to_dict()

        server_tool_results_value = self.server_tool_results
        if server_tool_results_value is None:  # null is not allowed here: None means absent
            server_tool_results_value = UNSET
        server_tool_results: dict[str, Any] | Unset
        if isinstance(server_tool_results_value, Unset):
            server_tool_results = UNSET
        elif isinstance(server_tool_results_value, dict):
            server_tool_results = server_tool_results_value
        elif isinstance(server_tool_results_value, WebFetchURLSourceAllParam):
            server_tool_results = server_tool_results_value.to_dict()
        elif isinstance(server_tool_results_value, WebFetchURLSourceNoneParam):
            server_tool_results = server_tool_results_value.to_dict()
        elif isinstance(server_tool_results_value, WebFetchURLSourceOnlyParam):
            server_tool_results = server_tool_results_value.to_dict()
        else:
            server_tool_results = server_tool_results_value.to_dict()

        user_input_value = self.user_input
        if user_input_value is None:  # null is not allowed here: None means absent
            user_input_value = UNSET
        user_input: dict[str, Any] | Unset
        if isinstance(user_input_value, Unset):
            user_input = UNSET
        elif isinstance(user_input_value, dict):
            user_input = user_input_value
        elif isinstance(user_input_value, WebFetchURLSourceAllParam):
            user_input = user_input_value.to_dict()
        else:
            user_input = user_input_value.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if client_tool_results is not UNSET:
            field_dict["client_tool_results"] = client_tool_results
        if server_tool_results is not UNSET:
            field_dict["server_tool_results"] = server_tool_results
        if user_input is not UNSET:
            field_dict["user_input"] = user_input

        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:  # a field may be `type`
        if not isinstance(src_dict, dict) and not isinstance(src_dict, Mapping):
            raise TypeError(f"{cls.__name__} expects a JSON object, got {type(src_dict).__name__}")
        if not _imported:
            _import_models()
        missing = 0  # fields the data lacks: len(src_dict) + missing > fields means extra keys
        client_tool_results = src_dict.get("client_tool_results", UNSET)
        if client_tool_results is not UNSET:
            client_tool_results = (
                _client_tool_results_parsers.get(client_tool_results.get("type"), keep_unknown)
                if isinstance(client_tool_results, dict)
                else not_an_object
            )(client_tool_results)

        server_tool_results = src_dict.get("server_tool_results", UNSET)
        if server_tool_results is not UNSET:
            server_tool_results = (
                _server_tool_results_parsers.get(server_tool_results.get("type"), keep_unknown)
                if isinstance(server_tool_results, dict)
                else not_an_object
            )(server_tool_results)

        user_input = src_dict.get("user_input", UNSET)
        if user_input is not UNSET:
            user_input = (
                _user_input_parsers.get(user_input.get("type"), keep_unknown)
                if isinstance(user_input, dict)
                else not_an_object
            )(user_input)

        # Stores into the slots, no __init__ call (measured: the call was a third of a small
        # model's parse); a field the data lacks reads None.
        web_fetch_url_sources_param = new_model(cls)
        if client_tool_results is UNSET:
            web_fetch_url_sources_param.client_tool_results = NULL  # None, typed for the annotation
            missing += 1
        else:
            web_fetch_url_sources_param.client_tool_results = client_tool_results
        if server_tool_results is UNSET:
            web_fetch_url_sources_param.server_tool_results = NULL  # None, typed for the annotation
            missing += 1
        else:
            web_fetch_url_sources_param.server_tool_results = server_tool_results
        if user_input is UNSET:
            web_fetch_url_sources_param.user_input = NULL  # None, typed for the annotation
            missing += 1
        else:
            web_fetch_url_sources_param.user_input = user_input
        if len(src_dict) + missing > 3:  # cheaper than a set test
            web_fetch_url_sources_param.additional_properties = _extra(src_dict)
        return web_fetch_url_sources_param

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
