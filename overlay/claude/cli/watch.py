"""``claude batch watch``: rich progress bars per batch and overall until every batch ends,
polling with backoff (``--poll`` doubling up to ``--max-poll``)."""

from __future__ import annotations

import time
from pathlib import Path

from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TaskID, TextColumn

from .common import make_client
from .exits import NOT_FINISHED, CLIError
from .jobs import check_adopted, refresh, require_job, require_submitted
from .state import Chunk, Store

__all__ = ["watch"]


def _counts(chunk: Chunk) -> str:
    return (
        f"{chunk.processing_status or '?'}: succeeded {chunk.succeeded} errored {chunk.errored}"
        f" canceled {chunk.canceled} expired {chunk.expired}"
    )


def _done(chunk: Chunk) -> int:
    return chunk.requests - chunk.processing if chunk.processing_status else 0


def _totals(chunks: list[Chunk]) -> str:
    ended = sum(c.processing_status == "ended" for c in chunks)
    fields = ("processing", "succeeded", "errored", "canceled", "expired")
    sums = {name: sum(getattr(c, name) for c in chunks) for name in fields}
    return f"{ended}/{len(chunks)} batches ended: " + " ".join(f"{k} {v}" for k, v in sums.items())


def watch(
    name: str, *, state_path: Path, poll: float, max_poll: float, max_polls: int | None
) -> None:
    """Poll the job's batches until all have ended (or *max_polls* rounds, exit 4)."""
    console = Console(highlight=False)
    with Store(state_path) as store, make_client() as client:
        require_job(store, name)
        chunks = require_submitted(store, name)
        progress = Progress(
            TextColumn("{task.description}"),
            BarColumn(bar_width=20),
            MofNCompleteColumn(),
            TextColumn("{task.fields[counts]}"),
            console=console,
            auto_refresh=False,
        )
        with progress:
            total = sum(c.requests for c in chunks)
            overall = progress.add_task("all    ", total=total, counts="")
            tasks: dict[int, TaskID] = {
                c.idx: progress.add_task(f"batch {c.idx}", total=c.requests, counts=_counts(c))
                for c in chunks
            }
            interval, rounds = poll, 0
            while True:
                rounds += 1
                for position, chunk in enumerate(chunks):
                    if chunk.processing_status != "ended":
                        chunk = check_adopted(client, store, refresh(client, store, chunk))
                        chunks[position] = chunk
                    progress.update(tasks[chunk.idx], completed=_done(chunk), counts=_counts(chunk))
                progress.update(overall, completed=sum(map(_done, chunks)), counts=_totals(chunks))
                progress.refresh()
                if all(c.processing_status == "ended" for c in chunks):
                    break
                if max_polls is not None and rounds >= max_polls:
                    raise CLIError(f"job {name!r} has not ended: {_totals(chunks)}", NOT_FINISHED)
                time.sleep(interval)
                interval = min(max(interval * 2, interval), max_poll)
        for chunk in chunks:  # plain lines: never wrapped, easy to read in scripts
            print(f"batch {chunk.idx}: {chunk.batch_id} {_counts(chunk)}")
        print(f"job {name}: {_totals(chunks)}", flush=True)
