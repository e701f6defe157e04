"""Reading a requests file: every line checked first, then split into API-sized batches.

Each non-blank line is one batch request ``{"custom_id": ..., "params": {...}}``. A line is
checked with the same request validation ``client.messages.batches.create`` runs before it
sends (``claude._build.pipeline.validate`` against the generated ``BatchCreateParams``: about
9 us a line, where building a ``MessageRequest`` per line would take about 60), plus the two
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


def _problem(line: int, data: Any) -> str | None:
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
    custom_id = data["custom_id"]
    if not _CUSTOM_ID.fullmatch(custom_id):
        return (
            f"line {line}: custom_id: expected 1 to 64 letters, digits, '_' or '-' "
            f"(got {custom_id!r})"
        )
    return None


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


def plan(path: Path, *, max_requests: int, max_bytes: int) -> Plan:
    """Check every line of *path* and cut it into chunks.

    Raises:
        CLIError: (exit 3) listing every bad line, when there is one.
    """
    digest = hashlib.sha256()
    result = Plan(size=0, sha256="")
    cutter = _Cutter(result, max_requests, max_bytes)
    problems: list[str] = []
    seen: dict[str, int] = {}
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
                problems.append(f"line {line_no}: not valid JSON ({exc})")
                continue
            problem = _problem(line_no, data)
            if problem is None:
                custom_id = data["custom_id"]
                first = seen.setdefault(custom_id, line_no)
                if first != line_no:
                    problem = f"line {line_no}: custom_id {custom_id!r} is already on line {first}"
            if problem is None:
                size = len(orjson.dumps(data))
                if size + _BODY_OVERHEAD > max_bytes:
                    problem = (
                        f"line {line_no}: the request is {size} bytes, more than a batch can "
                        f"hold ({max_bytes} bytes)"
                    )
            if problem is not None:
                problems.append(problem)
                continue
            if not problems:
                cutter.add(line_no, data["custom_id"], start, len(raw), size)
    if problems:
        count = len(problems)
        raise CLIError(
            f"{path}: {count} invalid line{'s' if count > 1 else ''}; nothing was sent\n"
            + "\n".join(problems),
            INVALID_INPUT,
        )
    if not seen:
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
