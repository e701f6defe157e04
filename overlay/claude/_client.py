"""``Client`` and ``AsyncClient``: configuration, the connection pool, and sending calls.

Everything that is not I/O (building requests, reading statuses, parsing) lives in
:mod:`._call` and :mod:`._operations`; the two classes here only send and read.
"""

from __future__ import annotations

import contextlib
from functools import cached_property
from typing import TYPE_CHECKING, Any, Generic, TypeVar, Unpack

import httpx

from ._body import aread_body, read_body
from ._call import Call, base_headers
from ._config import (
    DEFAULT_LIMITS,
    ClientConfig,
    ClientOptions,
    derive_config,
    resolve_config,
)
from ._deadline import Deadline, deadline_error
from ._deadline_io import bounded
from ._exchange import collector, finish, finish_error, prepare, stream_limits
from ._retry import AsyncRetryTransport, RetryTransport
from ._status import translate_transport_error

if TYPE_CHECKING:
    from ._policies.health import HealthReport
    from ._resources import AsyncMessages, AsyncModels, Messages, Models

__all__ = ["AsyncClient", "Client"]

T = TypeVar("T")
H = TypeVar("H", httpx.Client, httpx.AsyncClient)


def _ensure_retry_transport(http: httpx.Client | httpx.AsyncClient) -> None:
    """Make an injected httpx client retry like ours: wrap its transports once.

    Sync pools also get the deadline-aware network backend (:mod:`._deadline_io`).
    """
    if isinstance(http, httpx.Client):
        for transport in (http._transport, *http._mounts.values()):
            if transport is not None:
                from ._deadline_backend import install as install_deadline_backend

                install_deadline_backend(getattr(transport, "transport", transport))
        if not isinstance(http._transport, RetryTransport):
            http._transport = RetryTransport(http._transport)
        for pattern, transport in list(http._mounts.items()):
            if transport is not None and not isinstance(transport, RetryTransport):
                http._mounts[pattern] = RetryTransport(transport)
        return
    if not isinstance(http._transport, AsyncRetryTransport):
        http._transport = AsyncRetryTransport(http._transport)
    for pattern, async_transport in list(http._mounts.items()):
        if async_transport is not None and not isinstance(async_transport, AsyncRetryTransport):
            http._mounts[pattern] = AsyncRetryTransport(async_transport)


def _scope(deadline: Deadline | None) -> contextlib.AbstractContextManager[object]:
    """A cancel scope ending at *deadline* (async calls), or nothing."""
    if deadline is None:
        return contextlib.nullcontext()
    import anyio  # lazy: keeps ``import claude`` cheap

    return anyio.fail_after(max(deadline.remaining(), 0.0))


def _deadline_passed(
    exc: TimeoutError, deadline: Deadline | None, request: httpx.Request
) -> BaseException:
    """The APITimeoutError for a passed deadline (another TimeoutError is re-raised as is)."""
    if deadline is None or deadline.remaining() > 0:
        return exc
    error = deadline_error(deadline.seconds, request)
    translated = translate_transport_error(error)
    translated.__cause__ = error
    return translated


class _ClientBase(Generic[H]):
    """What both clients share: the frozen config, ``repr``, and option handling."""

    _config: ClientConfig
    _owns_http: bool
    _http: H
    _base_headers: dict[str, str] | None = None

    def _headers(self) -> dict[str, str]:
        """The headers of every request, computed on the first call (credentials checked)."""
        if self._base_headers is None:
            self._base_headers = base_headers(self._http, self._config)
        return self._base_headers

    @property
    def config(self) -> ClientConfig:
        """The resolved configuration (secrets are masked in its repr)."""
        return self._config

    def __repr__(self) -> str:
        auth = (
            "api_key"
            if self._config.api_key
            else "auth_token"
            if self._config.auth_token
            else "none"
        )
        return (
            f"{type(self).__name__}(base_url={self._config.base_url!r}, auth={auth}, "
            f"max_retries={self._config.max_retries})"
        )


class Client(_ClientBase[httpx.Client]):
    """A synchronous Claude API client.

    Args:
        api_key: Sent as ``x-api-key``; default ``ANTHROPIC_API_KEY``.
        auth_token: Sent as ``Authorization: Bearer``; default ``ANTHROPIC_AUTH_TOKEN``.
        base_url: Default ``ANTHROPIC_BASE_URL``, else ``https://api.anthropic.com``.
        api_version: The ``anthropic-version`` header (default ``2023-06-01``).
        betas: Beta names sent in ``anthropic-beta`` with every request.
        default_headers: Extra headers sent with every request.
        timeout: Seconds (default 600) for each connect (5 s at most), read and write, and,
            unless ``deadline`` is set, for the whole non-streaming call, retries and waits
            included; or an ``httpx.Timeout`` (per phase; its read timeout is then the deadline).
        max_retries: Retries for connection errors, timeouts, 408/409/429/5xx (default 2).
        max_response_bytes, max_event_bytes, max_line_bytes: Largest body, SSE line or event,
            and batch-results line, decompressed (64 MiB, 16 MiB, 64 MiB); over a limit,
            :class:`~claude.ResponseTooLargeError`.
        deadline: Seconds for a whole non-streaming call (default: ``timeout``).
        stream_idle_timeout: Longest wait between stream events (default: ``timeout``).
        stream_timeout: Longest time for a whole stream body (default: none).
        limits: Connection pool limits (ignored with ``http_client``).
        http_client: Your own ``httpx.Client`` (proxies, TLS); it gets the retry transport
            (and its pool the deadline-aware network backend of :mod:`._deadline_io`) and is
            not closed by :meth:`close`. Redirects are never followed, whatever its
            ``follow_redirects``: a 3xx is an :class:`~claude.APIStatusError`.

    Opt-in reliability policies (``circuit_breaker``, ``rate_limit``, ``failover``, ``usage``,
    ``event_hooks``, ``compress_requests``, ``config_file``, ``reload_interval``) are
    described in :class:`~claude._config.ClientOptions`.
    """

    def __init__(
        self,
        *,
        limits: httpx.Limits | None = None,
        http_client: httpx.Client | None = None,
        **options: Unpack[ClientOptions],
    ) -> None:
        self._config = resolve_config(**options)
        if http_client is None:
            inner = httpx.HTTPTransport(limits=limits or DEFAULT_LIMITS)
            from ._deadline_backend import install as install_deadline_backend

            install_deadline_backend(inner)
            transport = RetryTransport(inner)
            http_client = httpx.Client(transport=transport, timeout=self._config.timeout)
            self._owns_http = True
        else:
            _ensure_retry_transport(http_client)
            self._owns_http = False
        self._http = http_client
        if self._config.policies is not None:  # opt-in reliability policies
            from ._policies.install import install as install_policies

            install_policies(self)

    def with_options(self, **options: Unpack[ClientOptions]) -> Client:
        """A new client with some settings changed, sharing this one's connection pool.

        Accepts every :class:`~claude.ClientOptions` field (``api_key``, ``timeout``,
        ``max_retries``, the limits and deadlines...). This client is unchanged.
        """
        clone = object.__new__(Client)
        clone._config = derive_config(self._config, options)
        clone._http = self._http
        clone._owns_http = False
        return clone

    @cached_property
    def messages(self) -> Messages:
        """Messages: ``create``, ``stream``, ``count_tokens``, and ``batches``."""
        from ._resources import Messages

        return Messages(self)

    @cached_property
    def models(self) -> Models:
        """Models: ``list`` and ``retrieve``."""
        from ._resources import Models

        return Models(self)

    def _request(self, call: Call[T]) -> T:
        """Send *call* and return its parsed result (or raise its typed error)."""
        request, deadline = prepare(self._headers(), self._config, call)
        try:
            with bounded(deadline):
                response = self._http.send(request, stream=True, follow_redirects=False)
                try:
                    content = read_body(collector(response, self._config, deadline), response)
                finally:
                    response.close()
        except httpx.TransportError as exc:
            raise translate_transport_error(exc) from exc
        return finish(response, content, call)

    def _open(self, call: Call[Any]) -> httpx.Response:
        """Send *call* and return the open response, its status checked (caller closes)."""
        request, deadline = prepare(self._headers(), self._config, call)
        with bounded(deadline):
            try:
                response = self._http.send(request, stream=True, follow_redirects=False)
            except httpx.TransportError as exc:
                raise translate_transport_error(exc) from exc
            if not 200 <= response.status_code < 300:
                body = collector(response, self._config, deadline)
                try:
                    content = read_body(body, response)
                except httpx.TransportError:
                    content = body.content()
                finally:
                    response.close()
                raise finish_error(response, content)
        stream_limits(request, response, self._config, call)
        return response

    def health(self) -> HealthReport:
        """Probe every endpoint (a models list with ``limit=1``): status, latency, circuit."""
        from ._policies.health import check_health

        return check_health(self)

    def close(self) -> None:
        """Close the connection pool (unless it was passed in or is shared)."""
        if self._owns_http:
            self._http.close()

    def __enter__(self) -> Client:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()


class AsyncClient(_ClientBase[httpx.AsyncClient]):
    """An asynchronous Claude API client; the arguments are those of :class:`Client`."""

    def __init__(
        self,
        *,
        limits: httpx.Limits | None = None,
        http_client: httpx.AsyncClient | None = None,
        **options: Unpack[ClientOptions],
    ) -> None:
        self._config = resolve_config(**options)
        if http_client is None:
            transport = AsyncRetryTransport(
                httpx.AsyncHTTPTransport(limits=limits or DEFAULT_LIMITS)
            )
            http_client = httpx.AsyncClient(transport=transport, timeout=self._config.timeout)
            self._owns_http = True
        else:
            _ensure_retry_transport(http_client)
            self._owns_http = False
        self._http = http_client
        if self._config.policies is not None:  # opt-in reliability policies
            from ._policies.install import install as install_policies

            install_policies(self)

    def with_options(self, **options: Unpack[ClientOptions]) -> AsyncClient:
        """A new client with some settings changed, sharing this one's connection pool."""
        clone = object.__new__(AsyncClient)
        clone._config = derive_config(self._config, options)
        clone._http = self._http
        clone._owns_http = False
        return clone

    @cached_property
    def messages(self) -> AsyncMessages:
        """Messages: ``create``, ``stream``, ``count_tokens``, and ``batches``."""
        from ._resources import AsyncMessages

        return AsyncMessages(self)

    @cached_property
    def models(self) -> AsyncModels:
        """Models: ``list`` and ``retrieve``."""
        from ._resources import AsyncModels

        return AsyncModels(self)

    async def _request(self, call: Call[T]) -> T:
        """Send *call* and return its parsed result (or raise its typed error)."""
        request, deadline = prepare(self._headers(), self._config, call)
        try:
            with _scope(deadline):
                response = await self._http.send(request, stream=True, follow_redirects=False)
                try:
                    body = collector(response, self._config, deadline)
                    content = await aread_body(body, response)
                finally:
                    await response.aclose()
        except httpx.TransportError as exc:
            raise translate_transport_error(exc) from exc
        except TimeoutError as exc:
            error = _deadline_passed(exc, deadline, request)
            raise error from error.__cause__
        return finish(response, content, call)

    async def _open(self, call: Call[Any]) -> httpx.Response:
        """Send *call* and return the open response, its status checked (caller closes)."""
        request, deadline = prepare(self._headers(), self._config, call)
        try:
            with _scope(deadline):
                response = await self._http.send(request, stream=True, follow_redirects=False)
                if not 200 <= response.status_code < 300:
                    body = collector(response, self._config, deadline)
                    try:
                        content = await aread_body(body, response)
                    except httpx.TransportError:
                        content = body.content()
                    finally:
                        await response.aclose()
                    raise finish_error(response, content)
        except httpx.TransportError as exc:
            raise translate_transport_error(exc) from exc
        except TimeoutError as exc:
            error = _deadline_passed(exc, deadline, request)
            raise error from error.__cause__
        stream_limits(request, response, self._config, call)
        return response

    async def health(self) -> HealthReport:
        """Probe every endpoint (a models list with ``limit=1``): status, latency, circuit."""
        from ._policies.health import acheck_health

        return await acheck_health(self)

    async def close(self) -> None:
        """Close the connection pool (unless it was passed in or is shared)."""
        if self._owns_http:
            await self._http.aclose()

    async def __aenter__(self) -> AsyncClient:
        return self

    async def __aexit__(self, *exc_info: object) -> None:
        await self.close()
