"""Turn what users pass (a generated param model, a builder, a mapping, keywords) into a
validated JSON body, failing with a clear :class:`RequestValidationError` before sending.

Dicts are checked against the generated model by :mod:`.validation` and then sent as they
are: for valid data ``Model.from_dict(d).to_dict() == d`` (the round-trip tests prove it), so
building the model only to serialise it again would cost time and change nothing.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Protocol, runtime_checkable

from claude._errors import RequestValidationError

__all__ = ["JSONBody", "ParamsBuilder", "coerce_body"]


@runtime_checkable
class ParamsBuilder(Protocol):
    """Anything that produces request parameters (such as ``claude.MessageRequest``)."""

    def to_params(self) -> Any:
        """The generated param model (or a JSON mapping) for the request."""
        ...


class JSONBody:
    """A validated body, shaped like a generated model for the generated ``_get_kwargs``."""

    __slots__ = ("data",)

    def __init__(self, data: dict[str, Any]) -> None:
        self.data = data

    def to_dict(self) -> dict[str, Any]:
        """The body as JSON-ready data."""
        return self.data


def coerce_body(model: type, params: object, fields: Mapping[str, Any]) -> JSONBody:
    """Merge *params* (model, builder, mapping or None) with keyword *fields*; validate.

    Raises:
        RequestValidationError: the body does not fit *model*; names the field at fault.
        TypeError: *params* is of an unsupported kind.
    """
    # A runtime-checkable Protocol check costs microseconds: skip it for the common cases.
    if params is not None and type(params) is not dict and isinstance(params, ParamsBuilder):
        params = params.to_params()
    data: dict[str, Any]
    if params is None:
        data = {}
    elif isinstance(params, model):
        data = params.to_dict()  # type: ignore[attr-defined]
    elif isinstance(params, Mapping):
        data = dict(params)
    else:
        raise TypeError(
            f"expected {model.__name__}, a builder or a mapping, got {type(params).__name__}"
        )
    data.update(fields)
    validate(model, data)
    return JSONBody(data)


def validate(model: type, data: Any) -> None:
    """Raise :class:`RequestValidationError` when *data* does not fit *model*."""
    from .validation import find_problem

    found = find_problem(model, data)
    if found is not None:
        field, problem = found
        missing = problem == "required field missing"
        raise RequestValidationError(
            problem, field=field, value=... if missing else _value_at(data, field)
        )


def _value_at(data: Any, path: str) -> object:
    current = data
    for part in filter(None, path.replace("[", ".").replace("]", "").split(".")):
        try:
            current = current[int(part)] if isinstance(current, list) else current[part]
        except (KeyError, IndexError, TypeError, ValueError):
            return None
    return current
