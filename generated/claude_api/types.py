# Generated from openapi/claude-api.yaml by openapi-python-client. Do not edit by hand:
# change the spec (or openapi/generator-config.yaml) and run `nox -s generate`.
"""Contains some shared types for properties"""

from collections.abc import Mapping, MutableMapping
from http import HTTPStatus
from typing import IO, Any, BinaryIO, Generic, Literal, TypeVar

import orjson
from attrs import NOTHING, define


class Unset:
    def __bool__(self) -> Literal[False]:
        return False

    # Project addition: copies and pickles give back the one UNSET (the generated code tests
    # `is UNSET`, so a second instance would compare unequal and be written out).
    def __reduce__(self) -> str:
        return "UNSET"


UNSET: Unset = Unset()

# The types that `httpx.Client(files=)` can accept, copied from that library.
FileContent = IO[bytes] | bytes | str
FileTypes = (
    # (filename, file (or bytes), content_type)
    tuple[str | None, FileContent, str | None]
    # (filename, file (or bytes), content_type, headers)
    | tuple[str | None, FileContent, str | None, Mapping[str, str]]
)
RequestFiles = list[tuple[str, FileTypes]]


@define
class File:
    """Contains information for file uploads"""

    payload: BinaryIO
    file_name: str | None = None
    mime_type: str | None = None

    def to_tuple(self) -> FileTypes:
        """Return a tuple representation that httpx will accept for multipart/form-data"""
        return self.file_name, self.payload, self.mime_type


T = TypeVar("T")


@define
class Response(Generic[T]):
    """A response from an endpoint"""

    status_code: HTTPStatus
    content: bytes
    headers: MutableMapping[str, str]
    parsed: T | None


# --- Liberal reading of responses (project addition; used by the generated models) ---


class _Missing:
    """Marks, inside `from_dict`, a required field that the data did not contain."""

    def __repr__(self) -> str:
        return "MISSING"


# Typed Any so that generated code can hold it where the field's own type is declared.
MISSING: Any = _Missing()

# What an optional field the data (or the constructor call) left out holds: None, so that
# `is None` checks work (issue 16). Typed Any because the annotations keep the spec's shape
# (`X | Unset`: "may be left out"), which the overlay's request validation reads.
NULL: Any = None


def keep_unknown(data: Any) -> Any:
    """A union member whose tag this version does not know: the raw object, kept so that newer
    API output still parses and round-trips (the tag dispatch's default)."""
    return data


def not_an_object(data: object) -> Any:  # raises; Any keeps the dispatch expression's type
    """The tag dispatch's answer to a value that is not a JSON object."""
    raise TypeError(f"expected a JSON object, got {type(data).__name__}")


# How `from_dict` makes an instance without calling `__init__` (a module global: the lookup of
# `object.__new__` at each call was a sixth of a small model's parse).
new_model = object.__new__


class Model:
    """Base of every generated model. An optional field left out reads as None; `to_dict`
    leaves it out. Where the spec allows null too, `_absent` names the fields that were left
    out, so that a null one is written back as null."""

    __slots__ = ("_absent",)
    _absent: int  # a bit (from `_nullable_`) for each nullable optional field left out
    _optional_: frozenset[str] = frozenset()
    _nullable_: Mapping[str, int] = {}


# How many models have been built with a required field missing, since the process started.
# A caller compares the value before and after a parse to learn, cheaply, whether to look.
partial_count = 0


class MissingFieldError(AttributeError):
    """A field the spec calls required was read, but the response did not include it.

    Attributes:
        model: The model's class name.
        field: The Python attribute name of the field.
    """

    def __init__(self, obj: object, field: str, wire_name: str) -> None:
        self.model = type(obj).__name__
        self.field = field
        super().__init__(
            f"{self.model}.{field} is missing: the response did not include the required "
            f"field {wire_name!r}",
            name=field,
            obj=obj,
        )


def attribute_error(obj: object, name: str, wire_names: Mapping[str, str]) -> AttributeError:
    """The error for reading *name* when normal lookup failed (a model's `__getattr__`)."""
    if name in wire_names:
        return MissingFieldError(obj, name, wire_names[name])
    return AttributeError(
        f"{type(obj).__name__!r} object has no attribute {name!r}", name=name, obj=obj
    )


def build_partial(cls: type[T], values: Mapping[str, Any], extra: dict[str, Any] | None) -> T:
    """An instance of *cls* whose MISSING (and UNSET) fields stay unassigned (`__init__` is not
    called)."""
    global partial_count
    obj = cls.__new__(cls)
    nullable: Mapping[str, int] = getattr(cls, "_nullable_", {})
    absent = 0
    for name, value in values.items():
        if value is UNSET:  # an optional field left out
            value = None
            absent |= nullable.get(name, 0)
        if value is not MISSING:
            object.__setattr__(obj, name, value)
    if nullable:
        object.__setattr__(obj, "_absent", absent)
    if extra is not None:
        object.__setattr__(obj, "additional_properties", extra)
    partial_count += 1
    return obj


def missing_fields(obj: object) -> list[str]:
    """The attribute names of *obj*'s required fields that have no value (empty for a complete
    model; an absent optional field is not missing)."""
    fields = getattr(type(obj), "__attrs_attrs__", ())
    return [f.name for f in fields if f.default is NOTHING and not _has_value(obj, f.name)]


def field_value(obj: Any, name: str) -> Any:
    """The value of field *name*, or UNSET when it was left out (the model reads such a field
    as None; `to_dict` and the overlay need to tell absent from null)."""
    try:
        value = object.__getattribute__(obj, name)  # bypasses the model's __getattr__
    except AttributeError:
        return UNSET
    if value is None and name in obj._optional_:
        bit = obj._nullable_.get(name)
        if bit is None or obj._absent & bit:  # null not allowed, or recorded as left out
            return UNSET
    return value


def _has_value(obj: object, name: str) -> bool:
    try:
        object.__getattribute__(obj, name)  # bypasses the model's __getattr__
    except AttributeError:
        return False
    return True


def partial_to_dict(obj: Any, wire_names: Mapping[str, str]) -> dict[str, Any]:
    """`to_dict` of a model with missing fields: the fields it has, extra keys kept."""
    out: dict[str, Any] = dict(field_value(obj, "additional_properties") or {})
    for name, wire in wire_names.items():
        value = field_value(obj, name)
        if not isinstance(value, Unset):
            out[wire] = _plain(value)
    return out


def model_repr(obj: Any) -> str:
    """`repr` of a model: the fields that have a value (unset ones and empty extra keys left
    out), and MISSING for a required field the response lacked (attrs' repr would raise)."""
    parts = []
    for field in type(obj).__attrs_attrs__:
        value = field_value(obj, field.name)
        if value is UNSET and field.default is NOTHING:  # a required field the response lacked
            value = MISSING
        if isinstance(value, Unset) or (field.name == "additional_properties" and not value):
            continue
        parts.append(f"{field.name}={value!r}")
    return f"{type(obj).__name__}({', '.join(parts)})"


def model_to_json(data: dict[str, Any]) -> bytes:
    """A model's `to_json`: `orjson.dumps(model.to_dict())`."""
    return orjson.dumps(data)


def model_from_json(data: bytes | bytearray | memoryview | str) -> Any:
    """A model's `from_json` input: the decoded document, for `from_dict`."""
    return orjson.loads(data)


def model_eq(obj: Any, other: Any) -> Any:
    """`==` of models that may lack fields: the same class and the same values (or lacks)."""
    if other.__class__ is not obj.__class__:
        return NotImplemented
    return _values(obj) == _values(other)


def model_getstate(obj: Any) -> dict[str, Any]:
    """Pickle and copy state: the fields that have a value, and which were left out."""
    names = [f.name for f in type(obj).__attrs_attrs__]
    if type(obj)._nullable_:
        names.append("_absent")
    return {name: object.__getattribute__(obj, name) for name in names if _has_value(obj, name)}


def model_setstate(obj: Any, state: Mapping[str, Any]) -> None:
    for name, value in state.items():
        object.__setattr__(obj, name, value)


def _values(obj: Any) -> list[Any]:
    """The fields' values, UNSET for no value (absent and UNSET are the same to `to_dict`)."""
    values = [field_value(obj, f.name) for f in type(obj).__attrs_attrs__]
    if (
        values
        and type(obj).__attrs_attrs__[-1].name == "additional_properties"
        and values[-1] is UNSET
    ):
        values[-1] = {}  # made on first use
    return values


def _plain(value: Any) -> Any:
    if hasattr(value, "to_dict"):
        return value.to_dict()
    if isinstance(value, list):
        return [_plain(item) for item in value]
    if hasattr(value, "isoformat"):
        return value.isoformat()
    return value


__all__ = [
    "MISSING",
    "UNSET",
    "File",
    "FileTypes",
    "MissingFieldError",
    "Model",
    "RequestFiles",
    "Response",
    "Unset",
    "field_value",
]
