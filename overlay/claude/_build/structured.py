"""Structured outputs: ask for JSON that follows a type's schema, and read it back as that type.

    parsed = client.messages.parse(model=..., max_tokens=1024, messages=[...], output_format=Order)
    parsed.parsed_output      # an Order
    parsed.message            # the generated Message (its attributes read through ``parsed`` too)

The output format is a dataclass, a TypedDict, an attrs class (schemas from
:mod:`claude._tools.schema`, values converted by :mod:`claude._tools.convert`), a pydantic model
when pydantic is installed (its own ``model_json_schema`` and ``model_validate``), or a JSON
schema mapping (the output is then the checked JSON, the schema sent as given). A type's schema
is rewritten into the subset structured outputs accept (:mod:`.output_schema`). The request
goes through the same pipeline as ``create``; this module only adds ``output_config.format``
and reads the reply's text. ``client.messages.stream(..., output_format=...)`` parses the
final message the same way (:mod:`claude._stream.parsed`).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Generic, TypeVar

import orjson

from claude._errors import ResponseValidationError

from .limits import fail

if TYPE_CHECKING:
    from claude_api.models import Message

__all__ = ["OutputSpec", "ParsedMessage", "prepare"]

T = TypeVar("T")


@dataclass(frozen=True, slots=True)
class ParsedMessage(Generic[T]):
    """A reply and its text parsed into the requested type.

    Attributes of the ``Message`` (``content``, ``usage``, ``stop_reason``...) read through.
    """

    message: Message
    parsed_output: T

    def __getattr__(self, name: str) -> Any:
        return getattr(self.message, name)


def _is_pydantic(output_format: object) -> bool:
    return isinstance(output_format, type) and callable(
        getattr(output_format, "model_json_schema", None)
    )


@dataclass(frozen=True, slots=True)
class OutputSpec(Generic[T]):
    """The requested output type and the JSON schema sent for it."""

    output_format: Any
    schema: dict[str, Any]

    @classmethod
    def of(cls, output_format: Any) -> OutputSpec[Any]:
        """The spec of a type or a JSON schema mapping (a clear error for anything else)."""
        from .output_schema import strict_schema

        if _is_pydantic(output_format):
            return cls(output_format, strict_schema(output_format.model_json_schema()))
        if isinstance(output_format, Mapping):
            return cls(None, dict(output_format))
        if isinstance(output_format, type):
            from claude._tools.schema import type_schema

            schema = type_schema(output_format, where="output_format")
            return cls(output_format, strict_schema(schema))
        fail("output_format", "expected a class or a JSON schema mapping", output_format)

    def parse(self, message: Message) -> ParsedMessage[T]:
        """*message* with its text parsed, checked against the schema and converted."""
        from claude._build.reply_helpers import text_of
        from claude._response_info import response_of
        from claude._tools.schema_check import schema_problem

        response = response_of(message)
        text = text_of(message)
        try:
            value = orjson.loads(text)
        except orjson.JSONDecodeError as exc:
            raise ResponseValidationError(
                f"the reply is not JSON (stop_reason {message.stop_reason!r}): {text[:80]!r}",
                response=response,
                cause=exc,
            ) from exc
        if self.output_format is not None and _is_pydantic(self.output_format):
            try:
                parsed = self.output_format.model_validate(value)
            except ValueError as exc:  # pydantic's ValidationError is a ValueError
                raise ResponseValidationError(
                    f"the reply does not fit {self.output_format.__name__}: {exc}",
                    response=response,
                    cause=exc,
                ) from exc
            return ParsedMessage(message, parsed)
        problem = schema_problem(self.schema, value)
        if problem is not None:
            where, what = problem
            raise ResponseValidationError(
                f"the reply does not fit the output format: {where or '(root)'}: {what}",
                response=response,
            )
        if self.output_format is None:
            return ParsedMessage(message, value)
        from claude._tools.convert import from_json

        return ParsedMessage(message, from_json(self.output_format, value))


def prepare(
    params: object, fields: dict[str, Any], output_format: Any
) -> tuple[object, dict[str, Any], OutputSpec[Any]]:
    """*params* and *fields* with ``output_config.format`` set for *output_format*."""
    spec = OutputSpec.of(output_format)
    with_format = getattr(params, "with_output_format", None)
    if callable(with_format) and "output_config" not in fields:  # a MessageRequest builder
        return with_format(spec.schema), fields, spec
    config = fields.get("output_config")
    if config is None:
        given = params.to_dict() if callable(getattr(params, "to_dict", None)) else params  # type: ignore[attr-defined]
        config = given.get("output_config") if isinstance(given, Mapping) else None
    if config is not None and callable(getattr(config, "to_dict", None)):
        config = config.to_dict()
    if config is not None and not isinstance(config, Mapping):
        fail("output_config", "expected an object", config)
    merged = {**(config or {}), "format": {"type": "json_schema", "schema": spec.schema}}
    return params, {**fields, "output_config": merged}, spec
