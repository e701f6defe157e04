"""batch submit / watch / results / cancel / list against the stand-in, in this process."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import orjson
import pytest
from claude.cli import chunking
from claude.testing import ErrorReply, StandIn, errored_result, expired_result

from .conftest import batch_custom_ids, creates, iter_lines, request_line, write_requests


@pytest.fixture
def small_batches(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CLAUDE_CLI_TEST_MAX_REQUESTS", "4")


def _state(tmp_path: Path) -> Path:
    return tmp_path / "state" / "claude-openapi" / "jobs.db"


def test_invalid_lines_all_reported_nothing_sent(cli, server: StandIn, tmp_path: Path) -> None:
    good = request_line(0)
    path = tmp_path / "jobs.jsonl"
    path.write_bytes(
        good
        + b'{"custom_id": "a", "params": {"model": "m", "max_tokens": "x", "messages": []}}\n'
        + b"\n"
        + b"not json\n"
        + request_line(1, custom_id="bad id!")
        + b"[1, 2]\n"
        + request_line(2, custom_id="req-0000")
        + b'{"custom_id": "b"}\n'
    )
    result = cli("batch", "submit", str(path))
    assert result.code == 3
    assert "6 invalid lines; nothing was sent" in result.err
    for expected in (
        "line 2: params.max_tokens",
        "line 4: not valid JSON",
        "line 5: custom_id: expected 1 to 64",
        "line 6: expected a JSON object",
        "line 7: custom_id 'req-0000' is already on line 1",
        "line 8: params: required field missing",
    ):
        assert expected in result.err
    assert server.requests == []
    assert "jobs" not in cli("batch", "list").out


def test_submit_splits_by_count_and_resubmit_is_a_no_op(
    cli, server: StandIn, tmp_path: Path, small_batches: None
) -> None:
    write_requests(tmp_path / "jobs.jsonl", 10)
    result = cli("batch", "submit", "jobs.jsonl")
    assert result.code == 0, result.err
    assert "10 requests in 3 batch(es)" in result.out
    expected = [[f"req-{i:04d}" for i in range(s, min(s + 4, 10))] for s in (0, 4, 8)]
    assert [[r["custom_id"] for r in body["requests"]] for body in creates(server)] == expected
    assert batch_custom_ids(server) == expected
    again = cli("batch", "submit", "jobs.jsonl")
    assert again.code == 0
    assert len(creates(server)) == 3
    assert "all 3 batch(es) submitted" in again.out
    listed = cli("batch", "list").out.split("\t")
    assert listed[:4] == ["jobs", "running", "10 requests", "3 batches"]


def test_count_limit_boundary(cli, server: StandIn, tmp_path: Path, small_batches: None) -> None:
    write_requests(tmp_path / "four.jsonl", 4)
    write_requests(tmp_path / "five.jsonl", 5)
    assert cli("batch", "submit", "four.jsonl").code == 0
    assert [len(b["requests"]) for b in creates(server)] == [4]
    assert cli("batch", "submit", "five.jsonl").code == 0
    assert [len(b["requests"]) for b in creates(server)] == [4, 4, 1]


def test_byte_limit_boundary(cli, server: StandIn, tmp_path: Path, monkeypatch) -> None:
    lines = write_requests(tmp_path / "jobs.jsonl", 7)
    size = len(lines[0]) - 1  # every line has the same compact size
    overhead = len(b'{"requests":[]}')
    monkeypatch.setenv("CLAUDE_CLI_TEST_MAX_BYTES", str(overhead + 3 * size + 2))  # exactly 3
    assert cli("batch", "submit", "jobs.jsonl").code == 0
    bodies = [r.body for r in server.requests if r.operation == "batches.create"]
    assert [len(orjson.loads(b)["requests"]) for b in bodies] == [3, 3, 1]
    assert len(bodies[0]) == overhead + 3 * size + 2  # the measured body is the sent body
    monkeypatch.setenv("CLAUDE_CLI_TEST_MAX_BYTES", str(overhead + 3 * size + 1))  # 1 short
    assert cli("batch", "submit", "jobs.jsonl", "--job", "tighter").code == 0
    assert [len(orjson.loads(r.body)["requests"]) for r in server.requests[3:]] == [2, 2, 2, 1]
    monkeypatch.setenv("CLAUDE_CLI_TEST_MAX_BYTES", str(overhead + size - 1))
    too_big = cli("batch", "submit", "jobs.jsonl", "--job", "too-big")
    assert too_big.code == 3
    assert f"line 1: the request is {size} bytes, more than a batch can hold" in too_big.err


def test_api_limits_are_the_documented_ones() -> None:
    assert (chunking.MAX_REQUESTS, chunking.MAX_BYTES) == (100_000, 256_000_000)


def test_same_job_name_different_file_is_refused(cli, tmp_path: Path) -> None:
    write_requests(tmp_path / "jobs.jsonl", 2)
    assert cli("batch", "submit", "jobs.jsonl").code == 0
    write_requests(tmp_path / "jobs.jsonl", 3)
    result = cli("batch", "submit", "jobs.jsonl")
    assert result.code == 2
    assert "planned from a different file" in result.err


def test_watch_results_in_input_order_and_any_order(
    cli, make_standin, tmp_path: Path, monkeypatch, small_batches: None
) -> None:
    server = make_standin(batch_polls_until_end=3)
    monkeypatch.setenv("ANTHROPIC_BASE_URL", server.base_url)
    # custom ids sort the other way round from the file, so input order != the API's order
    lines = [request_line(i, custom_id=f"id-{99 - i:02d}") for i in range(10)]
    (tmp_path / "jobs.jsonl").write_bytes(b"".join(lines))
    server.script_result("id-97", errored_result("invalid_request_error", "too long"))
    server.script_result("id-91", expired_result())
    assert cli("batch", "submit", "jobs.jsonl").code == 0
    early = cli("batch", "results", "jobs", "--out", "early.jsonl")
    assert early.code == 4
    assert not (tmp_path / "early.jsonl").exists()
    unfinished = cli("batch", "watch", "jobs", "--poll", "0", "--max-polls", "1")
    assert unfinished.code == 4
    assert "poll 1: 0/3 batches ended" in unfinished.out  # not a terminal: a line per poll
    assert "has not ended" in unfinished.err
    watched = cli("batch", "watch", "jobs", "--poll", "0")
    assert watched.code == 0, watched.err
    assert "3/3 batches ended: processing 0 succeeded 8 errored 1 canceled 0 expired 1" in (
        watched.out
    )
    assert cli("batch", "results", "jobs", "--out", "in.jsonl").code == 0
    results = list(iter_lines(tmp_path / "in.jsonl"))
    assert [r["custom_id"] for r in results] == [f"id-{99 - i:02d}" for i in range(10)]
    assert results[0]["result"]["message"]["content"][0]["text"] == "Echo: question 0"
    assert results[2]["result"]["type"] == "errored"
    assert cli("batch", "results", "jobs", "--out", "any.jsonl", "--order", "any").code == 0
    api_order = [r["custom_id"] for r in iter_lines(tmp_path / "any.jsonl")]
    assert api_order != [r["custom_id"] for r in results]
    assert sorted(api_order) == sorted(r["custom_id"] for r in results)
    retry = cli("batch", "results", "jobs", "--out", "retry.jsonl", "--errored-only")
    assert retry.code == 0
    assert (tmp_path / "retry.jsonl").read_bytes() == lines[2] + lines[8]
    with sqlite3.connect(_state(tmp_path)) as db:
        assert db.execute("SELECT min(results_downloaded) FROM chunks").fetchone() == (1,)
    assert cli("batch", "submit", "retry.jsonl").code == 0  # a retry job, as written


def test_results_to_stdout(cli, server: StandIn, tmp_path: Path) -> None:
    write_requests(tmp_path / "jobs.jsonl", 3)
    assert cli("batch", "submit", "jobs.jsonl").code == 0
    result = cli("batch", "results", "jobs", "--out", "-")
    assert result.code == 0
    assert [orjson.loads(line)["custom_id"] for line in result.out.splitlines()] == [
        "req-0000",
        "req-0001",
        "req-0002",
    ]


def test_results_that_do_not_match_the_chunk_write_nothing(
    cli, server: StandIn, tmp_path: Path
) -> None:
    write_requests(tmp_path / "jobs.jsonl", 3)
    assert cli("batch", "submit", "jobs.jsonl").code == 0
    batch_id = server.batches()[0]["id"]
    assert cli("batch", "watch", "jobs", "--poll", "0").code == 0
    ok = {"type": "canceled"}
    server.set_results(batch_id, lambda: [{"custom_id": "stranger", "result": ok}])
    foreign = cli("batch", "results", "jobs", "--out", "out.jsonl")
    assert foreign.code == 1
    assert "'stranger', which is not in chunk 1" in foreign.err
    assert not (tmp_path / "out.jsonl").exists()
    short = [{"custom_id": "req-0000", "result": errored_result("api_error", "x")}]
    server.set_results(batch_id, lambda: short)
    missing = cli("batch", "results", "jobs", "--out", "out.jsonl", "--order", "any")
    assert missing.code == 1
    assert "returned 1 results for 3 requests" in missing.err
    assert not (tmp_path / "out.jsonl").exists()
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".out")] == []


def test_cancel_stops_the_job(
    cli, make_standin, tmp_path: Path, monkeypatch, small_batches: None
) -> None:
    server = make_standin(batch_polls_until_end=5)
    monkeypatch.setenv("ANTHROPIC_BASE_URL", server.base_url)
    write_requests(tmp_path / "jobs.jsonl", 6)
    assert cli("batch", "submit", "jobs.jsonl").code == 0
    result = cli("batch", "cancel", "jobs")
    assert result.code == 0
    assert [b["processing_status"] for b in server.batches()] == ["canceling", "canceling"]
    assert cli("batch", "submit", "jobs.jsonl").code == 2
    watched = cli("batch", "watch", "jobs", "--poll", "0")
    assert "canceled 6" in watched.out
    assert "canceled" in cli("batch", "list").out
    assert cli("batch", "cancel", "jobs").code == 0  # ended batches are left alone


def test_cancel_before_every_chunk_was_submitted(
    cli, server: StandIn, tmp_path: Path, monkeypatch, small_batches: None
) -> None:
    write_requests(tmp_path / "jobs.jsonl", 10)
    monkeypatch.setenv("CLAUDE_CLI_TEST_KILL_AT", "before_create:2:INT")
    assert cli("batch", "submit", "jobs.jsonl").code == 130
    monkeypatch.delenv("CLAUDE_CLI_TEST_KILL_AT")
    assert cli("batch", "cancel", "jobs").code == 0
    assert len(server.batches()) == 1  # chunk 2 was reconciled: never created, not created now
    assert cli("batch", "watch", "jobs", "--poll", "0").code == 0
    assert cli("batch", "results", "jobs", "--out", "out.jsonl").code == 0
    written = [r["custom_id"] for r in iter_lines(tmp_path / "out.jsonl")]
    assert written == [f"req-{i:04d}" for i in range(4)]  # the one batch that was made


def test_list_api_batches(cli, server: StandIn, tmp_path: Path) -> None:
    write_requests(tmp_path / "jobs.jsonl", 2)
    assert cli("batch", "submit", "jobs.jsonl").code == 0
    rows = cli("batch", "list", "--api").out.splitlines()
    assert [row.split("\t")[:2] for row in rows] == [[server.batches()[0]["id"], "in_progress"]]


def test_unknown_job_and_state_option(cli, tmp_path: Path) -> None:
    result = cli("batch", "watch", "nope", "--state", str(tmp_path / "other.db"))
    assert result.code == 2
    assert "no job 'nope'" in result.err
    write_requests(tmp_path / "jobs.jsonl", 2)
    assert cli("batch", "submit", "jobs.jsonl", "--state", "custom.db", "--job", "j1").code == 0
    assert (tmp_path / "custom.db").exists()
    assert "j1\t" in cli("batch", "list", "--state", "custom.db").out
    assert not _state(tmp_path).exists()
    with sqlite3.connect(tmp_path / "custom.db") as db:
        assert db.execute("PRAGMA journal_mode").fetchone() == ("wal",)


def test_create_refused_then_retried(cli, server: StandIn, tmp_path: Path) -> None:
    write_requests(tmp_path / "jobs.jsonl", 2)
    server.queue("batches.create", ErrorReply(429, "rate_limit_error", "slow down"))
    assert cli("batch", "submit", "jobs.jsonl").code == 0
    assert len(server.batches()) == 1
    server.queue("batches.create", ErrorReply(400, "invalid_request_error", "no such model"))
    bad = cli("batch", "submit", "jobs.jsonl", "--job", "second")
    assert bad.code == 1
    assert "400 invalid_request_error: no such model" in bad.err
    with sqlite3.connect(_state(tmp_path)) as db:
        assert db.execute("SELECT state FROM chunks WHERE job = 'second'").fetchall() == [
            ("pending",)
        ]
    assert cli("batch", "submit", "jobs.jsonl", "--job", "second").code == 0
    assert len(server.batches()) == 2


def test_watch_in_a_terminal_draws_progress_bars(
    cli, cli_env: dict[str, str], make_standin, tmp_path: Path, small_batches: None
) -> None:
    import os
    import shlex
    import sys

    from .conftest import Terminal

    server = make_standin(batch_polls_until_end=6)
    cli_env["ANTHROPIC_BASE_URL"] = server.base_url
    os.environ["ANTHROPIC_BASE_URL"] = server.base_url
    write_requests(tmp_path / "jobs.jsonl", 6)
    assert cli("batch", "submit", "jobs.jsonl").code == 0
    env = {**cli_env, "PATH": os.environ["PATH"], "TERM": "xterm-256color"}
    command = f"cd {shlex.quote(str(tmp_path))} && {shlex.quote(sys.executable)} -m claude"
    terminal = Terminal(f"sh -c '{command} batch watch jobs --poll 0.2'", env)
    try:
        screen = terminal.wait_for("job jobs: 2/2 batches ended")
    finally:
        terminal.close()
    assert "━" in screen  # rich's bars
    for row in ("all", "batch 1", "batch 2", "4/4", "2/2", "6/6"):
        assert row in screen
    assert "succeeded 4 errored 0 canceled 0 expired 0" in screen


def test_one_writer_per_job(cli, server: StandIn, tmp_path: Path) -> None:
    import fcntl

    from claude.cli.state import Store

    write_requests(tmp_path / "jobs.jsonl", 2)
    with Store(_state(tmp_path)) as store, store.lock("jobs"):
        busy = cli("batch", "submit", "jobs.jsonl")
        assert busy.code == 2
        assert "being submitted or canceled by another process" in busy.err
        assert cli("batch", "submit", "jobs.jsonl", "--job", "other").code == 0
    assert len(server.batches()) == 1
    assert cli("batch", "submit", "jobs.jsonl").code == 0  # released
    lock = next(_state(tmp_path).parent.glob("jobs.db.*.lock"))
    with lock.open("ab") as file:
        fcntl.flock(file.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)  # nobody holds it now


@pytest.mark.parametrize("order", ["input", "any"])
def test_results_in_flat_memory(cli, server: StandIn, tmp_path: Path, order: str) -> None:
    import gc
    import tracemalloc

    from claude.testing import succeeded_result

    count = 10_000
    write_requests(tmp_path / "jobs.jsonl", count)
    assert cli("batch", "submit", "jobs.jsonl").code == 0
    assert cli("batch", "watch", "jobs", "--poll", "0").code == 0
    batch_id = server.batches()[0]["id"]
    message = {
        "id": "msg_1",
        "type": "message",
        "role": "assistant",
        "model": "m",
        "content": [{"type": "text", "text": "x" * 800}],
        "stop_reason": "end_turn",
        "stop_sequence": None,
        "usage": {"input_tokens": 1, "output_tokens": 50},
    }
    tail = orjson.dumps({"result": succeeded_result(message)})[1:]
    server.set_results(  # lazily, newest first: input order needs the spool
        batch_id, lambda: (b'{"custom_id":"req-%04d",' % i + tail for i in reversed(range(count)))
    )
    gc.collect()
    tracemalloc.start()
    try:
        result = cli("batch", "results", "jobs", "--out", "out.jsonl", "--order", order)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert result.code == 0, result.err
    size = (tmp_path / "out.jsonl").stat().st_size
    assert size > 8_000_000
    assert peak < 2_500_000, f"peak {peak} bytes writing {size} bytes of results"
    print(f"--order {order}: peak {peak} bytes for {size} bytes of results")
    ids = [r["custom_id"] for r in iter_lines(tmp_path / "out.jsonl")]
    expected = [f"req-{i:04d}" for i in range(count)]
    assert ids == (expected if order == "input" else expected[::-1])


def test_watch_backs_off_up_to_max_poll(cli, make_standin, tmp_path: Path, monkeypatch) -> None:
    from claude.cli import watch

    server = make_standin(batch_polls_until_end=5)
    monkeypatch.setenv("ANTHROPIC_BASE_URL", server.base_url)
    write_requests(tmp_path / "jobs.jsonl", 2)
    assert cli("batch", "submit", "jobs.jsonl").code == 0
    waits: list[float] = []
    monkeypatch.setattr(watch.time, "sleep", waits.append)
    result = cli("batch", "watch", "jobs", "--poll", "1", "--max-poll", "3")
    assert result.code == 0
    assert waits == [1, 2, 3, 3]  # four waits between the five polls that end the batch
