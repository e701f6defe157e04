"""Finding the batch of a chunk whose create call may or may not have reached the API.

The Message Batches API keeps no caller metadata on a batch, so the rule is client-side:

1. Before each create call the chunk is committed as ``creating`` with the UTC time
   (``creating_since``). The call is made with ``max_retries=0``: the client never repeats a
   create on its own, so at most one batch can come from one ``creating`` mark.
2. A chunk found ``creating`` (a crash, a Ctrl-C, or a create whose answer was lost) is,
   once :data:`SETTLE` has passed since ``creating_since`` (so that a create still in flight
   when the process died has been processed by the API), matched against the workspace's
   batches, newest first, created no earlier than ``creating_since`` minus
   :data:`CLOCK_SKEW`: a candidate has exactly the chunk's request count and is not recorded
   for any chunk in this state database.
3. An ended candidate is confirmed by its results: every line's custom id belongs to the chunk
   and the count matches (so the sets are equal). A confirmed candidate is adopted as verified.
4. Otherwise one unfinished candidate is adopted unverified (its results will be checked when
   it ends: ``watch`` and ``results`` do it, and a batch that turns out not to be the chunk's
   is released and the chunk is submitted again on the next ``submit``). Several unfinished
   candidates are ambiguous: nothing is created, and the user is told to rerun once they end.
5. No candidate: the create never reached the API; the chunk is created now.

So a chunk is never created twice from this database, and never dropped. Residual risks: another
client creating a batch of the very same size in the same window (step 4's later check catches
it before any result is used), and a create the API processes later than :data:`SETTLE` after
it was sent (say, a timed-out upload the API still finishes), which would make a second batch.
"""

from __future__ import annotations

import datetime
import time
from typing import TYPE_CHECKING

from .common import waits_enabled
from .exits import API_ERROR, CLIError
from .state import Chunk, Store

if TYPE_CHECKING:
    from claude_api.models import MessageBatch

    import claude

__all__ = ["CLOCK_SKEW", "SETTLE", "Match", "find_batch", "results_match", "total_requests"]

#: How far the API's clock may be behind ours when matching ``created_at``.
CLOCK_SKEW = datetime.timedelta(minutes=10)
#: How long after a create was sent its batch is looked for (a create in flight lands first).
SETTLE = datetime.timedelta(seconds=5)


class Match:
    """A batch found for a chunk, and whether its results proved it."""

    def __init__(self, batch: MessageBatch, *, verified: bool) -> None:
        self.batch = batch
        self.verified = verified


def total_requests(batch: MessageBatch) -> int:
    """All requests of *batch*, whatever their state."""
    counts = batch.request_counts
    return counts.processing + counts.succeeded + counts.errored + counts.canceled + counts.expired


def results_match(client: claude.Client, store: Store, chunk: Chunk, batch_id: str) -> bool:
    """Whether the ended batch's results are exactly this chunk's custom ids."""
    count = 0
    with client.messages.batches.results(batch_id) as results:
        for item in results:
            found = store.request_line(chunk.job, item.custom_id)
            if found is None or found[1] != chunk.idx:
                return False
            count += 1
    return count == chunk.requests


def _created(batch: MessageBatch) -> datetime.datetime:
    created = batch.created_at
    return created if created.tzinfo else created.replace(tzinfo=datetime.UTC)


def find_batch(client: claude.Client, store: Store, chunk: Chunk) -> Match | None:
    """The batch a ``creating`` chunk became, or None when its create never happened.

    Raises:
        CLIError: several unfinished batches could be the chunk's.
    """
    assert chunk.creating_since is not None
    sent = datetime.datetime.fromisoformat(chunk.creating_since)
    remaining = (sent + SETTLE - datetime.datetime.now(datetime.UTC)).total_seconds()
    if remaining > 0 and waits_enabled():
        time.sleep(remaining)
    since = sent - CLOCK_SKEW
    known = store.known_batch_ids()
    candidates = []
    for batch in client.messages.batches.list(limit=100):
        if _created(batch) < since:
            break  # newest first: the rest are older still
        if batch.id not in known and total_requests(batch) == chunk.requests:
            candidates.append(batch)
    unfinished = []
    for batch in reversed(candidates):  # oldest first
        if batch.processing_status == "ended":
            if results_match(client, store, chunk, batch.id):
                return Match(batch, verified=True)
        else:
            unfinished.append(batch)
    if len(unfinished) == 1:
        return Match(unfinished[0], verified=False)
    if unfinished:
        ids = ", ".join(b.id for b in unfinished)
        raise CLIError(
            f"chunk {chunk.idx} of job {chunk.job!r} may be any of the unfinished batches {ids} "
            "(same size, created since it was sent); nothing was created. Rerun once they "
            "have ended: their results tell which one it is.",
            API_ERROR,
        )
    return None
