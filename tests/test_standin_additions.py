"""The stand-in's additions for the command line: paced streams, the walk-only body check,
and inspecting batches (every batch, a batch's custom ids) without polling."""

from __future__ import annotations

import itertools
import threading
import time

import claude
import pytest
from claude.testing import MessageReply, StandIn

PARAMS = {
    "model": "claude-sonnet-4-5",
    "max_tokens": 8,
    "messages": [{"role": "user", "content": "hi"}],
}


def test_event_pause_paces_a_stream(server: StandIn) -> None:
    server.queue("messages.create", MessageReply(event_pause=0.05, text_chunk=2))
    with claude.Client(api_key="k", base_url=server.base_url) as client:
        arrivals = []
        with client.messages.create(**PARAMS, stream=True) as events:  # raw events only
            for _ in events:
                arrivals.append(time.monotonic())
    gaps = [b - a for a, b in itertools.pairwise(arrivals)]
    assert len(arrivals) > 5
    assert min(gaps[1:]) >= 0.03  # each event waited for its pause


def test_event_pause_is_capped_by_max_delay(make_standin) -> None:
    server = make_standin(max_delay=0.2)
    server.queue("messages.create", MessageReply(event_pause=60.0))
    with claude.Client(api_key="k", base_url=server.base_url, max_retries=0) as client:
        started = time.monotonic()
        with client.messages.stream(**PARAMS) as stream:
            list(stream)  # the pause is capped by max_delay: the stream still completes
    assert time.monotonic() - started < 10


def test_a_stopping_server_ends_a_paused_stream(make_standin) -> None:
    server = make_standin()
    server.queue("messages.create", MessageReply(event_pause=25.0))
    with claude.Client(api_key="k", base_url=server.base_url, max_retries=0) as client:
        started = time.monotonic()
        with client.messages.stream(**PARAMS) as stream:
            events = iter(stream)
            next(events)  # message_start; the next event waits 25 s
            threading.Timer(0.1, server.stop).start()
            with pytest.raises(claude.ClaudeError):
                list(events)
    assert time.monotonic() - started < 10


@pytest.mark.parametrize("body_check", ["full", "walk"])
def test_body_check_modes_reject_bad_batches(make_standin, body_check: str) -> None:
    server = make_standin(body_check=body_check)
    with claude.Client(api_key="k", base_url=server.base_url) as client:
        import httpx

        bad = {"requests": [{"custom_id": "a", "params": {**PARAMS, "max_tokens": "x"}}]}
        headers = {"x-api-key": "k", "anthropic-version": "2023-06-01"}
        answer = httpx.post(f"{server.base_url}/v1/messages/batches", json=bad, headers=headers)
        assert answer.status_code == 400
        assert "requests.0.params.max_tokens" in answer.json()["error"]["message"]
        good = client.messages.batches.create(requests=[{"custom_id": "a", "params": PARAMS}])
    assert server.batch_custom_ids(good.id) == ["a"]


def test_body_check_must_be_known() -> None:
    with pytest.raises(ValueError, match="body_check"):
        StandIn(body_check="none")


def test_batches_and_custom_ids_do_not_poll(make_standin) -> None:
    server = make_standin(batch_polls_until_end=2)
    with claude.Client(api_key="k", base_url=server.base_url) as client:
        first = client.messages.batches.create(
            requests=[{"custom_id": f"x{i}", "params": PARAMS} for i in range(3)]
        )
        second = client.messages.batches.create(requests=[{"custom_id": "y", "params": PARAMS}])
    for _ in range(3):
        views = server.batches()
    assert [v["id"] for v in views] == [first.id, second.id]  # oldest first
    assert {v["processing_status"] for v in views} == {"in_progress"}
    assert server.batch_custom_ids(first.id) == ["x0", "x1", "x2"]
    with pytest.raises(KeyError):
        server.batch_custom_ids("msgbatch_missing")
