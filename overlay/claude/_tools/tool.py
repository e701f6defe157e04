"""``@claude.tool``: a Python function as a tool definition the model can call.

    @claude.tool
    def get_weather(city: str, unit: Literal["C", "F"] = "C") -> str:
        \"\"\"The current weather in a city.

        Args:
            city: The city's name.
            unit: The temperature unit.
        \"\"\"

    get_weather.to_param()           # the generated ToolParam (name, description, schema)
    get_weather({"city": "Paris"})   # checks the input against the schema, then calls

The schema comes from the signature (see :mod:`.schema` for the supported hints); input that
does not fit raises :class:`ToolInputError` naming the field, before the function runs.
"""

from __future__ import annotations

import inspect
from collections.abc import Callable, Mapping
from typing import Any, Generic, Literal, TypeVar, overload

import attrs
from claude_api.models import InputSchema, ToolParam
from claude_api.types import UNSET

from claude._build import limits as _limits
from claude._build.cache import Cache, cache_param
from claude._errors import ClaudeError

from .convert import from_json
from .schema import signature_schema
from .schema_check import schema_problem

__all__ = ["Tool", "ToolInputError", "tool"]

R = TypeVar("R")


class ToolInputError(ClaudeError, ValueError):
    """A tool's input does not fit its schema (the model's mistake, reported back to it).

    Args:
        message: What is wrong.
        tool: The tool's name.
        field: Dotted path of the offending field (empty for the whole input).
    """

    def __init__(self, message: str, *, tool: str, field: str) -> None:
        super().__init__(f"{field}: {message}" if field else message)
        self.tool = tool
        self.field = field


@attrs.frozen
class Tool(Generic[R]):
    """A function with its tool definition; call it with the model's input dict.

    Attributes:
        fn: The wrapped function.
        name: The tool's name.
        description: What the tool does (the docstring's summary).
        input_schema: The JSON schema of the input, from the signature.
        hints: The type hint of each parameter.
        cache: Cache TTL of the definition (a prompt-cache breakpoint), or None.
        strict: Ask the API to guarantee schema-conforming input, when set.
    """

    fn: Callable[..., R]
    name: str
    description: str
    input_schema: dict[str, Any]
    hints: dict[str, Any]
    cache: Cache = None
    strict: bool | None = None

    @property
    def is_async(self) -> bool:
        """Whether calling the tool returns an awaitable (an ``async def`` function)."""
        return inspect.iscoroutinefunction(self.fn)

    def arguments(self, input: Mapping[str, Any] | None) -> dict[str, Any]:
        """The keyword arguments for :attr:`fn` from the model's *input*, checked.

        Raises:
            ToolInputError: *input* does not fit :attr:`input_schema`.
        """
        data = dict(input or {})
        problem = schema_problem(self.input_schema, data)
        if problem is not None:
            raise ToolInputError(problem[1], tool=self.name, field=problem[0])
        return {key: from_json(self.hints[key], value) for key, value in data.items()}

    def __call__(self, input: Mapping[str, Any] | None = None, /) -> R:
        """Check *input*, convert it to the annotated types, and call the function."""
        return self.fn(**self.arguments(input))

    def to_param(self) -> ToolParam:
        """The generated ``ToolParam`` sent in a request's ``tools``."""
        return ToolParam(
            name=self.name,
            description=self.description or UNSET,
            input_schema=InputSchema.from_dict(self.input_schema),
            cache_control=cache_param(self.cache),
            strict=UNSET if self.strict is None else self.strict,
        )


def _make(
    fn: Callable[..., R],
    name: str | None,
    description: str | None,
    cache: Cache,
    strict: bool | None,
) -> Tool[R]:
    if isinstance(fn, Tool):
        fn = fn.fn
    tool_name = fn.__name__ if name is None else name
    _limits.check_tool_name(tool_name)
    schema, hints, summary = signature_schema(fn)
    return Tool(
        fn=fn,
        name=tool_name,
        description=summary if description is None else description,
        input_schema=schema,
        hints=hints,
        cache=cache,
        strict=strict,
    )


@overload
def tool(
    fn: Callable[..., R],
    /,
    *,
    name: str | None = None,
    description: str | None = None,
    cache: Literal["5m", "1h"] | bool | None = None,
    strict: bool | None = None,
) -> Tool[R]: ...
@overload
def tool(
    fn: None = None,
    /,
    *,
    name: str | None = None,
    description: str | None = None,
    cache: Literal["5m", "1h"] | bool | None = None,
    strict: bool | None = None,
) -> Callable[[Callable[..., R]], Tool[R]]: ...
def tool(
    fn: Callable[..., R] | None = None,
    /,
    *,
    name: str | None = None,
    description: str | None = None,
    cache: Literal["5m", "1h"] | bool | None = None,
    strict: bool | None = None,
) -> Tool[R] | Callable[[Callable[..., R]], Tool[R]]:
    """Turn a function into a :class:`Tool`: ``@tool``, ``@tool(name=...)`` or ``tool(fn)``.

    Args:
        fn: The function (sync or async). Its parameters are the tool's input.
        name: The tool's name (default: the function's), matching ``^[a-zA-Z0-9_-]{1,64}$``.
        description: What the tool does (default: the docstring's summary).
        cache: Mark the definition as a prompt-cache breakpoint (a TTL or True).
        strict: Ask the API for schema-conforming input (strict tool use).

    Raises:
        RequestValidationError: an invalid name.
        TypeError: a parameter's type hint cannot be expressed as JSON schema.
    """
    if fn is not None:
        return _make(fn, name, description, cache, strict)

    def decorate(function: Callable[..., R]) -> Tool[R]:
        return _make(function, name, description, cache, strict)

    return decorate
