"""The idempotency rule: a create whose outcome is unknown is reconciled, never repeated."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import claude
import pytest
from claude.testing import ErrorReply, Reset, ResetAfter, StandIn

from .conftest import API_KEY, MODEL, batch_custom_ids, creates, iter_lines, write_requests

OURS = ["req-0000", "req-0001"]


def _chunk_rows(tmp_path: Path) -> list[tuple[object, ...]]:
    path = tmp_path / "state" / "claude-openapi" / "jobs.db"
    with sqlite3.connect(path) as db:
        return db.execute("SELECT state, batch_id, verified FROM chunks ORDER BY idx").fetchall()


def _foreign_batch(server: StandIn, prefix: str) -> str:
    with claude.Client(api_key=API_KEY, base_url=server.base_url) as client:
        params = {"model": MODEL, "max_tokens": 8, "messages": [{"role": "user", "content": "x"}]}
        batch = client.messages.batches.create(
            requests=[{"custom_id": f"{prefix}-{i}", "params": params} for i in range(2)]
        )
    return batch.id


def _end(server: StandIn, batch_id: str) -> None:
    with claude.Client(api_key=API_KEY, base_url=server.base_url) as client:
        client.messages.batches.retrieve(batch_id)  # polls_until_end=1: this poll ends it


def test_created_but_answer_lost_is_adopted_not_repeated(
    cli, server: StandIn, tmp_path: Path
) -> None:
    write_requests(tmp_path / "jobs.jsonl", 2)
    server.queue("batches.create", ResetAfter(0))  # the batch is made, its answer cut off
    result = cli("batch", "submit", "jobs.jsonl")
    assert result.code == 0, result.err
    assert "found from an earlier attempt" in result.out
    assert len(creates(server)) == 1  # reconciled by listing; never sent again
    assert batch_custom_ids(server) == [OURS]
    assert _chunk_rows(tmp_path) == [("submitted", server.batches()[0]["id"], 0)]
    assert cli("batch", "watch", "jobs", "--poll", "0").code == 0  # checked once it ends
    assert _chunk_rows(tmp_path)[0][2] == 1


@pytest.mark.parametrize("fault", [Reset(), ErrorReply(500, "api_error", "boom")])
def test_nothing_created_is_created_once(cli, server: StandIn, tmp_path: Path, fault) -> None:
    write_requests(tmp_path / "jobs.jsonl", 2)
    server.queue("batches.create", fault)
    result = cli("batch", "submit", "jobs.jsonl")
    assert result.code == 0, result.err
    assert len(creates(server)) == 2
    assert batch_custom_ids(server) == [OURS]
    assert _chunk_rows(tmp_path)[0][2] == 1
    assert [r.operation for r in server.requests] == [
        "batches.create",
        "batches.list",
        "batches.create",
    ]


def test_gives_up_after_max_attempts_and_resumes(cli, server: StandIn, tmp_path: Path) -> None:
    from claude.cli.submit import MAX_ATTEMPTS

    write_requests(tmp_path / "jobs.jsonl", 2)
    server.queue("batches.create", *[Reset() for _ in range(MAX_ATTEMPTS)])
    failed = cli("batch", "submit", "jobs.jsonl")
    assert failed.code == 1
    assert "rerun the same command to resume" in failed.err
    assert _chunk_rows(tmp_path)[0][0] == "creating"
    assert cli("batch", "submit", "jobs.jsonl").code == 0
    assert batch_custom_ids(server) == [OURS]


def _interrupted_before_create(cli, monkeypatch) -> None:
    monkeypatch.setenv("CLAUDE_CLI_TEST_KILL_AT", "before_create:1:INT")
    result = cli("batch", "submit", "jobs.jsonl")
    assert result.code == 130
    monkeypatch.delenv("CLAUDE_CLI_TEST_KILL_AT")


def test_ambiguous_candidates_create_nothing_until_they_end(
    cli, server: StandIn, tmp_path: Path, monkeypatch
) -> None:
    write_requests(tmp_path / "jobs.jsonl", 2)
    _interrupted_before_create(cli, monkeypatch)
    assert _chunk_rows(tmp_path)[0][0] == "creating"
    foreign = [_foreign_batch(server, "a"), _foreign_batch(server, "b")]
    ambiguous = cli("batch", "submit", "jobs.jsonl")
    assert ambiguous.code == 1
    assert "may be any of the unfinished batches" in ambiguous.err
    assert len(server.batches()) == 2
    for batch_id in foreign:
        _end(server, batch_id)
    resumed = cli("batch", "submit", "jobs.jsonl")
    assert resumed.code == 0, resumed.err  # their results prove neither is ours
    assert batch_custom_ids(server)[-1] == OURS
    assert len(server.batches()) == 3


def test_ended_candidate_is_confirmed_by_its_results(
    cli, server: StandIn, tmp_path: Path, monkeypatch
) -> None:
    write_requests(tmp_path / "jobs.jsonl", 2)
    monkeypatch.setenv("CLAUDE_CLI_TEST_KILL_AT", "after_create:1:INT")
    assert cli("batch", "submit", "jobs.jsonl").code == 130
    monkeypatch.delenv("CLAUDE_CLI_TEST_KILL_AT")
    ours = server.batches()[0]["id"]
    _end(server, ours)
    _foreign_batch(server, "late")  # unfinished, same size: a confirmed match wins
    assert cli("batch", "submit", "jobs.jsonl").code == 0
    assert _chunk_rows(tmp_path) == [("submitted", ours, 1)]


def test_a_wrongly_adopted_batch_is_released_and_resubmitted(
    cli, server: StandIn, tmp_path: Path, monkeypatch
) -> None:
    write_requests(tmp_path / "jobs.jsonl", 2)
    _interrupted_before_create(cli, monkeypatch)
    foreign = _foreign_batch(server, "other")
    assert cli("batch", "submit", "jobs.jsonl").code == 0
    assert _chunk_rows(tmp_path) == [("submitted", foreign, 0)]  # the only candidate
    released = cli("batch", "watch", "jobs", "--poll", "0")
    assert released.code == 4
    assert f"batch {foreign} does not hold chunk 1" in released.err
    assert _chunk_rows(tmp_path) == [("pending", None, 0)]
    assert cli("batch", "submit", "jobs.jsonl").code == 0
    assert cli("batch", "watch", "jobs", "--poll", "0").code == 0
    assert cli("batch", "results", "jobs", "--out", "out.jsonl").code == 0
    assert [r["custom_id"] for r in iter_lines(tmp_path / "out.jsonl")] == OURS


def test_cancel_reconciles_a_chunk_caught_mid_create(
    cli, make_standin, tmp_path: Path, monkeypatch
) -> None:
    server = make_standin(batch_polls_until_end=3)
    monkeypatch.setenv("ANTHROPIC_BASE_URL", server.base_url)
    write_requests(tmp_path / "jobs.jsonl", 2)
    monkeypatch.setenv("CLAUDE_CLI_TEST_KILL_AT", "after_create:1:INT")
    assert cli("batch", "submit", "jobs.jsonl").code == 130
    monkeypatch.delenv("CLAUDE_CLI_TEST_KILL_AT")
    assert cli("batch", "cancel", "jobs").code == 0
    assert [b["processing_status"] for b in server.batches()] == ["canceling"]
