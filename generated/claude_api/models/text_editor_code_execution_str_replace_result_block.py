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
    cast,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from claude_api.types import (
    NULL,
    UNSET,
    MissingFieldError,
    Model,
    Unset,
    attribute_error,
    model_eq,
    model_from_json,
    model_getstate,
    model_repr,
    model_setstate,
    model_to_json,
    new_model,
    partial_to_dict,
)

T = TypeVar("T", bound="TextEditorCodeExecutionStrReplaceResultBlock")

# Attribute name -> JSON key of every field, and the set of known JSON keys.
_WIRE_NAMES: dict[str, str] = {
    "type": "type",
    "lines": "lines",
    "new_lines": "new_lines",
    "new_start": "new_start",
    "old_lines": "old_lines",
    "old_start": "old_start",
}
_KNOWN: frozenset[str] = frozenset(_WIRE_NAMES.values())
# The fields the spec does not require: absent, they read as None (and stay out of `to_dict`).
_OPTIONAL: frozenset[str] = frozenset(
    {
        "lines",
        "new_lines",
        "new_start",
        "old_lines",
        "old_start",
    }
)
# Those of them that may also be null, each with its bit in `_absent`, set when the field was
# left out (None alone cannot tell absent from null).
_NULLABLE: dict[str, int] = {
    "lines": 1,
    "new_lines": 2,
    "new_start": 4,
    "old_lines": 8,
    "old_start": 16,
}


def _parse_lines(data: object) -> list[str] | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    if not isinstance(data, list):
        raise TypeError(f"unexpected {type(data).__name__} for lines")
    lines_type_0 = cast("list[str]", data)

    return lines_type_0


@_attrs_define(init=False)  # the __init__ below: a field given no value reads None
class TextEditorCodeExecutionStrReplaceResultBlock(Model):
    """Output content block of type `text_editor_code_execution_str_replace_result`.

    Attributes:
        type (Literal['text_editor_code_execution_str_replace_result']):  Default:
            'text_editor_code_execution_str_replace_result'.
        lines (list[str] | None | Unset):
        new_lines (int | None | Unset):
        new_start (int | None | Unset):
        old_lines (int | None | Unset):
        old_start (int | None | Unset):
    """

    _optional_ = _OPTIONAL
    _nullable_ = _NULLABLE

    type: Literal["text_editor_code_execution_str_replace_result"] = (
        "text_editor_code_execution_str_replace_result"
    )
    lines: list[str] | None | Unset = UNSET
    new_lines: int | None | Unset = UNSET
    new_start: int | None | Unset = UNSET
    old_lines: int | None | Unset = UNSET
    old_start: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __init__(
        self,
        type: Literal[
            "text_editor_code_execution_str_replace_result"
        ] = "text_editor_code_execution_str_replace_result",
        lines: list[str] | None | Unset = UNSET,
        new_lines: int | None | Unset = UNSET,
        new_start: int | None | Unset = UNSET,
        old_lines: int | None | Unset = UNSET,
        old_start: int | None | Unset = UNSET,
    ) -> None:
        absent = 0
        self.type = type
        if lines is UNSET:
            absent |= 1
        self.lines = NULL if lines is UNSET else lines
        if new_lines is UNSET:
            absent |= 2
        self.new_lines = NULL if new_lines is UNSET else new_lines
        if new_start is UNSET:
            absent |= 4
        self.new_start = NULL if new_start is UNSET else new_start
        if old_lines is UNSET:
            absent |= 8
        self.old_lines = NULL if old_lines is UNSET else old_lines
        if old_start is UNSET:
            absent |= 16
        self.old_start = NULL if old_start is UNSET else old_start
        self._absent = absent  # type: ignore[misc]  # a slot of types.Model (unseen by mypy's attrs plugin)

    def to_dict(self) -> dict[str, Any]:
        try:
            type_ = self.type

            lines_value = self.lines
            if lines_value is None and self._absent & 1:
                lines_value = UNSET
            lines: list[str] | None | Unset
            if isinstance(lines_value, Unset):
                lines = UNSET
            elif isinstance(lines_value, list):
                lines = lines_value

            else:
                lines = lines_value

            new_lines_value = self.new_lines
            if new_lines_value is None and self._absent & 2:
                new_lines_value = UNSET
            new_lines: int | None | Unset
            if isinstance(new_lines_value, Unset):
                new_lines = UNSET
            else:
                new_lines = new_lines_value

            new_start_value = self.new_start
            if new_start_value is None and self._absent & 4:
                new_start_value = UNSET
            new_start: int | None | Unset
            if isinstance(new_start_value, Unset):
                new_start = UNSET
            else:
                new_start = new_start_value

            old_lines_value = self.old_lines
            if old_lines_value is None and self._absent & 8:
                old_lines_value = UNSET
            old_lines: int | None | Unset
            if isinstance(old_lines_value, Unset):
                old_lines = UNSET
            else:
                old_lines = old_lines_value

            old_start_value = self.old_start
            if old_start_value is None and self._absent & 16:
                old_start_value = UNSET
            old_start: int | None | Unset
            if isinstance(old_start_value, Unset):
                old_start = UNSET
            else:
                old_start = old_start_value

            field_dict: dict[str, Any] = {}
            field_dict.update(self.additional_properties)
            field_dict.update(
                {
                    "type": type_,
                }
            )
            if lines is not UNSET:
                field_dict["lines"] = lines
            if new_lines is not UNSET:
                field_dict["new_lines"] = new_lines
            if new_start is not UNSET:
                field_dict["new_start"] = new_start
            if old_lines is not UNSET:
                field_dict["old_lines"] = old_lines
            if old_start is not UNSET:
                field_dict["old_start"] = old_start

            return field_dict

        except MissingFieldError:  # built from data that lacked a required field
            return partial_to_dict(self, _WIRE_NAMES)

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:  # a field may be `type`
        if not isinstance(src_dict, dict) and not isinstance(src_dict, Mapping):
            raise TypeError(f"{cls.__name__} expects a JSON object, got {type(src_dict).__name__}")
        missing = 0  # fields the data lacks: len(src_dict) + missing > fields means extra keys
        if "type" in src_dict:
            _type_ = src_dict["type"]
            if _type_ != "text_editor_code_execution_str_replace_result":
                raise ValueError(
                    f"type must match const 'text_editor_code_execution_str_replace_result', got '{_type_}'"
                )
            type_: Literal["text_editor_code_execution_str_replace_result"] = (
                "text_editor_code_execution_str_replace_result"
            )

        else:
            type_ = "text_editor_code_execution_str_replace_result"
            missing += 1

        lines = src_dict.get("lines", UNSET)
        if lines is not None and lines is not UNSET:
            lines = _parse_lines(lines)

        new_lines: int | None | Unset = src_dict.get("new_lines", UNSET)

        new_start: int | None | Unset = src_dict.get("new_start", UNSET)

        old_lines: int | None | Unset = src_dict.get("old_lines", UNSET)

        old_start: int | None | Unset = src_dict.get("old_start", UNSET)

        # Stores into the slots, no __init__ call (measured: the call was a third of a small
        # model's parse); a field the data lacks reads None.
        text_editor_code_execution_str_replace_result_block = new_model(cls)
        absent = 0
        text_editor_code_execution_str_replace_result_block.type = type_
        if lines is UNSET:
            absent |= 1
            text_editor_code_execution_str_replace_result_block.lines = None
            missing += 1
        else:
            text_editor_code_execution_str_replace_result_block.lines = lines
        if new_lines is UNSET:
            absent |= 2
            text_editor_code_execution_str_replace_result_block.new_lines = None
            missing += 1
        else:
            text_editor_code_execution_str_replace_result_block.new_lines = new_lines
        if new_start is UNSET:
            absent |= 4
            text_editor_code_execution_str_replace_result_block.new_start = None
            missing += 1
        else:
            text_editor_code_execution_str_replace_result_block.new_start = new_start
        if old_lines is UNSET:
            absent |= 8
            text_editor_code_execution_str_replace_result_block.old_lines = None
            missing += 1
        else:
            text_editor_code_execution_str_replace_result_block.old_lines = old_lines
        if old_start is UNSET:
            absent |= 16
            text_editor_code_execution_str_replace_result_block.old_start = None
            missing += 1
        else:
            text_editor_code_execution_str_replace_result_block.old_start = old_start
        text_editor_code_execution_str_replace_result_block._absent = absent
        if len(src_dict) + missing > 6:  # cheaper than a set test
            text_editor_code_execution_str_replace_result_block.additional_properties = _extra(
                src_dict
            )
        return text_editor_code_execution_str_replace_result_block

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
