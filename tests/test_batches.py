"""Message batches end to end, and their JSON Lines results read in flat memory."""

from __future__ import annotations

import gc
import time
import tracemalloc
from collections.abc import Callable, Iterator
from typing import Any

import anyio
import claude
import orjson
import pytest
from claude.testing import (
    ErrorReply,
    JSONLReply,
    RawReply,
    ResetAfter,
    StandIn,
    errored_result,
    expired_result,
    succeeded_result,
)
from claude_api.models import (
    DeletedMessageBatch,
    MessageBatch,
    MessageBatchCanceledResult,
    MessageBatchErroredResult,
    MessageBatchExpiredResult,
    MessageBatchIndividualResponse,
    MessageBatchRequestParam,
    MessageBatchSucceededResult,
    MessageCreateParams,
)
from conftest import API_KEY, MakeClient, collect, consume, resolve

pytestmark = pytest.mark.anyio


def params(text: str) -> dict[str, Any]:
    return {
        "model": "claude-sonnet-4-5",
        "max_tokens": 64,
        "messages": [{"role": "user", "content": text}],
    }


def message(text: str, number: int = 1) -> dict[str, Any]:
    return {
        "id": f"msg_{number:06d}",
        "type": "message",
        "role": "assistant",
        "model": "claude-sonnet-4-5",
        "content": [{"type": "text", "text": text}],
        "stop_reason": "end_turn",
        "stop_sequence": None,
        "usage": {"input_tokens": 3, "output_tokens": 2},
    }


async def results_of(client: Any, batch_id: str) -> list[Any]:
    """Every result of a batch, read inside the stream's context manager."""
    stream = await resolve(client.messages.batches.results(batch_id))
    if isinstance(stream, claude.AsyncJSONLStream):
        async with stream:
            items = [item async for item in stream]
    else:
        assert isinstance(stream, claude.JSONLStream)
        with stream:
            items = list(stream)
    assert stream.response.is_closed
    return items


async def ended_batch(client: Any, *custom_ids: str) -> Any:
    """A batch that has ended (the default stand-in ends a batch at its first retrieve)."""
    requests = [{"custom_id": c, "params": params(c)} for c in custom_ids or ("only",)]
    batch = await resolve(client.messages.batches.create(requests=requests))
    ended = await resolve(client.messages.batches.retrieve(batch.id))
    assert ended.processing_status == "ended"
    return ended


@pytest.fixture
def slow_batches(make_standin: Callable[..., StandIn]) -> StandIn:
    """A stand-in whose batches end at the third retrieve."""
    return make_standin(batch_polls_until_end=3)


# --- the lifecycle -------------------------------------------------------------------------


async def test_lifecycle_with_dicts(make_client: MakeClient, slow_batches: StandIn) -> None:
    server = slow_batches
    client = make_client(base_url=server.base_url)
    server.script_result("c", errored_result("invalid_request_error", "bad prompt"))
    requests = [{"custom_id": c, "params": params(f"Hi {c}")} for c in ("a", "b", "c")]

    batch = await resolve(client.messages.batches.create(requests=requests))

    assert type(batch) is MessageBatch
    assert batch.id.startswith("msgbatch_")
    assert batch.processing_status == "in_progress"
    assert batch.request_counts.processing == 3
    assert batch.results_url is None
    assert server.requests[0].json == {"requests": requests}

    statuses = []
    while batch.processing_status != "ended":
        batch = await resolve(client.messages.batches.retrieve(batch.id))
        statuses.append(batch.processing_status)
    assert statuses == ["in_progress", "in_progress", "ended"]
    assert batch.ended_at is not None
    assert batch.results_url == f"{server.base_url}/v1/messages/batches/{batch.id}/results"
    counts = batch.request_counts
    assert (counts.processing, counts.succeeded, counts.errored, counts.canceled) == (0, 2, 1, 0)

    results = await results_of(client, batch.id)
    assert all(type(r) is MessageBatchIndividualResponse for r in results)
    assert [r.custom_id for r in results] == ["a", "b", "c"]
    a, b, c = (r.result for r in results)
    assert isinstance(a, MessageBatchSucceededResult)
    assert isinstance(b, MessageBatchSucceededResult)
    assert (a.message.content[0].text, b.message.content[0].text) == ("Echo: Hi a", "Echo: Hi b")
    assert isinstance(c, MessageBatchErroredResult)
    assert c.error.to_dict()["error"] == {"type": "invalid_request_error", "message": "bad prompt"}

    deleted = await resolve(client.messages.batches.delete(batch.id))
    assert type(deleted) is DeletedMessageBatch
    assert (deleted.id, deleted.type) == (batch.id, "message_batch_deleted")
    with pytest.raises(claude.NotFoundError):
        await resolve(client.messages.batches.retrieve(batch.id))

    base = f"/v1/messages/batches/{batch.id}"
    assert [(r.method, r.path) for r in server.requests] == [
        ("POST", "/v1/messages/batches"),
        ("GET", base),
        ("GET", base),
        ("GET", base),
        ("GET", base),  # results() reads the batch for its results_url...
        ("GET", f"{base}/results"),  # ...then downloads from it
        ("DELETE", base),
        ("GET", base),
    ]
    download = server.requests[5].headers
    assert (download["x-api-key"], download["anthropic-version"]) == (API_KEY, "2023-06-01")


async def test_create_with_pairs(client: Any, server: StandIn) -> None:
    model = MessageCreateParams.from_dict(params("one"))

    batch = await resolve(
        client.messages.batches.create(requests=[("p1", model), ("p2", params("two"))])
    )

    assert type(batch) is MessageBatch
    assert batch.request_counts.processing == 2
    assert server.requests[0].json == {
        "requests": [
            {"custom_id": "p1", "params": params("one")},
            {"custom_id": "p2", "params": params("two")},
        ]
    }
    results = await results_of(client, batch.id)
    assert [(r.custom_id, r.result.message.content[0].text) for r in results] == [
        ("p1", "Echo: one"),
        ("p2", "Echo: two"),
    ]


async def test_create_with_generated_request_models(client: Any, server: StandIn) -> None:
    item = {"custom_id": "g1", "params": params("gen")}

    batch = await resolve(
        client.messages.batches.create(
            requests=[MessageBatchRequestParam.from_dict(item), {**item, "custom_id": "d1"}]
        )
    )

    assert batch.request_counts.processing == 2
    assert server.requests[0].json == {"requests": [item, {**item, "custom_id": "d1"}]}


async def test_results_options_apply_to_both_requests(client: Any, server: StandIn) -> None:
    batch = await ended_batch(client)

    stream = await resolve(
        client.messages.batches.results(
            batch.id, extra_headers={"x-gateway": "g"}, betas=["beta-r"], max_retries=0
        )
    )
    items = await collect(stream)

    assert [i.custom_id for i in items] == ["only"]
    retrieve, download = server.requests[-2:]
    assert (retrieve.operation, download.operation) == ("batches.retrieve", "batches.results")
    for request in (retrieve, download):
        assert (request.headers["x-gateway"], request.headers["anthropic-beta"]) == ("g", "beta-r")


async def test_cancel(client: Any, server: StandIn) -> None:
    batch = await resolve(
        client.messages.batches.create(requests=[("x", params("x")), ("y", params("y"))])
    )

    canceling = await resolve(client.messages.batches.cancel(batch.id))

    assert type(canceling) is MessageBatch
    assert canceling.processing_status == "canceling"
    assert canceling.cancel_initiated_at is not None
    ended = await resolve(client.messages.batches.retrieve(batch.id))
    assert ended.processing_status == "ended"
    assert (ended.request_counts.canceled, ended.request_counts.succeeded) == (2, 0)
    results = await results_of(client, batch.id)
    assert [type(r.result) for r in results] == [MessageBatchCanceledResult] * 2
    assert server.requests[1].method == "POST"
    assert server.requests[1].path == f"/v1/messages/batches/{batch.id}/cancel"

    with pytest.raises(claude.BadRequestError, match="has already ended"):
        await resolve(client.messages.batches.cancel(batch.id))


async def test_delete_before_the_end_is_refused(client: Any) -> None:
    batch = await resolve(client.messages.batches.create(requests=[("x", params("x"))]))

    with pytest.raises(claude.BadRequestError) as info:
        await resolve(client.messages.batches.delete(batch.id))

    assert info.value.message == (
        f"message batch {batch.id} is in_progress; cancel it and wait for it"
    )


async def test_results_before_the_end(make_client: MakeClient, slow_batches: StandIn) -> None:
    client = make_client(base_url=slow_batches.base_url)
    batch = await resolve(client.messages.batches.create(requests=[("x", params("x"))]))

    with pytest.raises(claude.ClaudeError) as info:
        await resolve(client.messages.batches.results(batch.id))

    assert str(info.value) == (
        f"batch {batch.id} has no results_url yet (processing_status='in_progress'); "
        "results are available once it has ended"
    )
    assert [r.operation for r in slow_batches.requests] == ["batches.create", "batches.retrieve"]


async def test_all_result_kinds(client: Any, server: StandIn) -> None:
    server.script_result("e", errored_result("overloaded_error", "busy"))
    server.script_result("x", expired_result())
    server.script_result("s", succeeded_result(message("scripted")))
    batch = await ended_batch(client, "e", "s", "x")

    results = await results_of(client, batch.id)

    assert [(r.custom_id, type(r.result)) for r in results] == [
        ("e", MessageBatchErroredResult),
        ("s", MessageBatchSucceededResult),
        ("x", MessageBatchExpiredResult),
    ]
    assert results[1].result.message.content[0].text == "scripted"
    assert batch.request_counts.expired == 1


async def test_results_download_is_retried(client: Any, server: StandIn) -> None:
    batch = await ended_batch(client)
    server.queue("batches.results", ErrorReply(503), ErrorReply(529))

    results = await results_of(client, batch.id)

    assert [r.custom_id for r in results] == ["only"]
    assert [r.operation for r in server.requests[-3:]] == ["batches.results"] * 3


async def test_results_download_error(client: Any, server: StandIn) -> None:
    batch = await ended_batch(client)
    server.queue("batches.results", ErrorReply(404, message="results expired"))

    with pytest.raises(claude.NotFoundError) as info:
        await resolve(client.messages.batches.results(batch.id))

    assert info.value.message == "results expired"
    assert info.value.request_id == server.requests[-1].request_id
    assert info.value.response is not None
    assert info.value.response.is_closed


# --- JSON Lines on the wire ----------------------------------------------------------------


async def test_crlf_and_chunk_edges_anywhere(client: Any, server: StandIn) -> None:
    batch = await ended_batch(client)
    texts = [f"héllo ✓ {n} — ünïcode 🎉" for n in range(40)]
    lines = [
        {"custom_id": f"r{n:02d}", "result": succeeded_result(message(text, n))}
        for n, text in enumerate(texts)
    ]
    for chunk_size in (1, 3, 7):
        server.set_results(batch.id, lines, line_ending="\r\n", chunk_size=chunk_size)

        results = await results_of(client, batch.id)

        assert [r.custom_id for r in results] == [f"r{n:02d}" for n in range(40)]
        assert [r.result.message.content[0].text for r in results] == texts


async def test_last_line_without_newline_and_blank_lines(client: Any, server: StandIn) -> None:
    batch = await ended_batch(client)
    body = (
        b'\n{"custom_id":"a","result":{"type":"expired"}}\r\n\r\n\n'
        b'{"custom_id":"b","result":{"type":"canceled"}}'
    )
    server.queue("batches.results", RawReply(body=body, content_type="application/x-jsonl"))

    results = await results_of(client, batch.id)

    assert [(r.custom_id, type(r.result)) for r in results] == [
        ("a", MessageBatchExpiredResult),
        ("b", MessageBatchCanceledResult),
    ]


async def test_unknown_result_type_is_kept(client: Any, server: StandIn) -> None:
    batch = await ended_batch(client)
    future = {"type": "deferred", "until": "tomorrow"}
    server.set_results(batch.id, [{"custom_id": "f", "result": future}])

    (result,) = await results_of(client, batch.id)

    assert result.result == future
    assert result.to_dict() == {"custom_id": "f", "result": future}


async def test_a_line_that_is_not_json(client: Any, server: StandIn) -> None:
    batch = await ended_batch(client)
    server.set_results(batch.id, [{"custom_id": "ok", "result": expired_result()}, b"{oops"])
    stream = await resolve(client.messages.batches.results(batch.id))

    seen: list[str] = []
    with pytest.raises(claude.ResponseValidationError) as info:
        await consume(stream, lambda item: seen.append(item.custom_id))

    assert seen == ["ok"]
    assert info.value.message == "results line is not JSON: b'{oops'"
    assert stream.response.is_closed


async def test_the_idle_limit_leaves_out_the_time_the_caller_takes(
    make_client: MakeClient, server: StandIn
) -> None:
    # Each line is held by the caller for longer than the idle limit: only waiting on the
    # network counts, so the read ends normally.
    client = make_client(stream_idle_timeout=0.2)
    batch = await ended_batch(client)
    server.set_results(
        batch.id, [{"custom_id": f"r{n}", "result": expired_result()} for n in range(3)]
    )
    seen: list[str] = []

    def slow(item: MessageBatchIndividualResponse) -> None:
        time.sleep(0.3)
        seen.append(item.custom_id)

    await consume(await resolve(client.messages.batches.results(batch.id)), slow)

    assert seen == ["r0", "r1", "r2"]


@pytest.mark.parametrize(
    ("line", "detail"),
    [
        (b"[1, 2]", "MessageBatchIndividualResponse expects a JSON object, got list"),
        (
            b'{"custom_id": "bad", "result": {"type": "succeeded", "message": "hi"}}',
            "Message expects a JSON object, got str",
        ),
        (b'{"custom_id": "bad", "result": [1]}', "expected a JSON object, got list"),
    ],
)
async def test_a_line_that_does_not_fit_the_model(
    client: Any, server: StandIn, line: bytes, detail: str
) -> None:
    batch = await ended_batch(client)
    server.set_results(batch.id, [{"custom_id": "ok", "result": expired_result()}, line])
    stream = await resolve(client.messages.batches.results(batch.id))

    seen: list[str] = []
    with pytest.raises(claude.ResponseValidationError) as info:
        await consume(stream, lambda item: seen.append(item.custom_id))

    assert seen == ["ok"]
    assert info.value.message == f"response does not match MessageBatchIndividualResponse: {detail}"
    assert info.value.status_code == 200
    assert info.value.request_id
    assert stream.response.is_closed


LINE_COUNT = 100_000


def big_lines() -> Iterator[bytes]:
    """100k result lines of 100 bytes (a 10 MB body), a thousand per item handed to the
    stand-in (it adds the last line end), so that the server thread stays out of the way."""
    for start in range(0, LINE_COUNT, 1000):
        yield b"\n".join(
            b'{"custom_id":"%s","result":{"type":"canceled"}}'
            % f"request-{n:06d}-".ljust(64, "x").encode()
            for n in range(start, start + 1000)
        )


async def test_100k_lines_in_flat_memory(client: Any, server: StandIn) -> None:
    batch = await ended_batch(client)
    server.set_results(batch.id, big_lines)
    body_size = sum(len(lines) + 1 for lines in big_lines())
    stream = await resolve(client.messages.batches.results(batch.id))
    count = 0
    last = ""

    def see(item: MessageBatchIndividualResponse) -> None:  # keeps nothing but the last id
        nonlocal count, last
        count += 1
        last = item.custom_id

    gc.collect()
    tracemalloc.start()
    try:
        await consume(stream, see)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()

    assert count == LINE_COUNT
    assert last == "request-099999-".ljust(64, "x")
    assert body_size > 10_000_000
    assert peak < 3_000_000, f"peak {peak} bytes while reading a {body_size}-byte body"
    assert stream.response.is_closed


# --- the response is closed on every path --------------------------------------------------


async def test_closed_at_the_end_without_a_with_block(client: Any, server: StandIn) -> None:
    batch = await ended_batch(client, "a", "b")
    stream = await resolve(client.messages.batches.results(batch.id))
    assert not stream.response.is_closed

    items = await collect(stream)

    assert [i.custom_id for i in items] == ["a", "b"]
    assert stream.response.is_closed


async def test_closed_on_break_inside_with(client: Any, server: StandIn) -> None:
    batch = await ended_batch(client, "a", "b", "c")
    stream = await resolve(client.messages.batches.results(batch.id))

    seen = []
    if isinstance(stream, claude.AsyncJSONLStream):
        async with stream:
            async for item in stream:
                seen.append(item.custom_id)
                break
    else:
        with stream:
            for item in stream:
                seen.append(item.custom_id)
                break

    assert seen == ["a"]
    assert stream.response.is_closed


def test_sync_closed_when_the_iterator_is_deleted(sync_client: claude.Client) -> None:
    batch = sync_client.messages.batches.create(requests=[("a", params("a")), ("b", params("b"))])
    sync_client.messages.batches.retrieve(batch.id)
    stream = sync_client.messages.batches.results(batch.id)

    iterator = iter(stream)
    assert next(iterator).custom_id == "a"
    assert not stream.response.is_closed
    del iterator

    assert stream.response.is_closed


async def test_async_closed_when_the_iterator_is_closed_or_dropped(
    async_client: claude.AsyncClient,
) -> None:
    batch = await async_client.messages.batches.create(
        requests=[("a", params("a")), ("b", params("b"))]
    )
    await async_client.messages.batches.retrieve(batch.id)

    stream = await async_client.messages.batches.results(batch.id)
    iterator = stream.__aiter__()
    assert (await iterator.__anext__()).custom_id == "a"
    assert not stream.response.is_closed
    await iterator.aclose()
    assert stream.response.is_closed

    # dropped without aclose(): the event loop finalizes the generator soon after
    dropped = await async_client.messages.batches.results(batch.id)
    iterator = dropped.__aiter__()
    assert (await iterator.__anext__()).custom_id == "a"
    del iterator
    gc.collect()
    for _ in range(20):
        if dropped.response.is_closed:
            break
        await anyio.sleep(0.01)
    assert dropped.response.is_closed


async def test_reset_mid_body(client: Any, server: StandIn) -> None:
    batch = await ended_batch(client)
    lines = [
        orjson.dumps({"custom_id": f"r{n:04d}", "result": expired_result()}) for n in range(500)
    ]
    line_size = len(lines[0]) + 1
    assert {len(line) + 1 for line in lines} == {line_size}
    server.queue("batches.results", ResetAfter(20 * line_size + 10, JSONLReply(lines=lines)))
    stream = await resolve(client.messages.batches.results(batch.id))

    seen: list[str] = []
    with pytest.raises(claude.APIConnectionError) as info:
        await consume(stream, lambda item: seen.append(item.custom_id))

    # never a partial line, never a replay: at most the 20 complete lines sent, in order
    assert len(seen) <= 20
    assert seen == [f"r{n:04d}" for n in range(len(seen))]
    assert info.value.retries == 0
    assert stream.response.is_closed
    assert [r.operation for r in server.requests].count("batches.results") == 1


async def test_ids_are_accepted_by_keyword(client: Any, server: StandIn) -> None:
    """As in the official SDK: ``retrieve(message_batch_id=...)``, ``retrieve(model_id=...)``."""
    requests = [{"custom_id": "k", "params": params("Hi k")}]
    batch = await resolve(client.messages.batches.create(requests=requests))

    ended = await resolve(client.messages.batches.retrieve(message_batch_id=batch.id))
    stream = await resolve(client.messages.batches.results(message_batch_id=batch.id))
    if isinstance(stream, claude.AsyncJSONLStream):
        async with stream:
            ids = [line.custom_id async for line in stream]
    else:
        with stream:
            ids = [line.custom_id for line in stream]
    deleted = await resolve(client.messages.batches.delete(message_batch_id=batch.id))
    other = await resolve(client.messages.batches.create(requests=requests))
    canceling = await resolve(client.messages.batches.cancel(message_batch_id=other.id))
    model = await resolve(client.models.retrieve(model_id="claude-sonnet-4-5"))

    assert (ended.id, ids, deleted.id, canceling.id) == (batch.id, ["k"], batch.id, other.id)
    assert canceling.processing_status == "canceling"
    assert model.id.startswith("claude-sonnet-4-5")
    base = f"/v1/messages/batches/{batch.id}"
    assert [(r.method, r.path) for r in server.requests] == [
        ("POST", "/v1/messages/batches"),
        ("GET", base),
        ("GET", base),
        ("GET", f"{base}/results"),
        ("DELETE", base),
        ("POST", "/v1/messages/batches"),
        ("POST", f"/v1/messages/batches/{other.id}/cancel"),
        ("GET", "/v1/models/claude-sonnet-4-5"),
    ]
