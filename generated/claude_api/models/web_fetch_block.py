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

if TYPE_CHECKING:
    from claude_api.models.document_block import DocumentBlock


T = TypeVar("T", bound="WebFetchBlock")

# Attribute name -> JSON key of every field, and the set of known JSON keys.
_WIRE_NAMES: dict[str, str] = {
    "content": "content",
    "type": "type",
    "url": "url",
    "retrieved_at": "retrieved_at",
}
_KNOWN: frozenset[str] = frozenset(_WIRE_NAMES.values())
# The fields the spec does not require: absent, they read as None (and stay out of `to_dict`).
_OPTIONAL: frozenset[str] = frozenset(
    {
        "retrieved_at",
    }
)
# Those of them that may also be null, each with its bit in `_absent`, set when the field was
# left out (None alone cannot tell absent from null).
_NULLABLE: dict[str, int] = {
    "retrieved_at": 1,
}
_imported = False


def _import_models() -> None:
    """Import the models this one refers to, once, on first use (they import each other)."""
    global _imported, DocumentBlock
    from claude_api.models.document_block import DocumentBlock  # noqa: PLC0415

    _imported = True


@_attrs_define(init=False)  # the __init__ below: a field given no value reads None
class WebFetchBlock(Model):
    """Output content block of type `web_fetch_result`.

    Attributes:
        content (DocumentBlock): Output content block of type `document`.
        type (Literal['web_fetch_result']):  Default: 'web_fetch_result'.
        url (str):
        retrieved_at (None | str | Unset):
    """

    _optional_ = _OPTIONAL
    _nullable_ = _NULLABLE

    content: DocumentBlock
    url: str
    type: Literal["web_fetch_result"] = "web_fetch_result"
    retrieved_at: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __init__(
        self,
        content: DocumentBlock,
        url: str,
        type: Literal["web_fetch_result"] = "web_fetch_result",
        retrieved_at: None | str | Unset = UNSET,
    ) -> None:
        absent = 0
        self.content = content
        self.type = type
        self.url = url
        if retrieved_at is UNSET:
            absent |= 1
        self.retrieved_at = NULL if retrieved_at is UNSET else retrieved_at
        self._absent = absent  # type: ignore[misc]  # a slot of types.Model (unseen by mypy's attrs plugin)

    def to_dict(self) -> dict[str, Any]:
        if not _imported:
            _import_models()
        try:
            content = self.content.to_dict()

            type_ = self.type

            url = self.url

            retrieved_at_value = self.retrieved_at
            if retrieved_at_value is None and self._absent & 1:
                retrieved_at_value = UNSET
            retrieved_at: None | str | Unset
            if isinstance(retrieved_at_value, Unset):
                retrieved_at = UNSET
            else:
                retrieved_at = retrieved_at_value

            field_dict: dict[str, Any] = {}
            field_dict.update(self.additional_properties)
            field_dict.update(
                {
                    "content": content,
                    "type": type_,
                    "url": url,
                }
            )
            if retrieved_at is not UNSET:
                field_dict["retrieved_at"] = retrieved_at

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
        if "content" in src_dict:
            content = DocumentBlock.from_dict(src_dict["content"])

        else:
            content = MISSING
            missing += 1

        if "type" in src_dict:
            _type_ = src_dict["type"]
            if _type_ != "web_fetch_result":
                raise ValueError(f"type must match const 'web_fetch_result', got '{_type_}'")
            type_: Literal["web_fetch_result"] = "web_fetch_result"

        else:
            type_ = "web_fetch_result"
            missing += 1

        url = src_dict["url"] if "url" in src_dict else MISSING

        retrieved_at: None | str | Unset = src_dict.get("retrieved_at", UNSET)

        if content is MISSING or url is MISSING:
            # Liberal reading: the instance is built without the attributes the data lacks.
            return build_partial(
                cls,
                {
                    "content": content,
                    "type": type_,
                    "url": url,
                    "retrieved_at": retrieved_at,
                },
                _extra(src_dict),
            )
        # Stores into the slots, no __init__ call (measured: the call was a third of a small
        # model's parse); a field the data lacks reads None.
        web_fetch_block = new_model(cls)
        absent = 0
        web_fetch_block.content = content
        web_fetch_block.type = type_
        web_fetch_block.url = url
        if retrieved_at is UNSET:
            absent |= 1
            web_fetch_block.retrieved_at = None
            missing += 1
        else:
            web_fetch_block.retrieved_at = retrieved_at
        web_fetch_block._absent = absent
        if len(src_dict) + missing > 4:  # cheaper than a set test
            web_fetch_block.additional_properties = _extra(src_dict)
        return web_fetch_block

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
