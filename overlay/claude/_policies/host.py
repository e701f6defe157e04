"""What the policies need of a client, as protocols: no policy module imports the client."""

from __future__ import annotations

from typing import TYPE_CHECKING, Protocol

if TYPE_CHECKING:
    import httpx

    from claude._config import ClientConfig

__all__ = ["AsyncHost", "Host", "SyncHost"]


class Host(Protocol):
    """A ``claude.Client`` or ``claude.AsyncClient``, as the policies see it."""

    _config: ClientConfig

    @property
    def _http(self) -> httpx.Client | httpx.AsyncClient: ...

    def _headers(self) -> dict[str, str]: ...


class SyncHost(Host, Protocol):
    """A ``claude.Client``."""

    @property
    def _http(self) -> httpx.Client: ...


class AsyncHost(Host, Protocol):
    """A ``claude.AsyncClient``."""

    @property
    def _http(self) -> httpx.AsyncClient: ...
