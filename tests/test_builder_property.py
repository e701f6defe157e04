"""Property: whatever the builder and helpers make validates against the spec's request schema.

The spec's components are loaded with pyyaml and checked with jsonschema's Draft 2020-12
validator (``#/components/schemas/X`` rewritten to ``#/$defs/X``). Builder steps are drawn
so that the request is valid by the API's rules too (the builder rejects the others), and
every output must then be accepted by the spec, the builder's own final check, and survive a
round trip through ``MessageRequest.from_params``.
"""

from __future__ import annotations

import base64
import functools
import struct
from pathlib import Path
from typing import Any

import claude
import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from jsonschema import Draft202012Validator

SPEC = Path(__file__).resolve().parent.parent / "openapi" / "claude-api.yaml"
PNG = b"\x89PNG\r\n\x1a\n" + struct.pack(">I", 13) + b"IHDR" + struct.pack(">II", 3, 3) + b"\0" * 9
PDF = b"%PDF-1.7\n%%EOF\n"


def _rewrite(node: Any) -> Any:
    if isinstance(node, dict):
        return {
            k: (v.replace("#/components/schemas/", "#/$defs/") if k == "$ref" else _rewrite(v))
            for k, v in node.items()
        }
    if isinstance(node, list):
        return [_rewrite(v) for v in node]
    return node


@functools.cache
def validator() -> Draft202012Validator:
    spec = yaml.safe_load(SPEC.read_text())
    schema = {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$defs": _rewrite(spec["components"]["schemas"]),
        "$ref": "#/$defs/MessageCreateParams",
    }
    Draft202012Validator.check_schema(schema)
    return Draft202012Validator(schema)


def test_the_spec_schema_rejects_a_bad_body() -> None:
    errors = list(validator().iter_errors({"model": "m", "max_tokens": -1, "messages": 3}))
    assert errors


# --- strategies ------------------------------------------------------------------------------

words = st.text(st.characters(codec="utf-8", exclude_categories=("Cs",)), min_size=1, max_size=20)
tool_names = st.from_regex(r"[a-zA-Z0-9_-]{1,64}", fullmatch=True)
ttls = st.sampled_from([None, "5m", "1h"])


@st.composite
def blocks(draw: st.DrawFn) -> Any:
    kind = draw(
        st.sampled_from(
            [
                "str",
                "text",
                "image_url",
                "image_b64",
                "doc_text",
                "doc_pdf",
                "doc_url",
                "doc_content",
            ]
        )
    )
    if kind == "str":
        return draw(words)
    if kind == "text":
        return claude.text(draw(words))
    if kind == "image_url":
        return claude.image(
            "https://example.com/" + draw(st.from_regex(r"[a-z]{1,8}", fullmatch=True))
        )
    if kind == "image_b64":
        return claude.image(base64=base64.b64encode(PNG).decode())
    if kind == "doc_text":
        return claude.document(
            text=draw(words),
            title=draw(st.none() | words),
            citations=draw(st.none() | st.booleans()),
        )
    if kind == "doc_pdf":
        return claude.document(PDF, context=draw(st.none() | words))
    if kind == "doc_url":
        return claude.document("https://example.com/a.pdf")
    return claude.document(content=[draw(words), claude.text(draw(words))])


@st.composite
def conversations(draw: st.DrawFn) -> list[Any]:
    """Alternating turns; a tool-use turn is always answered by the next user turn."""
    turns: list[Any] = [claude.user(*draw(st.lists(blocks(), min_size=1, max_size=3)))]
    counter = 0
    for _ in range(draw(st.integers(0, 3))):
        ids = [f"toolu_{counter + i}" for i in range(draw(st.integers(0, 2)))]
        counter += len(ids)
        said = draw(st.lists(words, min_size=0 if ids else 1, max_size=2))
        uses = [
            {"type": "tool_use", "id": i, "name": "lookup", "input": {"q": draw(words)}}
            for i in ids
        ]
        turns.append(claude.assistant(*said, *uses))
        results = [
            claude.tool_result(i, draw(st.sampled_from(["ok", ValueError("x"), {"n": 1}, None])))
            for i in ids
        ]
        extra = draw(st.lists(blocks(), min_size=0 if ids else 1, max_size=2))
        turns.append(claude.user(*results, *extra))
    return turns


@claude.tool
def lookup(q: str, limit: int = 3) -> str:
    """Look something up.

    Args:
        q: The query.
        limit: How many results.
    """
    return q


@st.composite
def requests(draw: st.DrawFn) -> claude.MessageRequest:
    max_tokens = draw(st.integers(2048, 64_000))
    built = claude.MessageRequest(draw(st.sampled_from(["claude-sonnet-4-5", "x"])), max_tokens)
    built = built.with_messages(draw(conversations()))
    marks = sorted(
        (t for t in draw(st.lists(ttls, min_size=3, max_size=3)) if t), key=lambda t: t != "1h"
    )  # 1h marks first, as the API wants
    marks += [None] * (3 - len(marks))
    extra_names = draw(
        st.lists(tool_names, max_size=3, unique=True).filter(lambda names: "lookup" not in names)
    )
    tools: list[Any] = [claude.cached(lookup, marks[0]) if marks[0] else lookup]
    tools += [
        {"name": n, "input_schema": {"type": "object", "properties": {}}} for n in extra_names
    ]
    if draw(st.booleans()):
        tools.append({"type": "web_search_20250305", "name": "web_search", "max_uses": 2})
    built = built.with_tools(*tools)
    if draw(st.booleans()):
        built = built.with_system(*draw(st.lists(words, min_size=1, max_size=2)), cache=marks[1])
    thinking = draw(st.sampled_from([None, "budget", "adaptive", "disabled"]))
    if thinking == "budget":
        built = built.with_thinking(draw(st.integers(1024, max_tokens - 1)))
    elif thinking is not None:
        built = built.with_thinking(thinking)
    thinking_on = thinking in ("budget", "adaptive")
    choices = ["auto", "none"] if thinking_on else ["auto", "any", "none", "lookup"]
    choice = draw(st.none() | st.sampled_from(choices))
    if choice is not None:
        parallel = None if choice == "none" else draw(st.none() | st.booleans())
        built = built.with_tool_choice(choice, parallel=parallel)
    if not thinking_on and draw(st.booleans()):
        built = built.with_temperature(draw(st.floats(0, 1)))
    if not thinking_on and draw(st.booleans()):
        built = built.with_top_k(draw(st.integers(0, 500)))
    if draw(st.booleans()):
        built = built.with_top_p(draw(st.floats(0.95 if thinking_on else 0, 1)))
    if draw(st.booleans()):
        built = built.with_stop_sequences(*draw(st.lists(words, max_size=3)))
    if draw(st.booleans()):
        built = built.with_metadata(user_id=draw(st.none() | words))
    if draw(st.booleans()):
        built = built.with_service_tier(draw(st.sampled_from(["auto", "standard_only"])))
    if draw(st.booleans()):
        built = built.with_output_format(
            {
                "type": "object",
                "properties": {"a": {"type": "string"}},
                "additionalProperties": False,
            }
        )
    if marks[2]:
        built = built.cache_latest(marks[2])
    return built.with_betas(*draw(st.lists(st.sampled_from(["b-1", "b-2"]), unique=True)))


# --- properties ----------------------------------------------------------------------------


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(requests())
def test_every_builder_output_validates_against_the_spec(built: claude.MessageRequest) -> None:
    data = built.to_params().to_dict()
    errors = sorted(validator().iter_errors(data), key=lambda e: list(e.absolute_path))
    assert not errors, [f"{list(e.absolute_path)}: {e.message}" for e in errors[:3]]


@settings(max_examples=50, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(requests())
def test_builder_output_round_trips(built: claude.MessageRequest) -> None:
    params = built.to_params()
    again = claude.MessageRequest.from_params(params, betas=built.betas)
    assert again.to_dict() == params.to_dict()
    assert again.betas == built.betas
    assert built.to_params().to_dict() == params.to_dict()  # building is repeatable
