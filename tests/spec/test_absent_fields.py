"""Absent optional fields read as None, and stay absent (issue 16: `is None` checks work).

Exhaustive over the generated models: every optional field of every response model (walked as in
test_missing_fields), dropped from each harvested example, reads as None, is left out of
`to_dict()`, repr, equality, copies and pickles keep it absent; an explicit `null` also reads
None but is written back as `null` (absent and null stay apart on the wire). Every model built
by its constructor without an optional field reads None there and does not send it.
"""

from __future__ import annotations

import copy
import pickle
import typing
from collections.abc import Iterator
from typing import Any

import attrs
import pytest
from claude_api import models
from claude_api.types import UNSET, field_value

from .test_missing_fields import EXAMPLES, RESPONSE_MODELS, _hints, synthesized

JSON = dict[str, Any]


def optional_fields(cls: type[Any]) -> list[tuple[str, str]]:
    """(attribute, JSON key) of each field the spec does not require."""
    module = __import__(cls.__module__, fromlist=["_WIRE_NAMES"])
    return [(name, module._WIRE_NAMES[name]) for name in sorted(module._OPTIONAL)]


def _allows_null(cls: type[Any], attribute: str) -> bool:
    return type(None) in typing.get_args(_hints(cls)[attribute])


def drop_cases() -> Iterator[Any]:
    for cls in RESPONSE_MODELS:
        for index, wire in enumerate(EXAMPLES.get(cls, [])):
            for attribute, key in optional_fields(cls):
                if key in wire:
                    name = f"{cls.__name__}-{index}-{key}"
                    yield pytest.param(cls, wire, attribute, key, id=name)


DROP_CASES = list(drop_cases())


def test_the_cases_cover_the_usual_suspects() -> None:
    ids = {case.id.split("-", 1)[0] + "." + case.id.rsplit("-", 1)[1] for case in DROP_CASES}
    assert {"Usage.cache_creation", "Message.stop_details", "TextBlock.citations"} <= ids
    assert len(DROP_CASES) > 100
    assert len(NULL_CASES) > 50


@pytest.mark.parametrize(("cls", "wire", "attribute", "key"), DROP_CASES)
def test_an_absent_optional_field_reads_none_and_stays_absent(
    cls: type[Any], wire: JSON, attribute: str, key: str
) -> None:
    data = copy.deepcopy(wire)
    del data[key]
    parsed = cls.from_dict(data)
    assert getattr(parsed, attribute) is None
    assert field_value(parsed, attribute) is UNSET
    assert parsed.to_dict() == data
    assert f" {attribute}=" not in repr(parsed)
    assert f"({attribute}=" not in repr(parsed)
    for twin in (copy.copy(parsed), copy.deepcopy(parsed), pickle.loads(pickle.dumps(parsed))):
        assert twin == parsed
        assert twin.to_dict() == data
        assert getattr(twin, attribute) is None
    assert cls.from_dict(copy.deepcopy(wire)) != parsed


NULL_CASES = [case for case in DROP_CASES if _allows_null(case.values[0], case.values[2])]


@pytest.mark.parametrize(("cls", "wire", "attribute", "key"), NULL_CASES)
def test_an_explicit_null_reads_none_and_is_written_back(
    cls: type[Any], wire: JSON, attribute: str, key: str
) -> None:
    data = {**copy.deepcopy(wire), key: None}
    parsed = cls.from_dict(data)
    assert getattr(parsed, attribute) is None
    assert field_value(parsed, attribute) is None
    assert parsed.to_dict()[key] is None
    absent = {k: v for k, v in data.items() if k != key}
    assert parsed != cls.from_dict(absent)  # null and absent are not the same reply


@pytest.mark.parametrize("cls", RESPONSE_MODELS, ids=lambda cls: cls.__name__)
def test_every_optional_field_a_response_leaves_out_reads_none(cls: type[Any]) -> None:
    for wire in EXAMPLES[cls]:
        parsed = cls.from_dict(copy.deepcopy(wire))
        for attribute, key in optional_fields(cls):
            if key not in wire:
                assert getattr(parsed, attribute) is None, f"{cls.__name__}.{attribute}"


ALL_MODELS = sorted(
    (
        getattr(models, name)
        for name in models.__all__
        if attrs.has(getattr(models, name)) and hasattr(getattr(models, name), "from_dict")
    ),
    key=lambda cls: cls.__name__,
)


@pytest.mark.parametrize("cls", ALL_MODELS, ids=lambda cls: cls.__name__)
def test_a_constructor_leaves_out_what_it_is_not_given(cls: type[Any]) -> None:
    built = synthesized(cls)
    dumped = built.to_dict()
    for attribute, key in optional_fields(cls):
        assert getattr(built, attribute) is None, f"{cls.__name__}.{attribute}"
        assert key not in dumped
    assert built == cls.from_dict(copy.deepcopy(dumped))


def test_a_constructor_sends_an_explicit_null() -> None:
    block = models.TextBlockParam(text="hi", citations=None)
    assert block.citations is None
    assert block.to_dict() == {"text": "hi", "type": "text", "citations": None}
    assert block != models.TextBlockParam(text="hi")


def test_reading_a_field_that_does_not_exist_still_fails() -> None:
    usage = models.Usage.from_dict({"input_tokens": 1, "output_tokens": 2})
    with pytest.raises(AttributeError, match="has no attribute 'cache_creations'"):
        usage.cache_creations  # type: ignore[attr-defined]  # noqa: B018


def test_extra_keys_are_made_on_first_use() -> None:
    usage = models.Usage.from_dict({"input_tokens": 1, "output_tokens": 2})
    assert usage.additional_properties == {}
    usage["new_counter"] = 3
    assert usage.to_dict() == {"input_tokens": 1, "output_tokens": 2, "new_counter": 3}
    assert models.Usage.from_dict(usage.to_dict()) == usage


# --- extra keys: `from_dict` finds them by counting the fields it did not find -----------------


def _wire_forms(cls: type[Any]) -> Iterator[tuple[str, JSON]]:
    """The wire objects of *cls* to add a key to: the smallest (required fields only, tag
    constants left out too), a response example as the API sends it, every field present, and
    every optional field sent as null where the spec allows it."""
    module = __import__(cls.__module__, fromlist=["_WIRE_NAMES"])
    full = synthesized(cls).to_dict()
    required = {f.name for f in attrs.fields(cls) if f.default is attrs.NOTHING}
    wire_required = {module._WIRE_NAMES[name] for name in required}
    yield "required only", {k: v for k, v in full.items() if k in wire_required}
    yield "synthesized", full
    for index, example in enumerate(EXAMPLES.get(cls, [])):
        yield f"example {index}", copy.deepcopy(example)
    nulls = dict(full)
    for attribute, key in optional_fields(cls):
        if _allows_null(cls, attribute):
            nulls[key] = None
    yield "nulls", nulls


EXTRA_MODELS = [
    cls for cls in ALL_MODELS if hasattr(__import__(cls.__module__, fromlist=["_"]), "_extra")
]


def test_every_model_with_extra_keys_is_checked() -> None:
    assert len(EXTRA_MODELS) > 200
    assert models.Message in EXTRA_MODELS
    assert models.Usage in EXTRA_MODELS


@pytest.mark.parametrize("cls", EXTRA_MODELS, ids=lambda cls: cls.__name__)
def test_extra_keys_are_found_whatever_else_is_left_out(cls: type[Any]) -> None:
    for form, wire in _wire_forms(cls):
        plain = cls.from_dict(copy.deepcopy(wire))
        assert plain.additional_properties == {}, f"{cls.__name__} ({form})"
        for extra in ({"x_new": 1}, {"x_new": None, "x_other": [1]}):
            parsed = cls.from_dict({**copy.deepcopy(wire), **extra})
            assert parsed.additional_properties == extra, f"{cls.__name__} ({form})"
            assert parsed.to_dict() == {**plain.to_dict(), **extra}, f"{cls.__name__} ({form})"
