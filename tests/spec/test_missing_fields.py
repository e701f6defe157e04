"""Liberal responses: every response model survives the loss of any required field.

Generated and exhaustive, not a sample: the response models are every generated class reachable
(through field types) from what the operations return (read from the generated endpoint
modules), the stream events and the batch results line. Each one's valid examples are harvested
from `examples.py` by parsing them (a model without one gets an instance built from its field
types); then each required field is dropped in turn. The parse must
succeed, every other field read back equal, the dropped one raise `MissingFieldError` naming
model and field, and `to_dict()` give back the input without it (openapi/templates/model.py.jinja).
A required field with a spec default (a tag's constant) takes that default, as the constructor
does. A wrong JSON type for a known field stays an error.
"""

from __future__ import annotations

import copy
import datetime
import pickle
import re
import typing
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import attrs
import pytest
from claude_api import models
from claude_api.types import UNSET, MissingFieldError, Unset

from . import examples as ex

JSON = dict[str, Any]
GENERATED = Path(models.__file__).resolve().parent.parent

STREAM_EVENT_MODELS = (
    models.MessageStartEvent,
    models.ContentBlockStartEvent,
    models.ContentBlockDeltaEvent,
    models.ContentBlockStopEvent,
    models.MessageDeltaEvent,
    models.MessageStopEvent,
)


def operation_response_models() -> list[type[Any]]:
    """The classes the generated endpoints build from a response body."""
    found: set[str] = set()
    for path in (GENERATED / "api").rglob("*.py"):
        found.update(re.findall(r"(\w+)\.from_dict\(response\.json\(\)\)", path.read_text()))
    return [getattr(models, name) for name in sorted(found)]


ROOTS = (*operation_response_models(), *STREAM_EVENT_MODELS, models.MessageBatchIndividualResponse)


NAMESPACE = {name: getattr(models, name) for name in models.__all__} | {
    "Unset": Unset,
    "datetime": datetime,
}


def _hints(cls: type[Any]) -> dict[str, Any]:
    return typing.get_type_hints(cls, NAMESPACE | vars(__import__(cls.__module__, fromlist=["_"])))


def _classes_in(hint: Any) -> Iterator[type[Any]]:
    if attrs.has(hint):
        yield hint
    for arg in typing.get_args(hint):
        yield from _classes_in(arg)


def reachable(roots: tuple[type[Any], ...]) -> set[type[Any]]:
    seen: set[type[Any]] = set()
    todo = list(roots)
    while todo:
        cls = todo.pop()
        if cls in seen:
            continue
        seen.add(cls)
        for name, hint in _hints(cls).items():
            if name != "additional_properties":
                todo.extend(_classes_in(hint))
    return seen


def _batch_lines() -> list[JSON]:
    error = next(iter(ex.ERROR_RESPONSES.values()))
    return [
        {"custom_id": "a", "result": {"type": "succeeded", "message": ex.MESSAGE_WITH_EVERY_BLOCK}},
        {"custom_id": "b", "result": {"type": "errored", "error": error}},
        {"custom_id": "c", "result": {"type": "canceled"}},
        {"custom_id": "d", "result": {"type": "expired"}},
    ]


def _wire_examples() -> Iterator[tuple[type[Any], JSON]]:
    yield models.Message, ex.MESSAGE_WITH_EVERY_BLOCK
    yield models.Message, ex.MESSAGE_REFUSAL
    for block in [*ex.CONTENT_BLOCKS.values(), *ex.CONTENT_BLOCK_VARIANTS.values()]:
        yield models.Message, {**ex.MESSAGE, "content": [block]}
    for citation in ex.TEXT_CITATIONS.values():
        block = {"type": "text", "text": "x", "citations": [citation]}
        yield models.Message, {**ex.MESSAGE, "content": [block]}
    for reason in ex.CACHE_MISS_REASONS.values():
        yield models.Message, {**ex.MESSAGE, "diagnostics": {"cache_miss_reason": reason}}
    by_type = {cls.__name__: cls for cls in STREAM_EVENT_MODELS}
    events = [*ex.STREAM_EVENTS.values()] + [e for s, _ in ex.STREAMS.values() for e in s]
    for event in events:
        name = "".join(p.title() for p in str(event["type"]).split("_")) + "Event"
        if name in by_type:
            yield by_type[name], event
    for body in ex.ERROR_RESPONSES.values():
        yield models.ErrorResponse, body
    yield models.ListModelsResponse, ex.MODELS_PAGE
    yield models.ModelInfo, ex.MODEL_INFO
    yield models.ModelInfo, ex.MODEL_INFO_DEPRECATED
    for batch in ex.MESSAGE_BATCHES.values():
        yield models.MessageBatch, batch
    yield models.ListMessageBatchesResponse, ex.BATCHES_PAGE
    yield models.DeletedMessageBatch, ex.DELETED_BATCH
    yield models.MessageTokensCount, ex.MESSAGE_TOKENS_COUNT
    for line in _batch_lines():
        yield models.MessageBatchIndividualResponse, line


def _instances(value: Any) -> Iterator[Any]:
    if isinstance(value, list):
        for item in value:
            yield from _instances(item)
    elif attrs.has(type(value)):
        yield value
        for field in attrs.fields(type(value)):
            if field.name != "additional_properties":
                yield from _instances(getattr(value, field.name))


def harvested() -> dict[type[Any], list[JSON]]:
    """Class -> wire examples of it, from parsing every example (a model's to_dict is its wire)."""
    found: dict[type[Any], list[JSON]] = {}
    for cls, wire in _wire_examples():
        for instance in _instances(cls.from_dict(copy.deepcopy(wire))):
            dumped = instance.to_dict()
            seen = found.setdefault(type(instance), [])
            if dumped not in seen:
                seen.append(dumped)
    return found


def synthesized(cls: type[Any]) -> Any:
    """An instance of *cls* with every required field filled from its type (no example needed):
    a model added to the spec is covered even before `examples.py` has one."""
    hints = _hints(cls)
    values = {
        f.name: _value_for(hints[f.name])
        for f in attrs.fields(cls)
        if f.init and f.default is attrs.NOTHING
    }
    return cls(**values)


def _value_for(hint: Any) -> Any:
    args = typing.get_args(hint)
    origin = typing.get_origin(hint)
    if attrs.has(hint):
        return synthesized(hint)
    if origin is typing.Literal:
        return args[0]
    if origin is list:
        return [_value_for(args[0])]
    if args:  # a union: its first member that is not None / Unset
        return _value_for(next(a for a in args if a not in (type(None), Unset)))
    simple = {str: "x", int: 1, float: 1.5, bool: True, dict: {}, Any: {}}
    if hint is datetime.datetime:
        return datetime.datetime(2025, 1, 2, 3, 4, 5, tzinfo=datetime.UTC)
    return simple.get(hint, {})


RESPONSE_MODELS = sorted(reachable(ROOTS), key=lambda cls: cls.__name__)
EXAMPLES = harvested()
for _cls in RESPONSE_MODELS:
    if _cls not in EXAMPLES:
        EXAMPLES[_cls] = [synthesized(_cls).to_dict()]


def required_fields(cls: type[Any]) -> list[tuple[str, str, bool]]:
    """(attribute, JSON key, has a default) of each field the spec requires."""
    module = __import__(cls.__module__, fromlist=["_WIRE_NAMES"])
    required = [f for f in attrs.fields(cls) if f.name in module._WIRE_NAMES and f.init]
    names = module._WIRE_NAMES
    out = []
    for field in required:
        optional = field.default is not attrs.NOTHING and isinstance(field.default, Unset)
        if not optional:
            out.append((field.name, names[field.name], field.default is not attrs.NOTHING))
    return out


def drop_cases() -> Iterator[Any]:
    for cls in RESPONSE_MODELS:
        for index, wire in enumerate(EXAMPLES.get(cls, [])):
            for attribute, key, has_default in required_fields(cls):
                if key in wire:
                    yield pytest.param(
                        cls, wire, attribute, key, has_default, id=f"{cls.__name__}-{index}-{key}"
                    )


def test_the_walk_finds_the_response_models() -> None:
    names = {cls.__name__ for cls in RESPONSE_MODELS}
    assert {
        "Message",
        "Usage",
        "ServerToolUsage",
        "ModelInfo",
        "MessageBatch",
        "TextBlock",
    } <= names
    assert "MessageCreateParams" not in names


def test_every_response_model_has_an_example() -> None:
    lacking = [c.__name__ for c in RESPONSE_MODELS if not EXAMPLES.get(c)]
    assert lacking == []


def test_synthesized_examples_are_valid() -> None:
    """The fallback builds data the model parses back to the same JSON."""
    for cls in RESPONSE_MODELS:
        wire = synthesized(cls).to_dict()
        assert cls.from_dict(copy.deepcopy(wire)).to_dict() == wire, cls.__name__


@pytest.mark.parametrize(("cls", "wire", "attribute", "key", "has_default"), list(drop_cases()))
def test_dropping_a_required_field_keeps_the_rest(
    cls: type[Any], wire: JSON, attribute: str, key: str, has_default: bool
) -> None:
    data = copy.deepcopy(wire)
    del data[key]
    parsed = cls.from_dict(data)
    full = cls.from_dict(copy.deepcopy(wire))
    for field in attrs.fields(cls):
        if field.name == attribute:
            continue
        assert getattr(parsed, field.name) == getattr(full, field.name), field.name
    if has_default:  # a tag's constant: the value is not in doubt
        assert getattr(parsed, attribute) == field_default(cls, attribute)
        assert parsed.to_dict() == {**data, key: getattr(parsed, attribute)}
        return
    with pytest.raises(
        MissingFieldError, match=rf"^{cls.__name__}\.{attribute} is missing"
    ) as info:
        getattr(parsed, attribute)
    assert isinstance(info.value, AttributeError)
    assert (info.value.model, info.value.field) == (cls.__name__, attribute)
    assert not hasattr(parsed, attribute)
    assert parsed.to_dict() == data
    # the object stays usable as a value: repr, equality, copies and pickling
    assert f"{attribute}=MISSING" in repr(parsed)
    assert parsed == cls.from_dict(copy.deepcopy(data))
    assert parsed != full
    assert copy.deepcopy(parsed) == parsed
    assert pickle.loads(pickle.dumps(parsed)) == parsed


def field_default(cls: type[Any], attribute: str) -> Any:
    return attrs.fields_dict(cls)[attribute].default


def test_copies_and_pickles_keep_the_one_unset() -> None:
    assert copy.deepcopy(UNSET) is UNSET
    assert pickle.loads(pickle.dumps(UNSET)) is UNSET
    block = models.TextBlock(text="x")
    assert copy.deepcopy(block) == block
    assert pickle.loads(pickle.dumps(block)).to_dict() == {"text": "x", "type": "text"}


def test_an_unknown_attribute_is_a_plain_attribute_error() -> None:
    message = models.Message.from_dict(copy.deepcopy(ex.MESSAGE))
    with pytest.raises(AttributeError) as info:
        message.contnet  # type: ignore[attr-defined]  # noqa: B018
    assert not isinstance(info.value, MissingFieldError)


@pytest.mark.parametrize(
    ("cls", "wire"),
    [
        (models.Message, {**ex.MESSAGE, "usage": "lots"}),
        (models.Message, {**ex.MESSAGE, "content": "hello"}),
        (
            models.Message,
            {**ex.MESSAGE, "content": [{"type": "text", "text": "x", "citations": 3}]},
        ),
        (models.ModelInfo, {**ex.MODEL_INFO, "created_at": 5}),
        (models.MessageBatchIndividualResponse, {"custom_id": "a", "result": ["succeeded"]}),
    ],
    ids=[
        "model_as_string",
        "list_as_string",
        "citations_as_int",
        "datetime_as_int",
        "union_as_list",
    ],
)
def test_a_wrong_json_type_is_still_an_error(cls: type[Any], wire: JSON) -> None:
    with pytest.raises((TypeError, ValueError, KeyError, AttributeError)):
        cls.from_dict(copy.deepcopy(wire))
