"""A 1,000,000-request job is split into ten batches of 100,000 (the API's count limit)."""

from __future__ import annotations

import sqlite3
import time
from pathlib import Path

import pytest
from claude.testing import StandIn

from .conftest import MODEL

N = 1_000_000
_LINE = (
    b'{"custom_id":"r%07d","params":{"model":"'
    + MODEL.encode()
    + b'","max_tokens":16,"messages":[{"role":"user","content":"q%d"}]}}\n'
)


def _write(path: Path) -> None:
    with path.open("wb") as file:
        for start in range(0, N, 100_000):
            file.write(b"".join(_LINE % (i, i) for i in range(start, start + 100_000)))


@pytest.mark.timeout(600)
def test_a_million_lines_split_by_the_count_limit(
    cli_process, make_standin, cli_env: dict[str, str], tmp_path: Path
) -> None:
    # the walk-only body check: the stand-in still checks every request's fields
    server: StandIn = make_standin(body_check="walk")
    cli_env["ANTHROPIC_BASE_URL"] = server.base_url
    _write(tmp_path / "million.jsonl")
    started = time.perf_counter()
    result = cli_process("batch", "submit", "million.jsonl", timeout=560)
    elapsed = time.perf_counter() - started
    assert result.returncode == 0, result.stderr
    print(f"1,000,000-line submit: {elapsed:.1f} s")
    assert "1000000 requests in 10 batch(es)" in result.stdout
    batches = server.batches()
    assert len(batches) == 10
    assert len([r for r in server.requests if r.operation == "batches.create"]) == 10
    for index, batch in enumerate(batches):
        ids = server.batch_custom_ids(batch["id"])
        assert ids == [f"r{i:07d}" for i in range(index * 100_000, (index + 1) * 100_000)]
    state = tmp_path / "state" / "claude-openapi" / "jobs.db"
    with sqlite3.connect(state) as db:
        rows = db.execute(
            "SELECT idx, first_line, last_line, requests, state FROM chunks ORDER BY idx"
        ).fetchall()
        assert db.execute("SELECT count(*) FROM requests").fetchone() == (N,)
    assert rows == [
        (i + 1, i * 100_000 + 1, (i + 1) * 100_000, 100_000, "submitted") for i in range(10)
    ]
