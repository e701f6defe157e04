"""Fuzz: what the request pipeline lets through, the generated parser and the spec accept.

Bodies are the spec's fullest create-message example with random mutations (a key dropped,
a value replaced by a wrong type, at any depth), drawn from a fixed seed so every run checks
the same 1,500 cases. A body the pipeline accepts must parse with the generated
``MessageCreateParams.from_dict`` and validate against the spec's JSON schema. (A tag that is
a string naming no known type is left to the API on purpose, for forward compatibility, so
the mutations never write a non-empty string into ``type`` or ``role``.)
"""

from __future__ import annotations

import copy
import random
from typing import Any

import claude
import pytest
from claude._build.pipeline import CREATE, prepare
from claude_api.models import MessageCreateParams
from spec import examples as ex
from test_builder_property import validator

CASES = 1500
JUNK: tuple[Any, ...] = (None, 0, -1, 5, 1.5, "", "x", True, [], [{}], {}, {"a": 1}, [1], ["x"])
TAG_JUNK: tuple[Any, ...] = (None, 0, 1.5, "", True, [], {}, {"a": 1})


def _mutate(rng: random.Random, value: Any, key: str = "") -> Any:
    if isinstance(value, dict) and value and rng.random() < 0.7:
        value = dict(value)
        name = rng.choice(sorted(value))
        if rng.random() < 0.3:
            del value[name]
        else:
            value[name] = _mutate(rng, value[name], name)
        return value
    if isinstance(value, list) and value and rng.random() < 0.7:
        value = list(value)
        index = rng.randrange(len(value))
        value[index] = _mutate(rng, value[index])
        return value
    return rng.choice(TAG_JUNK if key in ("type", "role") else JUNK)


def _bodies() -> list[dict[str, Any]]:
    rng = random.Random(15)
    bodies: list[dict[str, Any]] = []
    while len(bodies) < CASES:
        body = _mutate(rng, copy.deepcopy(ex.MESSAGE_CREATE_PARAMS_FULL))
        if isinstance(body, dict):
            bodies.append(body)
    return bodies


def test_what_the_pipeline_sends_the_parser_and_the_spec_accept() -> None:
    accepted = 0
    refusals: list[claude.RequestValidationError] = []
    for body in _bodies():
        try:
            prepare(CREATE, None, copy.deepcopy(body))
        except claude.RequestValidationError as exc:
            refusals.append(exc)
            continue
        accepted += 1
        MessageCreateParams.from_dict(copy.deepcopy(body))
        errors = [e.message for e in validator().iter_errors(body)]
        assert errors == [], body
    # both outcomes are exercised, so the property means something
    assert accepted > 100
    assert len(refusals) > 100
    assert all(exc.field and exc.message for exc in refusals)  # each names where and what


@pytest.mark.parametrize(
    ("tools", "field"),
    [
        ([{}], "tools[0].input_schema"),
        ([{"name": "x"}], "tools[0].input_schema"),
        ([{"name": "x", "input_schema": 5}], "tools[0].input_schema"),
        ([{"type": "web_search_20250305"}], "tools[0].name"),
        ([{"type": 5, "name": "x", "input_schema": {"type": "object"}}], "tools[0].type"),
    ],
)
def test_the_cases_the_issue_found(tools: list[Any], field: str) -> None:
    body = {**ex.MESSAGE_CREATE_PARAMS, "tools": tools}
    with pytest.raises(claude.RequestValidationError) as caught:
        prepare(CREATE, None, body)
    assert caught.value.field == field
