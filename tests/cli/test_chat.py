"""claude chat: piped (plain text) and in a real terminal through tmux."""

from __future__ import annotations

import json
import os
import shlex
import shutil
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from claude.testing import ErrorReply, MessageReply, StandIn

from .conftest import MODEL, Terminal


def _creates(server: StandIn) -> list[dict]:
    return [r.json for r in server.requests if r.operation == "messages.create"]


def _texts(message: dict) -> list[str]:
    content = message["content"]
    if isinstance(content, str):
        return [content]
    return [block["text"] for block in content]


def test_piped_chat_keeps_history_and_caches_the_prefix(cli, server: StandIn) -> None:
    result = cli("chat", "--system", "be brief", input="hello\n\n**second** question\n")
    assert result.code == 0
    assert result.out == "Echo: hello\nEcho: **second** question\n"  # piped: plain text
    first, second = _creates(server)
    assert first["stream"] is True
    assert first["system"] == "be brief"
    assert [m["role"] for m in second["messages"]] == ["user", "assistant", "user"]
    assert [_texts(m) for m in second["messages"]] == [
        ["hello"],
        ["Echo: hello"],
        ["**second** question"],
    ]
    latest = second["messages"][-1]["content"][-1]
    assert latest["cache_control"] == {"type": "ephemeral", "ttl": "5m"}
    assert "cache_control" not in json.dumps(second["messages"][:-1])  # marks never pile up


def test_save_and_load(cli, server: StandIn, tmp_path: Path) -> None:
    saved = cli("chat", input="remember me\n/save talk.json\n/exit\nnot sent\n")
    assert "saved 2 messages to talk.json" in saved.out
    data = json.loads((tmp_path / "talk.json").read_text())
    assert data["model"] == MODEL
    assert [_texts(m) for m in data["messages"]] == [["remember me"], ["Echo: remember me"]]
    loaded = cli("chat", "--load", "talk.json", input="and now?\n")
    assert loaded.code == 0
    assert [_texts(m) for m in _creates(server)[-1]["messages"]] == [
        ["remember me"],
        ["Echo: remember me"],
        ["and now?"],
    ]
    again = cli("chat", input="/load talk.json\n/load missing.json\n/save\n/clear\nfresh\n")
    assert "loaded 2 messages from talk.json" in again.out
    assert "cannot load missing.json" in again.err
    assert "/save needs a file name" in again.err
    assert [_texts(m) for m in _creates(server)[-1]["messages"]] == [["fresh"]]
    assert cli("chat", "--load", "bad.json").code == 2  # click: no such file


def test_api_error_keeps_the_conversation(cli, server: StandIn) -> None:
    server.queue("messages.create", MessageReply(), ErrorReply(400, "invalid_request_error", "no"))
    result = cli("chat", input="one\ntwo\nthree\n")
    assert result.code == 0
    assert "400 invalid_request_error: no" in result.err
    assert "request id: req_" in result.err
    assert [_texts(m) for m in _creates(server)[-1]["messages"]] == [
        ["one"],
        ["Echo: one"],
        ["three"],
    ]


# -- a real terminal ------------------------------------------------------------------------

LONG = " ".join(f"word{i}" for i in range(400))


@pytest.fixture
def terminal(cli_env: dict[str, str]) -> Iterator[Terminal]:
    assert shutil.which("tmux"), "tmux is needed (.ci/run installs it)"
    env = {**cli_env, "PATH": os.environ["PATH"], "TERM": "xterm-256color"}
    term = Terminal(f"{shlex.quote(sys.executable)} -m claude chat", env)
    yield term
    term.close()


def test_chat_in_a_terminal_streams_and_ctrl_c_keeps_the_conversation(
    terminal: Terminal, server: StandIn
) -> None:
    terminal.wait_for("you> ")
    terminal.keys("hello **terminal**", "Enter")
    rendered = terminal.wait_for("Echo: hello terminal")  # markdown: the stars are styling
    assert "Echo: hello **terminal**" not in rendered
    terminal.wait_for("you> ", count=2)

    message = {
        "id": "msg_long",
        "type": "message",
        "role": "assistant",
        "model": MODEL,
        "content": [{"type": "text", "text": LONG}],
        "stop_reason": "end_turn",
        "stop_sequence": None,
        "usage": {"input_tokens": 5, "output_tokens": 400},
    }
    server.queue("messages.create", MessageReply(message=message, text_chunk=6, event_pause=0.05))
    terminal.keys("tell me a long story", "Enter")
    streaming = terminal.wait_for("word10 ")  # part of the reply is on screen...
    assert "word399" not in streaming  # ...before the rest has arrived
    terminal.keys("C-c")
    terminal.wait_for("[reply stopped; the conversation is kept]")
    terminal.wait_for("you> ", count=3)
    terminal.keys("and then?", "Enter")
    terminal.wait_for("Echo: and then?")

    history = _creates(server)[-1]["messages"]
    assert [m["role"] for m in history] == ["user", "assistant", "user", "assistant", "user"]
    assert _texts(history[0]) == ["hello **terminal**"]
    assert _texts(history[1]) == ["Echo: hello **terminal**"]
    partial = _texts(history[3])[0]
    assert LONG.startswith(partial)
    assert "word10" in partial
    assert len(partial) < len(LONG)
    assert _texts(history[4]) == ["and then?"]
    terminal.wait_for("you> ", count=4)
    terminal.keys("C-c")  # at the prompt: a fresh prompt, nothing sent
    terminal.wait_for("you> ", count=5)
    terminal.keys("/exit", "Enter")
    terminal.wait_until_exited()
    assert len(_creates(server)) == 3
