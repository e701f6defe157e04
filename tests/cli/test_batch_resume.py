"""A submit killed at every step (SIGKILL, or Ctrl-C) and rerun: each chunk is created exactly
once and the results are complete. The crash comes from the test-only switch
``CLAUDE_CLI_TEST_KILL_AT`` (:mod:`claude.cli.hooks`), in a real subprocess."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from claude.cli.hooks import STEPS
from claude.testing import Delay, StandIn

from .conftest import batch_custom_ids, creates, iter_lines, write_requests

LIMIT = {"CLAUDE_CLI_TEST_MAX_REQUESTS": "4"}
CHUNKS = [[f"req-{i:04d}" for i in range(s, min(s + 4, 10))] for s in (0, 4, 8)]
POINTS = ["after_plan"] + [
    f"{step}:{chunk}" for chunk in (1, 2, 3) for step in STEPS if step != "after_plan"
]


def _check_complete(cli, server: StandIn, tmp_path: Path) -> None:
    assert len(creates(server)) == 3  # one create per chunk, over all runs
    assert batch_custom_ids(server) == CHUNKS
    assert cli("batch", "watch", "jobs", "--poll", "0").code == 0
    assert cli("batch", "results", "jobs", "--out", "out.jsonl").code == 0
    written = [r["custom_id"] for r in iter_lines(tmp_path / "out.jsonl")]
    assert written == [cid for chunk in CHUNKS for cid in chunk]


@pytest.mark.parametrize("point", POINTS)
def test_killed_at_each_step_then_resumed(
    cli, cli_process, server: StandIn, tmp_path: Path, point: str
) -> None:
    write_requests(tmp_path / "jobs.jsonl", 10)
    killed = cli_process(
        "batch", "submit", "jobs.jsonl", env={**LIMIT, "CLAUDE_CLI_TEST_KILL_AT": point}
    )
    assert killed.returncode == -signal.SIGKILL, killed.stderr
    resumed = cli_process("batch", "submit", "jobs.jsonl", env=LIMIT)
    assert resumed.returncode == 0, resumed.stderr
    assert "all 3 batch(es) submitted" in resumed.stdout
    _check_complete(cli, server, tmp_path)


@pytest.mark.parametrize("point", ["before_create:2:INT", "after_create:2:INT"])
def test_ctrl_c_then_resumed(cli, cli_process, server: StandIn, tmp_path: Path, point) -> None:
    write_requests(tmp_path / "jobs.jsonl", 10)
    stopped = cli_process(
        "batch", "submit", "jobs.jsonl", env={**LIMIT, "CLAUDE_CLI_TEST_KILL_AT": point}
    )
    assert stopped.returncode == 130
    assert "interrupted" in stopped.stderr
    assert cli_process("batch", "submit", "jobs.jsonl", env=LIMIT).returncode == 0
    _check_complete(cli, server, tmp_path)


def test_killed_twice_then_resumed(cli, cli_process, server: StandIn, tmp_path: Path) -> None:
    write_requests(tmp_path / "jobs.jsonl", 10)
    for point in ("after_create:2", "before_create:3"):
        run = cli_process(
            "batch", "submit", "jobs.jsonl", env={**LIMIT, "CLAUDE_CLI_TEST_KILL_AT": point}
        )
        assert run.returncode == -signal.SIGKILL
    assert cli_process("batch", "submit", "jobs.jsonl", env=LIMIT).returncode == 0
    _check_complete(cli, server, tmp_path)


@pytest.mark.parametrize("sig", [signal.SIGKILL, signal.SIGINT])
def test_killed_while_the_create_is_in_flight(
    cli, cli_env: dict[str, str], cli_process, server: StandIn, tmp_path: Path, sig: int
) -> None:
    """SIGKILL (or Ctrl-C) while the API is still working on chunk 2's create: the batch
    appears a second later. The rerun starts at once and waits out ``SETTLE`` (waits on, not
    test mode) before it looks, so it finds the batch instead of creating a second one."""
    write_requests(tmp_path / "jobs.jsonl", 10)
    server.queue("batches.create", Delay(0.0), Delay(1.0))
    process = subprocess.Popen(
        [sys.executable, "-m", "claude", "batch", "submit", "jobs.jsonl"],
        env={**os.environ, **cli_env, **LIMIT},
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    deadline = time.monotonic() + 30
    while len(creates(server)) < 2 and time.monotonic() < deadline:
        time.sleep(0.01)
    process.send_signal(sig)
    assert process.wait(timeout=10) == (130 if sig == signal.SIGINT else -sig)
    assert len(server.batches()) == 1  # chunk 2's batch is not made yet
    resumed = cli_process(
        "batch", "submit", "jobs.jsonl", env={**LIMIT, "CLAUDE_RETRY_TESTING": "0"}
    )
    assert resumed.returncode == 0, resumed.stderr
    assert "chunk 2: lines 5-8 (4) -> msgbatch_" in resumed.stdout
    assert "(found from an earlier attempt)" in resumed.stdout
    _check_complete(cli, server, tmp_path)
