"""Shared fixtures of the spec checks.

The spec is loaded once per session. Tests get its component schemas, the same schemas as one
JSON Schema 2020-12 document (``$defs`` = ``components.schemas``), the generated model class of
a schema, and :func:`round_trip`, the exact ``from_dict`` / ``to_dict`` round-trip check that
the property tests, the examples and the forward-compatibility tests share.

Tests are parametrized over the spec here (``pytest_generate_tests``), so that every component
schema shows up as its own test id: an argument named ``object_schema`` or ``enum_schema``
runs the test once per such schema, and ``union_member`` once per tag of every union member.
"""

from __future__ import annotations

import copy
import datetime
import functools
import importlib
import json
import keyword
import re
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any, NamedTuple

import attrs
import jsonschema
import orjson
import pytest
import yaml
from claude_api.types import missing_fields

ROOT = Path(__file__).resolve().parents[2]
SPEC_PATH = ROOT / "openapi" / "claude-api.yaml"
SCHEMA_PREFIX = "#/components/schemas/"
DEFS_PREFIX = "#/$defs/"
DIALECT = "https://json-schema.org/draft/2020-12/schema"
# The generator appends "_" to a field name that is a keyword or shadows a builtin (`type`,
# `input`, `format`, `max`...), except `id`: `RESERVED_WORDS` in openapi_python_client.strings.
_RESERVED = {"self", "true", "false", "datetime"}


@functools.cache
def load_spec() -> dict[str, Any]:
    """The spec as plain data (cached: several hundred schemas, parsed once)."""
    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    with SPEC_PATH.open(encoding="utf-8") as f:
        spec: dict[str, Any] = yaml.load(f, Loader=loader)
    return spec


def component_schemas() -> dict[str, Any]:
    schemas: dict[str, Any] = load_spec()["components"]["schemas"]
    return schemas


def ref_name(ref: str) -> str:
    """`#/components/schemas/TextBlock` -> `TextBlock`."""
    assert ref.startswith(SCHEMA_PREFIX), ref
    return ref[len(SCHEMA_PREFIX) :]


def is_tagged_union(schema: dict[str, Any]) -> bool:
    """A tagged `oneOf`, or an `anyOf` of a member whose tag may be left out and a tagged `oneOf`.

    `ToolUnionParam: anyOf [ToolParam, ServerToolUnionParam]` is the second kind: a custom tool
    may omit `type: custom`, and TypeScript generators keep that tag optional only outside the
    discriminated `oneOf`.
    """
    if "oneOf" in schema:
        return True
    members = schema.get("anyOf", [])
    schemas = component_schemas()
    return (
        bool(members)
        and all("$ref" in m for m in members)
        and any("oneOf" in schemas[ref_name(m["$ref"])] for m in members)
    )


def union_parts(schema: dict[str, Any]) -> tuple[str, dict[str, str], list[str]]:
    """(tag property, tag -> member name, member names) of a tagged union, nested ones flattened."""
    schemas = component_schemas()
    if "oneOf" in schema:
        mapping = {t: ref_name(r) for t, r in schema["discriminator"]["mapping"].items()}
        members = [ref_name(m["$ref"]) for m in schema["oneOf"]]
        return schema["discriminator"]["propertyName"], mapping, members
    nested = [ref_name(m["$ref"]) for m in schema["anyOf"]]
    tag = next(union_parts(schemas[n])[0] for n in nested if "oneOf" in schemas[n])
    mapping, members = {}, []
    for name in nested:
        if is_tagged_union(schemas[name]):
            _, inner_mapping, inner_members = union_parts(schemas[name])
            mapping.update(inner_mapping)
            members += inner_members
        else:
            mapping.update(dict.fromkeys(tag_values(schemas[name], tag), name))
            members.append(name)
    return tag, mapping, members


def union_tag(schema: dict[str, Any]) -> str:
    """The tag property of a tagged union (`type`, or `role`)."""
    return union_parts(schema)[0]


def nested_unions() -> set[str]:
    """Unions that are members of another union (`ServerToolUnionParam` in `ToolUnionParam`)."""
    schemas = component_schemas()
    return {
        ref_name(m["$ref"])
        for s in schemas.values()
        if is_tagged_union(s)
        for m in s.get("anyOf", [])
        if "oneOf" in schemas[ref_name(m["$ref"])]
    }


def schema_kind(schema: dict[str, Any]) -> str:
    """`object`, `union` (a tagged union, see `is_tagged_union`), `enum` or `scalar`."""
    if schema.get("type") == "object":
        return "object"
    if is_tagged_union(schema):
        return "union"
    if "enum" in schema:
        return "enum"
    return "scalar"


def names_of_kind(kind: str) -> list[str]:
    return sorted(n for n, s in component_schemas().items() if schema_kind(s) == kind)


class UnionMember(NamedTuple):
    """One way to write one member of a tagged union: `tag` is None when the tag may be omitted."""

    union: str
    tag: str | None
    member: str

    @property
    def id(self) -> str:
        return f"{self.union}-{self.tag if self.tag is not None else 'untagged'}"


def tag_values(member: dict[str, Any], tag_property: str) -> list[str]:
    """The tag values a union member admits: its tag property's `const`, or its `enum`."""
    tag_schema = member.get("properties", {}).get(tag_property, {})
    if "const" in tag_schema:
        return [tag_schema["const"]]
    return list(tag_schema.get("enum", []))


def union_members(union_name: str) -> list[UnionMember]:
    """Every (tag value, member) of a component union, plus the untagged form if allowed."""
    schemas = component_schemas()
    tag_property, _, names = union_parts(schemas[union_name])
    found: list[UnionMember] = []
    for name in names:
        member = schemas[name]
        found += [UnionMember(union_name, tag, name) for tag in tag_values(member, tag_property)]
        if tag_property not in member.get("required", []):
            found.append(UnionMember(union_name, None, name))
    return found


def rewrite_refs(node: Any) -> Any:
    """A copy of a schema with every `#/components/schemas/X` ref pointing at `#/$defs/X`."""
    if isinstance(node, dict):
        return {
            key: DEFS_PREFIX + ref_name(value) if key == "$ref" else rewrite_refs(value)
            for key, value in node.items()
        }
    if isinstance(node, list):
        return [rewrite_refs(item) for item in node]
    return node


def pytest_generate_tests(metafunc: pytest.Metafunc) -> None:
    for argument, kind in (
        ("object_schema", "object"),
        ("enum_schema", "enum"),
    ):
        if argument in metafunc.fixturenames:
            metafunc.parametrize(argument, names_of_kind(kind))
    if "union_member" in metafunc.fixturenames:
        # A nested union's members are tested as members of the union that contains it.
        unions = [u for u in names_of_kind("union") if u not in nested_unions()]
        cases = [case for union in unions for case in union_members(union)]
        metafunc.parametrize("union_member", cases, ids=[case.id for case in cases])


@pytest.fixture(scope="session")
def spec() -> dict[str, Any]:
    """The parsed spec. Treat as read-only: it is shared by every test."""
    return load_spec()


@pytest.fixture(scope="session")
def schemas() -> dict[str, Any]:
    """`components.schemas` of the spec (read-only)."""
    return component_schemas()


@pytest.fixture(scope="session")
def json_schema_document() -> dict[str, Any]:
    """The component schemas as one JSON Schema 2020-12 document: refs point into `$defs`.

    OpenAPI 3.1 schemas are JSON Schema 2020-12; `discriminator` is an OpenAPI annotation that
    JSON Schema validators ignore, so the document is the spec's schemas unchanged but for the
    refs. Refer to one schema with `{**document, "$ref": "#/$defs/Name"}`.
    """
    return {"$schema": DIALECT, "$defs": rewrite_refs(component_schemas())}


@pytest.fixture(scope="session")
def validator_for(
    json_schema_document: dict[str, Any],
) -> Callable[[str], jsonschema.protocols.Validator]:
    """A cached JSON Schema 2020-12 validator for one component schema, by name."""

    @functools.cache
    def make(name: str) -> jsonschema.protocols.Validator:
        assert name in json_schema_document["$defs"], f"no schema named {name}"
        schema = {**json_schema_document, "$ref": DEFS_PREFIX + name}
        return jsonschema.Draft202012Validator(schema)

    return make


def _normalised_name(name: str) -> str:
    return re.sub(r"[^a-z0-9]", "", name.lower())


@functools.cache
def find_model_class(schema_name: str) -> type[Any]:
    """The generated attrs class of an object schema.

    Class names equal schema names except where the generator had to change them: a name that
    shadows a Python builtin gets a trailing underscore (`PermissionError_`), and characters
    that are not allowed in a class name are dropped (`ToolSearchToolBm25_20251119Param` ->
    `ToolSearchToolBm2520251119Param`). So match on the name without case and punctuation, and
    require exactly one match.
    """
    models = importlib.import_module("claude_api.models")
    wanted = _normalised_name(schema_name)
    matches = [name for name in models.__all__ if _normalised_name(name) == wanted]
    assert len(matches) == 1, f"schema {schema_name}: generated classes {matches}"
    cls = getattr(models, matches[0])
    assert isinstance(cls, type), f"{matches[0]} is not a class"
    assert callable(getattr(cls, "from_dict", None)), f"{matches[0]} has no from_dict"
    return cls


@pytest.fixture(scope="session")
def model_class() -> Callable[[str], type[Any]]:
    """`model_class("TextBlock")` is `claude_api.models.TextBlock` (see `find_model_class`)."""
    return find_model_class


@pytest.fixture(scope="session")
def schema_of_class() -> dict[type[Any], str]:
    """Generated class -> the object schema it was generated from (for every object schema)."""
    return {find_model_class(name): name for name in names_of_kind("object")}


def python_field_name(wire_name: str) -> str:
    """The attribute name of a wire field in the generated classes: the wire name itself.

    Only a Python keyword or one of the generator's own names would get a `_` suffix; the spec
    has none (`test_public_names` checks every model).
    """
    reserved = wire_name in _RESERVED or keyword.iskeyword(wire_name)
    return f"{wire_name}_" if reserved else wire_name


@pytest.fixture(scope="session")
def field_name() -> Callable[[str], str]:
    """`field_name("type") == "type"`: see `python_field_name`."""
    return python_field_name


# --- comparing JSON -------------------------------------------------------------------------

_RFC3339 = re.compile(
    r"\d{4}-\d\d-\d\d[Tt ]\d\d:\d\d:\d\d(\.\d+)?([Zz]|[+-]\d\d:\d\d)",
)


def _as_datetime(value: str) -> datetime.datetime | None:
    if not _RFC3339.fullmatch(value):
        return None
    try:
        return datetime.datetime.fromisoformat(value)
    except ValueError:
        return None


def json_difference(
    expected: Any, actual: Any, *, datetimes: bool = False, path: str = "$"
) -> str | None:
    """Where two JSON values differ, or None when they are the same JSON.

    Stricter than `==`: `true` is not `1`, and a missing key is not a `null`. Numbers compare
    by value (`1` is `1.0`), as a JSON parser would see them. With `datetimes=True`, two
    RFC 3339 date-times that name the same instant are the same (the generated models parse
    `format: date-time` into `datetime` and write it back with `isoformat()`, so `...Z` comes
    back as `...+00:00`).
    """
    if isinstance(expected, bool) or isinstance(actual, bool):
        same = type(expected) is type(actual) and expected == actual
        return None if same else f"{path}: {expected!r} != {actual!r}"
    if isinstance(expected, int | float) and isinstance(actual, int | float):
        return None if expected == actual else f"{path}: {expected!r} != {actual!r}"
    if isinstance(expected, dict) and isinstance(actual, dict):
        if set(expected) != set(actual):
            missing = sorted(set(expected) - set(actual))
            extra = sorted(set(actual) - set(expected))
            return f"{path}: keys missing {missing}, unexpected {extra}"
        for key in expected:
            found = json_difference(
                expected[key], actual[key], datetimes=datetimes, path=f"{path}.{key}"
            )
            if found:
                return found
        return None
    if isinstance(expected, list) and isinstance(actual, list):
        if len(expected) != len(actual):
            return f"{path}: {len(expected)} items != {len(actual)} items"
        for index, (left, right) in enumerate(zip(expected, actual, strict=True)):
            found = json_difference(left, right, datetimes=datetimes, path=f"{path}[{index}]")
            if found:
                return found
        return None
    if isinstance(expected, str) and isinstance(actual, str) and expected != actual and datetimes:
        left, right = _as_datetime(expected), _as_datetime(actual)
        if left is not None and right is not None and left == right:
            return None
    if type(expected) is type(actual) and expected == actual:
        return None
    return f"{path}: {expected!r} != {actual!r}"


def round_trip(cls: type[Any], data: Any, *, datetimes: bool = False) -> Any:
    """Parse `data` with `cls.from_dict`, check `to_dict()` gives the same JSON; return the object.

    Also checks that parsing leaves its input alone and that `to_dict()` is plain JSON.
    """
    original = copy.deepcopy(data)
    parsed = cls.from_dict(data)
    assert json_difference(original, data) is None, f"{cls.__name__}.from_dict changed its input"
    assert isinstance(parsed, cls)
    written = parsed.to_dict()
    json.dumps(written, allow_nan=False)  # raises on anything that is not plain JSON
    difference = json_difference(original, written, datetimes=datetimes)
    assert difference is None, f"{cls.__name__} round trip changed the JSON at {difference}"
    check_public_surface(parsed)
    return parsed


_SURFACE_CHECKED: set[type] = set()


def check_public_surface(obj: Any) -> None:
    """What users see of a parsed model and every model inside it (issue 16).

    No attribute ends with `_` (fields carry their wire names), the repr shows no `Unset`
    sentinel (it holds the nested reprs), `to_json()` is `orjson.dumps(to_dict())` and
    `from_json` reads it back (the nested models are inside both), and a free-form JSON object
    (tool input, a schema's free part) is a plain dict. The walk below the top is kept cheap:
    names are checked once per class.
    """
    if attrs.has(type(obj)):
        assert "types.Unset object" not in repr(obj), repr(obj)
        try:
            expected = orjson.dumps(obj.to_dict())
        except TypeError:  # orjson refuses integers beyond 64 bits (the API sends none)
            with pytest.raises(TypeError):
                obj.to_json()
        else:
            assert obj.to_json() == expected
            again = type(obj).from_json(expected)
            assert json_difference(obj.to_dict(), again.to_dict()) is None
    seen = [obj]
    while seen:
        value = seen.pop()
        if isinstance(value, list):
            seen.extend(value)
            continue
        if isinstance(value, dict):
            assert type(value) is dict
            continue
        if not attrs.has(type(value)):
            continue
        cls = type(value)
        names = [f.name for f in attrs.fields(cls)]
        if cls not in _SURFACE_CHECKED:
            assert not [n for n in names if n.endswith("_")], f"{cls.__name__}: {names}"
            _SURFACE_CHECKED.add(cls)
        for name in names:
            if name != "additional_properties" and name not in missing_fields(value):
                seen.append(getattr(value, name))


@pytest.fixture(scope="session")
def assert_round_trip() -> Callable[..., Any]:
    """`assert_round_trip(cls, data, datetimes=False)`: see `round_trip`."""
    return round_trip


@pytest.fixture(scope="session")
def same_json() -> Callable[..., str | None]:
    """`same_json(a, b, datetimes=False)`: see `json_difference` (None when they are the same)."""
    return json_difference


def iter_schema_nodes(node: Any, path: str = "#") -> Iterator[tuple[str, dict[str, Any]]]:
    """Every dict in a spec subtree with its JSON pointer (schemas, and everything else)."""
    if isinstance(node, dict):
        yield path, node
        for key, value in node.items():
            yield from iter_schema_nodes(value, f"{path}/{key}")
    elif isinstance(node, list):
        for index, value in enumerate(node):
            yield from iter_schema_nodes(value, f"{path}/{index}")


@pytest.fixture(scope="session")
def discriminator_mapping() -> Callable[[str], dict[str, str]]:
    """`discriminator_mapping("ContentBlock")`: tag value -> member schema name."""

    def mapping(union_name: str) -> dict[str, str]:
        return union_parts(component_schemas()[union_name])[1]

    return mapping


@pytest.fixture(scope="session")
def walk() -> Callable[..., Iterator[tuple[str, dict[str, Any]]]]:
    """`walk(node)` yields `(json_pointer, dict)` for every dict under `node`."""
    return iter_schema_nodes
