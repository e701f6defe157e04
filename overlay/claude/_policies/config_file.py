"""Client options from a TOML file (``config_file=``): read and checked, not yet resolved.

The file holds the same keys as ``ClientOptions`` (tables for the policies); credentials are
refused (keep them in the environment). :mod:`claude._config` puts a file's options under the
arguments; :mod:`.dynamic` reloads them. This module imports neither, so both can use it.
"""

from __future__ import annotations

import os
import tomllib
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from .errors import ConfigReloadError
from .settings import CircuitBreaker, Failover, RateLimit
from .usage import Price, UsageTracker

__all__ = ["load_options", "merge_file"]

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
