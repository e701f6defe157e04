"""Running the ``claude`` command line against the stand-in: in this process (fast, for most
tests) or as a subprocess (``python -m claude``, for signals, terminals and crashes)."""

from __future__ import annotations

import os
import shlex
import subprocess
import sys
import time
import uuid
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import orjson
import pytest
from claude.cli import main
from claude.testing import StandIn

API_KEY = "sk-ant-test-SECRET"

MODEL = "claude-sonnet-4-5"


@dataclass
class Result:
    code: int
    out: str
    err: str


@pytest.fixture
def cli_env(server: StandIn, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> dict[str, str]:
    """The environment of a command run: key and base URL for the stand-in, state in tmp."""
    env = {
        "ANTHROPIC_API_KEY": API_KEY,
        "ANTHROPIC_BASE_URL": server.base_url,
        "XDG_STATE_HOME": str(tmp_path / "state"),
        "CLAUDE_RETRY_TESTING": "1",
    }
    for name, value in env.items():
        monkeypatch.setenv(name, value)
    monkeypatch.delenv("CLAUDE_CLI_TEST_KILL_AT", raising=False)
    monkeypatch.delenv("CLAUDE_MODEL", raising=False)
    monkeypatch.chdir(tmp_path)
    return env


@pytest.fixture
def cli(cli_env: dict[str, str], capfd: pytest.CaptureFixture[str]) -> Callable[..., Result]:
    """Run the command line in this process: ``cli("ask", "hi", input="...")``."""

    def run(*args: str, input: str | None = None) -> Result:
        capfd.readouterr()
        if input is not None:
            stdin = sys.stdin
            sys.stdin = _StdinText(input)
        try:
            code = main(list(args))
        finally:
            if input is not None:
                sys.stdin = stdin
        captured = capfd.readouterr()
        return Result(code, captured.out, captured.err)

    return run


class _StdinText:
    """A stdin stand-in with ``read``, ``readline`` and ``isatty``."""

    def __init__(self, text: str) -> None:
        import io

        self._io = io.StringIO(text)
        self.buffer = io.BytesIO(text.encode())

    def read(self, size: int = -1) -> str:
        return self._io.read(size)

    def readline(self) -> str:
        return self._io.readline()

    def isatty(self) -> bool:
        return False


@pytest.fixture
def cli_process(cli_env: dict[str, str]) -> Callable[..., subprocess.CompletedProcess[str]]:
    """Run ``python -m claude ARGS`` as a subprocess with the test environment (plus *env*)."""

    def run(
        *args: str,
        env: Mapping[str, str] | None = None,
        input: str | None = None,
        timeout: float = 60,
    ) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [sys.executable, "-m", "claude", *args],
            env={**os.environ, **cli_env, **(env or {})},
            input=input if input is not None else "",
            capture_output=True,
            text=True,
            timeout=timeout,
            check=False,
        )

    return run


def request_line(index: int, *, custom_id: str | None = None, text: str | None = None) -> bytes:
    """One batch request line."""
    return (
        orjson.dumps(
            {
                "custom_id": custom_id or f"req-{index:04d}",
                "params": {
                    "model": MODEL,
                    "max_tokens": 32,
                    "messages": [{"role": "user", "content": text or f"question {index}"}],
                },
            }
        )
        + b"\n"
    )


def write_requests(path: Path, count: int, **kwargs: Any) -> list[bytes]:
    """Write *count* request lines to *path*; return them."""
    lines = [request_line(i, **kwargs) for i in range(count)]
    path.write_bytes(b"".join(lines))
    return lines


def creates(server: StandIn) -> list[Any]:
    """The batch create requests the stand-in answered with a batch (their JSON bodies)."""
    return [r.json for r in server.requests if r.operation == "batches.create"]


def batch_custom_ids(server: StandIn) -> list[list[str]]:
    """Custom ids of each batch the stand-in holds, oldest first."""
    return [server.batch_custom_ids(batch["id"]) for batch in server.batches()]


def iter_lines(path: Path) -> Iterator[dict[str, Any]]:
    with path.open("rb") as file:
        for line in file:
            yield orjson.loads(line)


class Terminal:
    """A tmux session running one command, read with capture-pane."""

    def __init__(self, command: str, env: dict[str, str]) -> None:
        self.name = f"claude-test-{uuid.uuid4().hex[:8]}"
        exports = " ".join(f"{k}={shlex.quote(v)}" for k, v in env.items())
        subprocess.run(
            [
                "tmux",
                "new-session",
                "-d",
                "-s",
                self.name,
                "-x",
                "120",
                "-y",
                "40",
                f"env {exports} {command}; sleep 30",
            ],
            check=True,
        )

    def screen(self) -> str:
        return subprocess.run(
            ["tmux", "capture-pane", "-p", "-J", "-S", "-200", "-t", self.name],
            capture_output=True,
            text=True,
            check=True,
        ).stdout

    def keys(self, *keys: str) -> None:
        subprocess.run(["tmux", "send-keys", "-t", self.name, *keys], check=True)

    def wait_for(self, text: str, *, count: int = 1, timeout: float = 30) -> str:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            screen = self.screen()
            if screen.count(text) >= count:
                return screen
            time.sleep(0.05)
        raise AssertionError(f"{text!r} (x{count}) never appeared on screen:\n{self.screen()}")

    def wait_until_exited(self, timeout: float = 30) -> None:
        """Wait until the command has ended (the pane then runs the trailing ``sleep``)."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            shown = subprocess.run(
                ["tmux", "list-panes", "-t", self.name, "-F", "#{pane_current_command}"],
                capture_output=True, text=True, check=True,
            ).stdout.strip()  # fmt: skip
            if shown == "sleep":
                return
            time.sleep(0.05)
        raise AssertionError(f"the command did not exit:\n{self.screen()}")

    def close(self) -> None:
        subprocess.run(["tmux", "kill-session", "-t", self.name], check=False)
