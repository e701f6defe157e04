# Generated from openapi/claude-api.yaml by openapi-python-client. Do not edit by hand:
# change the spec (or openapi/generator-config.yaml) and run `nox -s generate`.
from __future__ import annotations

import builtins
import datetime
from collections.abc import Mapping
from typing import (
    TYPE_CHECKING,
    Any,
    Literal,
    TypeVar,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from claude_api.models.model_info_lifecycle import (
    ModelInfoLifecycle,
)
from claude_api.models.model_info_line import ModelInfoLine
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
    from claude_api.models.model_capabilities import ModelCapabilities


T = TypeVar("T", bound="ModelInfo")

# Attribute name -> JSON key of every field, and the set of known JSON keys.
_WIRE_NAMES: dict[str, str] = {
    "id": "id",
    "created_at": "created_at",
    "display_name": "display_name",
    "type": "type",
    "capabilities": "capabilities",
    "deprecated_at": "deprecated_at",
    "lifecycle": "lifecycle",
    "line": "line",
    "max_input_tokens": "max_input_tokens",
    "max_tokens": "max_tokens",
    "retires_at": "retires_at",
}
_KNOWN: frozenset[str] = frozenset(_WIRE_NAMES.values())
# The fields the spec does not require: absent, they read as None (and stay out of `to_dict`).
_OPTIONAL: frozenset[str] = frozenset(
    {
        "capabilities",
        "deprecated_at",
        "lifecycle",
        "line",
        "max_input_tokens",
        "max_tokens",
        "retires_at",
    }
)
# Those of them that may also be null, each with its bit in `_absent`, set when the field was
# left out (None alone cannot tell absent from null).
_NULLABLE: dict[str, int] = {
    "capabilities": 1,
    "deprecated_at": 2,
    "line": 4,
    "max_input_tokens": 8,
    "max_tokens": 16,
    "retires_at": 32,
}
_imported = False


def _import_models() -> None:
    """Import the models this one refers to, once, on first use (they import each other)."""
    global _imported, ModelCapabilities
    from claude_api.models.model_capabilities import ModelCapabilities  # noqa: PLC0415

    _imported = True


def _parse_deprecated_at(data: object) -> datetime.datetime | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    if not isinstance(data, str):
        raise TypeError(f"unexpected {type(data).__name__} for deprecated_at")
    deprecated_at_type_0 = datetime.datetime.fromisoformat(data)

    return deprecated_at_type_0


def _parse_retires_at(data: object) -> datetime.datetime | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    if not isinstance(data, str):
        raise TypeError(f"unexpected {type(data).__name__} for retires_at")
    retires_at_type_0 = datetime.datetime.fromisoformat(data)

    return retires_at_type_0


@_attrs_define(init=False)  # the __init__ below: a field given no value reads None
class ModelInfo(Model):
    """A model available through the API: its id, display name, dates, limits and capabilities.

    Attributes:
        id (str):
        created_at (datetime.datetime):
        display_name (str):
        type (Literal['model']):  Default: 'model'.
        capabilities (ModelCapabilities | None | Unset):
        deprecated_at (datetime.datetime | None | Unset):
        lifecycle (ModelInfoLifecycle | str | Unset): Where the model is in its life: `active`, `deprecated` or
            `retired`. Not every response carries it (the API reference does not promise it).
        line (ModelInfoLine | None | str | Unset):
        max_input_tokens (int | None | Unset):
        max_tokens (int | None | Unset):
        retires_at (datetime.datetime | None | Unset):
    """

    _optional_ = _OPTIONAL
    _nullable_ = _NULLABLE

    id: str
    created_at: datetime.datetime
    display_name: str
    type: Literal["model"] = "model"
    capabilities: ModelCapabilities | None | Unset = UNSET
    deprecated_at: datetime.datetime | None | Unset = UNSET
    lifecycle: ModelInfoLifecycle | str | Unset = UNSET
    line: ModelInfoLine | None | str | Unset = UNSET
    max_input_tokens: int | None | Unset = UNSET
    max_tokens: int | None | Unset = UNSET
    retires_at: datetime.datetime | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __init__(
        self,
        id: str,
        created_at: datetime.datetime,
        display_name: str,
        type: Literal["model"] = "model",
        capabilities: ModelCapabilities | None | Unset = UNSET,
        deprecated_at: datetime.datetime | None | Unset = UNSET,
        lifecycle: ModelInfoLifecycle | str | Unset = UNSET,
        line: ModelInfoLine | None | str | Unset = UNSET,
        max_input_tokens: int | None | Unset = UNSET,
        max_tokens: int | None | Unset = UNSET,
        retires_at: datetime.datetime | None | Unset = UNSET,
    ) -> None:
        absent = 0
        self.id = id
        self.created_at = created_at
        self.display_name = display_name
        self.type = type
        if capabilities is UNSET:
            absent |= 1
        self.capabilities = NULL if capabilities is UNSET else capabilities
        if deprecated_at is UNSET:
            absent |= 2
        self.deprecated_at = NULL if deprecated_at is UNSET else deprecated_at
        self.lifecycle = NULL if lifecycle is UNSET else lifecycle
        if line is UNSET:
            absent |= 4
        self.line = NULL if line is UNSET else line
        if max_input_tokens is UNSET:
            absent |= 8
        self.max_input_tokens = NULL if max_input_tokens is UNSET else max_input_tokens
        if max_tokens is UNSET:
            absent |= 16
        self.max_tokens = NULL if max_tokens is UNSET else max_tokens
        if retires_at is UNSET:
            absent |= 32
        self.retires_at = NULL if retires_at is UNSET else retires_at
        self._absent = absent  # type: ignore[misc]  # a slot of types.Model (unseen by mypy's attrs plugin)

    def to_dict(self) -> dict[str, Any]:
        if not _imported:
            _import_models()
        try:
            id = self.id

            created_at = self.created_at.isoformat()

            display_name = self.display_name

            type_ = self.type

            capabilities_value = self.capabilities
            if capabilities_value is None and self._absent & 1:
                capabilities_value = UNSET
            capabilities: dict[str, Any] | None | Unset
            if isinstance(capabilities_value, Unset):
                capabilities = UNSET
            elif isinstance(capabilities_value, ModelCapabilities):
                capabilities = capabilities_value.to_dict()
            else:
                capabilities = capabilities_value

            deprecated_at_value = self.deprecated_at
            if deprecated_at_value is None and self._absent & 2:
                deprecated_at_value = UNSET
            deprecated_at: None | str | Unset
            if isinstance(deprecated_at_value, Unset):
                deprecated_at = UNSET
            elif isinstance(deprecated_at_value, datetime.datetime):
                deprecated_at = deprecated_at_value.isoformat()
            else:
                deprecated_at = deprecated_at_value

            lifecycle_value = self.lifecycle
            if lifecycle_value is None:  # null is not allowed here: None means absent
                lifecycle_value = UNSET
            lifecycle: str | Unset
            if isinstance(lifecycle_value, Unset):
                lifecycle = UNSET
            elif isinstance(lifecycle_value, str):
                lifecycle = lifecycle_value
            else:
                lifecycle = lifecycle_value

            line_value = self.line
            if line_value is None and self._absent & 4:
                line_value = UNSET
            line: None | str | Unset
            if isinstance(line_value, Unset):
                line = UNSET
            elif isinstance(line_value, str):
                line = line_value
            else:
                line = line_value

            max_input_tokens_value = self.max_input_tokens
            if max_input_tokens_value is None and self._absent & 8:
                max_input_tokens_value = UNSET
            max_input_tokens: int | None | Unset
            if isinstance(max_input_tokens_value, Unset):
                max_input_tokens = UNSET
            else:
                max_input_tokens = max_input_tokens_value

            max_tokens_value = self.max_tokens
            if max_tokens_value is None and self._absent & 16:
                max_tokens_value = UNSET
            max_tokens: int | None | Unset
            if isinstance(max_tokens_value, Unset):
                max_tokens = UNSET
            else:
                max_tokens = max_tokens_value

            retires_at_value = self.retires_at
            if retires_at_value is None and self._absent & 32:
                retires_at_value = UNSET
            retires_at: None | str | Unset
            if isinstance(retires_at_value, Unset):
                retires_at = UNSET
            elif isinstance(retires_at_value, datetime.datetime):
                retires_at = retires_at_value.isoformat()
            else:
                retires_at = retires_at_value

            field_dict: dict[str, Any] = {}
            field_dict.update(self.additional_properties)
            field_dict.update(
                {
                    "id": id,
                    "created_at": created_at,
                    "display_name": display_name,
                    "type": type_,
                }
            )
            if capabilities is not UNSET:
                field_dict["capabilities"] = capabilities
            if deprecated_at is not UNSET:
                field_dict["deprecated_at"] = deprecated_at
            if lifecycle is not UNSET:
                field_dict["lifecycle"] = lifecycle
            if line is not UNSET:
                field_dict["line"] = line
            if max_input_tokens is not UNSET:
                field_dict["max_input_tokens"] = max_input_tokens
            if max_tokens is not UNSET:
                field_dict["max_tokens"] = max_tokens
            if retires_at is not UNSET:
                field_dict["retires_at"] = retires_at

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

        if "created_at" in src_dict:
            created_at = datetime.datetime.fromisoformat(src_dict["created_at"])

        else:
            created_at = MISSING
            missing += 1

        display_name = src_dict["display_name"] if "display_name" in src_dict else MISSING

        if "type" in src_dict:
            _type_ = src_dict["type"]
            if _type_ != "model":
                raise ValueError(f"type must match const 'model', got '{_type_}'")
            type_: Literal["model"] = "model"

        else:
            type_ = "model"
            missing += 1

        capabilities = src_dict.get("capabilities", UNSET)
        if capabilities is not None and capabilities is not UNSET:
            capabilities = ModelCapabilities.from_dict(capabilities)

        deprecated_at = src_dict.get("deprecated_at", UNSET)
        if deprecated_at is not None and deprecated_at is not UNSET:
            deprecated_at = _parse_deprecated_at(deprecated_at)

        lifecycle: ModelInfoLifecycle | str | Unset = src_dict.get("lifecycle", UNSET)

        line: ModelInfoLine | None | str | Unset = src_dict.get("line", UNSET)

        max_input_tokens: int | None | Unset = src_dict.get("max_input_tokens", UNSET)

        max_tokens: int | None | Unset = src_dict.get("max_tokens", UNSET)

        retires_at = src_dict.get("retires_at", UNSET)
        if retires_at is not None and retires_at is not UNSET:
            retires_at = _parse_retires_at(retires_at)

        if id is MISSING or created_at is MISSING or display_name is MISSING:
            # Liberal reading: the instance is built without the attributes the data lacks.
            return build_partial(
                cls,
                {
                    "id": id,
                    "created_at": created_at,
                    "display_name": display_name,
                    "type": type_,
                    "capabilities": capabilities,
                    "deprecated_at": deprecated_at,
                    "lifecycle": lifecycle,
                    "line": line,
                    "max_input_tokens": max_input_tokens,
                    "max_tokens": max_tokens,
                    "retires_at": retires_at,
                },
                _extra(src_dict),
            )
        # Stores into the slots, no __init__ call (measured: the call was a third of a small
        # model's parse); a field the data lacks reads None.
        model_info = new_model(cls)
        absent = 0
        model_info.id = id
        model_info.created_at = created_at
        model_info.display_name = display_name
        model_info.type = type_
        if capabilities is UNSET:
            absent |= 1
            model_info.capabilities = None
            missing += 1
        else:
            model_info.capabilities = capabilities
        if deprecated_at is UNSET:
            absent |= 2
            model_info.deprecated_at = None
            missing += 1
        else:
            model_info.deprecated_at = deprecated_at
        if lifecycle is UNSET:
            model_info.lifecycle = NULL  # None, typed for the annotation
            missing += 1
        else:
            model_info.lifecycle = lifecycle
        if line is UNSET:
            absent |= 4
            model_info.line = None
            missing += 1
        else:
            model_info.line = line
        if max_input_tokens is UNSET:
            absent |= 8
            model_info.max_input_tokens = None
            missing += 1
        else:
            model_info.max_input_tokens = max_input_tokens
        if max_tokens is UNSET:
            absent |= 16
            model_info.max_tokens = None
            missing += 1
        else:
            model_info.max_tokens = max_tokens
        if retires_at is UNSET:
            absent |= 32
            model_info.retires_at = None
            missing += 1
        else:
            model_info.retires_at = retires_at
        model_info._absent = absent
        if len(src_dict) + missing > 11:  # cheaper than a set test
            model_info.additional_properties = _extra(src_dict)
        return model_info

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
