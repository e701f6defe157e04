"""``claude batch results``: every batch's results written as JSON Lines in constant memory.

``--order any`` writes each line as it arrives. ``--order input`` spools one batch's lines to
a temporary file, indexes them by input line in a temporary SQLite table, then writes them in
line order: memory stays flat however large the job. ``--errored-only`` writes the request
lines (from the source file) whose result is ``errored`` or ``expired``, ready to submit as a
retry job. Every batch must have ended; each result must belong to its chunk and every request
must have one, or nothing is written (the output appears only when complete).
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import IO, TYPE_CHECKING

import orjson

from .chunking import file_digest
from .common import make_client
from .exits import API_ERROR, NOT_FINISHED, USAGE, CLIError
from .jobs import check_adopted, refresh, require_job, require_submitted
from .state import Chunk, Job, Store

if TYPE_CHECKING:
    import claude

__all__ = ["RETRY_TYPES", "results"]

#: The result types ``--errored-only`` keeps.
RETRY_TYPES = frozenset({"errored", "expired"})
_BATCH_ROWS = 1_000


class _Source:
    """Reads request lines of the source file back by offset."""

    def __init__(self, job: Job) -> None:
        path = Path(job.source)
        if not path.exists() or file_digest(path) != (job.source_size, job.source_sha256):
            raise CLIError(
                f"{path} is missing or changed since job {job.name!r} was planned", USAGE
            )
        self._file = path.open("rb")

    def line(self, offset: int, length: int) -> bytes:
        self._file.seek(offset)
        data = self._file.read(length)
        return data if data.endswith(b"\n") else data + b"\n"

    def close(self) -> None:
        self._file.close()


def _lines(
    client: claude.Client, store: Store, chunk: Chunk, source: _Source | None
) -> Iterator[tuple[int, bytes]]:
    """``(input line, output bytes)`` for each result of *chunk*, as the API sends them."""
    assert chunk.batch_id is not None
    count = 0
    with client.messages.batches.results(chunk.batch_id) as results:
        for item in results:
            found = store.request_line(chunk.job, item.custom_id)
            if found is None or found[1] != chunk.idx:
                raise CLIError(
                    f"batch {chunk.batch_id} returned custom_id {item.custom_id!r}, which is not "
                    f"in chunk {chunk.idx}; nothing was written",
                    API_ERROR,
                )
            count += 1
            data = item.to_dict()
            if source is None:
                yield found[0], orjson.dumps(data) + b"\n"
            elif data.get("result", {}).get("type") in RETRY_TYPES:
                yield found[0], source.line(found[2], found[3])
    if count != chunk.requests:
        raise CLIError(
            f"batch {chunk.batch_id} returned {count} results for {chunk.requests} requests; "
            "nothing was written",
            API_ERROR,
        )


def _as_they_come(lines: Iterator[tuple[int, bytes]], out: IO[bytes]) -> int:
    """Write *lines* in the API's order; return how many."""
    count = 0
    for _, data in lines:
        out.write(data)
        count += 1
    return count


def _in_input_order(lines: Iterator[tuple[int, bytes]], out: IO[bytes]) -> int:
    """Write *lines* sorted by input line, through a spool file and an on-disk index."""
    count = 0
    with tempfile.TemporaryDirectory(prefix="claude-results-") as folder:
        index = sqlite3.connect(Path(folder) / "index.db")
        index.execute("CREATE TABLE spool (line INTEGER PRIMARY KEY, offset INTEGER, size INTEGER)")
        with (Path(folder) / "spool").open("w+b") as spool:
            rows: list[tuple[int, int, int]] = []
            for line, data in lines:
                rows.append((line, spool.tell(), len(data)))
                spool.write(data)
                count += 1
                if len(rows) >= _BATCH_ROWS:
                    index.executemany("INSERT INTO spool VALUES (?, ?, ?)", rows)
                    rows.clear()
            index.executemany("INSERT INTO spool VALUES (?, ?, ?)", rows)
            spool.flush()
            for offset, size in index.execute("SELECT offset, size FROM spool ORDER BY line"):
                spool.seek(offset)
                out.write(spool.read(size))
        index.close()
    return count


@contextlib.contextmanager
def _output(out: Path) -> Iterator[IO[bytes]]:
    """Standard output for ``-``; else a temporary file renamed over *out* once complete."""
    if str(out) == "-":
        yield sys.stdout.buffer
        sys.stdout.buffer.flush()
        return
    folder = out.resolve().parent
    handle, temporary = tempfile.mkstemp(prefix=f".{out.name}.", dir=folder)
    try:
        with os.fdopen(handle, "wb") as file:
            yield file
        os.replace(temporary, out)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(temporary)
        raise


def results(name: str, *, state_path: Path, out: Path, order: str, errored_only: bool) -> None:
    """Write the results (or, with *errored_only*, the requests to retry) of job *name*."""
    with Store(state_path) as store, make_client() as client:
        job = require_job(store, name)
        chunks = []
        for chunk in require_submitted(store, name):
            if chunk.processing_status != "ended":
                chunk = refresh(client, store, chunk)
            chunks.append(check_adopted(client, store, chunk))
        waiting = [c for c in chunks if c.processing_status != "ended"]
        if waiting:
            raise CLIError(
                f"job {name!r}: {len(waiting)} of {len(chunks)} batch(es) have not ended; "
                f"`claude batch watch {name}` waits for them",
                NOT_FINISHED,
            )
        source = _Source(job) if errored_only else None
        written = 0
        try:
            with _output(out) as file:
                write = _in_input_order if order == "input" else _as_they_come
                for chunk in chunks:
                    written += write(_lines(client, store, chunk, source), file)
        finally:
            if source is not None:
                source.close()
        store.mark_downloaded(name)
    what = "requests to retry" if errored_only else "results"
    print(f"job {name}: wrote {written} {what} to {out}", file=sys.stderr, flush=True)
