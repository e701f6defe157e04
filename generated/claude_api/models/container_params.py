# Generated from openapi/claude-api.yaml by openapi-python-client. Do not edit by hand:
# change the spec (or openapi/generator-config.yaml) and run `nox -s generate`.
from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from claude_api.types import (
    NULL,
    UNSET,
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
)

if TYPE_CHECKING:
    from claude_api.models.skill_params import SkillParams


T = TypeVar("T", bound="ContainerParams")

# Attribute name -> JSON key of every field, and the set of known JSON keys.
_WIRE_NAMES: dict[str, str] = {
    "id": "id",
    "skills": "skills",
}
_KNOWN: frozenset[str] = frozenset(_WIRE_NAMES.values())
# The fields the spec does not require: absent, they read as None (and stay out of `to_dict`).
_OPTIONAL: frozenset[str] = frozenset(
    {
        "id",
        "skills",
    }
)
# Those of them that may also be null, each with its bit in `_absent`, set when the field was
# left out (None alone cannot tell absent from null).
_NULLABLE: dict[str, int] = {
    "id": 1,
    "skills": 2,
}
_imported = False


def _import_models() -> None:
    """Import the models this one refers to, once, on first use (they import each other)."""
    global _imported, SkillParams
    from claude_api.models.skill_params import SkillParams  # noqa: PLC0415

    _imported = True


def _parse_skills(data: object) -> list[SkillParams] | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    if not isinstance(data, list):
        raise TypeError(f"unexpected {type(data).__name__} for skills")
    skills_type_0 = [
        SkillParams.from_dict(skills_type_0_item_data) for skills_type_0_item_data in data
    ]

    return skills_type_0


@_attrs_define(init=False)  # the __init__ below: a field given no value reads None
class ContainerParams(Model):
    """A container to reuse and the skills to load into it.

    Attributes:
        id (None | str | Unset):
        skills (list[SkillParams] | None | Unset):
    """

    _optional_ = _OPTIONAL
    _nullable_ = _NULLABLE

    id: None | str | Unset = UNSET
    skills: list[SkillParams] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __init__(
        self,
        id: None | str | Unset = UNSET,
        skills: list[SkillParams] | None | Unset = UNSET,
    ) -> None:
        absent = 0
        if id is UNSET:
            absent |= 1
        self.id = NULL if id is UNSET else id
        if skills is UNSET:
            absent |= 2
        self.skills = NULL if skills is UNSET else skills
        self._absent = absent  # type: ignore[misc]  # a slot of types.Model (unseen by mypy's attrs plugin)

    def to_dict(self) -> dict[str, Any]:
        if not _imported:
            _import_models()
        id_value = self.id
        if id_value is None and self._absent & 1:
            id_value = UNSET
        id: None | str | Unset
        if isinstance(id_value, Unset):
            id = UNSET
        else:
            id = id_value

        skills_value = self.skills
        if skills_value is None and self._absent & 2:
            skills_value = UNSET
        skills: list[dict[str, Any]] | None | Unset
        if isinstance(skills_value, Unset):
            skills = UNSET
        elif isinstance(skills_value, list):
            skills = []
            for skills_type_0_item_data in skills_value:
                skills_type_0_item = skills_type_0_item_data.to_dict()
                skills.append(skills_type_0_item)

        else:
            skills = skills_value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if skills is not UNSET:
            field_dict["skills"] = skills

        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:  # a field may be `type`
        if not isinstance(src_dict, dict) and not isinstance(src_dict, Mapping):
            raise TypeError(f"{cls.__name__} expects a JSON object, got {type(src_dict).__name__}")
        if not _imported:
            _import_models()
        missing = 0  # fields the data lacks: len(src_dict) + missing > fields means extra keys
        id: None | str | Unset = src_dict.get("id", UNSET)

        skills = src_dict.get("skills", UNSET)
        if skills is not None and skills is not UNSET:
            skills = _parse_skills(skills)

        # Stores into the slots, no __init__ call (measured: the call was a third of a small
        # model's parse); a field the data lacks reads None.
        container_params = new_model(cls)
        absent = 0
        if id is UNSET:
            absent |= 1
            container_params.id = None
            missing += 1
        else:
            container_params.id = id
        if skills is UNSET:
            absent |= 2
            container_params.skills = None
            missing += 1
        else:
            container_params.skills = skills
        container_params._absent = absent
        if len(src_dict) + missing > 2:  # cheaper than a set test
            container_params.additional_properties = _extra(src_dict)
        return container_params

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
