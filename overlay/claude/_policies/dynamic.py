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
import weakref
from typing import TYPE_CHECKING

from claude._config import resolve_config

from .errors import ConfigReloadError

if TYPE_CHECKING:
    from .host import Host
    from .runtime import Runtime

__all__ = ["Reloader", "reload_config"]

logger = logging.getLogger("claude")

_RELOADABLE = frozenset({"timeout", "max_retries", "policies"})


class Reloader:
    """Checks a client's config file at most every ``reload_interval`` seconds."""

    def __init__(self, client: weakref.ref[Host], runtime: Runtime) -> None:
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


def reload_config(client: Host) -> None:
    """Reload *client*'s ``config_file`` now (it must have ``reload_interval`` set).

    Raises:
        ConfigReloadError: The file is invalid or changes what cannot change; nothing applied.
    """
    from .transport import runtime_of

    runtime = runtime_of(client._http)
    if runtime is None or runtime.reloader is None:
        raise ConfigReloadError("this client was not built with config_file= and reload_interval=")
    with runtime.reloader._lock:
        runtime.reloader._seen = runtime.reloader._stamp()
        runtime.reloader.reload()
