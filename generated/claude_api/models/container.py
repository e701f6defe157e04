# Generated from openapi/claude-api.yaml by openapi-python-client. Do not edit by hand:
# change the spec (or openapi/generator-config.yaml) and run `nox -s generate`.
from __future__ import annotations

import builtins
import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

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
    from claude_api.models.container_skill import ContainerSkill


T = TypeVar("T", bound="Container")

# Attribute name -> JSON key of every field, and the set of known JSON keys.
_WIRE_NAMES: dict[str, str] = {
    "id": "id",
    "expires_at": "expires_at",
    "skills": "skills",
}
_KNOWN: frozenset[str] = frozenset(_WIRE_NAMES.values())
# The fields the spec does not require: absent, they read as None (and stay out of `to_dict`).
_OPTIONAL: frozenset[str] = frozenset(
    {
        "skills",
    }
)
# Those of them that may also be null, each with its bit in `_absent`, set when the field was
# left out (None alone cannot tell absent from null).
_NULLABLE: dict[str, int] = {
    "skills": 1,
}
_imported = False


def _import_models() -> None:
    """Import the models this one refers to, once, on first use (they import each other)."""
    global _imported, ContainerSkill
    from claude_api.models.container_skill import ContainerSkill  # noqa: PLC0415

    _imported = True


def _parse_skills(data: object) -> list[ContainerSkill] | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    if not isinstance(data, list):
        raise TypeError(f"unexpected {type(data).__name__} for skills")
    skills_type_0 = [
        ContainerSkill.from_dict(skills_type_0_item_data) for skills_type_0_item_data in data
    ]

    return skills_type_0


@_attrs_define(init=False)  # the __init__ below: a field given no value reads None
class Container(Model):
    """The code-execution container used by the request.

    Attributes:
        id (str):
        expires_at (datetime.datetime):
        skills (list[ContainerSkill] | None | Unset):
    """

    _optional_ = _OPTIONAL
    _nullable_ = _NULLABLE

    id: str
    expires_at: datetime.datetime
    skills: list[ContainerSkill] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __init__(
        self,
        id: str,
        expires_at: datetime.datetime,
        skills: list[ContainerSkill] | None | Unset = UNSET,
    ) -> None:
        absent = 0
        self.id = id
        self.expires_at = expires_at
        if skills is UNSET:
            absent |= 1
        self.skills = NULL if skills is UNSET else skills
        self._absent = absent  # type: ignore[misc]  # a slot of types.Model (unseen by mypy's attrs plugin)

    def to_dict(self) -> dict[str, Any]:
        if not _imported:
            _import_models()
        try:
            id = self.id

            expires_at = self.expires_at.isoformat()

            skills_value = self.skills
            if skills_value is None and self._absent & 1:
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
            field_dict.update(
                {
                    "id": id,
                    "expires_at": expires_at,
                }
            )
            if skills is not UNSET:
                field_dict["skills"] = skills

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

        if "expires_at" in src_dict:
            expires_at = datetime.datetime.fromisoformat(src_dict["expires_at"])

        else:
            expires_at = MISSING
            missing += 1

        skills = src_dict.get("skills", UNSET)
        if skills is not None and skills is not UNSET:
            skills = _parse_skills(skills)

        if id is MISSING or expires_at is MISSING:
            # Liberal reading: the instance is built without the attributes the data lacks.
            return build_partial(
                cls,
                {
                    "id": id,
                    "expires_at": expires_at,
                    "skills": skills,
                },
                _extra(src_dict),
            )
        # Stores into the slots, no __init__ call (measured: the call was a third of a small
        # model's parse); a field the data lacks reads None.
        container = new_model(cls)
        absent = 0
        container.id = id
        container.expires_at = expires_at
        if skills is UNSET:
            absent |= 1
            container.skills = None
            missing += 1
        else:
            container.skills = skills
        container._absent = absent
        if len(src_dict) + missing > 3:  # cheaper than a set test
            container.additional_properties = _extra(src_dict)
        return container

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
