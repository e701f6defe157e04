"""Tests for @claude.tool: schema derivation, docstrings, input checks and conversion."""

from __future__ import annotations

import dataclasses
import enum
from collections.abc import Mapping, Sequence
from typing import Annotated, Any, Literal, NotRequired, Optional, TypedDict, Union

import anyio
import attrs
import claude
import pytest
from claude._tools.docstrings import parse_docstring
from claude._tools.schema import type_schema
from claude._tools.schema_check import schema_problem
from claude_api.models import ToolParam
from jsonschema import Draft202012Validator


@pytest.fixture
def anyio_backend() -> str:
    return "asyncio"


class Color(enum.Enum):
    """A primary colour."""

    RED = "red"
    BLUE = "blue"


class Level(enum.IntEnum):
    LOW = 1
    HIGH = 2


@dataclasses.dataclass
class Point:
    """A point.

    Attributes:
        x: Horizontal.
        y: Vertical.
    """

    x: float
    y: float = 0.0


class Address(TypedDict):
    street: str
    zip: NotRequired[str]


@attrs.define
class Box:
    """A box."""

    side: int
    label: str = "box"
    _secret: str = "s"


# --- schema of each hint ------------------------------------------------------------------

HINTS: list[tuple[Any, dict[str, Any]]] = [
    (str, {"type": "string"}),
    (int, {"type": "integer"}),
    (float, {"type": "number"}),
    (bool, {"type": "boolean"}),
    (None, {"type": "null"}),
    (type(None), {"type": "null"}),
    (Any, {}),
    (Literal["a", "b"], {"type": "string", "enum": ["a", "b"]}),
    (Literal[1, "x"], {"enum": [1, "x"]}),
    (Literal[Color.RED], {"type": "string", "enum": ["red"]}),
    (Color, {"type": "string", "enum": ["red", "blue"], "description": "A primary colour."}),
    (Level, {"type": "integer", "enum": [1, 2]}),
    (list[int], {"type": "array", "items": {"type": "integer"}}),
    (Sequence[str], {"type": "array", "items": {"type": "string"}}),
    (list, {"type": "array"}),
    (dict[str, int], {"type": "object", "additionalProperties": {"type": "integer"}}),
    (Mapping[str, bool], {"type": "object", "additionalProperties": {"type": "boolean"}}),
    (dict, {"type": "object"}),
    (Optional[str], {"type": ["string", "null"]}),  # noqa: UP045 (the spelling is tested)
    (int | str, {"type": ["integer", "string"]}),
    (
        Union[int, list[int]],  # noqa: UP007 (the spelling is tested)
        {
            "anyOf": [
                {"type": "integer"},
                {"type": "array", "items": {"type": "integer"}},
            ]
        },
    ),
    (int | Any, {}),
    (Annotated[int, "How many."], {"type": "integer", "description": "How many."}),
    (
        Point,
        {
            "type": "object",
            "description": "A point.",
            "additionalProperties": False,
            "required": ["x"],
            "properties": {
                "x": {"type": "number", "description": "Horizontal."},
                "y": {"type": "number", "description": "Vertical.", "default": 0.0},
            },
        },
    ),
    (
        Address,
        {
            "type": "object",
            "additionalProperties": False,
            "required": ["street"],
            "properties": {"street": {"type": "string"}, "zip": {"type": "string"}},
        },
    ),
    (
        Box,
        {
            "type": "object",
            "description": "A box.",
            "additionalProperties": False,
            "required": ["side"],
            "properties": {
                "side": {"type": "integer"},
                "label": {"type": "string", "default": "box"},
                "secret": {"type": "string", "default": "s"},
            },
        },
    ),
    (
        list[Point | None],
        {"type": "array", "items": {"anyOf": [type_schema(Point), {"type": "null"}]}},
    ),
]


@pytest.mark.parametrize(("hint", "schema"), HINTS, ids=[repr(h) for h, _ in HINTS])
def test_schema_of_each_hint(hint: Any, schema: dict[str, Any]) -> None:
    assert type_schema(hint) == schema
    Draft202012Validator.check_schema(schema)


@pytest.mark.parametrize(
    ("hint", "message"),
    [
        (set[int], "unsupported type hint set"),
        (dict[int, str], "dict keys must be str"),
        (complex, "unsupported type hint <class 'complex'>"),
        (tuple[int, int], "unsupported type hint tuple"),
    ],
)
def test_unsupported_hints(hint: Any, message: str) -> None:
    with pytest.raises(TypeError, match=message):
        type_schema(hint)


@dataclasses.dataclass
class Node:
    children: list[Node]


def test_recursive_types_are_refused() -> None:
    with pytest.raises(TypeError, match="recursive type Node is not supported"):
        type_schema(Node)


# --- docstrings ---------------------------------------------------------------------------


def test_google_docstring() -> None:
    summary, params = parse_docstring(
        """Find a city.

        Longer text
        on two lines.

        Args:
            name (str): The city's name,
                possibly long.
            limit: How many.

        Returns:
            Cities.
        """
    )
    assert summary == "Find a city.\n\nLonger text on two lines."
    assert params == {"name": "The city's name, possibly long.", "limit": "How many."}


def test_sphinx_docstring() -> None:
    summary, params = parse_docstring(
        """Add numbers.

        :param a: The first.
        :param int b: The second.
        :returns: The sum.
        """
    )
    assert summary == "Add numbers."
    assert params == {"a": "The first.", "b": "The second."}


def test_no_docstring() -> None:
    assert parse_docstring(None) == ("", {})


# --- the decorator ------------------------------------------------------------------------


@claude.tool
def get_weather(city: str, unit: Literal["C", "F"] = "C", days: int = 1) -> str:
    """The weather forecast of a city.

    Args:
        city: The city's name.
        unit: Temperature unit.
        days: Days to forecast.
    """
    return f"{city}: 22 {unit} for {days} day(s)"


def test_tool_definition() -> None:
    param = get_weather.to_param()
    assert isinstance(param, ToolParam)
    assert param.to_dict() == {
        "name": "get_weather",
        "description": "The weather forecast of a city.",
        "input_schema": {
            "type": "object",
            "additionalProperties": False,
            "required": ["city"],
            "properties": {
                "city": {"type": "string", "description": "The city's name."},
                "unit": {
                    "type": "string",
                    "enum": ["C", "F"],
                    "description": "Temperature unit.",
                    "default": "C",
                },
                "days": {"type": "integer", "description": "Days to forecast.", "default": 1},
            },
        },
    }
    assert get_weather.name == "get_weather"
    assert not get_weather.is_async


def test_tool_call_checks_and_calls() -> None:
    assert get_weather({"city": "Paris"}) == "Paris: 22 C for 1 day(s)"
    assert get_weather({"city": "Oslo", "unit": "F", "days": 3.0}) == "Oslo: 22 F for 3 day(s)"
    assert get_weather.fn("Rome") == "Rome: 22 C for 1 day(s)"


@pytest.mark.parametrize(
    ("payload", "message"),
    [
        ({}, "city: required field missing"),
        ({"city": 5}, "city: expected string, got int 5"),
        ({"city": "x", "unit": "K"}, "unit: expected one of 'C', 'F', got 'K'"),
        ({"city": "x", "days": 1.5}, "days: expected integer, got float 1.5"),
        ({"city": "x", "days": True}, "days: expected integer, got bool True"),
        ({"city": "x", "country": "FR"}, "country: unexpected field"),
    ],
)
def test_tool_input_errors(payload: dict[str, Any], message: str) -> None:
    with pytest.raises(claude.ToolInputError) as info:
        get_weather(payload)
    assert str(info.value) == message
    assert info.value.tool == "get_weather"


def test_tool_conversion_of_structured_input() -> None:
    seen: dict[str, Any] = {}

    @claude.tool
    def place(
        where: Point,
        address: Address,
        box: Box,
        color: Color,
        level: Level,
        path: list[Point],
        tags: dict[str, Color],
        maybe: Point | None = None,
        either: int | Point = 0,
        ratio: float = 1.0,
    ) -> None:
        """Place things."""
        seen.update(locals())

    place(
        {
            "where": {"x": 1, "y": 2.5},
            "address": {"street": "Main"},
            "box": {"side": 3, "secret": "t"},
            "color": "blue",
            "level": 2,
            "path": [{"x": 0}],
            "tags": {"a": "red"},
            "maybe": None,
            "either": {"x": 4},
            "ratio": 2,
        }
    )
    assert seen["where"] == Point(1.0, 2.5)
    assert isinstance(seen["where"].x, float)
    assert seen["address"] == {"street": "Main"}
    assert seen["box"] == Box(3, secret="t")
    assert seen["color"] is Color.BLUE
    assert seen["level"] is Level.HIGH
    assert seen["path"] == [Point(0.0)]
    assert seen["tags"] == {"a": Color.RED}
    assert seen["maybe"] is None
    assert seen["either"] == Point(4.0)
    assert seen["ratio"] == 2.0
    assert isinstance(seen["ratio"], float)
    with pytest.raises(claude.ToolInputError, match=r"^path\[0\]\.x: required field missing$"):
        place({**_minimal_place(), "path": [{"y": 1}]})


def _minimal_place() -> dict[str, Any]:
    return {
        "where": {"x": 0},
        "address": {"street": "s"},
        "box": {"side": 1},
        "color": "red",
        "level": 1,
        "path": [],
        "tags": {},
    }


def test_decorator_options_and_function_form() -> None:
    def lookup(query: str) -> str:
        """Look something up."""
        return query

    made = claude.tool(lookup, name="search", description="Search.", cache="1h", strict=True)
    assert made.to_param().to_dict() == {
        "name": "search",
        "description": "Search.",
        "input_schema": {
            "type": "object",
            "additionalProperties": False,
            "required": ["query"],
            "properties": {"query": {"type": "string"}},
        },
        "cache_control": {"type": "ephemeral", "ttl": "1h"},
        "strict": True,
    }

    @claude.tool(name="renamed")
    def original() -> str:
        return "x"

    assert original.name == "renamed"
    assert "description" not in original.to_param().to_dict()
    assert original() == "x"
    assert claude.tool(made).name == "lookup"  # re-wrapping uses the function


def test_tool_definition_errors() -> None:
    with pytest.raises(claude.RequestValidationError, match="name: a tool name must match"):
        claude.tool(lambda: None)

    def star(*args: int) -> None: ...

    with pytest.raises(TypeError, match=r"parameter 'args': \*args and \*\*kwargs cannot"):
        claude.tool(star)

    def odd(value: complex) -> None: ...

    with pytest.raises(TypeError, match="parameter 'value': unsupported type hint"):
        claude.tool(odd)


def test_untyped_parameters_take_any_json() -> None:
    @claude.tool
    def echo(value):  # type: ignore[no-untyped-def]
        """Echo."""
        return value

    assert echo.input_schema["properties"] == {"value": {}}
    assert echo({"value": [1, {"a": None}]}) == [1, {"a": None}]


@pytest.mark.anyio
async def test_async_tool() -> None:
    @claude.tool
    async def slow_add(a: int, b: int) -> int:
        """Add slowly."""
        await anyio.sleep(0)
        return a + b

    assert slow_add.is_async
    assert await slow_add({"a": 1, "b": 2}) == 3
    with pytest.raises(claude.ToolInputError, match="b: required field missing"):
        slow_add({"a": 1})  # checked before anything is awaited


def test_schema_checker_matches_jsonschema() -> None:
    schema = get_weather.input_schema
    for payload in (
        {"city": "a"},
        {"city": 1},
        {},
        {"city": "a", "x": 1},
        {"city": "a", "unit": "C"},
    ):
        ours = schema_problem(schema, payload) is None
        theirs = Draft202012Validator(schema).is_valid(payload)
        assert ours == theirs, payload
