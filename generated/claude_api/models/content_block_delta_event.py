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
    MissingFieldError,
    Model,
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
    from claude_api.models.citations_delta import CitationsDelta
    from claude_api.models.input_json_delta import InputJSONDelta
    from claude_api.models.signature_delta import SignatureDelta
    from claude_api.models.text_delta import TextDelta
    from claude_api.models.thinking_delta import ThinkingDelta


T = TypeVar("T", bound="ContentBlockDeltaEvent")

# Attribute name -> JSON key of every field, and the set of known JSON keys.
_WIRE_NAMES: dict[str, str] = {
    "delta": "delta",
    "index": "index",
    "type": "type",
}
_KNOWN: frozenset[str] = frozenset(_WIRE_NAMES.values())
# The fields the spec does not require: absent, they read as None (and stay out of `to_dict`).
_OPTIONAL: frozenset[str] = frozenset({})
# Those of them that may also be null, each with its bit in `_absent`, set when the field was
# left out (None alone cannot tell absent from null).
_NULLABLE: dict[str, int] = {}
_imported = False


def _import_models() -> None:
    """Import the models this one refers to, once, on first use (they import each other)."""
    global _imported, CitationsDelta, InputJSONDelta, SignatureDelta, TextDelta, ThinkingDelta
    from claude_api.models.citations_delta import CitationsDelta  # noqa: PLC0415
    from claude_api.models.input_json_delta import InputJSONDelta  # noqa: PLC0415
    from claude_api.models.signature_delta import SignatureDelta  # noqa: PLC0415
    from claude_api.models.text_delta import TextDelta  # noqa: PLC0415
    from claude_api.models.thinking_delta import ThinkingDelta  # noqa: PLC0415

    _delta_parsers.update(
        {
            "text_delta": TextDelta.from_dict,
            "input_json_delta": InputJSONDelta.from_dict,
            "citations_delta": CitationsDelta.from_dict,
            "thinking_delta": ThinkingDelta.from_dict,
            "signature_delta": SignatureDelta.from_dict,
        }
    )

    _imported = True


_delta_parsers: dict[
    object,
    Callable[
        [Mapping[str, Any]],
        CitationsDelta | InputJSONDelta | SignatureDelta | TextDelta | ThinkingDelta,
    ],
] = {}


def _parse_delta(
    data: object,
) -> CitationsDelta | InputJSONDelta | SignatureDelta | TextDelta | ThinkingDelta:
    if not isinstance(data, dict):
        raise TypeError(f"expected a JSON object, got {type(data).__name__}")
    tag = data.get("type")
    parse = _delta_parsers.get(tag)  # an absent tag: the member it may be
    if parse is not None:
        return parse(data)
    # An unknown tag: keep the raw object so that newer API output still parses and round-trips.
    return cast(
        "CitationsDelta | InputJSONDelta | SignatureDelta | TextDelta | ThinkingDelta", data
    )


@_attrs_define(init=False)  # the __init__ below: a field given no value reads None
class ContentBlockDeltaEvent(Model):
    """An incremental change to the content block at `index`.

    Attributes:
        delta (CitationsDelta | InputJSONDelta | SignatureDelta | TextDelta | ThinkingDelta): An incremental change to a
            content block, tagged by `type`.
        index (int):
        type (Literal['content_block_delta']):  Default: 'content_block_delta'.
    """

    _optional_ = _OPTIONAL
    _nullable_ = _NULLABLE

    delta: CitationsDelta | InputJSONDelta | SignatureDelta | TextDelta | ThinkingDelta
    index: int
    type: Literal["content_block_delta"] = "content_block_delta"
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __init__(
        self,
        delta: CitationsDelta | InputJSONDelta | SignatureDelta | TextDelta | ThinkingDelta,
        index: int,
        type: Literal["content_block_delta"] = "content_block_delta",
    ) -> None:
        self.delta = delta
        self.index = index
        self.type = type

    def to_dict(self) -> dict[str, Any]:
        if not _imported:
            _import_models()
        try:
            delta: dict[str, Any]
            if isinstance(self.delta, dict):
                delta = self.delta
            elif isinstance(self.delta, TextDelta):
                delta = self.delta.to_dict()
            elif isinstance(self.delta, InputJSONDelta):
                delta = self.delta.to_dict()
            elif isinstance(self.delta, CitationsDelta):
                delta = self.delta.to_dict()
            elif isinstance(self.delta, ThinkingDelta):
                delta = self.delta.to_dict()
            else:
                delta = self.delta.to_dict()

            index = self.index

            type_ = self.type

            field_dict: dict[str, Any] = {}
            field_dict.update(self.additional_properties)
            field_dict.update(
                {
                    "delta": delta,
                    "index": index,
                    "type": type_,
                }
            )

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
        if "delta" in src_dict:
            delta = src_dict["delta"]
            delta = (
                _delta_parsers.get(delta.get("type"), keep_unknown)
                if isinstance(delta, dict)
                else not_an_object
            )(delta)

        else:
            delta = MISSING
            missing += 1

        index = src_dict["index"] if "index" in src_dict else MISSING

        if "type" in src_dict:
            _type_ = src_dict["type"]
            if _type_ != "content_block_delta":
                raise ValueError(f"type must match const 'content_block_delta', got '{_type_}'")
            type_: Literal["content_block_delta"] = "content_block_delta"

        else:
            type_ = "content_block_delta"
            missing += 1

        if delta is MISSING or index is MISSING:
            # Liberal reading: the instance is built without the attributes the data lacks.
            return build_partial(
                cls,
                {
                    "delta": delta,
                    "index": index,
                    "type": type_,
                },
                _extra(src_dict),
            )
        # Stores into the slots, no __init__ call (measured: the call was a third of a small
        # model's parse); a field the data lacks reads None.
        content_block_delta_event = new_model(cls)
        content_block_delta_event.delta = delta
        content_block_delta_event.index = index
        content_block_delta_event.type = type_
        if len(src_dict) + missing > 3:  # cheaper than a set test
            content_block_delta_event.additional_properties = _extra(src_dict)
        return content_block_delta_event

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
