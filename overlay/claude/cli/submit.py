"""``claude batch submit``: plan a job once, then create each chunk's batch exactly once.

Steps, each committed before the next (see :mod:`.reconcile` for the idempotency rule):
plan (every line checked, chunks and custom ids stored in one transaction) -> for each chunk:
mark ``creating`` -> create (``max_retries=0``) -> record the batch id as ``submitted``.
Rerunning the same command after a crash or Ctrl-C at any point resumes: submitted chunks are
skipped, a ``creating`` chunk is reconciled with the API's batches before anything is created.
"""

from __future__ import annotations

import time
from pathlib import Path

import claude

from . import hooks
from .chunking import file_digest, limits, plan, read_chunk
from .common import make_client, waits_enabled
from .exits import API_ERROR, USAGE, CLIError
from .reconcile import find_batch
from .state import Chunk, Job, Store, utc_now

__all__ = ["MAX_ATTEMPTS", "submit"]

#: Create attempts per chunk in one run when the outcome is unknown or the API is busy.
MAX_ATTEMPTS = 5


def _refused(exc: claude.APIStatusError) -> bool:
    """The API refused the create, so it made nothing (429 and most 4xx). Anything else
    (5xx, 408, 409, a connection failure) leaves the outcome unknown."""
    return exc.status_code < 500 and exc.status_code not in (408, 409)


def _wait(attempt: int) -> None:
    if waits_enabled():
        time.sleep(min(30.0, 2.0 ** (attempt - 1)))


def _say(text: str) -> None:
    print(text, flush=True)


def _open_job(store: Store, name: str, source: Path) -> Job:
    job = store.job(name)
    if job is not None:
        size, sha256 = file_digest(source)
        if (size, sha256) != (job.source_size, job.source_sha256):
            raise CLIError(
                f"job {name!r} was planned from a different file ({job.source}); "
                "pass another --job name for a new job",
                USAGE,
            )
        return job
    max_requests, max_bytes = limits()
    planned = plan(source, max_requests=max_requests, max_bytes=max_bytes)
    job = Job(
        name=name,
        source=str(source),
        source_size=planned.size,
        source_sha256=planned.sha256,
        requests=len(planned.requests),
        chunks=len(planned.chunks),
        max_requests=max_requests,
        max_bytes=max_bytes,
        created_at=utc_now(),
        canceled_at=None,
    )
    store.create_job(job, planned.chunks, planned.requests)
    _say(f"job {name}: {job.requests} requests in {job.chunks} batch(es), all lines valid")
    hooks.checkpoint("after_plan")
    return job


def _submit_chunk(client: claude.Client, store: Store, source: Path, chunk: Chunk) -> None:
    where = f"chunk {chunk.idx}: lines {chunk.first_line}-{chunk.last_line} ({chunk.requests})"
    for attempt in range(1, MAX_ATTEMPTS + 1):
        if chunk.state == "creating":
            match = find_batch(client, store, chunk)
            if match is not None:
                store.mark_submitted(chunk, match.batch.id, verified=match.verified)
                _say(f"{where} -> {match.batch.id} (found from an earlier attempt)")
                return
        requests = read_chunk(source, chunk)
        store.mark_creating(chunk, utc_now())
        chunk = store.chunk(chunk.job, chunk.idx)
        hooks.checkpoint("before_create", chunk.idx)
        try:
            batch = client.messages.batches.create(requests=requests, max_retries=0)
        except claude.APIStatusError as exc:
            if not _refused(exc):
                _wait(attempt)
                continue  # unknown outcome: reconcile on the next round
            store.mark_pending(chunk)
            chunk = store.chunk(chunk.job, chunk.idx)
            if exc.status_code != 429 or attempt == MAX_ATTEMPTS:
                raise
            _wait(attempt)
            continue
        except claude.APIConnectionError:
            _wait(attempt)
            continue
        hooks.checkpoint("after_create", chunk.idx)
        store.mark_submitted(chunk, batch.id, verified=True)
        hooks.checkpoint("after_record", chunk.idx)
        _say(f"{where} -> {batch.id}")
        return
    raise CLIError(
        f"chunk {chunk.idx} could not be submitted after {MAX_ATTEMPTS} attempts; rerun the "
        "same command to resume (nothing is created twice)",
        API_ERROR,
    )


def submit(requests: Path, *, job: str, state_path: Path) -> None:
    """Plan (or resume) job *job* from *requests* and submit every chunk not yet submitted."""
    source = requests.resolve()
    with Store(state_path) as store, store.lock(job), make_client() as client:
        record = _open_job(store, job, source)
        if record.canceled_at is not None:
            raise CLIError(f"job {job!r} was canceled; nothing more is submitted", USAGE)
        chunks = store.chunks(job)
        for chunk in chunks:
            if chunk.state != "submitted":
                _submit_chunk(client, store, source, chunk)
        _say(f"job {job}: all {len(chunks)} batch(es) submitted; `claude batch watch {job}`")
