"""Shared fixtures: a started API stand-in per test, and clients (sync and async) pointing at it.

Tests that take the ``client`` or ``make_client`` fixture run twice, once with
``claude.Client`` and once with ``claude.AsyncClient``. Their bodies are ``async`` and go
through :func:`resolve` and :func:`collect`, which await or iterate whatever the client
returned, so one body checks both clients over real TCP.
"""

from __future__ import annotations

import inspect
import threading
from collections.abc import AsyncIterator, Callable, Iterator
from typing import Any

import claude
import pytest
from claude._retry import is_testing, set_testing
from claude.testing import StandIn

API_KEY = "sk-ant-test-SECRET"
ENV_VARS = ("ANTHROPIC_API_KEY", "ANTHROPIC_AUTH_TOKEN", "ANTHROPIC_BASE_URL")
MESSAGES = [{"role": "user", "content": "Hello"}]
CREATE = {"model": "claude-sonnet-4-5", "max_tokens": 64, "messages": MESSAGES}

AnyClient = claude.Client | claude.AsyncClient
MakeClient = Callable[..., Any]


async def resolve(value: Any) -> Any:
    """*value*, awaited when it is awaitable (what an ``AsyncClient`` method returns)."""
    return await value if inspect.isawaitable(value) else value


async def collect(iterable: Any) -> list[Any]:
    """Every item of a sync or async iterable."""
    if hasattr(iterable, "__aiter__"):
        return [item async for item in iterable]
    return list(iterable)


async def consume(iterable: Any, each: Callable[[Any], object]) -> None:
    """Call *each* with every item of a sync or async iterable."""
    if hasattr(iterable, "__aiter__"):
        async for item in iterable:
            each(item)
    else:
        for item in iterable:
            each(item)


async def close_client(client: AnyClient) -> None:
    """Close a client of either kind."""
    await resolve(client.close())


@pytest.fixture
def anyio_backend() -> str:
    return "asyncio"


@pytest.fixture(scope="session", autouse=True)
def _shared_ssl_context() -> Iterator[None]:
    """Share one default SSL context between the clients built by tests.

    Every ``httpx`` transport loads the CA bundle into a new SSL context (about 45 ms); the
    stand-in speaks plain HTTP, and hundreds of clients are built, so tests share one.
    """
    import httpx._transports.default as default

    original = default.create_ssl_context
    shared = original()

    def create_ssl_context(verify: Any = True, cert: Any = None, trust_env: bool = True) -> Any:
        if verify is True and cert is None and trust_env:
            return shared
        return original(verify=verify, cert=cert, trust_env=trust_env)

    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(default, "create_ssl_context", create_ssl_context)
        yield


@pytest.fixture(autouse=True)
def _retry_test_mode() -> Iterator[None]:
    """Zero retry waits, restored after the test."""
    previous = is_testing()
    set_testing(True)
    yield
    set_testing(previous)


@pytest.fixture(autouse=True)
def _clean_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    """No ``ANTHROPIC_*`` variable from the developer's shell leaks into a test."""
    for name in ENV_VARS:
        monkeypatch.delenv(name, raising=False)


_stopping: list[threading.Thread] = []


@pytest.fixture(scope="session", autouse=True)
def _join_stopping_stand_ins() -> Iterator[None]:
    yield
    for thread in _stopping:
        thread.join(timeout=5.0)


@pytest.fixture
def make_standin() -> Iterator[Callable[..., StandIn]]:
    """Start stand-ins (``StandIn`` keyword arguments); each is stopped after the test.

    ``StandIn.stop()`` waits up to 50 ms for its serving loop, so it runs on a background
    thread while the next test starts (every stand-in has its own port).
    """
    started: list[StandIn] = []

    def make(**kwargs: Any) -> StandIn:
        standin = StandIn(**kwargs).start()
        started.append(standin)
        return standin

    yield make
    for standin in started:
        thread = threading.Thread(target=standin.stop, name="stop-standin", daemon=True)
        thread.start()
        _stopping.append(thread)


@pytest.fixture
def server(make_standin: Callable[..., StandIn]) -> StandIn:
    """A started stand-in with default settings, stopped after the test."""
    return make_standin()


@pytest.fixture
def sync_client(server: StandIn) -> Iterator[claude.Client]:
    with claude.Client(base_url=server.base_url, api_key=API_KEY) as client:
        yield client


@pytest.fixture
async def async_client(server: StandIn, anyio_backend: str) -> AsyncIterator[claude.AsyncClient]:
    async with claude.AsyncClient(base_url=server.base_url, api_key=API_KEY) as client:
        yield client


@pytest.fixture(params=["sync", "async"])
def mode(request: pytest.FixtureRequest) -> str:
    """Which client class the test runs with."""
    return str(request.param)


@pytest.fixture
async def make_client(mode: str, server: StandIn, anyio_backend: str) -> AsyncIterator[MakeClient]:
    """Build clients of the test's kind; by default on the stand-in with ``API_KEY``.

    Pass ``base_url=None`` or ``api_key=None`` to leave a setting to the environment.
    """
    made: list[AnyClient] = []

    def make(**kwargs: Any) -> Any:
        kwargs.setdefault("base_url", server.base_url)
        kwargs.setdefault("api_key", API_KEY)
        cls = claude.Client if mode == "sync" else claude.AsyncClient
        client = cls(**kwargs)
        made.append(client)
        return client

    yield make
    for client in made:
        await close_client(client)


@pytest.fixture
def client(make_client: MakeClient) -> Any:
    """A client of the test's kind on the stand-in (``claude.Client`` or ``AsyncClient``)."""
    return make_client()
