"""Helpers over a stored job that several batch commands share: loading it, refreshing its
chunks from the API, and checking batches that were adopted unverified."""

from __future__ import annotations

from typing import TYPE_CHECKING

from .exits import NOT_FINISHED, USAGE, CLIError
from .reconcile import results_match
from .state import Chunk, Job, Store

if TYPE_CHECKING:
    import claude

__all__ = ["check_adopted", "refresh", "require_job", "require_submitted"]


def require_job(store: Store, name: str) -> Job:
    """The job, or a usage error naming the state file."""
    job = store.job(name)
    if job is None:
        raise CLIError(f"no job {name!r} in {store.path}", USAGE)
    return job


def require_submitted(store: Store, name: str) -> list[Chunk]:
    """The job's submitted chunks; an error (exit 4) when some are not submitted yet, unless
    the job was canceled (then the chunks it never submitted are left out)."""
    chunks = store.chunks(name)
    waiting = [c.idx for c in chunks if c.state != "submitted"]
    job = store.job(name)
    if waiting and job is not None and job.canceled_at is not None:
        return [c for c in chunks if c.state == "submitted"]
    if waiting:
        raise CLIError(
            f"job {name!r}: {len(waiting)} of {len(chunks)} batch(es) not submitted yet "
            f"(chunks {', '.join(map(str, waiting[:10]))}); rerun `claude batch submit`",
            NOT_FINISHED,
        )
    return chunks


def refresh(client: claude.Client, store: Store, chunk: Chunk) -> Chunk:
    """Retrieve the chunk's batch and store its status and counts."""
    assert chunk.batch_id is not None
    batch = client.messages.batches.retrieve(chunk.batch_id)
    store.record_status(chunk, str(batch.processing_status), batch.request_counts.to_dict())
    return store.chunk(chunk.job, chunk.idx)


def check_adopted(client: claude.Client, store: Store, chunk: Chunk) -> Chunk:
    """Verify an ended batch that was adopted unverified; release it if it is not the chunk's.

    Raises:
        CLIError: (exit 4) the batch was another's: the chunk must be submitted again.
    """
    if chunk.verified or chunk.processing_status != "ended" or chunk.batch_id is None:
        return chunk
    if results_match(client, store, chunk, chunk.batch_id):
        store.mark_verified(chunk)
        return store.chunk(chunk.job, chunk.idx)
    store.unadopt(chunk)
    raise CLIError(
        f"batch {chunk.batch_id} does not hold chunk {chunk.idx} of job {chunk.job!r}; the "
        "chunk was released: rerun `claude batch submit` to submit it",
        NOT_FINISHED,
    )
