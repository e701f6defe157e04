"""Message batches: an in-memory lifecycle driven by the client's own polling.

A new batch is ``in_progress`` with every request ``processing``. Each retrieve is a poll:
after ``k`` of ``polls_until_end`` polls the first ``k/polls_until_end`` of the requests
(in submission order) have an outcome, and at the last poll the batch is ``ended``. Cancel
moves it to ``canceling``; the next retrieve ends it, and requests without an outcome yet
are ``canceled``. As in the API, the counts other than ``processing`` stay zero until the end.

Outcomes are a succeeded default ``Message`` unless a result was scripted for the request's
``custom_id``. Results stream as JSON Lines in ``custom_id`` order; ``set_results`` replaces
them for one batch id (known or not) with any iterable, served lazily.
"""

from __future__ import annotations

import builtins
import datetime
import math
import threading
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any

from ._defaults import default_message, new_id, now, page
from ._replies import JSONLReply, Rejected, succeeded_result

__all__ = ["BatchStore"]


@dataclass
class _Batch:
    id: str
    requests: list[tuple[str, dict[str, Any]]]  # (custom_id, params)
    created_at: str = field(default_factory=now)
    expires_at: str = field(default_factory=lambda: now(datetime.timedelta(hours=24)))
    status: str = "in_progress"
    polls: int = 0
    cancel_initiated_at: str | None = None
    ended_at: str | None = None
    outcomes: dict[str, dict[str, Any]] = field(default_factory=dict)


class BatchStore:
    """Thread-safe batch state for one stand-in."""

    def __init__(self, *, polls_until_end: int, results_url: Callable[[str], str]) -> None:
        if polls_until_end < 1:
            raise ValueError(f"batch_polls_until_end must be >= 1, got {polls_until_end}")
        self._polls_until_end = polls_until_end
        self._results_url = results_url
        self._lock = threading.Lock()
        self._batches: dict[str, _Batch] = {}
        self._scripted: dict[str, dict[str, Any]] = {}
        self._custom_results: dict[str, JSONLReply] = {}

    def script_result(self, custom_id: str, result: Mapping[str, Any]) -> None:
        """Use *result* (a batch ``result`` object) for every request with *custom_id*."""
        with self._lock:
            self._scripted[custom_id] = dict(result)

    def set_results(self, batch_id: str, reply: JSONLReply) -> None:
        """Serve *reply* as the results of *batch_id*."""
        with self._lock:
            self._custom_results[batch_id] = reply

    def create(self, body: Mapping[str, Any]) -> dict[str, Any]:
        requests = [(str(r["custom_id"]), dict(r["params"])) for r in body["requests"]]
        seen: set[str] = set()
        for index, (custom_id, _) in enumerate(requests):
            if custom_id in seen:
                raise Rejected(400, f"requests.{index}.custom_id: duplicate {custom_id!r}")
            seen.add(custom_id)
        batch = _Batch(id=new_id("msgbatch"), requests=requests)
        with self._lock:
            self._batches[batch.id] = batch
            return self._view(batch)

    def retrieve(self, batch_id: str, *, poll: bool = True) -> dict[str, Any]:
        """The batch; with *poll*, first advance it one step."""
        with self._lock:
            batch = self._get(batch_id)
            if poll and batch.status == "in_progress":
                batch.polls += 1
                self._process(
                    batch, math.ceil(len(batch.requests) * batch.polls / self._polls_until_end)
                )
                if batch.polls >= self._polls_until_end:
                    self._end(batch)
            elif poll and batch.status == "canceling":
                self._end(batch)
            return self._view(batch)

    def cancel(self, batch_id: str) -> dict[str, Any]:
        with self._lock:
            batch = self._get(batch_id)
            if batch.status == "ended":
                raise Rejected(400, f"message batch {batch_id} has already ended")
            if batch.status == "in_progress":
                batch.status, batch.cancel_initiated_at = "canceling", now()
            return self._view(batch)

    def delete(self, batch_id: str) -> dict[str, Any]:
        with self._lock:
            batch = self._get(batch_id)
            if batch.status != "ended":
                raise Rejected(
                    400, f"message batch {batch_id} is {batch.status}; cancel it and wait for it"
                )
            del self._batches[batch_id]
            self._custom_results.pop(batch_id, None)
            return {"id": batch_id, "type": "message_batch_deleted"}

    def list(self, query: Mapping[str, str]) -> dict[str, Any]:
        with self._lock:
            views = [self._view(b) for b in reversed(self._batches.values())]
        return page(views, query)

    def views(self) -> builtins.list[dict[str, Any]]:
        """Every batch, oldest first, without counting as polls."""
        with self._lock:
            return [self._view(b) for b in self._batches.values()]

    def custom_ids(self, batch_id: str) -> builtins.list[str]:
        """The custom ids of a batch's requests, in submission order."""
        with self._lock:
            return [custom_id for custom_id, _ in self._get(batch_id).requests]

    def results(self, batch_id: str) -> JSONLReply:
        with self._lock:
            custom = self._custom_results.get(batch_id)
            if custom is not None:
                return custom
            batch = self._get(batch_id)
            if batch.status != "ended":
                raise Rejected(400, f"message batch {batch_id} has not ended; no results yet")
            lines = [
                {"custom_id": custom_id, "result": batch.outcomes[custom_id]}
                for custom_id in sorted(batch.outcomes)
            ]
        return JSONLReply(lines=lines)

    def _get(self, batch_id: str) -> _Batch:
        batch = self._batches.get(batch_id)
        if batch is None:
            raise Rejected(404, f"message batch {batch_id!r} not found")
        return batch

    def _process(self, batch: _Batch, upto: int) -> None:
        for custom_id, params in batch.requests[len(batch.outcomes) : upto]:
            scripted = self._scripted.get(custom_id)
            outcome = scripted or succeeded_result(default_message(params))
            batch.outcomes[custom_id] = outcome

    def _end(self, batch: _Batch) -> None:
        if batch.status == "in_progress":
            self._process(batch, len(batch.requests))
        for custom_id, _ in batch.requests:
            batch.outcomes.setdefault(custom_id, {"type": "canceled"})
        batch.status, batch.ended_at = "ended", now()

    def _view(self, batch: _Batch) -> dict[str, Any]:
        counts = dict.fromkeys(("processing", "succeeded", "errored", "canceled", "expired"), 0)
        if batch.status == "ended":
            for outcome in batch.outcomes.values():
                kind = outcome.get("type")
                if kind in counts:
                    counts[str(kind)] += 1
        else:
            counts["processing"] = len(batch.requests)
        ended = batch.status == "ended"
        return {
            "id": batch.id,
            "type": "message_batch",
            "processing_status": batch.status,
            "request_counts": counts,
            "created_at": batch.created_at,
            "expires_at": batch.expires_at,
            "ended_at": batch.ended_at,
            "cancel_initiated_at": batch.cancel_initiated_at,
            "archived_at": None,
            "results_url": self._results_url(batch.id) if ended else None,
        }
