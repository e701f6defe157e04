"""``claude batch watch``: rich progress bars per batch and overall until every batch ends,
polling with backoff (``--poll`` doubling up to ``--max-poll``)."""

from __future__ import annotations

import contextlib
import time
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TaskID, TextColumn

from .common import make_client
from .exits import NOT_FINISHED, CLIError
from .jobs import check_adopted, refresh, require_job, require_submitted
from .state import COUNTS, Chunk, Store

if TYPE_CHECKING:
    import claude

__all__ = ["watch"]


def _counts(chunk: Chunk) -> str:
    return (
        f"{chunk.processing_status or '?'}: succeeded {chunk.succeeded} errored {chunk.errored}"
        f" canceled {chunk.canceled} expired {chunk.expired}"
    )


def _done(chunk: Chunk) -> int:
    return chunk.requests - chunk.processing if chunk.processing_status else 0


def _totals(chunks: list[Chunk], fields: tuple[str, ...] = COUNTS) -> str:
    ended = sum(c.processing_status == "ended" for c in chunks)
    sums = {name: sum(getattr(c, name) for c in chunks) for name in fields}
    return f"{ended}/{len(chunks)} batches ended: " + " ".join(f"{k} {v}" for k, v in sums.items())


class _Bars:
    """Rich progress bars: one per batch and one overall (on a terminal)."""

    def __init__(self, console: Console, chunks: list[Chunk]) -> None:
        self.progress = Progress(
            TextColumn("{task.description}"),
            BarColumn(bar_width=16),
            MofNCompleteColumn(),
            TextColumn("{task.fields[counts]}"),
            console=console,
            auto_refresh=False,
        )
        total = sum(c.requests for c in chunks)
        self.overall = self.progress.add_task("all    ", total=total, counts="")
        self.tasks: dict[int, TaskID] = {
            c.idx: self.progress.add_task(f"batch {c.idx}", total=c.requests, counts=_counts(c))
            for c in chunks
        }

    def show(self, chunks: list[Chunk], rounds: int) -> None:
        for chunk in chunks:
            self.progress.update(
                self.tasks[chunk.idx], completed=_done(chunk), counts=_counts(chunk)
            )
        completed = sum(map(_done, chunks))
        totals = _totals(chunks, COUNTS[1:])  # the bar shows what is processing
        self.progress.update(self.overall, completed=completed, counts=totals)
        self.progress.refresh()


def _poll_until_ended(
    client: claude.Client,
    store: Store,
    chunks: list[Chunk],
    show: Callable[[list[Chunk], int], None],
    *,
    poll: float,
    max_poll: float,
    max_polls: int | None,
) -> None:
    interval, rounds = poll, 0
    while True:
        rounds += 1
        for position, chunk in enumerate(chunks):
            if chunk.processing_status != "ended":
                chunks[position] = check_adopted(client, store, refresh(client, store, chunk))
        show(chunks, rounds)
        if all(c.processing_status == "ended" for c in chunks):
            return
        if max_polls is not None and rounds >= max_polls:
            raise CLIError(f"job {chunks[0].job!r} has not ended: {_totals(chunks)}", NOT_FINISHED)
        time.sleep(interval)
        interval = min(interval * 2, max_poll)


def _print_round(chunks: list[Chunk], rounds: int) -> None:
    print(f"poll {rounds}: {_totals(chunks)}", flush=True)


def watch(
    name: str, *, state_path: Path, poll: float, max_poll: float, max_polls: int | None
) -> None:
    """Poll the job's batches until all have ended (or *max_polls* rounds, exit 4).

    On a terminal the progress is drawn as bars; otherwise each poll prints one line.
    """
    console = Console(highlight=False)
    with Store(state_path) as store, make_client() as client:
        require_job(store, name)
        chunks = require_submitted(store, name)
        bars = _Bars(console, chunks) if console.is_terminal else None
        with bars.progress if bars else contextlib.nullcontext():
            _poll_until_ended(
                client, store, chunks, bars.show if bars else _print_round,
                poll=poll, max_poll=max(poll, max_poll), max_polls=max_polls,
            )  # fmt: skip
        for chunk in chunks:  # plain lines: never wrapped, easy to read in scripts
            print(f"batch {chunk.idx}: {chunk.batch_id} {_counts(chunk)}")
        print(f"job {name}: {_totals(chunks)}", flush=True)
