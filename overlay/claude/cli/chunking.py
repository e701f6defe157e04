"""Reading a requests file: every line checked first, then split into API-sized batches.

Each non-blank line is one batch request ``{"custom_id": ..., "params": {...}}``. A line is
checked with the same request validation ``client.messages.batches.create`` runs before it
sends (``claude._build.pipeline.validate`` against the generated ``BatchCreateParams``, a block
of 1,000 lines per call and each line of a failing block again for its own message: about 8 us
a line, where building a ``MessageRequest`` per line would take about 60), plus the two
rules the API applies to custom ids: 1 to 64 letters, digits, ``_`` or ``-``, unique (here:
unique in the whole job, since results are matched by custom id). Every problem is reported
with its line number; nothing is planned if there is one.

Chunks are consecutive lines, cut greedily before a line that would take the batch past
:data:`MAX_REQUESTS` requests or :data:`MAX_BYTES` bytes of JSON body (the body the client
sends: ``{"requests":[...]}`` in compact JSON, each request measured as serialised).
"""

from __future__ import annotations

import hashlib
import os
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import orjson

import claude

from .exits import INVALID_INPUT, CLIError
from .state import Chunk, PlannedChunk

__all__ = ["MAX_BYTES", "MAX_REQUESTS", "Plan", "file_digest", "limits", "plan", "read_chunk"]

#: The API's limit of requests in one batch.
MAX_REQUESTS = 100_000
#: The API's limit of one batch's size: 256 MB, read as the smaller 256,000,000 bytes.
MAX_BYTES = 256_000_000
_BODY_OVERHEAD = len(b'{"requests":[]}')
_CUSTOM_ID = re.compile(r"[A-Za-z0-9_-]{1,64}")
# Smaller limits for tests only (never above the API's).
_TEST_LIMITS = ("CLAUDE_CLI_TEST_MAX_REQUESTS", "CLAUDE_CLI_TEST_MAX_BYTES")


def limits() -> tuple[int, int]:
    """``(max requests, max bytes)`` per batch: the API's, or smaller ones set for tests."""
    values = [MAX_REQUESTS, MAX_BYTES]
    for index, name in enumerate(_TEST_LIMITS):
        raw = os.environ.get(name)
        if raw:
            values[index] = max(1, min(values[index], int(raw)))
    return values[0], values[1]


@dataclass
class Plan:
    """A checked requests file cut into chunks."""

    size: int
    sha256: str
    chunks: list[PlannedChunk] = field(default_factory=list)
    # (line, custom_id, chunk index from 1, byte offset, byte length)
    requests: list[tuple[int, str, int, int, int]] = field(default_factory=list)


def _shape_problem(line: int, data: Any) -> str | None:
    """The first problem of one parsed line against the batch request model, or None."""
    from claude._build.pipeline import validate

    if not isinstance(data, dict):
        return f"line {line}: expected a JSON object with custom_id and params"
    try:
        validate(_batch_model(), {"requests": [data]})
    except claude.RequestValidationError as exc:
        text = str(exc)
        for prefix in ("requests[0].", "requests.0."):
            text = text.removeprefix(prefix)
        return f"line {line}: {text}"
    return None


def _block_is_valid(items: list[Any]) -> bool:
    """Whether every item fits (one validation call for a block: a third cheaper a line)."""
    from claude._build.pipeline import validate

    if not all(isinstance(item, dict) for item in items):
        return False
    try:
        validate(_batch_model(), {"requests": items})
    except claude.RequestValidationError:
        return False
    return True


def _batch_model() -> type:
    from claude_api.models import BatchCreateParams

    return BatchCreateParams


class _Cutter:
    """Greedy chunking over checked lines."""

    def __init__(self, plan: Plan, max_requests: int, max_bytes: int) -> None:
        self.plan, self.max_requests, self.max_bytes = plan, max_requests, max_bytes
        self.open: dict[str, Any] | None = None

    def add(self, line: int, custom_id: str, offset: int, length: int, size: int) -> None:
        current = self.open
        if current is not None and (
            current["requests"] + 1 > self.max_requests
            or current["body_bytes"] + 1 + size > self.max_bytes
        ):
            self.close()
            current = None
        if current is None:
            current = self.open = {
                "first_line": line,
                "start_offset": offset,
                "requests": 0,
                "body_bytes": _BODY_OVERHEAD - 1,
                "first_custom_id": custom_id,
            }
        current["requests"] += 1
        current["body_bytes"] += 1 + size  # the comma (one fewer than requests: see above)
        current["last_line"], current["end_offset"] = line, offset + length
        current["last_custom_id"] = custom_id
        self.plan.requests.append((line, custom_id, len(self.plan.chunks) + 1, offset, length))

    def close(self) -> None:
        if self.open is not None:
            self.plan.chunks.append(PlannedChunk(**self.open))
            self.open = None


class _Checker:
    """Checks parsed lines a block at a time and feeds the valid ones to the cutter."""

    BLOCK = 1000

    def __init__(self, cutter: _Cutter, max_bytes: int) -> None:
        self.cutter, self.max_bytes = cutter, max_bytes
        self.problems: list[str] = []
        self.seen: dict[str, int] = {}
        self.pending: list[tuple[int, int, int, Any]] = []  # (line, offset, length, data)

    def add(self, line: int, offset: int, length: int, data: Any) -> None:
        self.pending.append((line, offset, length, data))
        if len(self.pending) >= self.BLOCK:
            self.flush()

    def flush(self) -> None:
        valid = _block_is_valid([data for *_, data in self.pending])
        for line, offset, length, data in self.pending:
            problem = None if valid else _shape_problem(line, data)
            if problem is None:
                problem, size = self._request_problem(line, data)
            if problem is not None:
                self.problems.append(problem)
            elif not self.problems:
                self.cutter.add(line, data["custom_id"], offset, length, size)
        self.pending.clear()

    def _request_problem(self, line: int, data: dict[str, Any]) -> tuple[str | None, int]:
        custom_id = data["custom_id"]
        if not _CUSTOM_ID.fullmatch(custom_id):
            return (
                f"line {line}: custom_id: expected 1 to 64 letters, digits, '_' or '-' "
                f"(got {custom_id!r})"
            ), 0
        first = self.seen.setdefault(custom_id, line)
        if first != line:
            return f"line {line}: custom_id {custom_id!r} is already on line {first}", 0
        size = len(orjson.dumps(data))
        if size + _BODY_OVERHEAD > self.max_bytes:
            return (
                f"line {line}: the request is {size} bytes, more than a batch can hold "
                f"({self.max_bytes} bytes)"
            ), 0
        return None, size


def plan(path: Path, *, max_requests: int, max_bytes: int) -> Plan:
    """Check every line of *path* and cut it into chunks.

    Raises:
        CLIError: (exit 3) listing every bad line, when there is one.
    """
    digest = hashlib.sha256()
    result = Plan(size=0, sha256="")
    cutter = _Cutter(result, max_requests, max_bytes)
    checker = _Checker(cutter, max_bytes)
    offset = 0
    with path.open("rb") as source:
        for line_no, raw in enumerate(source, start=1):
            digest.update(raw)
            start, offset = offset, offset + len(raw)
            if not raw.strip():
                continue
            try:
                data = orjson.loads(raw)
            except orjson.JSONDecodeError as exc:
                checker.flush()  # keep the problems in line order
                checker.problems.append(f"line {line_no}: not valid JSON ({exc})")
                continue
            checker.add(line_no, start, len(raw), data)
    checker.flush()
    if checker.problems:
        count = len(checker.problems)
        raise CLIError(
            f"{path}: {count} invalid line{'s' if count > 1 else ''}; nothing was sent\n"
            + "\n".join(checker.problems),
            INVALID_INPUT,
        )
    if not checker.seen:
        raise CLIError(f"{path}: no requests in the file", INVALID_INPUT)
    cutter.close()
    result.size, result.sha256 = offset, digest.hexdigest()
    return result


def file_digest(path: Path) -> tuple[int, str]:
    """``(size, sha256)`` of *path*."""
    digest = hashlib.sha256()
    size = 0
    with path.open("rb") as source:
        while block := source.read(1 << 20):
            digest.update(block)
            size += len(block)
    return size, digest.hexdigest()


def read_chunk(path: Path, chunk: Chunk) -> list[dict[str, Any]]:
    """The requests of *chunk*, read again from the (unchanged) source file."""
    requests = list(_chunk_lines(path, chunk))
    if (
        len(requests) != chunk.requests
        or requests[0]["custom_id"] != chunk.first_custom_id
        or requests[-1]["custom_id"] != chunk.last_custom_id
    ):
        raise CLIError(f"{path} changed since the job was planned (chunk {chunk.idx})")
    return requests


def _chunk_lines(path: Path, chunk: Chunk) -> Iterator[dict[str, Any]]:
    with path.open("rb") as source:
        source.seek(chunk.start_offset)
        data = source.read(chunk.end_offset - chunk.start_offset)
    for raw in data.splitlines():
        if raw.strip():
            yield orjson.loads(raw)
