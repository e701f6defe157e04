"""The one path every request body takes, whatever built it.

    user args ─┬─ keyword fields (dicts, lists, generated models, claude.Tool ...)
               ├─ a generated param model (MessageCreateParams ...)
               ├─ a builder (MessageRequest, Conversation: anything with to_params())
               └─ a mapping
                   │
                   ▼
    coerce    ->  one JSON dict: models at any depth (also inside dicts) become their JSON,
                  a claude.Tool becomes its tool param, tuples become lists, a reply's
                  blocks become their params (:mod:`.reply_blocks`), a base64 source's
                  path, bytes or binary file becomes its base64 text
    validate  ->  the dict against the generated model (:mod:`.validation`), naming the path
    limits    ->  the API's documented limits over the JSON (:mod:`.limits`)
    to_dict   ->  :class:`JSONBody`, what the generated ``_get_kwargs`` serialises

Each step runs once per request, for every operation with a body (:data:`CREATE`,
:data:`COUNT_TOKENS`, :data:`BATCH_CREATE`, each batch request as a create body), sync and
async alike. Dicts are validated and then sent as they are: for valid data
``Model.from_dict(d).to_dict() == d`` (the round-trip tests prove it), so building the model
only to serialise it again would cost time and change nothing.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Mapping
from typing import Any, Protocol, runtime_checkable

import orjson

from claude._errors import RequestValidationError

from . import limits as _limits
from .reply_blocks import param_twin_fields
from .request_fields import generation_only

__all__ = [
    "BATCH_CREATE",
    "COUNT_TOKENS",
    "CREATE",
    "BodyKind",
    "JSONBody",
    "ParamsBuilder",
    "coerce_body",
    "not_json",
    "prepare",
    "to_json",
    "validate",
]


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


# --- coerce ------------------------------------------------------------------------------------


def _json_name(attribute: str) -> str:
    return attribute  # the generated models use the wire names as attribute names


_MODEL_FIELDS: dict[type, tuple[tuple[str, str], ...] | None] = {}


def _model_fields(cls: type) -> tuple[tuple[str, str], ...] | None:
    """``(attribute, JSON name)`` of a generated model's fields, or None if *cls* is not one."""
    try:
        return _MODEL_FIELDS[cls]
    except KeyError:
        pass
    import attrs

    fields = None
    if attrs.has(cls) and hasattr(cls, "from_dict"):
        fields = tuple(
            (f.name, _json_name(f.name))
            for f in attrs.fields(cls)
            if f.name != "additional_properties"
        )
    _MODEL_FIELDS[cls] = fields
    return fields


def to_json(value: Any) -> Any:
    """*value* as JSON data: generated models (at any depth, inside dicts and lists too), a
    ``claude.Tool`` (its tool param) and tuples are converted; everything else is kept.

    The generated ``to_dict`` is not used for models: it expects models where the spec has an
    object and fails on a dict given in its place, which users mix freely. ``attrs.asdict``
    does not fit either: it keeps ``UNSET`` and nests
    ``additional_properties`` instead of merging them.
    """
    kind = type(value)
    if kind is str or kind is int or kind is float or kind is bool or value is None:
        return value
    if kind is dict or isinstance(value, Mapping):
        data = {key: to_json(item) for key, item in value.items()}
        return _file_data(data) if data.get("type") == "base64" else data
    if kind is list or kind is tuple:
        return [to_json(item) for item in value]
    if isinstance(value, list | tuple):  # subclasses
        return [to_json(item) for item in value]
    fields = _model_fields(kind)
    if fields is not None:
        from claude_api.types import Unset, field_value  # an absent field reads None

        twin = param_twin_fields(kind, _model_fields)
        if twin is not None:  # a response model where its param goes (.reply_blocks)
            keep, required = twin
            return {
                name: to_json(item)
                for attribute, name in fields
                if name in keep
                and not isinstance(item := field_value(value, attribute), Unset)
                and (item is not None or name in required)
            }
        extra = value.additional_properties
        data = {key: to_json(item) for key, item in extra.items()} if extra else {}
        for attribute, name in fields:
            item = field_value(value, attribute)
            if not isinstance(item, Unset):
                data[name] = to_json(item)
        return _file_data(data) if data.get("type") == "base64" else data
    to_param = getattr(value, "to_param", None)
    if callable(to_param):  # a claude.Tool (or anything giving its param)
        return to_json(to_param())
    return value  # not JSON: validation names it


def _file_data(source: dict[str, Any]) -> dict[str, Any]:
    """A base64 source with a path, bytes or binary file as ``data``, encoded (:mod:`.media`)."""
    from .media import encode_file_data

    return encode_file_data(source)


def _builder_json(builder: object) -> dict[str, Any]:
    """A builder's request as unchecked JSON (the pipeline checks it, once)."""
    unchecked = getattr(builder, "_unchecked_json", None)
    if callable(unchecked):
        data: dict[str, Any] = unchecked()
        return data
    return _as_mapping(to_json(builder.to_params()), "a builder's to_params()")  # type: ignore[attr-defined]


def _as_mapping(value: Any, what: str) -> dict[str, Any]:
    if not isinstance(value, dict):
        raise TypeError(
            f"expected {what} to be a generated param model, a builder or a mapping, "
            f"got {type(value).__name__}"
        )
    return value


def _params_json(params: object, model: str) -> tuple[dict[str, Any], str | None]:
    """*params* as a JSON dict, and the generated model name it came as (if a model)."""
    if params is None:
        return {}, None
    if type(params) is dict or isinstance(params, Mapping):
        return to_json(params), None
    if _model_fields(type(params)) is not None:
        return to_json(params), type(params).__name__
    if isinstance(params, ParamsBuilder):
        return _builder_json(params), "MessageCreateParams"
    raise TypeError(f"expected {model}, a builder or a mapping, got {type(params).__name__}")


# --- the operations ----------------------------------------------------------------------------


@dataclasses.dataclass(frozen=True, slots=True)
class BodyKind:
    """An operation's body: its generated model and its limits.

    Attributes:
        name: The operation, for messages.
        model: The generated model's name in ``claude_api.models``.
        limits: The checks over the validated JSON (see :mod:`.limits`).
        accepts: Generated model names accepted as params besides :attr:`model`.
        drops: The fields dropped from the params (whatever their form), so that a request
            of an accepted kind fits this body.
        shape: Rewrites the merged JSON in place before validation (batch request pairs).
    """

    name: str
    model: str
    limits: Callable[[dict[str, Any]], None]
    accepts: tuple[str, ...] = ()
    drops: Callable[[], frozenset[str]] | None = None
    shape: Callable[[dict[str, Any]], None] | None = None

    @property
    def model_class(self) -> type:
        """The generated model class."""
        import claude_api.models

        cls: type = getattr(claude_api.models, self.model)
        return cls


def _check_batch(data: dict[str, Any]) -> None:
    """Each request of a batch is a create body: the create limits, paths prefixed."""
    for index, request in enumerate(data.get("requests") or []):
        params = request.get("params") if isinstance(request, Mapping) else None
        if isinstance(params, dict):
            try:
                _limits.check_request(params)
            except RequestValidationError as exc:
                raise _prefixed(exc, f"requests[{index}].params") from None


def _prefixed(exc: RequestValidationError, prefix: str) -> RequestValidationError:
    field = f"{prefix}.{exc.field}" if exc.field else prefix
    return RequestValidationError(exc.message, field=field, value=exc.value)


def _batch_requests(data: dict[str, Any]) -> None:
    """Batch requests as JSON: ``(custom_id, params)`` pairs and builders as params too."""
    requests = data.get("requests")
    if not isinstance(requests, list):
        return  # validation reports it
    converted: list[object] = []
    for item in requests:
        if isinstance(item, list) and len(item) == 2 and isinstance(item[0], str):
            item = {"custom_id": item[0], "params": item[1]}
        if isinstance(item, dict) and "params" in item and not isinstance(item["params"], dict):
            params = item["params"]
            if isinstance(params, ParamsBuilder):
                item = {**item, "params": _builder_json(params)}
        converted.append(item)
    data["requests"] = converted


CREATE = BodyKind("messages.create", "MessageCreateParams", _limits.check_request)
COUNT_TOKENS = BodyKind(
    "messages.count_tokens",
    "MessageCountTokensParams",
    _limits.check_count_tokens,
    accepts=("MessageCreateParams",),
    drops=generation_only,
)
BATCH_CREATE = BodyKind(
    "messages.batches.create", "BatchCreateParams", _check_batch, shape=_batch_requests
)
def coerce_body(kind: BodyKind, params: object, fields: Mapping[str, Any]) -> dict[str, Any]:
    """Step 1: merge *params* (model, builder, mapping or None) and keyword *fields* as JSON.

    Raises:
        TypeError: *params* is of an unsupported kind.
    """
    data, came_as = _params_json(params, kind.model)
    if came_as is not None and came_as != kind.model and came_as not in kind.accepts:
        raise TypeError(f"expected {kind.model}, a builder or a mapping, got {came_as}")
    if kind.drops is not None and data:
        dropped = kind.drops()
        data = {key: value for key, value in data.items() if key not in dropped}
    for key, value in fields.items():
        data[key] = to_json(value)
    if kind.shape is not None:
        kind.shape(data)
    return data


def prepare(kind: BodyKind, params: object, fields: Mapping[str, Any]) -> JSONBody:
    """The checked body of one request: coerce, validate, limits, once each.

    Raises:
        RequestValidationError: the body is wrong; names the path at fault.
        TypeError: *params* is of an unsupported kind.
    """
    data = coerce_body(kind, params, fields)
    validate(kind.model_class, data)
    kind.limits(data)
    return JSONBody(data)


def check_json(kind: BodyKind, data: dict[str, Any]) -> None:
    """Steps 2 and 3 over JSON that is already coerced (a builder checking itself)."""
    validate(kind.model_class, data)
    kind.limits(data)


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


def not_json(body: Any, cause: TypeError) -> RequestValidationError:
    """The error for a body that JSON cannot encode, naming the first value at fault.

    Values in places the spec leaves open (an unknown field, extra keys of a block) are only
    met by the encoder; this walk runs after it failed, so valid bodies never pay for it.
    """
    found = _first_not_json(body, "")
    if found is None:
        return RequestValidationError(f"is not JSON: {cause}", field="(body)")
    path, what, value = found
    return RequestValidationError(what, field=path or "(body)", value=value)


def _first_not_json(value: Any, path: str) -> tuple[str, str, object] | None:
    """``(path, what is wrong, the value)`` of the first value JSON cannot encode."""
    if value is None or isinstance(value, str | int | float | bool):
        return None
    if isinstance(value, dict):
        for key, item in value.items():
            if not isinstance(key, str):
                where = f"{path}[{key!r}]" if path else repr(key)
                return where, "a JSON object's keys are strings", key
            found = _first_not_json(item, f"{path}.{key}" if path else key)
            if found is not None:
                return found
        return None
    if isinstance(value, list | tuple):
        for index, item in enumerate(value):
            found = _first_not_json(item, f"{path}[{index}]")
            if found is not None:
                return found
        return None
    try:
        orjson.dumps(value)  # what the encoder takes natively (dataclasses, datetimes, UUIDs)
    except TypeError:
        return path, f"is not JSON (a value of type {type(value).__name__})", value
    return None
