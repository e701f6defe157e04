"""Response metadata kept beside a result without changing the generated model.

The generated attrs classes have slots and no room for extra attributes, and a wrapper would
hide the model users asked for. So metadata lives in a side table keyed by the result's
identity and dropped when the result is garbage collected (attrs classes are weak-referenceable).
"""

from __future__ import annotations

import dataclasses
import weakref
from collections.abc import Mapping

import httpx

from ._missing import missing_of
from ._wire import REQUEST_ID_HEADER, RETRIES_KEY

__all__ = ["ResponseInfo", "attach_info", "info_from_response", "response_info", "response_of"]

# id -> (weak reference to the result, its response); the info is built only when asked for.
_table: dict[int, tuple[weakref.ref[object], httpx.Response]] = {}


@dataclasses.dataclass(frozen=True, slots=True)
class ResponseInfo:
    """What the HTTP exchange behind a result looked like.

    Attributes:
        status_code: The HTTP status.
        request_id: The ``request-id`` header, if any.
        headers: All response headers (``anthropic-ratelimit-*`` among them).
        retries: How many retries it took.
        missing_fields: Paths of the fields the spec calls required that the response left
            out (reading one raises ``claude.MissingFieldError``); empty when none.
    """

    status_code: int
    request_id: str | None
    headers: Mapping[str, str] = dataclasses.field(repr=False)
    retries: int
    missing_fields: tuple[str, ...] = ()

    @property
    def rate_limits(self) -> dict[str, str]:
        """The ``anthropic-ratelimit-*`` headers, without the prefix."""
        prefix = "anthropic-ratelimit-"
        return {k[len(prefix) :]: v for k, v in self.headers.items() if k.startswith(prefix)}


def info_from_response(
    response: httpx.Response, missing_fields: tuple[str, ...] = ()
) -> ResponseInfo:
    """Build the info of a response (retries come from the retry transport)."""
    retries = response.extensions.get(RETRIES_KEY, 0)
    return ResponseInfo(
        status_code=response.status_code,
        request_id=response.headers.get(REQUEST_ID_HEADER),
        headers=response.headers,
        retries=retries if isinstance(retries, int) else 0,
        missing_fields=missing_fields,
    )


def attach_info(result: object, response: httpx.Response) -> None:
    """Remember *response* (whose body is already consumed) for as long as *result* lives."""
    key = id(result)
    try:
        ref = weakref.ref(result, lambda _: _table.pop(key, None))
    except TypeError:  # not weak-referenceable (a plain dict, for instance): nothing to keep
        return
    _table[key] = (ref, response)


def response_info(result: object) -> ResponseInfo:
    """The :class:`ResponseInfo` of a result returned by a client call.

    Raises:
        LookupError: *result* did not come from a client call.
    """
    entry = _table.get(id(result))
    if entry is None or entry[0]() is not result:
        raise LookupError("no response information for this object (not returned by a call?)")
    return info_from_response(entry[1], missing_of(result))


def response_of(result: object) -> httpx.Response | None:
    """The HTTP response a result came from (None when it did not come from a call)."""
    entry = _table.get(id(result))
    return entry[1] if entry is not None and entry[0]() is result else None
