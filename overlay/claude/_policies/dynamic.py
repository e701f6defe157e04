"""Options from a TOML file (``config_file=``), reloaded on change (``reload_interval=``).

Precedence: arguments > the file > ``ANTHROPIC_*`` environment > defaults. The file holds the
same keys as ``ClientOptions`` (tables for the policies); credentials are refused (keep them in
the environment). Reloading is all or nothing: the file is parsed and every value validated
into a complete new configuration first; only then is it put in force, by replacing the
policy state and the client's frozen config, each in one assignment. A reload applies
``timeout``, ``max_retries`` and every policy table; a change to another key (base URL,
version, betas, headers) is refused with :class:`ConfigReloadError` and nothing changes.
An automatic reload that fails logs a warning and keeps the configuration in force. Clients
made by ``with_options`` share the policies but keep their own ``timeout`` and
``max_retries``.
"""

from __future__ import annotations

import dataclasses
import logging
import os
import threading
import time
import tomllib
import weakref
from collections.abc import Mapping
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .errors import ConfigReloadError
from .settings import CircuitBreaker, Failover, RateLimit
from .usage import Price, UsageTracker

if TYPE_CHECKING:
    from claude._client import AsyncClient, Client
    from claude._config import ClientConfig

    from .runtime import Runtime

__all__ = ["Reloader", "load_options", "merge_file", "reload_config", "resolve_with_file"]

logger = logging.getLogger("claude")

_SCALARS: Mapping[str, type | tuple[type, ...]] = {
    "base_url": str,
    "api_version": str,
    "timeout": (int, float),
    "max_retries": int,
    "compress_requests": (bool, int),
}
_TABLES: Mapping[str, type] = {
    "circuit_breaker": CircuitBreaker,
    "rate_limit": RateLimit,
    "failover": Failover,
}
_SECRETS = frozenset({"api_key", "auth_token"})
_RELOADABLE = frozenset({"timeout", "max_retries", "policies"})


def _table(path: str, name: str, value: object) -> Any:
    if not isinstance(value, dict):
        raise ConfigReloadError(f"{path}: [{name}] must be a table")
    try:
        if name == "usage":
            prices = {
                model: Price(**entry) for model, entry in dict(value.pop("prices", {})).items()
            }
            return UsageTracker(prices, **value)
        return _TABLES[name](**value)
    except (TypeError, ValueError) as exc:
        raise ConfigReloadError(f"{path}: [{name}]: {exc}") from exc


def load_options(path: str | os.PathLike[str]) -> dict[str, Any]:
    """The client options a TOML file holds, each checked (not yet resolved).

    Raises:
        ConfigReloadError: The file is missing, not TOML, or holds an unknown or bad key.
    """
    if not isinstance(path, str | os.PathLike):
        raise ValueError(f"config_file must be a path, got {path!r}")
    name = os.fspath(path)
    try:
        data = tomllib.loads(Path(name).read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
        raise ConfigReloadError(f"{name}: cannot read the configuration: {exc}") from exc
    options: dict[str, Any] = {}
    for key, value in data.items():
        if key in _SECRETS:
            raise ConfigReloadError(f"{name}: {key}: credentials do not belong in a file; "
                                    "use ANTHROPIC_API_KEY or ANTHROPIC_AUTH_TOKEN")  # fmt: skip
        if key in _SCALARS:
            if (isinstance(value, bool) and key != "compress_requests") or not isinstance(
                value, _SCALARS[key]
            ):
                raise ConfigReloadError(f"{name}: {key}: wrong type {type(value).__name__}")
            options[key] = value
        elif key == "betas":
            if not isinstance(value, list) or not all(isinstance(b, str) for b in value):
                raise ConfigReloadError(f"{name}: betas must be a list of strings")
            options[key] = value
        elif key == "default_headers":
            if not isinstance(value, dict) or not all(isinstance(v, str) for v in value.values()):
                raise ConfigReloadError(f"{name}: [default_headers] must map names to strings")
            options[key] = value
        elif key in _TABLES or key == "usage":
            options[key] = _table(name, key, dict(value) if isinstance(value, dict) else value)
        else:
            raise ConfigReloadError(f"{name}: unknown key {key!r}")
    return options


def merge_file(options: Mapping[str, Any]) -> dict[str, Any]:
    """*options* with the values of their ``config_file`` filled in under them."""
    merged = load_options(options["config_file"])
    merged.update({k: v for k, v in options.items() if v is not None})
    return merged


def resolve_with_file(options: Mapping[str, Any]) -> ClientConfig:
    """The config for *options* with their ``config_file`` under them (it is remembered)."""
    from claude._config import resolve_options

    config = resolve_options(merge_file(options))  # type: ignore[arg-type]
    assert config.policies is not None  # config_file is a policy option
    policies = dataclasses.replace(config.policies, explicit=dict(options))
    return dataclasses.replace(config, policies=policies)


class Reloader:
    """Checks a client's config file at most every ``reload_interval`` seconds."""

    def __init__(self, client: weakref.ref[Client | AsyncClient], runtime: Runtime) -> None:
        self._client = client
        self._runtime = runtime
        client_obj = client()
        assert client_obj is not None
        policies = client_obj._config.policies
        assert policies is not None
        assert policies.config_file is not None
        self.path = policies.config_file
        self.interval = policies.reload_interval or 1.0
        self.explicit = dict(policies.explicit or {"config_file": self.path})
        self._seen = self._stamp()
        self._next = time.monotonic() + self.interval
        self._lock = threading.Lock()
        self.last_error: ConfigReloadError | None = None

    def _stamp(self) -> tuple[int, int] | None:
        try:
            stat = os.stat(self.path)
        except OSError:
            return None
        return (stat.st_mtime_ns, stat.st_size)

    def maybe_reload(self) -> None:
        """Reload when the interval has passed and the file changed; failures are logged."""
        now = time.monotonic()
        if now < self._next or not self._lock.acquire(blocking=False):
            return
        try:
            self._next = now + self.interval
            stamp = self._stamp()
            if stamp == self._seen:
                return
            self._seen = stamp
            try:
                self.reload()
            except ConfigReloadError as exc:
                self.last_error = exc
                logger.warning("configuration not reloaded: %s", exc)
        finally:
            self._lock.release()

    def reload(self) -> None:
        """Read, validate and apply the file now.

        Raises:
            ConfigReloadError: Nothing was applied (the message says why).
        """
        from claude._config import resolve_config

        client = self._client()
        if client is None:
            return
        try:
            fresh = resolve_config(**self.explicit)
        except ConfigReloadError:
            raise
        except (TypeError, ValueError) as exc:
            raise ConfigReloadError(f"{self.path}: {exc}") from exc
        current = client._config
        changed = [
            f.name
            for f in dataclasses.fields(current)
            if f.name not in _RELOADABLE and getattr(current, f.name) != getattr(fresh, f.name)
        ]
        if changed:
            raise ConfigReloadError(
                f"{self.path}: {', '.join(changed)} cannot change while the client runs; "
                "create a new client"
            )
        assert fresh.policies is not None
        self._runtime.apply(fresh.policies)
        client._config = dataclasses.replace(
            current, timeout=fresh.timeout, max_retries=fresh.max_retries, policies=fresh.policies
        )
        self.last_error = None
        logger.info("configuration reloaded from %s", self.path)


def reload_config(client: Client | AsyncClient) -> None:
    """Reload *client*'s ``config_file`` now (it must have ``reload_interval`` set).

    Raises:
        ConfigReloadError: The file is invalid or changes what cannot change; nothing applied.
    """
    from .install import runtime_of

    runtime = runtime_of(client._http)
    if runtime is None or runtime.reloader is None:
        raise ConfigReloadError("this client was not built with config_file= and reload_interval=")
    with runtime.reloader._lock:
        runtime.reloader._seen = runtime.reloader._stamp()
        runtime.reloader.reload()
