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

from claude_api.models.text_editor_code_execution_view_result_block_file_type import (
    TextEditorCodeExecutionViewResultBlockFileType,
    check_text_editor_code_execution_view_result_block_file_type,
)
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

T = TypeVar("T", bound="TextEditorCodeExecutionViewResultBlockParam")

# Attribute name -> JSON key of every field, and the set of known JSON keys.
_WIRE_NAMES: dict[str, str] = {
    "content": "content",
    "file_type": "file_type",
    "type": "type",
    "num_lines": "num_lines",
    "start_line": "start_line",
    "total_lines": "total_lines",
}
_KNOWN: frozenset[str] = frozenset(_WIRE_NAMES.values())
# The fields the spec does not require: absent, they read as None (and stay out of `to_dict`).
_OPTIONAL: frozenset[str] = frozenset(
    {
        "num_lines",
        "start_line",
        "total_lines",
    }
)
# Those of them that may also be null, each with its bit in `_absent`, set when the field was
# left out (None alone cannot tell absent from null).
_NULLABLE: dict[str, int] = {
    "num_lines": 1,
    "start_line": 2,
    "total_lines": 4,
}


@_attrs_define(init=False)  # the __init__ below: a field given no value reads None
class TextEditorCodeExecutionViewResultBlockParam(Model):
    """Input content block of type `text_editor_code_execution_view_result`.

    Attributes:
        content (str):
        file_type (TextEditorCodeExecutionViewResultBlockFileType): Known values of text editor code execution view
            result block file type.
        type (Literal['text_editor_code_execution_view_result']):  Default: 'text_editor_code_execution_view_result'.
        num_lines (int | None | Unset):
        start_line (int | None | Unset):
        total_lines (int | None | Unset):
    """

    _optional_ = _OPTIONAL
    _nullable_ = _NULLABLE

    content: str
    file_type: TextEditorCodeExecutionViewResultBlockFileType
    type: Literal["text_editor_code_execution_view_result"] = (
        "text_editor_code_execution_view_result"
    )
    num_lines: int | None | Unset = UNSET
    start_line: int | None | Unset = UNSET
    total_lines: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __init__(
        self,
        content: str,
        file_type: TextEditorCodeExecutionViewResultBlockFileType,
        type: Literal[
            "text_editor_code_execution_view_result"
        ] = "text_editor_code_execution_view_result",
        num_lines: int | None | Unset = UNSET,
        start_line: int | None | Unset = UNSET,
        total_lines: int | None | Unset = UNSET,
    ) -> None:
        absent = 0
        self.content = content
        self.file_type = file_type
        self.type = type
        if num_lines is UNSET:
            absent |= 1
        self.num_lines = NULL if num_lines is UNSET else num_lines
        if start_line is UNSET:
            absent |= 2
        self.start_line = NULL if start_line is UNSET else start_line
        if total_lines is UNSET:
            absent |= 4
        self.total_lines = NULL if total_lines is UNSET else total_lines
        self._absent = absent  # type: ignore[misc]  # a slot of types.Model (unseen by mypy's attrs plugin)

    def to_dict(self) -> dict[str, Any]:
        try:
            content = self.content

            file_type: str = self.file_type

            type_ = self.type

            num_lines_value = self.num_lines
            if num_lines_value is None and self._absent & 1:
                num_lines_value = UNSET
            num_lines: int | None | Unset
            if isinstance(num_lines_value, Unset):
                num_lines = UNSET
            else:
                num_lines = num_lines_value

            start_line_value = self.start_line
            if start_line_value is None and self._absent & 2:
                start_line_value = UNSET
            start_line: int | None | Unset
            if isinstance(start_line_value, Unset):
                start_line = UNSET
            else:
                start_line = start_line_value

            total_lines_value = self.total_lines
            if total_lines_value is None and self._absent & 4:
                total_lines_value = UNSET
            total_lines: int | None | Unset
            if isinstance(total_lines_value, Unset):
                total_lines = UNSET
            else:
                total_lines = total_lines_value

            field_dict: dict[str, Any] = {}
            field_dict.update(self.additional_properties)
            field_dict.update(
                {
                    "content": content,
                    "file_type": file_type,
                    "type": type_,
                }
            )
            if num_lines is not UNSET:
                field_dict["num_lines"] = num_lines
            if start_line is not UNSET:
                field_dict["start_line"] = start_line
            if total_lines is not UNSET:
                field_dict["total_lines"] = total_lines

            return field_dict

        except MissingFieldError:  # built from data that lacked a required field
            return partial_to_dict(self, _WIRE_NAMES)

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:  # a field may be `type`
        if not isinstance(src_dict, dict) and not isinstance(src_dict, Mapping):
            raise TypeError(f"{cls.__name__} expects a JSON object, got {type(src_dict).__name__}")
        missing = 0  # fields the data lacks: len(src_dict) + missing > fields means extra keys
        content = src_dict["content"] if "content" in src_dict else MISSING

        if "file_type" in src_dict:
            file_type = check_text_editor_code_execution_view_result_block_file_type(
                src_dict["file_type"]
            )

        else:
            file_type = MISSING
            missing += 1

        if "type" in src_dict:
            _type_ = src_dict["type"]
            if _type_ != "text_editor_code_execution_view_result":
                raise ValueError(
                    f"type must match const 'text_editor_code_execution_view_result', got '{_type_}'"
                )
            type_: Literal["text_editor_code_execution_view_result"] = (
                "text_editor_code_execution_view_result"
            )

        else:
            type_ = "text_editor_code_execution_view_result"
            missing += 1

        num_lines: int | None | Unset = src_dict.get("num_lines", UNSET)

        start_line: int | None | Unset = src_dict.get("start_line", UNSET)

        total_lines: int | None | Unset = src_dict.get("total_lines", UNSET)

        if content is MISSING or file_type is MISSING:
            # Liberal reading: the instance is built without the attributes the data lacks.
            return build_partial(
                cls,
                {
                    "content": content,
                    "file_type": file_type,
                    "type": type_,
                    "num_lines": num_lines,
                    "start_line": start_line,
                    "total_lines": total_lines,
                },
                _extra(src_dict),
            )
        # Stores into the slots, no __init__ call (measured: the call was a third of a small
        # model's parse); a field the data lacks reads None.
        text_editor_code_execution_view_result_block_param = new_model(cls)
        absent = 0
        text_editor_code_execution_view_result_block_param.content = content
        text_editor_code_execution_view_result_block_param.file_type = file_type
        text_editor_code_execution_view_result_block_param.type = type_
        if num_lines is UNSET:
            absent |= 1
            text_editor_code_execution_view_result_block_param.num_lines = None
            missing += 1
        else:
            text_editor_code_execution_view_result_block_param.num_lines = num_lines
        if start_line is UNSET:
            absent |= 2
            text_editor_code_execution_view_result_block_param.start_line = None
            missing += 1
        else:
            text_editor_code_execution_view_result_block_param.start_line = start_line
        if total_lines is UNSET:
            absent |= 4
            text_editor_code_execution_view_result_block_param.total_lines = None
            missing += 1
        else:
            text_editor_code_execution_view_result_block_param.total_lines = total_lines
        text_editor_code_execution_view_result_block_param._absent = absent
        if len(src_dict) + missing > 6:  # cheaper than a set test
            text_editor_code_execution_view_result_block_param.additional_properties = _extra(
                src_dict
            )
        return text_editor_code_execution_view_result_block_param

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
