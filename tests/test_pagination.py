"""Auto-pagination of models and batches, with the queries the stand-in received."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import claude
import pytest
from claude.testing import ErrorReply, StandIn
from claude_api.models import (
    ListMessageBatchesResponse,
    ListModelsResponse,
    MessageBatch,
    ModelInfo,
)
from conftest import CREATE, MakeClient, collect, consume, resolve

pytestmark = pytest.mark.anyio

MODEL_IDS = [f"claude-test-{n}" for n in range(7, 0, -1)]  # newest first, as the API lists
CATALOGUE = [
    {
        "type": "model",
        "id": model_id,
        "display_name": model_id.title(),
        "created_at": f"2025-01-0{n}T00:00:00Z",
        "lifecycle": "active",
    }
    for n, model_id in zip(range(7, 0, -1), MODEL_IDS, strict=True)
]


@pytest.fixture
def catalogue(make_standin: Callable[..., StandIn]) -> StandIn:
    return make_standin(models=CATALOGUE)


@pytest.fixture
def models_client(make_client: MakeClient, catalogue: StandIn) -> Any:
    return make_client(base_url=catalogue.base_url)


def queries(server: StandIn) -> list[dict[str, str]]:
    return [dict(r.query) for r in server.requests]


async def test_iterating_fetches_every_page(models_client: Any, catalogue: StandIn) -> None:
    models = await collect(models_client.models.list(limit=3))

    assert all(type(m) is ModelInfo for m in models)
    assert [m.id for m in models] == MODEL_IDS
    assert [r.path for r in catalogue.requests] == ["/v1/models"] * 3
    assert queries(catalogue) == [
        {"limit": "3"},
        {"limit": "3", "after_id": "claude-test-5"},
        {"limit": "3", "after_id": "claude-test-2"},
    ]


async def test_pages_carry_the_envelope(models_client: Any, catalogue: StandIn) -> None:
    pages = await collect(models_client.models.list(limit=3).pages())

    assert [type(p) for p in pages] == [ListModelsResponse] * 3
    assert [(p.has_more, p.first_id, p.last_id) for p in pages] == [
        (True, "claude-test-7", "claude-test-5"),
        (True, "claude-test-4", "claude-test-2"),
        (False, "claude-test-1", "claude-test-1"),
    ]
    assert [[m.id for m in p.data] for p in pages] == [
        MODEL_IDS[0:3],
        MODEL_IDS[3:6],
        MODEL_IDS[6:],
    ]


async def test_after_id_starts_later(models_client: Any, catalogue: StandIn) -> None:
    models = await collect(models_client.models.list(after_id="claude-test-6", limit=4))

    assert [m.id for m in models] == MODEL_IDS[2:]
    assert queries(catalogue) == [
        {"after_id": "claude-test-6", "limit": "4"},
        {"after_id": "claude-test-2", "limit": "4"},
    ]


async def test_before_id_pages_backwards(models_client: Any, catalogue: StandIn) -> None:
    pages = await collect(models_client.models.list(before_id="claude-test-1", limit=2).pages())

    assert [[m.id for m in p.data] for p in pages] == [
        ["claude-test-3", "claude-test-2"],
        ["claude-test-5", "claude-test-4"],
        ["claude-test-7", "claude-test-6"],
    ]
    assert [p.has_more for p in pages] == [True, True, False]
    assert queries(catalogue) == [
        {"before_id": "claude-test-1", "limit": "2"},
        {"before_id": "claude-test-3", "limit": "2"},
        {"before_id": "claude-test-5", "limit": "2"},
    ]


async def test_without_arguments_no_query_is_sent(models_client: Any, catalogue: StandIn) -> None:
    models = await collect(models_client.models.list())

    assert [m.id for m in models] == MODEL_IDS  # one page of the default 20
    assert queries(catalogue) == [{}]


async def test_pages_are_fetched_lazily(models_client: Any, catalogue: StandIn) -> None:
    paginator = models_client.models.list(limit=2)
    assert catalogue.requests == []  # nothing is sent until the iteration starts

    if isinstance(paginator, claude.AsyncPaginator):
        async for model in paginator:
            first = model
            break
    else:
        assert isinstance(paginator, claude.Paginator)
        first = next(iter(paginator))

    assert first.id == "claude-test-7"
    assert queries(catalogue) == [{"limit": "2"}]


async def test_a_paginator_can_be_iterated_again(models_client: Any, catalogue: StandIn) -> None:
    paginator = models_client.models.list(limit=4)

    first = [m.id for m in await collect(paginator)]
    second = [m.id for m in await collect(paginator)]

    assert first == second == MODEL_IDS
    assert len(catalogue.requests) == 4


async def test_an_empty_list(make_client: MakeClient, make_standin: Callable[..., StandIn]) -> None:
    client = make_client(base_url=make_standin(models=[]).base_url)

    pages = await collect(client.models.list().pages())
    models = await collect(client.models.list())

    assert [(p.data, p.has_more, p.first_id, p.last_id) for p in pages] == [([], False, None, None)]
    assert models == []


async def test_an_error_on_a_later_page(models_client: Any, catalogue: StandIn) -> None:
    seen: list[str] = []

    def see(model: ModelInfo) -> None:
        seen.append(model.id)
        if len(seen) == 1:  # the first page is in: fail the next one
            catalogue.queue("models.list", ErrorReply(404, message="gone"))

    paginator = models_client.models.list(limit=4)
    with pytest.raises(claude.NotFoundError) as info:
        await consume(paginator, see)

    assert seen == MODEL_IDS[:4]  # the first page was delivered before the failure
    assert info.value.message == "gone"


async def test_per_call_options_apply_to_every_page(models_client: Any, catalogue: StandIn) -> None:
    models = await collect(
        models_client.models.list(limit=4, betas=["beta-p"], extra_headers={"x-page": "1"})
    )

    assert len(models) == 7
    assert [r.headers["anthropic-beta"] for r in catalogue.requests] == ["beta-p"] * 2
    assert [r.headers["x-page"] for r in catalogue.requests] == ["1"] * 2


# --- batches -------------------------------------------------------------------------------


async def test_batches_list_pages(client: Any, server: StandIn) -> None:
    created = []
    for n in range(5):
        batch = await resolve(
            client.messages.batches.create(requests=[{"custom_id": f"c{n}", "params": CREATE}])
        )
        created.append(batch.id)
    server.clear_requests()
    newest_first = created[::-1]

    batches = await collect(client.messages.batches.list(limit=2))
    pages = await collect(client.messages.batches.list(limit=2).pages())
    after = await collect(client.messages.batches.list(after_id=newest_first[1], limit=2))

    assert all(type(b) is MessageBatch for b in batches)
    assert [b.id for b in batches] == newest_first
    assert [type(p) for p in pages] == [ListMessageBatchesResponse] * 3
    assert [(p.has_more, p.first_id, p.last_id) for p in pages] == [
        (True, newest_first[0], newest_first[1]),
        (True, newest_first[2], newest_first[3]),
        (False, newest_first[4], newest_first[4]),
    ]
    assert [b.id for b in after] == newest_first[2:]
    assert [r.path for r in server.requests] == ["/v1/messages/batches"] * 8
    assert queries(server) == [
        {"limit": "2"},
        {"limit": "2", "after_id": newest_first[1]},
        {"limit": "2", "after_id": newest_first[3]},
    ] * 2 + [
        {"after_id": newest_first[1], "limit": "2"},
        {"after_id": newest_first[3], "limit": "2"},
    ]


async def test_batches_list_before_id(client: Any, server: StandIn) -> None:
    created = []
    for n in range(4):
        batch = await resolve(
            client.messages.batches.create(requests=[{"custom_id": f"c{n}", "params": CREATE}])
        )
        created.append(batch.id)
    server.clear_requests()

    # the oldest batch is last in the list; walk back towards the newest
    batches = await collect(client.messages.batches.list(before_id=created[0], limit=2))

    assert [b.id for b in batches] == [created[2], created[1], created[3]]
    assert queries(server) == [
        {"before_id": created[0], "limit": "2"},
        {"before_id": created[2], "limit": "2"},
    ]


# --- the page surface (as in the official SDK) ---------------------------------------------


async def first_page(paginator: Any) -> Any:
    """The paginator as its first page: awaited on the async client, read on the sync one."""
    return await resolve(paginator) if isinstance(paginator, claude.AsyncPaginator) else paginator


async def test_a_list_is_also_its_first_page(models_client: Any, catalogue: StandIn) -> None:
    page = await first_page(models_client.models.list(limit=3))

    assert [m.id for m in page.data] == MODEL_IDS[:3]
    assert (page.has_more, page.first_id, page.last_id) == (True, MODEL_IDS[0], MODEL_IDS[2])
    assert page.has_next_page() is True
    assert queries(catalogue) == [{"limit": "3"}]  # read once, whatever is read of it


async def test_get_next_page_walks_to_the_end(models_client: Any, catalogue: StandIn) -> None:
    page = await first_page(models_client.models.list(limit=3))
    seen = [m.id for m in page.data]
    while page.has_next_page():
        page = await resolve(page.get_next_page())
        seen += [m.id for m in page.data]

    assert seen == MODEL_IDS
    assert page.has_more is False
    with pytest.raises(RuntimeError, match="no next page"):
        await resolve(page.get_next_page())
    assert queries(catalogue) == [
        {"limit": "3"},
        {"limit": "3", "after_id": "claude-test-5"},
        {"limit": "3", "after_id": "claude-test-2"},
    ]


async def test_iterating_a_read_page_does_not_fetch_it_again(
    models_client: Any, catalogue: StandIn
) -> None:
    page = await first_page(models_client.models.list(limit=4))
    assert len(page.data) == 4

    models = await collect(page)

    assert [m.id for m in models] == MODEL_IDS  # still every page
    assert queries(catalogue) == [{"limit": "4"}, {"limit": "4", "after_id": "claude-test-4"}]


async def test_a_later_page_iterates_from_itself(models_client: Any, catalogue: StandIn) -> None:
    page = await first_page(models_client.models.list(limit=3))
    second = await resolve(page.get_next_page())

    assert [m.id for m in await collect(second)] == MODEL_IDS[3:]


async def test_an_async_page_must_be_awaited_before_reading(
    make_standin: Callable[..., StandIn],
) -> None:
    async with claude.AsyncClient(
        api_key="k", base_url=make_standin(models=CATALOGUE).base_url
    ) as client:
        paginator = client.models.list()
        with pytest.raises(RuntimeError, match="await"):
            _ = paginator.data
        assert len((await paginator).data) == 7
