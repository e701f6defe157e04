"""Configuration: argument > environment > default, checked on what the stand-in receives."""

from __future__ import annotations

from typing import Any

import claude
import httpx
import pytest
from claude._config import Secret
from claude.testing import StandIn
from conftest import API_KEY, CREATE, MakeClient, resolve

pytestmark = pytest.mark.anyio

DEAD_URL = "http://127.0.0.1:9"  # discard port: nothing listens there


# --- credentials ---------------------------------------------------------------------------


async def test_api_key_from_the_environment(
    make_client: MakeClient, server: StandIn, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("ANTHROPIC_API_KEY", "sk-env-key")
    client = make_client(api_key=None)

    await resolve(client.models.retrieve("claude-opus-4"))

    assert server.requests[0].headers["x-api-key"] == "sk-env-key"
    assert "authorization" not in server.requests[0].headers


async def test_api_key_argument_beats_the_environment(
    make_client: MakeClient, server: StandIn, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("ANTHROPIC_API_KEY", "sk-env-key")
    client = make_client(api_key="sk-arg-key")

    await resolve(client.models.retrieve("claude-opus-4"))

    assert server.requests[0].headers["x-api-key"] == "sk-arg-key"


async def test_auth_token_from_the_environment(
    make_client: MakeClient, server: StandIn, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("ANTHROPIC_AUTH_TOKEN", "tok-env")
    client = make_client(api_key=None)

    await resolve(client.models.retrieve("claude-opus-4"))

    headers = server.requests[0].headers
    assert headers["authorization"] == "Bearer tok-env"
    assert "x-api-key" not in headers


async def test_auth_token_argument_beats_the_environment(
    make_client: MakeClient, server: StandIn, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("ANTHROPIC_AUTH_TOKEN", "tok-env")
    client = make_client(api_key=None, auth_token="tok-arg")

    await resolve(client.models.retrieve("claude-opus-4"))

    assert server.requests[0].headers["authorization"] == "Bearer tok-arg"


async def test_env_api_key_beats_env_auth_token(
    make_client: MakeClient, server: StandIn, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("ANTHROPIC_API_KEY", "sk-env-key")
    monkeypatch.setenv("ANTHROPIC_AUTH_TOKEN", "tok-env")
    client = make_client(api_key=None)

    await resolve(client.models.retrieve("claude-opus-4"))

    headers = server.requests[0].headers
    assert headers["x-api-key"] == "sk-env-key"
    assert "authorization" not in headers


async def test_empty_environment_values_count_as_unset(
    make_client: MakeClient, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("ANTHROPIC_API_KEY", "")
    monkeypatch.setenv("ANTHROPIC_BASE_URL", "")
    client = make_client(api_key=None, base_url=None)

    assert client.config.api_key is None
    assert client.config.base_url == "https://api.anthropic.com"


async def test_no_credentials_fail_at_call_time(make_client: MakeClient, server: StandIn) -> None:
    client = make_client(api_key=None)  # construction succeeds

    with pytest.raises(claude.ConfigurationError) as info:
        await resolve(client.messages.create(**CREATE))

    message = str(info.value)
    assert "ANTHROPIC_API_KEY" in message
    assert "ANTHROPIC_AUTH_TOKEN" in message
    assert message == (
        "No credentials: pass api_key= or auth_token=, or set the ANTHROPIC_API_KEY or "
        "ANTHROPIC_AUTH_TOKEN environment variable."
    )
    assert isinstance(info.value, claude.ClaudeError)
    assert server.requests == []


async def test_credentials_in_default_headers_are_enough(
    make_client: MakeClient, server: StandIn
) -> None:
    client = make_client(api_key=None, default_headers={"X-Api-Key": "sk-header-key"})

    await resolve(client.models.retrieve("claude-opus-4"))

    assert server.requests[0].headers["x-api-key"] == "sk-header-key"


# --- base URL ------------------------------------------------------------------------------


async def test_base_url_from_the_environment(
    make_client: MakeClient, server: StandIn, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("ANTHROPIC_BASE_URL", server.base_url)
    client = make_client(base_url=None)

    model = await resolve(client.models.retrieve("claude-opus-4"))

    assert model.id == "claude-opus-4-20250514"
    assert client.config.base_url == server.base_url
    assert len(server.requests) == 1


async def test_base_url_argument_beats_the_environment(
    make_client: MakeClient, server: StandIn, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("ANTHROPIC_BASE_URL", DEAD_URL)
    client = make_client(base_url=server.base_url + "/")  # a trailing slash is dropped

    await resolve(client.models.retrieve("claude-opus-4"))

    assert client.config.base_url == server.base_url
    assert server.requests[0].path == "/v1/models/claude-opus-4"


async def test_base_url_default(make_client: MakeClient) -> None:
    client = make_client(base_url=None)
    assert client.config.base_url == "https://api.anthropic.com"


# --- other defaults ------------------------------------------------------------------------


async def test_defaults(make_client: MakeClient) -> None:
    config = make_client().config

    assert config.api_version == "2023-06-01"
    assert config.timeout == httpx.Timeout(600.0, connect=5.0)
    assert config.max_retries == 2
    assert config.betas == ()
    assert config.default_headers == ()
    assert config.auth_token is None
    assert config.api_key == Secret(API_KEY)


@pytest.mark.parametrize(
    ("timeout", "expected"),
    [
        (30, httpx.Timeout(30.0, connect=5.0)),
        (2.5, httpx.Timeout(2.5, connect=2.5)),
        (httpx.Timeout(9, read=20), httpx.Timeout(9, read=20)),
        (None, httpx.Timeout(600.0, connect=5.0)),
    ],
)
async def test_timeout_argument(make_client: MakeClient, timeout: Any, expected: Any) -> None:
    assert make_client(timeout=timeout).config.timeout == expected


async def test_owned_pool_uses_the_client_timeout(make_client: MakeClient) -> None:
    client = make_client(timeout=42)
    assert client._http.timeout == httpx.Timeout(42.0, connect=5.0)


@pytest.mark.parametrize("bad", [-1, True])
async def test_max_retries_must_be_a_non_negative_int(make_client: MakeClient, bad: Any) -> None:
    with pytest.raises(ValueError, match="max_retries must be a non-negative int"):
        make_client(max_retries=bad)


@pytest.mark.parametrize("bad", [-2, True, 1.5])
async def test_per_call_max_retries_is_checked(client: Any, server: StandIn, bad: Any) -> None:
    with pytest.raises(ValueError, match=f"max_retries must be a non-negative int, got {bad}"):
        await resolve(client.messages.create(**CREATE, max_retries=bad))
    assert server.requests == []


async def test_config_is_frozen(client: Any) -> None:
    with pytest.raises(AttributeError):
        client.config.max_retries = 5
