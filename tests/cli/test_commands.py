"""ask, models, tokens, exit codes, the entry points and the import cost guard."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
from pathlib import Path

import orjson
import pytest
from claude.testing import ErrorReply, MessageReply, StandIn

from .conftest import MODEL


def _lines(text: str) -> list[str]:
    return [line for line in text.splitlines() if line]


def test_import_claude_loads_no_cli_library() -> None:
    code = (
        "import sys, claude, claude.__main__\n"
        "heavy = sorted(m for m in sys.modules if m.split('.')[0] in ('click', 'rich', 'typer')"
        " or m.startswith('claude.cli'))\n"
        "print(heavy)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"


def test_missing_extra_is_one_clear_line() -> None:
    code = (
        "import sys; sys.modules['click'] = None\n"
        "from claude.cli import main; raise SystemExit(main(['ask', 'hi']))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert out.returncode == 2
    assert "pip install 'claude-openapi[cli]'" in out.stderr
    assert "Traceback" not in out.stderr


def test_console_script_and_module_entry(cli_env: dict[str, str]) -> None:
    script = Path(sys.executable).parent / "claude"
    env = {**os.environ, **cli_env}
    for command in ([str(script)], [sys.executable, "-m", "claude"]):
        out = subprocess.run([*command, "--help"], capture_output=True, text=True, env=env)
        assert out.returncode == 0, out.stderr
        for name in ("ask", "chat", "models", "tokens", "batch"):
            assert name in out.stdout
    out = subprocess.run([str(script), "ask", "over TCP"], capture_output=True, text=True, env=env)
    assert (out.returncode, out.stdout) == (0, "Echo: over TCP\n")


def test_ask_streams_the_reply(cli, server: StandIn) -> None:
    result = cli("ask", "hello there", "--system", "be brief", "--max-tokens", "50")
    assert (result.code, result.out) == (0, "Echo: hello there\n")
    body = server.requests[-1].json
    assert body["stream"] is True
    assert body["system"] == "be brief"
    assert (body["model"], body["max_tokens"]) == (MODEL, 50)
    assert body["messages"] == [{"role": "user", "content": "hello there"}]


def test_ask_reads_stdin_and_prints_json(cli, server: StandIn) -> None:
    result = cli("ask", "--json", "--model", "claude-opus-4-1", input="from stdin\n")
    assert result.code == 0
    message = json.loads(result.out)
    assert message["content"][0]["text"] == "Echo: from stdin"
    assert message["model"] == "claude-opus-4-1"
    assert "stream" not in server.requests[-1].json


def test_ask_model_from_environment(cli, server: StandIn, monkeypatch) -> None:
    monkeypatch.setenv("CLAUDE_MODEL", "claude-opus-4")
    assert cli("ask", "x").code == 0
    assert server.requests[-1].json["model"] == "claude-opus-4"


def test_ask_api_error_exit_1_with_request_id(cli, server: StandIn) -> None:
    server.queue("messages.create", ErrorReply(400, "invalid_request_error", "prompt is bad"))
    result = cli("ask", "x")
    assert result.code == 1
    assert "400 invalid_request_error: prompt is bad" in result.err
    assert f"request id: {server.requests[-1].request_id}" in result.err


def test_ask_error_event_mid_stream_is_an_api_error(cli, server: StandIn) -> None:
    server.queue("messages.create", MessageReply(error_after=4, error_type="overloaded_error"))
    result = cli("ask", "a longer prompt to stream")
    assert result.code == 1
    assert "overloaded_error" in result.err


@pytest.mark.parametrize(
    "args", [("ask", ""), ("ask", "x", "--max-tokens", "0"), ("ask", "--bogus"), ("nope",)]
)
def test_usage_errors_exit_2(cli, server: StandIn, args: tuple[str, ...]) -> None:
    result = cli(*args, input="")
    assert result.code == 2
    assert not [r for r in server.requests if r.operation == "messages.create"]


def test_missing_key_is_a_usage_error(cli, monkeypatch) -> None:
    monkeypatch.delenv("ANTHROPIC_API_KEY")
    result = cli("ask", "x")
    assert result.code == 2
    assert "ANTHROPIC_API_KEY" in result.err


def test_auth_token_from_environment(cli, server: StandIn, monkeypatch) -> None:
    monkeypatch.delenv("ANTHROPIC_API_KEY")
    monkeypatch.setenv("ANTHROPIC_AUTH_TOKEN", "tok-SECRET-123")
    assert cli("ask", "x").code == 0
    assert server.requests[-1].headers["authorization"] == "Bearer tok-SECRET-123"


def test_the_key_is_never_echoed(cli, make_standin, monkeypatch) -> None:
    strict = make_standin(api_key="the-right-key")
    monkeypatch.setenv("ANTHROPIC_BASE_URL", strict.base_url)
    monkeypatch.setenv("ANTHROPIC_API_KEY", "sk-ant-WRONG-SECRET")
    result = cli("ask", "x")
    assert result.code == 1
    assert "401 authentication_error" in result.err
    assert "WRONG-SECRET" not in result.err + result.out


def test_ask_interrupted_exits_130(cli_env: dict[str, str], server: StandIn) -> None:
    long_text = "word " * 200
    message = {
        "id": "msg_1",
        "type": "message",
        "role": "assistant",
        "model": MODEL,
        "content": [{"type": "text", "text": long_text}],
        "stop_reason": "end_turn",
        "stop_sequence": None,
        "usage": {"input_tokens": 1, "output_tokens": 200},
    }
    server.queue("messages.create", MessageReply(message=message, event_pause=0.05))
    process = subprocess.Popen(
        [sys.executable, "-m", "claude", "ask", "go"],
        env={**os.environ, **cli_env},
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    assert process.stdout is not None
    assert process.stdout.read(4) == b"word"  # streaming has begun
    process.send_signal(signal.SIGINT)
    out, err = process.communicate(timeout=30)
    assert process.returncode == 130
    assert b"interrupted" in err
    assert len(out) < len(long_text)


def test_models_list_and_get(cli, server: StandIn) -> None:
    result = cli("models", "list")
    assert result.code == 0
    rows = [line.split("\t") for line in _lines(result.out)]
    assert rows[0] == ["claude-sonnet-4-5-20250929", "Claude Sonnet 4.5", "2025-09-29"]
    assert len(rows) == 5
    as_json = [json.loads(line) for line in _lines(cli("models", "list", "--json").out)]
    assert [m["id"] for m in as_json] == [r[0] for r in rows]
    got = cli("models", "get", "claude-opus-4-1")
    assert json.loads(got.out)["id"] == "claude-opus-4-1-20250805"
    missing = cli("models", "get", "no-such-model")
    assert missing.code == 1
    assert "404 not_found_error" in missing.err
    assert "request id: req_" in missing.err


def test_models_list_follows_pages(cli, make_standin, monkeypatch) -> None:
    catalogue = [
        {
            "type": "model",
            "id": f"m-{i:03d}",
            "display_name": f"M {i}",
            "created_at": "2025-01-01T00:00:00Z",
            "lifecycle": "active",
            "max_input_tokens": 1000,
            "max_tokens": 100,
        }
        for i in range(150)
    ]
    big = make_standin(models=catalogue)
    monkeypatch.setenv("ANTHROPIC_BASE_URL", big.base_url)
    rows = _lines(cli("models", "list").out)
    assert [r.split("\t")[0] for r in rows] == [m["id"] for m in catalogue]
    assert len([r for r in big.requests if r.operation == "models.list"]) == 2


def test_tokens_count_request_file_prompt_and_stdin(cli, server: StandIn, tmp_path: Path) -> None:
    create = {
        "model": MODEL,
        "max_tokens": 100,
        "temperature": 0.5,
        "messages": [{"role": "user", "content": "count these words"}],
    }
    path = tmp_path / "request.json"
    path.write_bytes(orjson.dumps(create))
    result = cli("tokens", "count", str(path))
    assert result.code == 0
    body = server.requests[-1].json
    assert body == {"model": MODEL, "messages": create["messages"]}  # generation fields dropped
    expected = len(orjson.dumps({"messages": create["messages"]}, option=orjson.OPT_SORT_KEYS))
    assert int(result.out) == max(1, expected // 4)
    counted = cli("tokens", "count", "-", "--json", input=json.dumps(body))
    assert json.loads(counted.out) == {"input_tokens": int(result.out)}
    prompt = cli("tokens", "count", "-", "--model", "claude-opus-4", input="just a prompt\n")
    assert prompt.code == 0
    assert server.requests[-1].json == {
        "model": "claude-opus-4",
        "messages": [{"role": "user", "content": "just a prompt\n"}],
    }


def test_tokens_count_invalid_input_exit_3(cli, server: StandIn, tmp_path: Path) -> None:
    assert cli("tokens", "count", "-", input="   ").code == 3
    bad = cli("tokens", "count", "-", input=json.dumps({"model": MODEL, "messages": "x"}))
    assert bad.code == 3
    assert "messages" in bad.err
    assert not [r for r in server.requests if r.operation == "messages.count_tokens"]
    assert cli("tokens", "count", str(tmp_path / "absent.json")).code == 2


def test_console_script_and_extra_are_declared() -> None:
    from importlib import metadata

    scripts = {ep.name: ep.value for ep in metadata.entry_points(group="console_scripts")}
    assert scripts["claude"] == "claude.cli:main"
    requires = metadata.requires("claude-openapi") or []
    cli_requires = sorted(r.split(">")[0] for r in requires if r.endswith("extra == 'cli'"))
    assert cli_requires == ["click", "rich"]
