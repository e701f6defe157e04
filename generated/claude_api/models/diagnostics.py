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
    from claude_api.models.cache_miss_messages_changed import CacheMissMessagesChanged
    from claude_api.models.cache_miss_model_changed import CacheMissModelChanged
    from claude_api.models.cache_miss_previous_message_not_found import (
        CacheMissPreviousMessageNotFound,
    )
    from claude_api.models.cache_miss_system_changed import CacheMissSystemChanged
    from claude_api.models.cache_miss_tools_changed import CacheMissToolsChanged
    from claude_api.models.cache_miss_unavailable import CacheMissUnavailable


T = TypeVar("T", bound="Diagnostics")

# Attribute name -> JSON key of every field, and the set of known JSON keys.
_WIRE_NAMES: dict[str, str] = {
    "cache_miss_reason": "cache_miss_reason",
}
_KNOWN: frozenset[str] = frozenset(_WIRE_NAMES.values())
# The fields the spec does not require: absent, they read as None (and stay out of `to_dict`).
_OPTIONAL: frozenset[str] = frozenset(
    {
        "cache_miss_reason",
    }
)
# Those of them that may also be null, each with its bit in `_absent`, set when the field was
# left out (None alone cannot tell absent from null).
_NULLABLE: dict[str, int] = {
    "cache_miss_reason": 1,
}
_imported = False


def _import_models() -> None:
    """Import the models this one refers to, once, on first use (they import each other)."""
    global \
        _imported, \
        CacheMissMessagesChanged, \
        CacheMissModelChanged, \
        CacheMissPreviousMessageNotFound, \
        CacheMissSystemChanged, \
        CacheMissToolsChanged, \
        CacheMissUnavailable
    from claude_api.models.cache_miss_messages_changed import CacheMissMessagesChanged  # noqa: PLC0415
    from claude_api.models.cache_miss_model_changed import CacheMissModelChanged  # noqa: PLC0415
    from claude_api.models.cache_miss_previous_message_not_found import (
        CacheMissPreviousMessageNotFound,
    )
    from claude_api.models.cache_miss_system_changed import CacheMissSystemChanged  # noqa: PLC0415
    from claude_api.models.cache_miss_tools_changed import CacheMissToolsChanged  # noqa: PLC0415
    from claude_api.models.cache_miss_unavailable import CacheMissUnavailable  # noqa: PLC0415

    _cache_miss_reason_parsers.update(
        {
            "model_changed": CacheMissModelChanged.from_dict,
            "system_changed": CacheMissSystemChanged.from_dict,
            "tools_changed": CacheMissToolsChanged.from_dict,
            "messages_changed": CacheMissMessagesChanged.from_dict,
            "previous_message_not_found": CacheMissPreviousMessageNotFound.from_dict,
            "unavailable": CacheMissUnavailable.from_dict,
        }
    )

    _imported = True


_cache_miss_reason_parsers: dict[
    object,
    Callable[
        [Mapping[str, Any]],
        CacheMissMessagesChanged
        | CacheMissModelChanged
        | CacheMissPreviousMessageNotFound
        | CacheMissSystemChanged
        | CacheMissToolsChanged
        | CacheMissUnavailable
        | None
        | Unset,
    ],
] = {}


def _parse_cache_miss_reason(
    data: object,
) -> (
    CacheMissMessagesChanged
    | CacheMissModelChanged
    | CacheMissPreviousMessageNotFound
    | CacheMissSystemChanged
    | CacheMissToolsChanged
    | CacheMissUnavailable
    | None
    | Unset
):
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    if not isinstance(data, dict):
        raise TypeError(f"expected a JSON object, got {type(data).__name__}")
    tag = data.get("type")
    parse = _cache_miss_reason_parsers.get(tag)  # an absent tag: the member it may be
    if parse is not None:
        return parse(data)
    # An unknown tag: keep the raw object so that newer API output still parses and round-trips.
    return cast(
        "CacheMissMessagesChanged | CacheMissModelChanged | CacheMissPreviousMessageNotFound | CacheMissSystemChanged | CacheMissToolsChanged | CacheMissUnavailable | None | Unset",
        data,
    )


@_attrs_define(init=False)  # the __init__ below: a field given no value reads None
class Diagnostics(Model):
    """Diagnostics.

    Attributes:
        cache_miss_reason (CacheMissMessagesChanged | CacheMissModelChanged | CacheMissPreviousMessageNotFound |
            CacheMissSystemChanged | CacheMissToolsChanged | CacheMissUnavailable | None | Unset):
    """

    _optional_ = _OPTIONAL
    _nullable_ = _NULLABLE

    cache_miss_reason: (
        CacheMissMessagesChanged
        | CacheMissModelChanged
        | CacheMissPreviousMessageNotFound
        | CacheMissSystemChanged
        | CacheMissToolsChanged
        | CacheMissUnavailable
        | None
        | Unset
    ) = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __init__(
        self,
        cache_miss_reason: CacheMissMessagesChanged
        | CacheMissModelChanged
        | CacheMissPreviousMessageNotFound
        | CacheMissSystemChanged
        | CacheMissToolsChanged
        | CacheMissUnavailable
        | None
        | Unset = UNSET,
    ) -> None:
        absent = 0
        if cache_miss_reason is UNSET:
            absent |= 1
        self.cache_miss_reason = NULL if cache_miss_reason is UNSET else cache_miss_reason
        self._absent = absent  # type: ignore[misc]  # a slot of types.Model (unseen by mypy's attrs plugin)

    def to_dict(self) -> dict[str, Any]:
        if not _imported:
            _import_models()
        cache_miss_reason_value = self.cache_miss_reason
        if cache_miss_reason_value is None and self._absent & 1:
            cache_miss_reason_value = UNSET
        cache_miss_reason: dict[str, Any] | None | Unset
        if isinstance(cache_miss_reason_value, Unset):
            cache_miss_reason = UNSET
        elif isinstance(cache_miss_reason_value, dict):
            cache_miss_reason = cache_miss_reason_value
        elif isinstance(cache_miss_reason_value, CacheMissModelChanged):
            cache_miss_reason = cache_miss_reason_value.to_dict()
        elif isinstance(cache_miss_reason_value, CacheMissSystemChanged):
            cache_miss_reason = cache_miss_reason_value.to_dict()
        elif isinstance(cache_miss_reason_value, CacheMissToolsChanged):
            cache_miss_reason = cache_miss_reason_value.to_dict()
        elif isinstance(cache_miss_reason_value, CacheMissMessagesChanged):
            cache_miss_reason = cache_miss_reason_value.to_dict()
        elif isinstance(cache_miss_reason_value, CacheMissPreviousMessageNotFound):
            cache_miss_reason = cache_miss_reason_value.to_dict()
        elif isinstance(cache_miss_reason_value, CacheMissUnavailable):
            cache_miss_reason = cache_miss_reason_value.to_dict()
        else:
            cache_miss_reason = cache_miss_reason_value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if cache_miss_reason is not UNSET:
            field_dict["cache_miss_reason"] = cache_miss_reason

        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:  # a field may be `type`
        if not isinstance(src_dict, dict) and not isinstance(src_dict, Mapping):
            raise TypeError(f"{cls.__name__} expects a JSON object, got {type(src_dict).__name__}")
        if not _imported:
            _import_models()
        missing = 0  # fields the data lacks: len(src_dict) + missing > fields means extra keys
        cache_miss_reason = src_dict.get("cache_miss_reason", UNSET)
        if cache_miss_reason is not None and cache_miss_reason is not UNSET:
            cache_miss_reason = (
                _cache_miss_reason_parsers.get(cache_miss_reason.get("type"), keep_unknown)
                if isinstance(cache_miss_reason, dict)
                else not_an_object
            )(cache_miss_reason)

        # Stores into the slots, no __init__ call (measured: the call was a third of a small
        # model's parse); a field the data lacks reads None.
        diagnostics = new_model(cls)
        absent = 0
        if cache_miss_reason is UNSET:
            absent |= 1
            diagnostics.cache_miss_reason = None
            missing += 1
        else:
            diagnostics.cache_miss_reason = cache_miss_reason
        diagnostics._absent = absent
        if len(src_dict) + missing > 1:  # cheaper than a set test
            diagnostics.additional_properties = _extra(src_dict)
        return diagnostics

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
