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
    from claude_api.models.direct_caller import DirectCaller
    from claude_api.models.server_tool_caller import ServerToolCaller
    from claude_api.models.server_tool_caller_20260120 import ServerToolCaller20260120
    from claude_api.models.tool_use_block_input import ToolUseBlockInput


T = TypeVar("T", bound="ToolUseBlock")

# Attribute name -> JSON key of every field, and the set of known JSON keys.
_WIRE_NAMES: dict[str, str] = {
    "id": "id",
    "input": "input",
    "name": "name",
    "type": "type",
    "caller": "caller",
    "toolset_name": "toolset_name",
}
_KNOWN: frozenset[str] = frozenset(_WIRE_NAMES.values())
# The fields the spec does not require: absent, they read as None (and stay out of `to_dict`).
_OPTIONAL: frozenset[str] = frozenset(
    {
        "caller",
        "toolset_name",
    }
)
# Those of them that may also be null, each with its bit in `_absent`, set when the field was
# left out (None alone cannot tell absent from null).
_NULLABLE: dict[str, int] = {
    "caller": 1,
    "toolset_name": 2,
}
_imported = False


def _import_models() -> None:
    """Import the models this one refers to, once, on first use (they import each other)."""
    global _imported, DirectCaller, ServerToolCaller, ServerToolCaller20260120, ToolUseBlockInput
    from claude_api.models.direct_caller import DirectCaller  # noqa: PLC0415
    from claude_api.models.server_tool_caller import ServerToolCaller  # noqa: PLC0415
    from claude_api.models.server_tool_caller_20260120 import ServerToolCaller20260120  # noqa: PLC0415
    from claude_api.models.tool_use_block_input import ToolUseBlockInput  # noqa: PLC0415

    _caller_parsers.update(
        {
            "direct": DirectCaller.from_dict,
            "code_execution_20250825": ServerToolCaller.from_dict,
            "code_execution_20260120": ServerToolCaller20260120.from_dict,
        }
    )

    _imported = True


_caller_parsers: dict[
    object,
    Callable[
        [Mapping[str, Any]],
        DirectCaller | None | ServerToolCaller | ServerToolCaller20260120 | Unset,
    ],
] = {}


def _parse_caller(
    data: object,
) -> DirectCaller | None | ServerToolCaller | ServerToolCaller20260120 | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    if not isinstance(data, dict):
        raise TypeError(f"expected a JSON object, got {type(data).__name__}")
    tag = data.get("type")
    parse = _caller_parsers.get(tag)  # an absent tag: the member it may be
    if parse is not None:
        return parse(data)
    # An unknown tag: keep the raw object so that newer API output still parses and round-trips.
    return cast("DirectCaller | None | ServerToolCaller | ServerToolCaller20260120 | Unset", data)


@_attrs_define(init=False)  # the __init__ below: a field given no value reads None
class ToolUseBlock(Model):
    """Output content block of type `tool_use`.

    Attributes:
        id (str):
        input (ToolUseBlockInput):
        name (str):
        type (Literal['tool_use']):  Default: 'tool_use'.
        caller (DirectCaller | None | ServerToolCaller | ServerToolCaller20260120 | Unset):
        toolset_name (None | str | Unset):
    """

    _optional_ = _OPTIONAL
    _nullable_ = _NULLABLE

    id: str
    input: ToolUseBlockInput
    name: str
    type: Literal["tool_use"] = "tool_use"
    caller: DirectCaller | None | ServerToolCaller | ServerToolCaller20260120 | Unset = UNSET
    toolset_name: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __init__(
        self,
        id: str,
        input: ToolUseBlockInput,
        name: str,
        type: Literal["tool_use"] = "tool_use",
        caller: DirectCaller | None | ServerToolCaller | ServerToolCaller20260120 | Unset = UNSET,
        toolset_name: None | str | Unset = UNSET,
    ) -> None:
        absent = 0
        self.id = id
        self.input = input
        self.name = name
        self.type = type
        if caller is UNSET:
            absent |= 1
        self.caller = NULL if caller is UNSET else caller
        if toolset_name is UNSET:
            absent |= 2
        self.toolset_name = NULL if toolset_name is UNSET else toolset_name
        self._absent = absent  # type: ignore[misc]  # a slot of types.Model (unseen by mypy's attrs plugin)

    def to_dict(self) -> dict[str, Any]:
        if not _imported:
            _import_models()
        try:
            id = self.id

            input_ = self.input

            name = self.name

            type_ = self.type

            caller_value = self.caller
            if caller_value is None and self._absent & 1:
                caller_value = UNSET
            caller: dict[str, Any] | None | Unset
            if isinstance(caller_value, Unset):
                caller = UNSET
            elif isinstance(caller_value, dict):
                caller = caller_value
            elif isinstance(caller_value, DirectCaller):
                caller = caller_value.to_dict()
            elif isinstance(caller_value, ServerToolCaller):
                caller = caller_value.to_dict()
            elif isinstance(caller_value, ServerToolCaller20260120):
                caller = caller_value.to_dict()
            else:
                caller = caller_value

            toolset_name_value = self.toolset_name
            if toolset_name_value is None and self._absent & 2:
                toolset_name_value = UNSET
            toolset_name: None | str | Unset
            if isinstance(toolset_name_value, Unset):
                toolset_name = UNSET
            else:
                toolset_name = toolset_name_value

            field_dict: dict[str, Any] = {}
            field_dict.update(self.additional_properties)
            field_dict.update(
                {
                    "id": id,
                    "input": input_,
                    "name": name,
                    "type": type_,
                }
            )
            if caller is not UNSET:
                field_dict["caller"] = caller
            if toolset_name is not UNSET:
                field_dict["toolset_name"] = toolset_name

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
        id = src_dict["id"] if "id" in src_dict else MISSING

        if "input" in src_dict:
            input_ = src_dict["input"]
            if not isinstance(input_, dict):
                raise TypeError(f"input: expected a JSON object, got {type(input_).__name__}")

        else:
            input_ = MISSING
            missing += 1

        name = src_dict["name"] if "name" in src_dict else MISSING

        if "type" in src_dict:
            _type_ = src_dict["type"]
            if _type_ != "tool_use":
                raise ValueError(f"type must match const 'tool_use', got '{_type_}'")
            type_: Literal["tool_use"] = "tool_use"

        else:
            type_ = "tool_use"
            missing += 1

        caller = src_dict.get("caller", UNSET)
        if caller is not None and caller is not UNSET:
            caller = (
                _caller_parsers.get(caller.get("type"), keep_unknown)
                if isinstance(caller, dict)
                else not_an_object
            )(caller)

        toolset_name: None | str | Unset = src_dict.get("toolset_name", UNSET)

        if id is MISSING or input_ is MISSING or name is MISSING:
            # Liberal reading: the instance is built without the attributes the data lacks.
            return build_partial(
                cls,
                {
                    "id": id,
                    "input": input_,
                    "name": name,
                    "type": type_,
                    "caller": caller,
                    "toolset_name": toolset_name,
                },
                _extra(src_dict),
            )
        # Stores into the slots, no __init__ call (measured: the call was a third of a small
        # model's parse); a field the data lacks reads None.
        tool_use_block = new_model(cls)
        absent = 0
        tool_use_block.id = id
        tool_use_block.input = input_
        tool_use_block.name = name
        tool_use_block.type = type_
        if caller is UNSET:
            absent |= 1
            tool_use_block.caller = None
            missing += 1
        else:
            tool_use_block.caller = caller
        if toolset_name is UNSET:
            absent |= 2
            tool_use_block.toolset_name = None
            missing += 1
        else:
            tool_use_block.toolset_name = toolset_name
        tool_use_block._absent = absent
        if len(src_dict) + missing > 6:  # cheaper than a set test
            tool_use_block.additional_properties = _extra(src_dict)
        return tool_use_block

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
