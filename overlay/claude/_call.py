"""The pure core shared by the sync and async clients: calls in, requests out, results back.

A resource method turns user arguments into a :class:`Call` (through the generated
``_get_kwargs``, so paths and parameters come from the spec); :func:`build_request` turns a
call into an ``httpx.Request``; :func:`parse_body` turns the status and bytes into the
generated model or a typed error. The clients only send and read.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Mapping, Sequence
from typing import Any, Generic, TypeVar

import httpx
import orjson

from ._config import ClientConfig, as_timeout
from ._errors import ResponseValidationError
from ._missing import parse_liberally
from ._response_info import attach_info
from ._status import error_from_response
from ._wire import BETA_HEADER, CONTENT_TYPE_HEADER, JSON_CONTENT_TYPE, MAX_RETRIES_KEY, TIMEOUT_KEY

__all__ = [
    "PARSE_ERRORS",
    "Call",
    "CallOptions",
    "build_request",
    "mismatch_error",
    "options_only",
    "parse_body",
    "parse_json",
    "pop_options",
]

T = TypeVar("T")

_OPTION_NAMES = ("timeout", "max_retries", "extra_headers", "betas")


@dataclasses.dataclass(frozen=True, slots=True)
class CallOptions:
    """Per-call settings that override the client's."""

    timeout: httpx.Timeout | None = None
    max_retries: int | None = None
    extra_headers: Mapping[str, str] | None = None
    betas: Sequence[str] | None = None


_NO_OPTIONS = CallOptions()  # frozen: shared by every call that passes none


def pop_options(fields: dict[str, Any]) -> CallOptions:
    """Take the per-call option keywords out of *fields* (the rest are API fields)."""
    if (
        "timeout" not in fields
        and "max_retries" not in fields
        and "extra_headers" not in fields
        and "betas" not in fields
    ):
        return _NO_OPTIONS
    timeout = fields.pop("timeout", None)
    max_retries = fields.pop("max_retries", None)
    if max_retries is not None and (
        isinstance(max_retries, bool) or not isinstance(max_retries, int) or max_retries < 0
    ):
        raise ValueError(f"max_retries must be a non-negative int, got {max_retries!r}")
    return CallOptions(
        timeout=None if timeout is None else as_timeout(timeout),
        max_retries=max_retries,
        extra_headers=fields.pop("extra_headers", None),
        betas=fields.pop("betas", None),
    )


def options_only(fields: dict[str, Any]) -> CallOptions:
    """The per-call options of an operation without a body; any other keyword is a mistake.

    Raises:
        TypeError: *fields* holds something else (a typo such as ``timout=`` is not ignored).
    """
    options = pop_options(fields)
    if fields:
        raise TypeError(
            f"unexpected keyword argument(s) {', '.join(map(repr, sorted(fields)))}; "
            f"the per-call options are {', '.join(_OPTION_NAMES)}"
        )
    return options


@dataclasses.dataclass(frozen=True, slots=True)
class Call(Generic[T]):
    """One API call: what to send and how to read the answer.

    Attributes:
        kwargs: The generated ``_get_kwargs`` output (method, url, params, json, headers).
        parse: Builds the result from the decoded JSON (a generated ``from_dict``).
        options: Per-call overrides.
    """

    kwargs: Mapping[str, Any]
    parse: Callable[[Any], T]
    options: CallOptions = _NO_OPTIONS


def base_headers(http: httpx.Client | httpx.AsyncClient, config: ClientConfig) -> dict[str, str]:
    """Headers every request of a client carries: the httpx client's defaults, then ours.

    Clients compute this once (it raises ConfigurationError when there are no credentials).
    """
    headers = dict(http.headers)
    headers.update(config.base_headers())
    headers.update(config.auth_headers())
    return headers


def build_request(headers: dict[str, str], config: ClientConfig, call: Call[Any]) -> httpx.Request:
    """The ``httpx.Request`` for *call*, given the client's :func:`base_headers`.

    The request is built directly rather than through ``httpx.Client.build_request``, whose
    header and URL merging costs tens of microseconds a call; the client's default headers
    are in *headers* already, and its auth and event hooks still apply when it sends.
    """
    kwargs = call.kwargs
    options = call.options
    headers = headers.copy()
    betas = options.betas
    if betas:
        headers[BETA_HEADER] = ",".join((*config.betas, *betas))
    if options.extra_headers:
        headers.update(options.extra_headers)
    body = kwargs.get("json")
    content = None
    if body is not None:
        try:
            content = orjson.dumps(body)
        except TypeError as exc:  # a value in a place the spec leaves open
            from ._build.pipeline import not_json

            raise not_json(body, exc) from None
        headers[CONTENT_TYPE_HEADER] = JSON_CONTENT_TYPE
    max_retries = config.max_retries if options.max_retries is None else options.max_retries
    url: str = kwargs["url"]
    if not url.startswith(("https://", "http://")):
        url = config.base_url + url
    timeout = options.timeout or config.timeout
    return httpx.Request(
        kwargs["method"].upper(),
        url,
        params=kwargs.get("params") or None,
        content=content,
        headers=headers,
        extensions={TIMEOUT_KEY: timeout.as_dict(), MAX_RETRIES_KEY: max_retries},
    )


def parse_body(response: httpx.Response, content: bytes, parse: Callable[[Any], T]) -> T:
    """The result of a finished response, or the typed error for its status."""
    if not 200 <= response.status_code < 300:
        raise error_from_response(response, content)
    try:
        data = orjson.loads(content)
    except orjson.JSONDecodeError as exc:
        raise ResponseValidationError(
            f"response body is not JSON ({exc})", response=response, cause=exc
        ) from exc
    result = parse_json(data, parse, response=response)
    attach_info(result, response)
    return result


def parse_json(data: Any, parse: Callable[[Any], T], *, response: httpx.Response | None) -> T:
    """Apply a generated ``from_dict``, turning its bare exceptions into a clear error.

    Required fields the data lacks do not fail the parse; they are logged and recorded
    (``claude._missing``) and show in ``response_info(result).missing_fields``.
    """
    try:
        return parse_liberally(data, parse)
    except PARSE_ERRORS as exc:
        raise mismatch_error(exc, parse, response) from exc


# What a generated ``from_dict`` raises on data that does not fit its model.
PARSE_ERRORS = (KeyError, TypeError, ValueError, AttributeError)


def mismatch_error(
    exc: Exception, parse: Callable[[Any], object], response: httpx.Response | None
) -> ResponseValidationError:
    """The error for data that *parse* refused with *exc* (one of ``PARSE_ERRORS``)."""
    name = getattr(getattr(parse, "__self__", None), "__name__", "the expected model")
    detail = f"missing field {exc}" if isinstance(exc, KeyError) else str(exc)
    return ResponseValidationError(
        f"response does not match {name}: {detail}", response=response, cause=exc
    )
