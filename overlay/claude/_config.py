"""Client configuration: argument > environment > default, resolved once into a frozen value.

Secrets are held in :class:`Secret`, whose ``repr`` and ``str`` never show the value, so a
config, a client or a log line that prints them cannot leak a key.
"""

from __future__ import annotations

import os
import platform
from collections.abc import Mapping, Sequence
from typing import Final

import attrs
import httpx

__all__ = ["DEFAULT_BASE_URL", "ClientConfig", "Secret", "resolve_config"]

DEFAULT_BASE_URL: Final = "https://api.anthropic.com"
DEFAULT_API_VERSION: Final = "2023-06-01"
DEFAULT_TIMEOUT: Final = httpx.Timeout(600.0, connect=5.0)
DEFAULT_LIMITS: Final = httpx.Limits(max_connections=1000, max_keepalive_connections=100)
DEFAULT_MAX_RETRIES: Final = 2
VERSION: Final = "0.1.0"
USER_AGENT: Final = f"claude-openapi/{VERSION} python/{platform.python_version()}"


@attrs.frozen(repr=False)
class Secret:
    """A credential that never shows itself in ``repr``/``str``; ``.value`` gives it."""

    value: str

    def __repr__(self) -> str:
        return "Secret('**********')"

    __str__ = __repr__


_CREDENTIAL_HEADERS: Final = frozenset({"x-api-key", "authorization", "proxy-authorization"})


def _headers_repr(headers: tuple[tuple[str, str], ...]) -> str:
    """The repr of default headers, credentials masked like :class:`Secret`."""
    shown = tuple(
        (name, "**********" if name in _CREDENTIAL_HEADERS else value) for name, value in headers
    )
    return repr(shown)


@attrs.frozen
class ClientConfig:
    """Everything a client needs to build requests, fixed at construction."""

    api_key: Secret | None
    auth_token: Secret | None
    base_url: str
    api_version: str
    betas: tuple[str, ...]
    default_headers: tuple[tuple[str, str], ...] = attrs.field(repr=_headers_repr)
    timeout: httpx.Timeout
    max_retries: int

    def auth_headers(self) -> dict[str, str]:
        """The credential headers; raises ConfigurationError when there are none."""
        if self.api_key is not None:
            return {"x-api-key": self.api_key.value}
        if self.auth_token is not None:
            return {"authorization": f"Bearer {self.auth_token.value}"}
        if any(name.lower() in ("x-api-key", "authorization") for name, _ in self.default_headers):
            return {}
        from ._errors import ConfigurationError

        raise ConfigurationError(
            "No credentials: pass api_key= or auth_token=, or set the ANTHROPIC_API_KEY or "
            "ANTHROPIC_AUTH_TOKEN environment variable."
        )

    def base_headers(self) -> dict[str, str]:
        """Headers sent with every request (credentials excluded)."""
        headers = {"anthropic-version": self.api_version, "user-agent": USER_AGENT}
        if self.betas:
            headers["anthropic-beta"] = ",".join(self.betas)
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


def resolve_config(
    *,
    api_key: str | None = None,
    auth_token: str | None = None,
    base_url: str | None = None,
    api_version: str | None = None,
    betas: Sequence[str] | None = None,
    default_headers: Mapping[str, str] | None = None,
    timeout: float | httpx.Timeout | None = None,
    max_retries: int | None = None,
) -> ClientConfig:
    """Resolve arguments, then ``ANTHROPIC_*`` environment variables, then defaults."""
    if max_retries is not None and (isinstance(max_retries, bool) or max_retries < 0):
        raise ValueError(f"max_retries must be a non-negative int, got {max_retries!r}")
    return ClientConfig(
        api_key=_secret(api_key, "ANTHROPIC_API_KEY"),
        auth_token=_secret(auth_token, "ANTHROPIC_AUTH_TOKEN"),
        base_url=(base_url or os.environ.get("ANTHROPIC_BASE_URL") or DEFAULT_BASE_URL).rstrip("/"),
        api_version=api_version or DEFAULT_API_VERSION,
        betas=tuple(betas or ()),
        default_headers=tuple((k.lower(), v) for k, v in (default_headers or {}).items()),
        timeout=as_timeout(timeout),
        max_retries=DEFAULT_MAX_RETRIES if max_retries is None else max_retries,
    )
