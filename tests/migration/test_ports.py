"""Ports of the official SDK's examples, run with only the import and the client class changed.

Method: every script in ``examples/`` is written for the official SDK (``import anthropic``,
``anthropic.Anthropic()``) and reads its base URL and key from ``ANTHROPIC_BASE_URL`` and
``ANTHROPIC_API_KEY``. For each one, two stand-ins get the same scripted replies
(:mod:`tests.migration.replies`); the script runs unchanged with the official SDK against the
first, and rewritten against the second. The rewrite is textual: ``import anthropic`` becomes
``import claude``, ``anthropic.Anthropic(`` becomes ``claude.Client(`` and
``anthropic.AsyncAnthropic(`` becomes ``claude.AsyncClient(``, and the test checks that no
other line changed: nothing else of a script is adapted.

The port runs in a subprocess (with a timeout); the official script runs in this process
meanwhile, with the same environment variables set (importing the official SDK takes seconds,
so it is imported once). Both must finish without an error, print the same lines, and send
the same requests: method, path, query and JSON body. Headers are not compared (user agents,
SDK telemetry and retry headers differ). The one normalisation of bodies is documented in
``docs/MIGRATING.md`` (:data:`NULLS_ITEM`): ``null`` members of the blocks of an assistant
turn are dropped on both sides, since this client leaves them out of a reply sent back.
"""

from __future__ import annotations

import contextlib
import io
import os
import re
import runpy
import subprocess
import sys
import traceback
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from claude.testing import StandIn

from .replies import REPLIES

EXAMPLES = Path(__file__).parent / "examples"
NAMES = sorted(path.stem for path in EXAMPLES.glob("*.py"))
MIGRATING = Path(__file__).parents[2] / "docs" / "MIGRATING.md"
TIMEOUT = 30.0
API_KEY = "sk-ant-migration-test"
#: The MIGRATING.md item on ``null`` members of reply blocks sent back.
NULLS_ITEM = 5

#: The whole migration: what MIGRATING.md's table of names says to change, nothing else.
IMPORT_LINE = ("import anthropic\n", "import claude\n")
CLIENT_CLASSES = (
    ("anthropic.Anthropic(", "claude.Client("),
    ("anthropic.AsyncAnthropic(", "claude.AsyncClient("),
)


@dataclass(frozen=True)
class Exchange:
    """What a request said, headers aside."""

    method: str
    path: str
    query: dict[str, str]
    body: Any


@dataclass(frozen=True)
class Run:
    """One finished script run and the requests its stand-in saw."""

    returncode: int
    stdout: str
    stderr: str
    requests: list[Exchange]


def rewrite_line(line: str) -> str:
    """*line* with the import and the client classes changed."""
    if line == IMPORT_LINE[0]:
        return IMPORT_LINE[1]
    for old, new in CLIENT_CLASSES:
        line = line.replace(old, new)
    return line


def port(source: str) -> str:
    """The script for this client: :func:`rewrite_line` on each line."""
    return "".join(rewrite_line(line) for line in source.splitlines(keepends=True))


def changed_lines(before: str, after: str) -> list[tuple[str, str]]:
    """The ``(before, after)`` pairs of lines that differ (same line count required)."""
    old, new = before.splitlines(keepends=True), after.splitlines(keepends=True)
    assert len(old) == len(new)
    return [(a, b) for a, b in zip(old, new, strict=True) if a != b]


def script_env(server: StandIn) -> dict[str, str]:
    """The variables a user would set to point a script at *server*."""
    return {"ANTHROPIC_BASE_URL": server.base_url, "ANTHROPIC_API_KEY": API_KEY}


def without_nulls(value: Any) -> Any:
    """*value* with every ``null`` member of its objects dropped, at any depth."""
    if isinstance(value, dict):
        return {k: without_nulls(v) for k, v in value.items() if v is not None}
    if isinstance(value, list):
        return [without_nulls(v) for v in value]
    return value


def normalised(body: Any) -> Any:
    """A request body with the blocks of its assistant turns :func:`without_nulls`."""
    if not isinstance(body, dict) or not isinstance(body.get("messages"), list):
        return body
    turns = [
        {**turn, "content": without_nulls(turn["content"])}
        if isinstance(turn, dict) and turn.get("role") == "assistant"
        else turn
        for turn in body["messages"]
    ]
    return {**body, "messages": turns}


def exchanges(server: StandIn) -> list[Exchange]:
    """Every request *server* saw, headers aside, bodies :func:`normalised`."""
    return [
        Exchange(r.method, r.path, dict(r.query), normalised(r.json) if r.body else None)
        for r in server.requests
    ]


def start(script: Path, server: StandIn) -> subprocess.Popen[str]:
    """Start *script* in a subprocess against *server*."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("ANTHROPIC_")}
    env.update(script_env(server), PYTHONDONTWRITEBYTECODE="1")
    return subprocess.Popen(
        [sys.executable, str(script)],
        env=env,
        cwd=script.parent,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def finish(process: subprocess.Popen[str], server: StandIn) -> Run:
    """Wait for *process* (killed after :data:`TIMEOUT`) and collect what it did."""
    try:
        stdout, stderr = process.communicate(timeout=TIMEOUT)
    except subprocess.TimeoutExpired:
        process.kill()
        stdout, stderr = process.communicate()
        stderr += f"\n(killed after {TIMEOUT} s)"
    return Run(process.returncode, stdout, stderr, exchanges(server))


def run_here(script: Path, server: StandIn, monkeypatch: pytest.MonkeyPatch) -> Run:
    """Run *script* as ``__main__`` in this process against *server*."""
    for key, value in script_env(server).items():
        monkeypatch.setenv(key, value)
    stdout, stderr, returncode = io.StringIO(), io.StringIO(), 0
    with contextlib.redirect_stdout(stdout), contextlib.redirect_stderr(stderr):
        try:
            runpy.run_path(str(script), run_name="__main__")
        except Exception:
            traceback.print_exc()
            returncode = 1
    return Run(returncode, stdout.getvalue(), stderr.getvalue(), exchanges(server))


def run_both(
    name: str,
    make_standin: Callable[..., StandIn],
    monkeypatch: pytest.MonkeyPatch,
    folder: Path,
) -> tuple[Run, Run]:
    """Run example *name* with the official SDK and, ported, with this client."""
    source = (EXAMPLES / f"{name}.py").read_text()
    ported = folder / f"{name}.py"
    ported.write_text(port(source))
    theirs_server, ours_server = make_standin(), make_standin()
    REPLIES[name](theirs_server)
    REPLIES[name](ours_server)
    process = start(ported, ours_server)
    try:
        theirs = run_here(EXAMPLES / f"{name}.py", theirs_server, monkeypatch)
    finally:
        ours = finish(process, ours_server)
    return theirs, ours


def test_every_example_has_replies() -> None:
    assert len(NAMES) == 15
    assert sorted(REPLIES) == NAMES


@pytest.mark.parametrize("name", NAMES)
def test_the_port_changes_only_the_import_and_the_client_class(name: str) -> None:
    source = (EXAMPLES / f"{name}.py").read_text()
    changes = changed_lines(source, port(source))
    assert changes.count(IMPORT_LINE) == 1
    clients = [pair for pair in changes if pair != IMPORT_LINE]
    assert clients  # the script builds a client
    for before, after in clients:
        assert re.fullmatch(r"\s*client = anthropic\.(Async)?Anthropic\(\)\n", before), before
        assert re.fullmatch(r"\s*client = claude\.(Async)?Client\(\)\n", after), after
    assert "anthropic" not in port(source)


def differences() -> dict[int, str]:
    """The numbered items of MIGRATING.md's "Every remaining difference", by number."""
    section = MIGRATING.read_text().split("## Every remaining difference", 1)[1]
    parts = re.split(r"^(\d+)\. (?=\*\*)", section, flags=re.MULTILINE)[1:]
    return {int(number): text for number, text in zip(parts[::2], parts[1::2], strict=True)}


def test_the_documented_differences_are_numbered_in_order() -> None:
    assert list(differences()) == list(range(1, len(differences()) + 1))


def test_the_normalisation_names_its_documented_difference() -> None:
    items = differences()
    assert "`null`" in items[NULLS_ITEM]
    assert "tests/migration/" in items[NULLS_ITEM]


@pytest.mark.parametrize("name", NAMES)
def test_the_port_behaves_like_the_official_example(
    name: str, make_standin: Callable[..., StandIn], monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    """Same output, same requests; the official run shows the example itself is right."""
    theirs, ours = run_both(name, make_standin, monkeypatch, tmp_path)
    assert theirs.returncode == 0, theirs.stderr  # the example is right for the official SDK
    assert theirs.stdout.strip()
    assert theirs.requests
    assert ours.returncode == 0, ours.stderr
    assert ours.stdout.splitlines() == theirs.stdout.splitlines()
    assert ours.requests == theirs.requests


def test_the_normalisation_touches_only_nulls_in_assistant_turns() -> None:
    user = {"role": "user", "content": [{"type": "text", "text": "Hi", "citations": None}]}
    result = {"type": "web_search_result", "url": "https://example.com", "page_age": None}
    assistant = {"role": "assistant", "content": [{"type": "x", "content": [result]}]}
    body = {"model": "m", "stop_sequences": None, "messages": [user, assistant]}
    cleaned = {"type": "web_search_result", "url": "https://example.com"}
    assert normalised(body) == {
        "model": "m",
        "stop_sequences": None,
        "messages": [user, {"role": "assistant", "content": [{"type": "x", "content": [cleaned]}]}],
    }
