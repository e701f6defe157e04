"""Client configuration: argument > environment > default, resolved once into a frozen value.

Secrets are held in :class:`Secret`, whose ``repr`` and ``str`` never show the value, so a
config, a client or a log line that prints them cannot leak a key.
"""

from __future__ import annotations

import dataclasses
import os
import sys
from collections.abc import Callable, Mapping, Sequence
from typing import TYPE_CHECKING, Any, Final, TypedDict, Unpack

import httpx

from ._wire import (
    API_KEY_HEADER,
    AUTHORIZATION_HEADER,
    BETA_HEADER,
    CREDENTIAL_HEADERS,
    USER_AGENT_HEADER,
    VERSION_HEADER,
)

if TYPE_CHECKING:
    from ._policies.settings import CircuitBreaker, Failover, Policies, RateLimit
    from ._policies.usage import UsageTracker

__all__ = [
    "DEFAULT_BASE_URL",
    "ClientConfig",
    "ClientOptions",
    "Secret",
    "derive_config",
    "resolve_config",
]

DEFAULT_BASE_URL: Final = "https://api.anthropic.com"
DEFAULT_API_VERSION: Final = "2023-06-01"
DEFAULT_TIMEOUT: Final = httpx.Timeout(600.0, connect=5.0)
DEFAULT_LIMITS: Final = httpx.Limits(max_connections=1000, max_keepalive_connections=100)
DEFAULT_MAX_RETRIES: Final = 2
# Limits and deadlines (see README "Limits and deadlines"; _body.py, _deadline.py)
DEFAULT_MAX_RESPONSE_BYTES: Final = 64 * 1024 * 1024
DEFAULT_MAX_EVENT_BYTES: Final = 16 * 1024 * 1024
DEFAULT_MAX_LINE_BYTES: Final = 64 * 1024 * 1024
VERSION: Final = "0.1.0"
USER_AGENT: Final = "claude-openapi/{} python/{}.{}.{}".format(VERSION, *sys.version_info[:3])


_AUTH_HEADERS: Final = (API_KEY_HEADER, AUTHORIZATION_HEADER)


@dataclasses.dataclass(frozen=True, slots=True, repr=False)
class Secret:
    """A credential that never shows itself in ``repr``/``str``; ``.value`` gives it."""

    value: str

    def __repr__(self) -> str:
        return "Secret('**********')"

    __str__ = __repr__


def _headers_repr(headers: tuple[tuple[str, str], ...]) -> str:
    """The repr of default headers, credentials masked like :class:`Secret`."""
    shown = tuple(
        (name, "**********" if name in CREDENTIAL_HEADERS else value) for name, value in headers
    )
    return repr(shown)


@dataclasses.dataclass(frozen=True, slots=True)
class ClientConfig:
    """Everything a client needs to build requests, fixed at construction.

    (Dataclasses rather than attrs here: attrs costs ~18 ms to import and is not needed until
    the first generated model is built.)
    """

    api_key: Secret | None
    auth_token: Secret | None
    base_url: str
    api_version: str
    betas: tuple[str, ...]
    default_headers: tuple[tuple[str, str], ...] = dataclasses.field(repr=False)
    timeout: httpx.Timeout
    max_retries: int
    policies: Policies | None = None  # reliability policies (claude._policies); None: all off
    # Limits and deadlines: bounded memory and time whatever the server does.
    max_response_bytes: int = DEFAULT_MAX_RESPONSE_BYTES
    max_event_bytes: int = DEFAULT_MAX_EVENT_BYTES
    max_line_bytes: int = DEFAULT_MAX_LINE_BYTES
    deadline: float | None = None  # None: the timeout's seconds (its read timeout)
    stream_idle_timeout: float | None = None  # None: the timeout's seconds
    stream_timeout: float | None = None  # None: no total limit on a stream's body

    def __repr__(self) -> str:
        fields = ", ".join(
            f"{f.name}={_headers_repr(v) if f.name == 'default_headers' else repr(v)}"
            for f in dataclasses.fields(self)
            for v in (getattr(self, f.name),)
        )
        return f"ClientConfig({fields})"

    def auth_headers(self) -> dict[str, str]:
        """The credential headers; raises ConfigurationError when there are none."""
        if self.api_key is not None:
            return {API_KEY_HEADER: self.api_key.value}
        if self.auth_token is not None:
            return {AUTHORIZATION_HEADER: f"Bearer {self.auth_token.value}"}
        if any(name.lower() in _AUTH_HEADERS for name, _ in self.default_headers):
            return {}
        from ._errors import ConfigurationError

        raise ConfigurationError(
            "No credentials: pass api_key= or auth_token=, or set the ANTHROPIC_API_KEY or "
            "ANTHROPIC_AUTH_TOKEN environment variable."
        )

    def base_headers(self) -> dict[str, str]:
        """Headers sent with every request (credentials excluded)."""
        headers = {VERSION_HEADER: self.api_version, USER_AGENT_HEADER: USER_AGENT}
        if self.betas:
            headers[BETA_HEADER] = ",".join(self.betas)
        headers.update(self.default_headers)
        return headers


def _secret(argument: str | None, env_name: str) -> Secret | None:
    value = argument if argument is not None else os.environ.get(env_name)
    return Secret(value) if value else None


def as_timeout(value: float | httpx.Timeout | None) -> httpx.Timeout:
    """A timeout from seconds (overall, with the default 5 s connect limit) or an httpx.Timeout."""
    if isinstance(value, httpx.Timeout):
        return value
    if value is None:
        return DEFAULT_TIMEOUT
    return httpx.Timeout(float(value), connect=min(5.0, float(value)))


class ClientOptions(TypedDict, total=False):
    """The settings a client takes (and ``with_options`` changes).

    Attributes:
        api_key: Sent as ``x-api-key``; default ``ANTHROPIC_API_KEY``.
        auth_token: Sent as ``Authorization: Bearer``; default ``ANTHROPIC_AUTH_TOKEN``.
        base_url: Default ``ANTHROPIC_BASE_URL``, else ``https://api.anthropic.com``.
        api_version: The ``anthropic-version`` header (default ``2023-06-01``).
        betas: Beta names sent in ``anthropic-beta`` with every request.
        default_headers: Extra headers sent with every request.
        timeout: Seconds for each connect/read/write (5 s at most to connect) and, unless
            ``deadline`` is set, for the whole call; or an ``httpx.Timeout``; default 600 s.
        max_retries: Retries for connection errors, timeouts, 408/409/429/5xx (default 2).
        circuit_breaker: A ``claude.CircuitBreaker`` (or True for the defaults) per endpoint.
        rate_limit: A ``claude.RateLimit``: client-side token buckets following the server.
        failover: A ``claude.Failover``: ordered base URLs (the first becomes ``base_url``).
        usage: A ``claude.UsageTracker`` adding up usage and cost, with an optional budget.
        event_hooks: ``{"request": [...], "response": [...]}`` callables run on each attempt.
        compress_requests: Gzip request bodies above this many bytes (True: 1024).
        config_file: A TOML file of these options (arguments win over it).
        reload_interval: Seconds between checks of ``config_file`` for changes.
        max_response_bytes: Largest non-streamed body, decompressed (default 64 MiB).
        max_event_bytes: Largest SSE line or event of a stream (default 16 MiB).
        max_line_bytes: Largest JSONL line of batch results (default 64 MiB).
        deadline: Seconds for a whole non-streaming call, retries and waits included
            (default: the ``timeout`` seconds; for an ``httpx.Timeout``, its read timeout).
        stream_idle_timeout: Longest wait between two stream events (default: as deadline).
        stream_timeout: Longest time for a whole stream body (default: no limit).
    """

    api_key: str | None
    auth_token: str | None
    base_url: str | None
    api_version: str | None
    betas: Sequence[str] | None
    default_headers: Mapping[str, str] | None
    timeout: float | httpx.Timeout | None
    max_retries: int | None
    # reliability policies, each off by default (claude._policies; imported only when given)
    circuit_breaker: CircuitBreaker | bool | None
    rate_limit: RateLimit | None
    failover: Failover | None
    usage: UsageTracker | None
    event_hooks: Mapping[str, Sequence[Callable[[Any], Any]]] | None
    compress_requests: bool | int | None
    config_file: str | os.PathLike[str] | None
    reload_interval: float | None
    # limits and deadlines: bounded memory and time whatever the server does
    max_response_bytes: int | None
    max_event_bytes: int | None
    max_line_bytes: int | None
    deadline: float | None
    stream_idle_timeout: float | None
    stream_timeout: float | None


_POLICY_OPTIONS: Final = frozenset(
    {"circuit_breaker", "rate_limit", "failover", "usage", "event_hooks", "compress_requests",
     "config_file", "reload_interval"}
)  # fmt: skip


def _policies(options: dict[str, Any], fields: dict[str, Any]) -> None:
    """Validate the policy options into ``fields["policies"]`` (only called when given)."""
    from ._policies.settings import policies_from_options

    policies = policies_from_options(options)
    fields["policies"] = policies
    if policies.failover is not None:
        first = policies.failover.base_urls[0]
        if fields.setdefault("base_url", first) != first:
            raise ValueError("base_url must be failover.base_urls[0] (or not given)")


def _check_limit(name: str, value: object) -> int | float:
    """A positive byte count (int) or duration (number of seconds)."""
    sizes = name.startswith("max_")
    if isinstance(value, bool) or not isinstance(value, int | float) or not value > 0:
        raise ValueError(f"{name} must be a positive number, got {value!r}")
    if sizes and not isinstance(value, int):
        raise ValueError(f"{name} must be a positive int (bytes), got {value!r}")
    return value if sizes else float(value)


_LIMIT_OPTIONS = frozenset({"max_response_bytes", "max_event_bytes", "max_line_bytes",
                            "deadline", "stream_idle_timeout", "stream_timeout"})  # fmt: skip


def _check_max_retries(value: object) -> int:
    if not isinstance(value, int) or isinstance(value, bool) or value < 0:
        raise ValueError(f"max_retries must be a non-negative int, got {value!r}")
    return value


def _normalised(options: ClientOptions) -> dict[str, Any]:
    """The config fields for the options that were given (None means: not given)."""
    fields: dict[str, Any] = {}
    items: dict[str, Any] = dict(options)
    policy_options: dict[str, Any] = {}
    for name, value in items.items():
        if value is None:
            continue
        if name in _POLICY_OPTIONS:
            policy_options[name] = value
        elif name in ("api_key", "auth_token"):
            fields[name] = Secret(value) if value else None
        elif name == "base_url":
            fields[name] = value.rstrip("/")
        elif name == "betas":
            fields[name] = tuple(value)
        elif name == "default_headers":
            fields[name] = tuple((k.lower(), v) for k, v in value.items())
        elif name == "timeout":
            fields[name] = as_timeout(value)
        elif name == "max_retries":
            fields[name] = _check_max_retries(value)
        elif name == "api_version":
            fields[name] = value
        elif name in _LIMIT_OPTIONS:
            fields[name] = _check_limit(name, value)
        else:
            raise TypeError(f"unexpected option {name!r}")
    if policy_options:
        _policies(policy_options, fields)
    return fields


def resolve_config(**options: Unpack[ClientOptions]) -> ClientConfig:
    """Resolve arguments, then ``config_file``, ``ANTHROPIC_*`` variables, then defaults."""
    if options.get("config_file") is not None:
        # the file's options under the arguments; the arguments are remembered for reloads
        from ._policies.config_file import merge_file

        config = resolve_options(merge_file(options))  # type: ignore[arg-type]
        assert config.policies is not None  # config_file is a policy option
        policies = dataclasses.replace(config.policies, explicit=dict(options))
        return dataclasses.replace(config, policies=policies)
    return resolve_options(options)


def resolve_options(options: ClientOptions) -> ClientConfig:
    """:func:`resolve_config` without reading a ``config_file``."""
    given = _normalised(options)
    return ClientConfig(
        api_key=given.get("api_key", _secret(None, "ANTHROPIC_API_KEY")),
        auth_token=given.get("auth_token", _secret(None, "ANTHROPIC_AUTH_TOKEN")),
        base_url=given.get(
            "base_url", (os.environ.get("ANTHROPIC_BASE_URL") or DEFAULT_BASE_URL).rstrip("/")
        ),
        api_version=given.get("api_version") or DEFAULT_API_VERSION,
        betas=given.get("betas", ()),
        default_headers=given.get("default_headers", ()),
        timeout=given.get("timeout", DEFAULT_TIMEOUT),
        max_retries=given.get("max_retries", DEFAULT_MAX_RETRIES),
        policies=given.get("policies"),
        **{name: given[name] for name in _LIMIT_OPTIONS if name in given},
    )


def derive_config(config: ClientConfig, options: ClientOptions) -> ClientConfig:
    """*config* with the given options changed (None leaves a setting as it is)."""
    fixed = sorted(k for k, v in options.items() if k in _POLICY_OPTIONS and v is not None)
    if config.policies is not None and config.policies.failover is not None:
        fixed += ["base_url"] if options.get("base_url") is not None else []
    if fixed:
        raise ValueError(f"{', '.join(fixed)}: policies belong to the connection pool and "
                         "cannot change in with_options; create a new client")  # fmt: skip
    return dataclasses.replace(config, **_normalised(options))
