# Generated from openapi/claude-api.yaml by openapi-python-client. Do not edit by hand:
# change the spec (or openapi/generator-config.yaml) and run `nox -s generate`.
from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from claude_api.models.container_skill_type import (
    ContainerSkillType,
    check_container_skill_type,
)
from claude_api.types import (
    MISSING,
    MissingFieldError,
    Model,
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

T = TypeVar("T", bound="ContainerSkill")

# Attribute name -> JSON key of every field, and the set of known JSON keys.
_WIRE_NAMES: dict[str, str] = {
    "skill_id": "skill_id",
    "type": "type",
    "version": "version",
}
_KNOWN: frozenset[str] = frozenset(_WIRE_NAMES.values())
# The fields the spec does not require: absent, they read as None (and stay out of `to_dict`).
_OPTIONAL: frozenset[str] = frozenset({})
# Those of them that may also be null, each with its bit in `_absent`, set when the field was
# left out (None alone cannot tell absent from null).
_NULLABLE: dict[str, int] = {}


@_attrs_define(init=False)  # the __init__ below: a field given no value reads None
class ContainerSkill(Model):
    """Container skill.

    Attributes:
        skill_id (str):
        type (ContainerSkillType):
        version (str):
    """

    _optional_ = _OPTIONAL
    _nullable_ = _NULLABLE

    skill_id: str
    type: ContainerSkillType
    version: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __init__(
        self,
        skill_id: str,
        type: ContainerSkillType,
        version: str,
    ) -> None:
        self.skill_id = skill_id
        self.type = type
        self.version = version

    def to_dict(self) -> dict[str, Any]:
        try:
            skill_id = self.skill_id

            type_: str = self.type

            version = self.version

            field_dict: dict[str, Any] = {}
            field_dict.update(self.additional_properties)
            field_dict.update(
                {
                    "skill_id": skill_id,
                    "type": type_,
                    "version": version,
                }
            )

            return field_dict

        except MissingFieldError:  # built from data that lacked a required field
            return partial_to_dict(self, _WIRE_NAMES)

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:  # a field may be `type`
        if not isinstance(src_dict, dict) and not isinstance(src_dict, Mapping):
            raise TypeError(f"{cls.__name__} expects a JSON object, got {type(src_dict).__name__}")
        missing = 0  # fields the data lacks: len(src_dict) + missing > fields means extra keys
        skill_id = src_dict["skill_id"] if "skill_id" in src_dict else MISSING

        if "type" in src_dict:
            type_ = check_container_skill_type(src_dict["type"])

        else:
            type_ = MISSING
            missing += 1

        version = src_dict["version"] if "version" in src_dict else MISSING

        if skill_id is MISSING or type_ is MISSING or version is MISSING:
            # Liberal reading: the instance is built without the attributes the data lacks.
            return build_partial(
                cls,
                {
                    "skill_id": skill_id,
                    "type": type_,
                    "version": version,
                },
                _extra(src_dict),
            )
        # Stores into the slots, no __init__ call (measured: the call was a third of a small
        # model's parse); a field the data lacks reads None.
        container_skill = new_model(cls)
        container_skill.skill_id = skill_id
        container_skill.type = type_
        container_skill.version = version
        if len(src_dict) + missing > 3:  # cheaper than a set test
            container_skill.additional_properties = _extra(src_dict)
        return container_skill

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
