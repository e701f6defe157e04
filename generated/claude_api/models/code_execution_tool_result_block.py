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
    from claude_api.models.code_execution_result_block import CodeExecutionResultBlock
    from claude_api.models.code_execution_tool_result_error_object import (
        CodeExecutionToolResultErrorObject,
    )
    from claude_api.models.encrypted_code_execution_result_block import (
        EncryptedCodeExecutionResultBlock,
    )


T = TypeVar("T", bound="CodeExecutionToolResultBlock")

# Attribute name -> JSON key of every field, and the set of known JSON keys.
_WIRE_NAMES: dict[str, str] = {
    "content": "content",
    "tool_use_id": "tool_use_id",
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
    global \
        _imported, \
        CodeExecutionResultBlock, \
        CodeExecutionToolResultErrorObject, \
        EncryptedCodeExecutionResultBlock
    from claude_api.models.code_execution_result_block import CodeExecutionResultBlock  # noqa: PLC0415
    from claude_api.models.code_execution_tool_result_error_object import (
        CodeExecutionToolResultErrorObject,
    )
    from claude_api.models.encrypted_code_execution_result_block import (
        EncryptedCodeExecutionResultBlock,
    )

    _content_parsers.update(
        {
            "code_execution_tool_result_error": CodeExecutionToolResultErrorObject.from_dict,
            "code_execution_result": CodeExecutionResultBlock.from_dict,
            "encrypted_code_execution_result": EncryptedCodeExecutionResultBlock.from_dict,
        }
    )

    _imported = True


_content_parsers: dict[
    object,
    Callable[
        [Mapping[str, Any]],
        CodeExecutionResultBlock
        | CodeExecutionToolResultErrorObject
        | EncryptedCodeExecutionResultBlock,
    ],
] = {}


def _parse_content(
    data: object,
) -> (
    CodeExecutionResultBlock
    | CodeExecutionToolResultErrorObject
    | EncryptedCodeExecutionResultBlock
):
    if not isinstance(data, dict):
        raise TypeError(f"expected a JSON object, got {type(data).__name__}")
    tag = data.get("type")
    parse = _content_parsers.get(tag)  # an absent tag: the member it may be
    if parse is not None:
        return parse(data)
    # An unknown tag: keep the raw object so that newer API output still parses and round-trips.
    return cast(
        "CodeExecutionResultBlock | CodeExecutionToolResultErrorObject | EncryptedCodeExecutionResultBlock",
        data,
    )


@_attrs_define(init=False)  # the __init__ below: a field given no value reads None
class CodeExecutionToolResultBlock(Model):
    """Output content block of type `code_execution_tool_result`.

    Attributes:
        content (CodeExecutionResultBlock | CodeExecutionToolResultErrorObject | EncryptedCodeExecutionResultBlock):
        tool_use_id (str):
        type (Literal['code_execution_tool_result']):  Default: 'code_execution_tool_result'.
    """

    _optional_ = _OPTIONAL
    _nullable_ = _NULLABLE

    content: (
        CodeExecutionResultBlock
        | CodeExecutionToolResultErrorObject
        | EncryptedCodeExecutionResultBlock
    )
    tool_use_id: str
    type: Literal["code_execution_tool_result"] = "code_execution_tool_result"
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __init__(
        self,
        content: CodeExecutionResultBlock
        | CodeExecutionToolResultErrorObject
        | EncryptedCodeExecutionResultBlock,
        tool_use_id: str,
        type: Literal["code_execution_tool_result"] = "code_execution_tool_result",
    ) -> None:
        self.content = content
        self.tool_use_id = tool_use_id
        self.type = type

    def to_dict(self) -> dict[str, Any]:
        if not _imported:
            _import_models()
        try:
            content: dict[str, Any]
            if isinstance(self.content, dict):
                content = self.content
            elif isinstance(self.content, CodeExecutionToolResultErrorObject):
                content = self.content.to_dict()
            elif isinstance(self.content, CodeExecutionResultBlock):
                content = self.content.to_dict()
            else:
                content = self.content.to_dict()

            tool_use_id = self.tool_use_id

            type_ = self.type

            field_dict: dict[str, Any] = {}
            field_dict.update(self.additional_properties)
            field_dict.update(
                {
                    "content": content,
                    "tool_use_id": tool_use_id,
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
        if "content" in src_dict:
            content = src_dict["content"]
            content = (
                _content_parsers.get(content.get("type"), keep_unknown)
                if isinstance(content, dict)
                else not_an_object
            )(content)

        else:
            content = MISSING
            missing += 1

        tool_use_id = src_dict["tool_use_id"] if "tool_use_id" in src_dict else MISSING

        if "type" in src_dict:
            _type_ = src_dict["type"]
            if _type_ != "code_execution_tool_result":
                raise ValueError(
                    f"type must match const 'code_execution_tool_result', got '{_type_}'"
                )
            type_: Literal["code_execution_tool_result"] = "code_execution_tool_result"

        else:
            type_ = "code_execution_tool_result"
            missing += 1

        if content is MISSING or tool_use_id is MISSING:
            # Liberal reading: the instance is built without the attributes the data lacks.
            return build_partial(
                cls,
                {
                    "content": content,
                    "tool_use_id": tool_use_id,
                    "type": type_,
                },
                _extra(src_dict),
            )
        # Stores into the slots, no __init__ call (measured: the call was a third of a small
        # model's parse); a field the data lacks reads None.
        code_execution_tool_result_block = new_model(cls)
        code_execution_tool_result_block.content = content
        code_execution_tool_result_block.tool_use_id = tool_use_id
        code_execution_tool_result_block.type = type_
        if len(src_dict) + missing > 3:  # cheaper than a set test
            code_execution_tool_result_block.additional_properties = _extra(src_dict)
        return code_execution_tool_result_block

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
