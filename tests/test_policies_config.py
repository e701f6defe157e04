"""Policy options: validation, zero cost when off, configuration files and reloads, curl."""

from __future__ import annotations

import os
import shlex
import shutil
import subprocess
import sys
import textwrap
from pathlib import Path
from typing import Any

import claude
import httpx
import pytest
from claude import _config
from claude._policies import settings
from claude.testing import StandIn
from conftest import API_KEY, CREATE, MakeClient, resolve

pytestmark = pytest.mark.anyio


def test_option_names_agree() -> None:
    assert _config._POLICY_OPTIONS == settings.POLICY_OPTIONS
    assert set(_config.ClientOptions.__annotations__) >= settings.POLICY_OPTIONS


def test_off_by_default_and_not_imported() -> None:
    code = textwrap.dedent("""
        import sys, claude
        from claude.testing import StandIn
        with StandIn() as server, claude.Client(api_key="k", base_url=server.base_url) as client:
            assert client.config.policies is None
            assert type(client._http._transport.transport).__name__ == "HTTPTransport"
            ask = {"model": "m", "max_tokens": 5, "messages": [{"role": "user", "content": "hi"}]}
            client.messages.create(**ask)
            with client.messages.stream(**ask) as stream:
                stream.get_final_message()
        print(sorted(m for m in sys.modules if m.startswith("claude._policies")))
    """)
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "[]"


@pytest.mark.parametrize(
    ("options", "message"),
    [
        ({"circuit_breaker": "yes"}, "circuit_breaker must be a claude.CircuitBreaker"),
        ({"rate_limit": 5}, "rate_limit must be a claude.RateLimit"),
        ({"usage": {}}, "usage must be a claude.UsageTracker"),
        ({"event_hooks": {"request": [1]}}, "event_hooks.request.0 is not callable"),
        ({"event_hooks": {"sent": []}}, "unknown event"),
        ({"compress_requests": -1}, "compress_requests must be"),
        ({"reload_interval": 1.0}, "reload_interval needs config_file"),
        ({"config_file": 3}, "config_file must be a path"),
    ],
)
def test_bad_policy_options_are_named(options: dict[str, Any], message: str) -> None:
    with pytest.raises(ValueError, match=message):
        claude.Client(api_key="k", **options)


@pytest.mark.parametrize(
    ("build", "message"),
    [
        (lambda: claude.CircuitBreaker(failure_threshold=0), "failure_threshold must be an int"),
        (lambda: claude.CircuitBreaker(failure_rate=1.5), "failure_rate must be within"),
        (lambda: claude.CircuitBreaker(open_for=0), "open_for must be a positive"),
        (lambda: claude.RateLimit(requests_per_minute=-1), "requests_per_minute must be"),
        (lambda: claude.RateLimit(margin=99), "margin must be within"),
        (lambda: claude.Failover([]), "base_urls must not be empty"),
        (lambda: claude.Failover("http://a"), "must be a list of URLs"),
        (lambda: claude.Failover(["ftp://a"]), r"base_urls\.0 must be an http"),
        (lambda: claude.Failover(["http://a", "http://a/"]), "duplicates"),
        (lambda: claude.Failover(["http://a"], strategy="fastest"), "strategy must be one of"),  # type: ignore[arg-type]
        (lambda: claude.UsageTracker(max_cost=1), "needs a price table"),
        (lambda: claude.UsageTracker({"m": 3}), "usage.prices.m must be a claude.Price"),  # type: ignore[dict-item]
    ],
)
def test_bad_policy_settings_are_named(build: Any, message: str) -> None:
    with pytest.raises(ValueError, match=message):
        build()


def test_failover_sets_base_url_and_refuses_a_different_one() -> None:
    client = claude.Client(api_key="k", failover=claude.Failover(["http://a:1/", "http://b:2"]))
    assert client.config.base_url == "http://a:1"
    with pytest.raises(ValueError, match=r"base_url must be failover.base_urls\[0\]"):
        claude.Client(api_key="k", base_url="http://c", failover=claude.Failover(["http://a"]))


def test_with_options_keeps_policies_and_refuses_new_ones() -> None:
    client = claude.Client(api_key="k", circuit_breaker=True)
    clone = client.with_options(timeout=3)
    assert clone.config.policies is client.config.policies
    with pytest.raises(ValueError, match="rate_limit: policies belong to the connection pool"):
        client.with_options(rate_limit=claude.RateLimit())
    failing_over = claude.Client(api_key="k", failover=claude.Failover(["http://a", "http://b"]))
    with pytest.raises(ValueError, match="base_url: policies belong"):
        failing_over.with_options(base_url="http://c")


async def test_policies_on_an_injected_http_client(mode: str, server: StandIn) -> None:
    tracker = claude.UsageTracker()
    if mode == "sync":
        with httpx.Client() as http:
            client = claude.Client(
                api_key=API_KEY, base_url=server.base_url, http_client=http, usage=tracker
            )
            client.messages.create(**CREATE)
    else:
        async with httpx.AsyncClient() as ahttp:
            aclient = claude.AsyncClient(
                api_key=API_KEY, base_url=server.base_url, http_client=ahttp, usage=tracker
            )
            await aclient.messages.create(**CREATE)
    assert tracker.total.requests == 1


# -- configuration files ------------------------------------------------------------------


def _write(path: Path, text: str) -> None:
    path.write_text(textwrap.dedent(text))
    stat = path.stat()  # a new mtime even within the file system's time resolution
    os.utime(
        path, ns=(stat.st_atime_ns, stat.st_mtime_ns + 1_000_000_000 * (1 + path.stat().st_size))
    )


def test_options_from_a_toml_file(tmp_path: Path, server: StandIn) -> None:
    path = tmp_path / "claude.toml"
    _write(
        path,
        f"""
        base_url = "{server.base_url}"
        timeout = 30
        max_retries = 4
        betas = ["b1"]
        compress_requests = 50

        [default_headers]
        x-team = "search"

        [circuit_breaker]
        failure_threshold = 3

        [rate_limit]
        requests_per_minute = 600

        [usage]
        max_tokens = 1000
        [usage.prices."claude-sonnet-4-5"]
        input = 3.0
        output = 15.0
    """,
    )
    client = claude.Client(api_key=API_KEY, config_file=path, max_retries=1)
    config = client.config
    assert (config.base_url, config.timeout.read, config.max_retries) == (server.base_url, 30, 1)
    assert config.betas == ("b1",)
    policies = config.policies
    assert policies is not None
    assert policies.circuit_breaker == claude.CircuitBreaker(failure_threshold=3)
    assert policies.rate_limit == claude.RateLimit(requests_per_minute=600)
    assert policies.usage is not None
    assert policies.usage.max_tokens == 1000
    assert policies.compress_above == 50
    assert API_KEY not in repr(config)
    assert API_KEY not in repr(policies)
    client.messages.create(**CREATE)
    assert server.requests[-1].headers["x-team"] == "search"
    assert server.requests[-1].headers["content-encoding"] == "gzip"
    assert claude.load_options(path)["max_retries"] == 4


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ('api_key = "sk"', "credentials do not belong in a file"),
        ("colour = 1", "unknown key 'colour'"),
        ('timeout = "long"', "timeout: wrong type str"),
        ("max_retries = true", "max_retries: wrong type bool"),
        ("[circuit_breaker]\nthreshold = 1", r"\[circuit_breaker\]: .*threshold"),
        (
            "[rate_limit]\nrequests_per_minute = -5",
            r"\[rate_limit\]: rate_limit.requests_per_minute",
        ),
        ("betas = [1]", "betas must be a list of strings"),
        ("timeout = ", "cannot read the configuration"),
    ],
)
def test_bad_files_are_named(tmp_path: Path, text: str, message: str) -> None:
    path = tmp_path / "bad.toml"
    path.write_text(text)
    with pytest.raises(claude.ConfigReloadError, match=message) as caught:
        claude.Client(api_key="k", config_file=path)
    assert str(path) in str(caught.value)
    assert isinstance(caught.value, claude.ConfigurationError)


async def test_reload_applies_a_changed_file(
    make_client: MakeClient, server: StandIn, tmp_path: Path
) -> None:
    from claude.testing import ErrorReply

    path = tmp_path / "claude.toml"
    _write(path, "max_retries = 0\n")
    client = make_client(config_file=path, reload_interval=0.01)
    server.queue("messages.create", ErrorReply(500))
    with pytest.raises(claude.InternalServerError):
        await resolve(client.messages.create(**CREATE))
    _write(path, "max_retries = 1\n[circuit_breaker]\nfailure_threshold = 1\nopen_for = 60\n")
    claude.reload_config(client)
    assert client.config.max_retries == 1
    server.queue("messages.create", ErrorReply(500), ErrorReply(500))
    with pytest.raises(claude.CircuitOpenError):  # one failure opened it: the retry failed fast
        await resolve(client.messages.create(**CREATE))
    assert len(server.requests) == 2


async def test_reload_on_change_during_requests(
    make_client: MakeClient, server: StandIn, tmp_path: Path
) -> None:
    import time

    path = tmp_path / "claude.toml"
    _write(path, "max_retries = 0\ntimeout = 20\n")
    client = make_client(config_file=path, reload_interval=0.01)
    await resolve(client.messages.create(**CREATE))
    _write(path, "max_retries = 3\ntimeout = 20\n")
    time.sleep(0.02)
    await resolve(client.messages.create(**CREATE))  # this request notices the change
    assert client.config.max_retries == 3


async def test_a_bad_reload_changes_nothing(
    make_client: MakeClient, server: StandIn, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    import time

    path = tmp_path / "claude.toml"
    base = f'base_url = "{server.base_url}"\n'
    _write(path, base + "max_retries = 1\n[rate_limit]\nrequests_per_minute = 600\n")
    client = make_client(base_url=None, config_file=path, reload_interval=0.01)
    before = (client.config, client._http._transport.transport.runtime.state)
    for text, message in (
        (base + "max_retries = 5\n[rate_limit]\nrequests_per_minute = -1\n", "per_minute"),
        (base + 'max_retries = 5\napi_version = "2099-01-01"\n', "api_version cannot change"),
        (f'base_url = "{server.base_url}/v2"\n', "base_url cannot change"),
    ):
        _write(path, text)
        with pytest.raises(claude.ConfigReloadError, match=message):
            claude.reload_config(client)
        assert (client.config, client._http._transport.transport.runtime.state) == before
    _write(path, base + "max_retries = 7\n[rate_limit]\nrequests_per_minute = -1\n")
    time.sleep(0.02)
    with caplog.at_level("WARNING", logger="claude"):
        await resolve(client.messages.create(**CREATE))  # the automatic reload fails quietly
    assert client.config.max_retries == 1
    assert "configuration not reloaded" in caplog.text


def test_reload_config_needs_a_watched_file() -> None:
    with pytest.raises(claude.ConfigReloadError, match="not built with config_file"):
        claude.reload_config(claude.Client(api_key="k"))


# -- curl ---------------------------------------------------------------------------------


def _replay(command: str) -> httpx.Response:
    """Send what a curl command says, parsed the way a shell would (variables expanded)."""
    words = [os.path.expandvars(word) if "$ANTHROPIC_" in word else word
             for word in shlex.split(command)]  # fmt: skip
    method, url, headers, data = "GET", "", [], None
    index = 1
    while index < len(words):
        word = words[index]
        if word == "-X":
            method, index = words[index + 1], index + 2
        elif word == "-H":
            name, _, value = words[index + 1].partition(": ")
            headers.append((name, value))
            index += 2
        elif word == "--data-binary":
            data, index = words[index + 1].encode(), index + 2
        elif word.startswith("-"):
            index += 1
        else:
            url, index = word, index + 1
    return httpx.request(method, url, headers=headers, content=data)


def test_curl_replays_the_same_request(server: StandIn, monkeypatch: pytest.MonkeyPatch) -> None:
    captured: list[httpx.Request] = []
    hooks = {"request": [captured.append]}
    with claude.Client(
        api_key=API_KEY, base_url=server.base_url, event_hooks=hooks, compress_requests=10
    ) as client:
        client.messages.create(**CREATE, betas=["b-1"])
    command = claude.as_curl(captured[0])
    assert API_KEY not in command
    assert '"x-api-key: $ANTHROPIC_API_KEY"' in command
    monkeypatch.setenv("ANTHROPIC_API_KEY", API_KEY)
    replayed = _replay(command)
    assert replayed.status_code == 200
    original, again = server.requests[0], server.requests[1]
    assert again.json == original.json == CREATE
    for name in ("x-api-key", "anthropic-version", "anthropic-beta", "content-type"):
        assert again.headers[name] == original.headers[name]
    if shutil.which("curl"):  # the real thing too, when the machine has it
        done = subprocess.run(
            ["sh", "-c", command], capture_output=True, text=True, timeout=30, check=True,
            env={**os.environ, "ANTHROPIC_API_KEY": API_KEY},
        )  # fmt: skip
        assert '"type":"message"' in done.stdout.replace(" ", "")
        assert server.requests[2].json == CREATE


def test_curl_redacts_every_credential() -> None:
    request = httpx.Request(
        "GET",
        "https://api.example/v1/models",
        headers={"authorization": "Bearer tok-SECRET", "proxy-authorization": "Basic SECRET"},
    )
    command = claude.as_curl(request)
    assert "SECRET" not in command
    assert '"authorization: Bearer $ANTHROPIC_AUTH_TOKEN"' in command
    assert "'proxy-authorization: [redacted]'" in command


def test_curl_of_an_error_and_of_bad_input(server: StandIn) -> None:
    from claude.testing import ErrorReply

    server.queue("messages.create", ErrorReply(400))
    with (
        claude.Client(api_key=API_KEY, base_url=server.base_url) as client,
        pytest.raises(claude.BadRequestError) as caught,
    ):
        client.messages.create(**CREATE)
    command = claude.as_curl(caught.value)  # an error carries its request
    assert command.startswith(f"curl -sS -X POST {server.base_url}/v1/messages")
    with pytest.raises(TypeError, match=r"needs an httpx\.Request"):
        claude.as_curl("GET /")
    streamed = httpx.Request("POST", "http://x", content=iter([b"a"]))
    assert "streamed body not shown" in claude.as_curl(streamed)


def test_curl_hook_logs_at_debug(server: StandIn, caplog: pytest.LogCaptureFixture) -> None:
    with (
        caplog.at_level("DEBUG", logger="claude"),
        claude.Client(
            api_key=API_KEY, base_url=server.base_url, event_hooks={"request": claude.curl_hook()}
        ) as client,
    ):
        client.models.list(limit=1).pages().__next__()
    assert "curl -sS -X GET" in caplog.text
    assert API_KEY not in caplog.text
