# Generated from openapi/claude-api.yaml by openapi-python-client. Do not edit by hand:
# change the spec (or openapi/generator-config.yaml) and run `nox -s generate`.
from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import (
    TYPE_CHECKING,
    Any,
    Literal,
    TypeVar,
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
    model_eq,
    model_from_json,
    model_getstate,
    model_repr,
    model_setstate,
    model_to_json,
    new_model,
    partial_to_dict,
)

T = TypeVar("T", bound="CitationsWebSearchResultLocation")

# Attribute name -> JSON key of every field, and the set of known JSON keys.
_WIRE_NAMES: dict[str, str] = {
    "cited_text": "cited_text",
    "encrypted_index": "encrypted_index",
    "type": "type",
    "url": "url",
    "title": "title",
}
_KNOWN: frozenset[str] = frozenset(_WIRE_NAMES.values())
# The fields the spec does not require: absent, they read as None (and stay out of `to_dict`).
_OPTIONAL: frozenset[str] = frozenset(
    {
        "title",
    }
)
# Those of them that may also be null, each with its bit in `_absent`, set when the field was
# left out (None alone cannot tell absent from null).
_NULLABLE: dict[str, int] = {
    "title": 1,
}


@_attrs_define(init=False)  # the __init__ below: a field given no value reads None
class CitationsWebSearchResultLocation(Model):
    """Citation location of type `web_search_result_location` (response side).

    Attributes:
        cited_text (str):
        encrypted_index (str):
        type (Literal['web_search_result_location']):  Default: 'web_search_result_location'.
        url (str):
        title (None | str | Unset):
    """

    _optional_ = _OPTIONAL
    _nullable_ = _NULLABLE

    cited_text: str
    encrypted_index: str
    url: str
    type: Literal["web_search_result_location"] = "web_search_result_location"
    title: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __init__(
        self,
        cited_text: str,
        encrypted_index: str,
        url: str,
        type: Literal["web_search_result_location"] = "web_search_result_location",
        title: None | str | Unset = UNSET,
    ) -> None:
        absent = 0
        self.cited_text = cited_text
        self.encrypted_index = encrypted_index
        self.type = type
        self.url = url
        if title is UNSET:
            absent |= 1
        self.title = NULL if title is UNSET else title
        self._absent = absent  # type: ignore[misc]  # a slot of types.Model (unseen by mypy's attrs plugin)

    def to_dict(self) -> dict[str, Any]:
        try:
            cited_text = self.cited_text

            encrypted_index = self.encrypted_index

            type_ = self.type

            url = self.url

            title_value = self.title
            if title_value is None and self._absent & 1:
                title_value = UNSET
            title: None | str | Unset
            if isinstance(title_value, Unset):
                title = UNSET
            else:
                title = title_value

            field_dict: dict[str, Any] = {}
            field_dict.update(self.additional_properties)
            field_dict.update(
                {
                    "cited_text": cited_text,
                    "encrypted_index": encrypted_index,
                    "type": type_,
                    "url": url,
                }
            )
            if title is not UNSET:
                field_dict["title"] = title

            return field_dict

        except MissingFieldError:  # built from data that lacked a required field
            return partial_to_dict(self, _WIRE_NAMES)

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:  # a field may be `type`
        if not isinstance(src_dict, dict) and not isinstance(src_dict, Mapping):
            raise TypeError(f"{cls.__name__} expects a JSON object, got {type(src_dict).__name__}")
        missing = 0  # fields the data lacks: len(src_dict) + missing > fields means extra keys
        cited_text = src_dict["cited_text"] if "cited_text" in src_dict else MISSING

        encrypted_index = src_dict["encrypted_index"] if "encrypted_index" in src_dict else MISSING

        if "type" in src_dict:
            _type_ = src_dict["type"]
            if _type_ != "web_search_result_location":
                raise ValueError(
                    f"type must match const 'web_search_result_location', got '{_type_}'"
                )
            type_: Literal["web_search_result_location"] = "web_search_result_location"

        else:
            type_ = "web_search_result_location"
            missing += 1

        url = src_dict["url"] if "url" in src_dict else MISSING

        title: None | str | Unset = src_dict.get("title", UNSET)

        if cited_text is MISSING or encrypted_index is MISSING or url is MISSING:
            # Liberal reading: the instance is built without the attributes the data lacks.
            return build_partial(
                cls,
                {
                    "cited_text": cited_text,
                    "encrypted_index": encrypted_index,
                    "type": type_,
                    "url": url,
                    "title": title,
                },
                _extra(src_dict),
            )
        # Stores into the slots, no __init__ call (measured: the call was a third of a small
        # model's parse); a field the data lacks reads None.
        citations_web_search_result_location = new_model(cls)
        absent = 0
        citations_web_search_result_location.cited_text = cited_text
        citations_web_search_result_location.encrypted_index = encrypted_index
        citations_web_search_result_location.type = type_
        citations_web_search_result_location.url = url
        if title is UNSET:
            absent |= 1
            citations_web_search_result_location.title = None
            missing += 1
        else:
            citations_web_search_result_location.title = title
        citations_web_search_result_location._absent = absent
        if len(src_dict) + missing > 5:  # cheaper than a set test
            citations_web_search_result_location.additional_properties = _extra(src_dict)
        return citations_web_search_result_location

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
