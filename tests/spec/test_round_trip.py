"""Property test: every component schema of the spec round-trips through the generated models.

For every object schema, instances drawn from the schema (hypothesis-jsonschema) parse with the
generated class's `from_dict`, and `to_dict()` gives back the same JSON: nothing dropped,
renamed or re-typed, extra fields included (the schemas allow them, so the draws have them).
Every member of every union is also placed inside a model that contains the union, which must
parse it into the member's class. Enums are compared with the generated `Literal` types.

How the instances are drawn, and what that leaves out (on purpose, stated here):

* Compositional drawing. Each component schema gets its own hypothesis-jsonschema strategy in
  which a `$ref` is replaced by a placeholder constant; after a draw the placeholders are filled
  with draws of the referenced schema. hypothesis-jsonschema can resolve refs itself, but it
  inlines them and re-canonicalises the inlined tree on every draw, which takes minutes for a
  schema like `MessageCreateParams` (its inlined form is over 60 kB). Drawn this way it takes
  milliseconds, and recursion (none today) would be bounded by `MAX_DEPTH` (deeper draws are
  rejected, not truncated). Every drawn instance is validated against the real, un-rewritten
  schema with jsonschema, so the composition cannot drift from the spec.
* Annotations are dropped from the schemas given to hypothesis-jsonschema: `description`,
  `default` (tags are `const` + `default`; the `const` stays), `examples`, and OpenAPI's
  `discriminator` (an annotation in 3.1: the tags are `const`s, which hypothesis-jsonschema
  handles, and `oneOf` exclusivity follows from them).
* `format: date-time` is drawn in the form Python writes (`datetime.isoformat()`, UTC or a fixed
  offset), because the models parse date-times into `datetime` and write them back with
  `isoformat()`: other RFC 3339 spellings (`Z`, a lower-case `t`) are the same instant in
  another spelling, which tests/spec/test_examples.py covers with API-style `Z` date-times.
* `format: path` (a request-side file path) is not a JSON Schema format, so it is drawn as
  any string, which is what the wire carries.
* `Model` (a plain string alias, no generated type) is the one component schema that is not
  tested here; `test_every_component_schema_is_covered` keeps that list explicit.
"""

from __future__ import annotations

import copy
import datetime
import functools
import types
import typing
from collections.abc import Callable
from typing import Any

import hypothesis_jsonschema._from_schema as _hjs_from_schema
import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st
from hypothesis.internal.conjecture import utils as _conjecture_utils
from hypothesis_jsonschema import from_schema

from .conftest import is_tagged_union, union_tag

JSON = dict[str, Any]
PLACEHOLDER = "\x00$ref:"
MAX_DEPTH = 16
ANNOTATIONS = frozenset(
    {"description", "default", "examples", "discriminator", "title", "deprecated"}
)
SCHEMA_MAPS = frozenset({"properties", "patternProperties", "$defs", "dependentSchemas"})
SCHEMA_VALUES = frozenset(
    {"items", "additionalProperties", "not", "contains", "propertyNames", "if", "then", "else"}
)
SCHEMA_LISTS = frozenset({"anyOf", "oneOf", "allOf", "prefixItems"})
CANONICAL_DATE_TIME = "x-python-isoformat-date-time"
NOT_TESTED = {"Model": "a plain `string` alias: the generator makes no type for it"}

OBJECT_EXAMPLES = 6
MEMBER_EXAMPLES = 3
SETTINGS = {
    "deadline": None,
    "derandomize": True,  # the same draws on every run: failures reproduce, timings are stable
    "database": None,
    # Draws of the larger request and response models are big and slow by nature (the number of
    # examples is bounded instead), and hypothesis-jsonschema discards some draws by design (an
    # extra property name that is already taken is drawn again), which on some seeds trips the
    # filtering check. Our own `assume` only fires past MAX_DEPTH, which no schema reaches.
    "suppress_health_check": [
        HealthCheck.too_slow,
        HealthCheck.data_too_large,
        HealthCheck.large_base_example,
        HealthCheck.filter_too_much,
    ],
}


def _install_hypothesis_jsonschema_compat() -> None:
    """Let hypothesis-jsonschema 0.23.1 (the latest) run on hypothesis >= 6.170.15.

    hypothesis-jsonschema draws object properties with the private `many` helper of Hypothesis
    and its `more()` / `reject()` methods. Hypothesis 6.170.15 turned `many` into a context
    manager that is iterated, and removed `more()`, so every object schema fails with
    "'many' object has no attribute 'more'". This adapter gives hypothesis-jsonschema's module
    (only) the old interface on top of the new one. It does nothing when `more()` exists, and
    should be deleted once hypothesis-jsonschema supports the new interface (or the project
    pins `hypothesis<6.170.15`).
    """
    many = _conjecture_utils.many
    if hasattr(many, "more"):
        return

    class IteratedMany:
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            self._many = many(*args, **kwargs)
            self._many.__enter__()
            self._steps = iter(self._many)

        def more(self) -> bool:
            if next(self._steps, StopIteration) is StopIteration:
                self._many.__exit__(None, None, None)
                return False
            return True

        def reject(self, why: str | None = None) -> None:
            self._many.reject(why)

    patched = types.ModuleType(_conjecture_utils.__name__)
    patched.__dict__.update(vars(_conjecture_utils))
    patched.many = IteratedMany  # type: ignore[attr-defined]
    _hjs_from_schema.cu = patched  # type: ignore[attr-defined]


_install_hypothesis_jsonschema_compat()


# --- drawing instances ----------------------------------------------------------------------


def skeleton_schema(node: Any) -> Any:
    """A schema for hypothesis-jsonschema: refs become placeholder constants (see module doc)."""
    if not isinstance(node, dict):
        return node
    if "$ref" in node:
        return {"const": PLACEHOLDER + node["$ref"].rsplit("/", 1)[1]}
    out: JSON = {}
    for key, value in node.items():
        if key in ANNOTATIONS:
            continue
        if key in SCHEMA_MAPS:
            out[key] = {name: skeleton_schema(sub) for name, sub in value.items()}
        elif key in SCHEMA_VALUES:
            out[key] = skeleton_schema(value)
        elif key in SCHEMA_LISTS:
            out[key] = [skeleton_schema(sub) for sub in value]
        elif key == "format" and value == "date-time":
            out[key] = CANONICAL_DATE_TIME
        else:
            out[key] = value
    return out


_OFFSETS = [
    datetime.UTC,
    datetime.timezone(datetime.timedelta(hours=-7)),
    datetime.timezone(datetime.timedelta(hours=5, minutes=30)),
]
_DATE_TIMES = st.datetimes(
    min_value=datetime.datetime(1970, 1, 1),
    max_value=datetime.datetime(2100, 1, 1),
    timezones=st.sampled_from(_OFFSETS),
).map(datetime.datetime.isoformat)


def required_only(schema: JSON) -> JSON:
    """An object schema cut down to its required properties (for containers of a union)."""
    required = schema.get("required", [])
    properties = {name: sub for name, sub in schema["properties"].items() if name in required}
    return {**schema, "properties": properties, "additionalProperties": False}


@pytest.fixture(scope="module")
def instances(schemas: JSON) -> Callable[..., st.SearchStrategy[Any]]:
    """`instances("Message")`: a strategy for JSON instances of a component schema.

    `instances(name, minimal=True)` draws only the required properties of the top object.
    """

    @functools.cache
    def skeleton(name: str, minimal: bool = False) -> st.SearchStrategy[Any]:
        schema = required_only(schemas[name]) if minimal else schemas[name]
        return from_schema(
            skeleton_schema(schema), custom_formats={CANONICAL_DATE_TIME: _DATE_TIMES}
        )

    def fill(draw: st.DrawFn, value: Any, depth: int) -> Any:
        if isinstance(value, str) and value.startswith(PLACEHOLDER):
            assume(depth < MAX_DEPTH)
            return draw(instance(value.removeprefix(PLACEHOLDER), depth + 1))
        if isinstance(value, dict):
            return {key: fill(draw, item, depth) for key, item in value.items()}
        if isinstance(value, list):
            return [fill(draw, item, depth) for item in value]
        return value

    @st.composite
    def instance(draw: st.DrawFn, name: str, depth: int = 0, *, minimal: bool = False) -> Any:
        return fill(draw, draw(skeleton(name, minimal)), depth)

    return instance


# --- object schemas -------------------------------------------------------------------------


def test_object_schema_round_trips(
    object_schema: str,
    instances: Callable[[str], st.SearchStrategy[Any]],
    validator_for: Callable[[str], Any],
    model_class: Callable[[str], type[Any]],
    assert_round_trip: Callable[..., Any],
) -> None:
    cls = model_class(object_schema)
    validator = validator_for(object_schema)

    @settings(max_examples=OBJECT_EXAMPLES, **SETTINGS)
    @given(instances(object_schema))
    def check(instance: JSON) -> None:
        validator.validate(instance)
        assert_round_trip(cls, instance)

    check()


# --- union members, inside a model that contains the union ---------------------------------


def find_carrier(schemas: JSON, union: str) -> tuple[str, str, bool] | None:
    """The smallest object schema with a property holding `union`: (schema, property, is_list)."""
    ref = f"#/components/schemas/{union}"

    def holds(prop: JSON) -> bool | None:
        """True: a list of the union; False: the union itself; None: neither."""
        branches = [prop, *prop.get("anyOf", [])]
        if any(branch.get("$ref") == ref for branch in branches):
            return False
        if any(branch.get("items", {}).get("$ref") == ref for branch in branches):
            return True
        return None

    found = [
        (len(str(schemas[name])), name, prop_name, is_list)
        for name, schema in schemas.items()
        if schema.get("type") == "object"
        for prop_name, prop in schema.get("properties", {}).items()
        if (is_list := holds(prop)) is not None
    ]
    return min(found)[1:] if found else None


def test_union_member_round_trips_inside_a_containing_model(
    union_member: tuple[str, str | None, str],
    schemas: JSON,
    instances: Callable[[str], st.SearchStrategy[Any]],
    validator_for: Callable[[str], Any],
    model_class: Callable[[str], type[Any]],
    field_name: Callable[[str], str],
    assert_round_trip: Callable[..., Any],
) -> None:
    union, tag, member = union_member
    tag_property = union_tag(schemas[union])
    member_class = model_class(member)
    carrier = find_carrier(schemas, union)

    def tagged(value: JSON) -> JSON:
        value = copy.deepcopy(value)
        if tag is None:
            value.pop(tag_property, None)
        else:
            value[tag_property] = tag
        return value

    if carrier is None:
        # Only `MessageStreamEvent`: no model contains it (the overlay's SSE layer dispatches
        # events on their type), so each member round-trips through its own class.
        assert union == "MessageStreamEvent"
        strategy = instances(member).map(tagged)
    else:
        carrier_name, prop, is_list = carrier
        # The container carries only its required fields: its own round trip (extra fields and
        # all) is the object test; here it is the vehicle for the member and its dispatch.
        container = instances(carrier_name, minimal=True)
        strategy = st.tuples(container, instances(member).map(tagged)).map(
            lambda pair: {**pair[0], prop: [pair[1]] if is_list else pair[1]}
        )

    @settings(max_examples=MEMBER_EXAMPLES, **SETTINGS)
    @given(strategy)
    def check(instance: JSON) -> None:
        if carrier is None:
            validator_for(union).validate(instance)
            assert type(assert_round_trip(member_class, instance)) is member_class
            return
        carrier_name, prop, is_list = carrier
        validator_for(carrier_name).validate(instance)
        parsed = assert_round_trip(model_class(carrier_name), instance)
        value = getattr(parsed, field_name(prop))
        assert type(value[0] if is_list else value) is member_class

    check()


# --- enums and coverage ---------------------------------------------------------------------


def test_enum_schema_matches_its_generated_literal(enum_schema: str, schemas: JSON) -> None:
    from claude_api import models

    literal = getattr(models, enum_schema)
    assert typing.get_origin(literal) is typing.Literal
    assert sorted(typing.get_args(literal)) == sorted(schemas[enum_schema]["enum"])


def test_every_component_schema_is_covered(schemas: JSON) -> None:
    kinds = {"object": set(), "union": set(), "enum": set(), "other": set()}
    for name, schema in schemas.items():
        if schema.get("type") == "object":
            kinds["object"].add(name)
        elif is_tagged_union(schema):
            kinds["union"].add(name)
        elif "enum" in schema:
            kinds["enum"].add(name)
        else:
            kinds["other"].add(name)
    assert kinds["other"] == set(NOT_TESTED), (
        "a new kind of component schema needs a round-trip test"
    )
    assert all(kinds[kind] for kind in ("object", "union", "enum"))
