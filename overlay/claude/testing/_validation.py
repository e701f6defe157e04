"""Request checks: authentication, the version header, and bodies against the generated models.

The generated ``from_dict`` raises a bare ``KeyError('text')`` or ``TypeError`` with no path,
and takes scalar types on trust. So the body is first walked against the generated attrs
classes by the overlay's own path finder (:func:`claude._build.validation.find_problem`: required
attrs fields level by level, type hints, union members picked by their ``type``/``role`` tag),
the same one the client uses to check dicts before sending; only then is ``from_dict`` run, and
if it still fails the walk's fallback names what it can. The path is written the way the API
writes it, with list indexes as segments: ``messages.0.content: required field missing``.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any, Protocol, TypeVar

import orjson

from claude._build.validation import find_problem, locate_problem

from ._replies import Rejected

__all__ = ["check_auth", "parse_json_body"]


class _Model(Protocol):
    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Any: ...


M = TypeVar("M", bound=_Model)

_INDEX = re.compile(r"\[(\d+)\]")


def _api_path(path: str) -> str:
    return _INDEX.sub(r".\1", path).lstrip(".") or "body"


def check_auth(
    headers: Mapping[str, str], api_key: str | None, *, require_version: bool = True
) -> None:
    """Raise :class:`Rejected` (401/400) unless the credentials and version header are right.

    Args:
        headers: The request headers, names in lower case.
        api_key: The one accepted key or token; None accepts any non-empty one.
        require_version: Whether ``anthropic-version`` must be present.
    """
    key = headers.get("x-api-key", "")
    authorization = headers.get("authorization", "")
    scheme, _, token = authorization.partition(" ")
    bearer = token.strip() if scheme.lower() == "bearer" else ""
    if not key and not bearer:
        raise Rejected(401, "x-api-key header is required")
    if api_key is not None and api_key not in (key, bearer):
        raise Rejected(401, "invalid x-api-key" if key else "invalid bearer token")
    if require_version and not headers.get("anthropic-version"):
        raise Rejected(400, "anthropic-version: header is required")


def parse_json_body(
    raw: bytes, model: type[M], *, parse: bool = True
) -> tuple[dict[str, Any], Any]:
    """The body as a dict and as *model*; :class:`Rejected` (400) naming the bad field if not.

    With *parse* False only the path walk checks the body (the model is None): several
    times faster for very large batch bodies, and it still names the field at fault.
    """
    try:
        data = orjson.loads(raw)
    except orjson.JSONDecodeError as exc:
        raise Rejected(400, f"The request body is not valid JSON: {exc}") from None
    if not isinstance(data, dict):
        raise Rejected(400, "body: expected an object")
    problem = find_problem(model, data)
    if problem is None and not parse:
        return data, None
    if problem is None:
        try:
            return data, model.from_dict(data)
        except Exception as exc:  # the generated parser raises whatever it meets
            problem = locate_problem(model, data, exc)
    path, detail = problem
    raise Rejected(400, f"{_api_path(path)}: {detail}")
