"""The batch job state: one SQLite database (stdlib ``sqlite3``, WAL mode), shared by jobs.

Every change is its own committed transaction, so a crash at any point leaves the last step
on disk and nothing half-written; ``submit`` and ``cancel`` hold a per-job ``flock`` so two
runs of one job never interleave. The schema (also in the README)::

    jobs      name PK, source (absolute path), source_size, source_sha256, requests,
              chunks, max_requests, max_bytes, created_at, canceled_at
    chunks    (job, idx) PK, first_line, last_line (1-based, inclusive), start_offset,
              end_offset (bytes of the source), requests, body_bytes, first_custom_id,
              last_custom_id, state ('pending' | 'creating' | 'submitted'), creating_since
              (UTC, written before each create call), batch_id UNIQUE, verified (1 once the
              batch is known to hold exactly this chunk's custom ids), processing_status,
              processing, succeeded, errored, canceled, expired, results_downloaded
    requests  (job, line) PK, custom_id (UNIQUE per job), chunk, offset, length

No library is used: the whole store is a few statements over the standard library.
"""

from __future__ import annotations

import contextlib
import datetime
import hashlib
import sqlite3
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any

__all__ = ["COUNTS", "Chunk", "Job", "PlannedChunk", "Store", "utc_now"]

_SCHEMA = """
CREATE TABLE IF NOT EXISTS jobs (
    name TEXT PRIMARY KEY,
    source TEXT NOT NULL,
    source_size INTEGER NOT NULL,
    source_sha256 TEXT NOT NULL,
    requests INTEGER NOT NULL,
    chunks INTEGER NOT NULL,
    max_requests INTEGER NOT NULL,
    max_bytes INTEGER NOT NULL,
    created_at TEXT NOT NULL,
    canceled_at TEXT
);
CREATE TABLE IF NOT EXISTS chunks (
    job TEXT NOT NULL REFERENCES jobs(name),
    idx INTEGER NOT NULL,
    first_line INTEGER NOT NULL,
    last_line INTEGER NOT NULL,
    start_offset INTEGER NOT NULL,
    end_offset INTEGER NOT NULL,
    requests INTEGER NOT NULL,
    body_bytes INTEGER NOT NULL,
    first_custom_id TEXT NOT NULL,
    last_custom_id TEXT NOT NULL,
    state TEXT NOT NULL DEFAULT 'pending',
    creating_since TEXT,
    batch_id TEXT UNIQUE,
    verified INTEGER NOT NULL DEFAULT 0,
    processing_status TEXT,
    processing INTEGER NOT NULL DEFAULT 0,
    succeeded INTEGER NOT NULL DEFAULT 0,
    errored INTEGER NOT NULL DEFAULT 0,
    canceled INTEGER NOT NULL DEFAULT 0,
    expired INTEGER NOT NULL DEFAULT 0,
    results_downloaded INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (job, idx)
);
CREATE TABLE IF NOT EXISTS requests (
    job TEXT NOT NULL,
    line INTEGER NOT NULL,
    custom_id TEXT NOT NULL,
    chunk INTEGER NOT NULL,
    offset INTEGER NOT NULL,
    length INTEGER NOT NULL,
    PRIMARY KEY (job, line),
    UNIQUE (job, custom_id)
) WITHOUT ROWID;
"""

COUNTS = ("processing", "succeeded", "errored", "canceled", "expired")


def utc_now() -> str:
    """The current UTC time, RFC 3339 with microseconds."""
    return datetime.datetime.now(datetime.UTC).isoformat()


@dataclass(frozen=True)
class Job:
    """A job row."""

    name: str
    source: str
    source_size: int
    source_sha256: str
    requests: int
    chunks: int
    max_requests: int
    max_bytes: int
    created_at: str
    canceled_at: str | None


@dataclass(frozen=True)
class Chunk:
    """A chunk row: one API batch's worth of consecutive request lines."""

    job: str
    idx: int
    first_line: int
    last_line: int
    start_offset: int
    end_offset: int
    requests: int
    body_bytes: int
    first_custom_id: str
    last_custom_id: str
    state: str
    creating_since: str | None
    batch_id: str | None
    verified: int
    processing_status: str | None
    processing: int
    succeeded: int
    errored: int
    canceled: int
    expired: int
    results_downloaded: int


@dataclass(frozen=True)
class PlannedChunk:
    """A chunk as the planner makes it, before it is stored."""

    first_line: int
    last_line: int
    start_offset: int
    end_offset: int
    requests: int
    body_bytes: int
    first_custom_id: str
    last_custom_id: str


class Store:
    """The state database at *path* (created with its folder when missing)."""

    def __init__(self, path: Path) -> None:
        path.parent.mkdir(parents=True, exist_ok=True)
        self.path = path
        self._db = sqlite3.connect(path, isolation_level=None, timeout=30.0)
        self._db.row_factory = sqlite3.Row
        self._db.execute("PRAGMA journal_mode=WAL")
        self._db.execute("PRAGMA synchronous=FULL")
        self._db.execute("PRAGMA foreign_keys=ON")
        self._db.executescript(_SCHEMA)

    def close(self) -> None:
        """Close the database."""
        self._db.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- jobs ------------------------------------------------------------------------------

    def job(self, name: str) -> Job | None:
        """The job called *name*, or None."""
        row = self._db.execute("SELECT * FROM jobs WHERE name = ?", (name,)).fetchone()
        return None if row is None else Job(**dict(row))

    def jobs(self) -> list[Job]:
        """Every job, oldest first."""
        rows = self._db.execute("SELECT * FROM jobs ORDER BY created_at").fetchall()
        return [Job(**dict(row)) for row in rows]

    def create_job(
        self,
        job: Job,
        chunks: Iterable[PlannedChunk],
        requests: Iterable[tuple[int, str, int, int, int]],
    ) -> None:
        """Store a planned job, its chunks and its ``(line, custom_id, chunk, offset, length)``
        request rows in one transaction: after a crash, all of it is there or none."""
        with self._transaction():
            self._db.execute(
                "INSERT INTO jobs VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    job.name,
                    job.source,
                    job.source_size,
                    job.source_sha256,
                    job.requests,
                    job.chunks,
                    job.max_requests,
                    job.max_bytes,
                    job.created_at,
                    job.canceled_at,
                ),
            )
            self._db.executemany(
                "INSERT INTO chunks (job, idx, first_line, last_line, start_offset, end_offset,"
                " requests, body_bytes, first_custom_id, last_custom_id)"
                " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    (
                        job.name,
                        idx,
                        c.first_line,
                        c.last_line,
                        c.start_offset,
                        c.end_offset,
                        c.requests,
                        c.body_bytes,
                        c.first_custom_id,
                        c.last_custom_id,
                    )
                    for idx, c in enumerate(chunks, start=1)
                ),
            )
            self._db.executemany(
                "INSERT INTO requests VALUES (?, ?, ?, ?, ?, ?)",
                ((job.name, *row) for row in requests),
            )

    def lock(self, name: str) -> contextlib.AbstractContextManager[None]:
        """Hold the job's writer lock (``flock`` on a file beside the database) so that two
        ``submit`` or ``cancel`` runs of one job never interleave; the system drops it when
        the process dies, however it dies.

        Raises:
            CLIError: (exit 2) another process holds it.
        """
        digest = hashlib.sha256(name.encode()).hexdigest()[:16]
        return _FileLock(self.path.with_name(f"{self.path.name}.{digest}.lock"), name)

    def mark_canceled(self, name: str) -> None:
        """Record that the job was canceled (no further chunk is submitted)."""
        self._db.execute("UPDATE jobs SET canceled_at = ? WHERE name = ?", (utc_now(), name))

    # -- chunks ----------------------------------------------------------------------------

    def chunks(self, name: str) -> list[Chunk]:
        """The job's chunks in input order."""
        rows = self._db.execute("SELECT * FROM chunks WHERE job = ? ORDER BY idx", (name,))
        return [Chunk(**dict(row)) for row in rows.fetchall()]

    def chunk(self, name: str, idx: int) -> Chunk:
        """One chunk."""
        row = self._db.execute(
            "SELECT * FROM chunks WHERE job = ? AND idx = ?", (name, idx)
        ).fetchone()
        return Chunk(**dict(row))

    def known_batch_ids(self) -> set[str]:
        """Every batch id recorded for any chunk of any job in this database."""
        rows = self._db.execute("SELECT batch_id FROM chunks WHERE batch_id IS NOT NULL")
        return {str(row[0]) for row in rows.fetchall()}

    def mark_creating(self, chunk: Chunk, since: str) -> None:
        """Committed before a create call: the chunk may exist on the API from *since* on."""
        self._update(chunk, state="creating", creating_since=since)

    def mark_pending(self, chunk: Chunk) -> None:
        """The create call certainly created nothing (the API refused it)."""
        self._update(chunk, state="pending", creating_since=None)

    def mark_submitted(self, chunk: Chunk, batch_id: str, *, verified: bool) -> None:
        """The chunk's batch is *batch_id*."""
        self._update(chunk, state="submitted", batch_id=batch_id, verified=int(verified))

    def mark_verified(self, chunk: Chunk) -> None:
        """The batch's results hold exactly this chunk's custom ids."""
        self._update(chunk, verified=1)

    def unadopt(self, chunk: Chunk) -> None:
        """An adopted batch turned out not to be this chunk's: submit the chunk again."""
        self._update(
            chunk,
            state="pending",
            batch_id=None,
            verified=0,
            creating_since=None,
            processing_status=None,
            **dict.fromkeys(COUNTS, 0),
        )

    def record_status(self, chunk: Chunk, status: str, counts: dict[str, int]) -> None:
        """The batch's latest ``processing_status`` and request counts."""
        self._update(chunk, processing_status=status, **{k: counts.get(k, 0) for k in COUNTS})

    def mark_downloaded(self, name: str) -> None:
        """Every chunk's results were written out."""
        self._db.execute("UPDATE chunks SET results_downloaded = 1 WHERE job = ?", (name,))

    # -- requests --------------------------------------------------------------------------

    def request_line(self, name: str, custom_id: str) -> tuple[int, int, int, int] | None:
        """``(line, chunk, offset, length)`` of the request with *custom_id*, or None."""
        row = self._db.execute(
            "SELECT line, chunk, offset, length FROM requests WHERE job = ? AND custom_id = ?",
            (name, custom_id),
        ).fetchone()
        return None if row is None else (row[0], row[1], row[2], row[3])

    def request_lines(self, name: str, chunk: int) -> Iterator[tuple[int, str, int, int]]:
        """``(line, custom_id, offset, length)`` of a chunk's requests in input order."""
        yield from self._db.execute(
            "SELECT line, custom_id, offset, length FROM requests"
            " WHERE job = ? AND chunk = ? ORDER BY line",
            (name, chunk),
        )

    # -- internals -------------------------------------------------------------------------

    def _update(self, chunk: Chunk, **values: Any) -> None:
        names = ", ".join(f"{name} = ?" for name in values)
        self._db.execute(
            f"UPDATE chunks SET {names} WHERE job = ? AND idx = ?",
            (*values.values(), chunk.job, chunk.idx),
        )

    def _transaction(self) -> _Transaction:
        return _Transaction(self._db)


class _FileLock:
    def __init__(self, path: Path, name: str) -> None:
        self._path, self._name = path, name
        self._file: IO[bytes] | None = None

    def __enter__(self) -> None:
        import fcntl

        from .exits import USAGE, CLIError

        self._file = self._path.open("ab")
        try:
            fcntl.flock(self._file.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            self._file.close()
            raise CLIError(
                f"job {self._name!r} is being submitted or canceled by another process", USAGE
            ) from None

    def __exit__(self, *exc: object) -> None:
        if self._file is not None:
            self._file.close()  # closing releases the lock


class _Transaction:
    def __init__(self, db: sqlite3.Connection) -> None:
        self._db = db

    def __enter__(self) -> None:
        self._db.execute("BEGIN IMMEDIATE")

    def __exit__(self, exc_type: object, exc: object, tb: object) -> None:
        self._db.execute("COMMIT" if exc_type is None else "ROLLBACK")
