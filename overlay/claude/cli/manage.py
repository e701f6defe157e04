"""``claude batch cancel`` and ``claude batch list``."""

from __future__ import annotations

import sys
from pathlib import Path

import claude

from .common import make_client
from .jobs import require_job
from .reconcile import find_batch
from .state import Store

__all__ = ["cancel", "list_batches", "list_jobs"]


def cancel(name: str, *, state_path: Path) -> None:
    """Stop the job: no more chunks are submitted, and every unfinished batch is canceled.

    A chunk caught mid-create is reconciled first, so a batch that did reach the API is
    canceled too.
    """
    with Store(state_path) as store, store.lock(name), make_client() as client:
        require_job(store, name)
        store.mark_canceled(name)
        for chunk in store.chunks(name):
            if chunk.state == "creating":
                match = find_batch(client, store, chunk)
                if match is None:
                    store.mark_pending(chunk)
                    continue
                store.mark_submitted(chunk, match.batch.id, verified=match.verified)
                chunk = store.chunk(name, chunk.idx)
            if chunk.batch_id is None or chunk.processing_status == "ended":
                continue
            try:
                batch = client.messages.batches.cancel(chunk.batch_id)
            except claude.BadRequestError:  # it ended meanwhile
                batch = client.messages.batches.retrieve(chunk.batch_id)
            store.record_status(chunk, str(batch.processing_status), batch.request_counts.to_dict())
            print(f"chunk {chunk.idx}: {chunk.batch_id} {batch.processing_status}", flush=True)
        print(f"job {name}: canceled", flush=True)


def list_jobs(*, state_path: Path) -> None:
    """One line per job: name, requests, batches submitted/ended, created, source."""
    with Store(state_path) as store:
        jobs = store.jobs()
        if not jobs:
            print(f"no jobs in {state_path}", file=sys.stderr)
        for job in jobs:
            chunks = store.chunks(job.name)
            submitted = sum(c.state == "submitted" for c in chunks)
            ended = sum(c.processing_status == "ended" for c in chunks)
            status = (
                "canceled"
                if job.canceled_at
                else "ended"
                if ended == len(chunks)
                else ("running" if submitted == len(chunks) else "submitting")
            )
            print(
                f"{job.name}\t{status}\t{job.requests} requests\t{len(chunks)} batches"
                f"\t{submitted} submitted\t{ended} ended\t{job.created_at[:19]}\t{job.source}"
            )


def list_batches() -> None:
    """The workspace's batches, newest first: id, status, counts, created."""
    with make_client() as client:
        for batch in client.messages.batches.list(limit=100):
            counts = batch.request_counts.to_dict()
            shown = " ".join(f"{k} {v}" for k, v in counts.items())
            created = batch.created_at.isoformat()[:19]
            print(f"{batch.id}\t{batch.processing_status}\t{shown}\t{created}")
