"""Default answers: the echo message, token counts, the model catalogue, and list paging."""

from __future__ import annotations

import datetime
import uuid
from collections.abc import Mapping, Sequence
from typing import Any

import orjson

from ._replies import Rejected

__all__ = [
    "DEFAULT_MODELS",
    "count_tokens",
    "default_message",
    "in_lifecycle",
    "new_id",
    "now",
    "page",
]

DEFAULT_MODELS: tuple[Mapping[str, Any], ...] = tuple(
    {
        "type": "model",
        "id": model_id,
        "display_name": name,
        "created_at": created,
        "lifecycle": "active",
        "max_input_tokens": 200_000,
        "max_tokens": max_tokens,
    }
    for model_id, name, created, max_tokens in (
        ("claude-sonnet-4-5-20250929", "Claude Sonnet 4.5", "2025-09-29T00:00:00Z", 64_000),
        ("claude-opus-4-1-20250805", "Claude Opus 4.1", "2025-08-05T00:00:00Z", 32_000),
        ("claude-opus-4-20250514", "Claude Opus 4", "2025-05-14T00:00:00Z", 32_000),
        ("claude-sonnet-4-20250514", "Claude Sonnet 4", "2025-05-14T00:00:00Z", 64_000),
        ("claude-3-5-haiku-20241022", "Claude Haiku 3.5", "2024-10-22T00:00:00Z", 8_192),
    )
)


def new_id(prefix: str) -> str:
    """A fresh id in the API's style, e.g. ``msg_0a1b...``."""
    return f"{prefix}_{uuid.uuid4().hex[:24]}"


def now(offset: datetime.timedelta = datetime.timedelta()) -> str:
    """The current UTC time (plus *offset*) in RFC 3339."""
    moment = datetime.datetime.now(datetime.UTC) + offset
    return moment.isoformat(timespec="milliseconds").replace("+00:00", "Z")


def count_tokens(body: Mapping[str, Any]) -> int:
    """A deterministic token count: a quarter of the prompt's compact JSON size."""
    prompt = {k: body[k] for k in ("system", "messages", "tools") if k in body}
    return max(1, len(orjson.dumps(prompt, option=orjson.OPT_SORT_KEYS)) // 4)


def _last_user_text(messages: Sequence[Any]) -> str:
    for message in reversed(messages):
        if not isinstance(message, Mapping) or message.get("role") != "user":
            continue
        content = message.get("content")
        if isinstance(content, str):
            return content
        if isinstance(content, list):
            texts = [b.get("text", "") for b in content if isinstance(b, Mapping)]
            return " ".join(t for t in texts if isinstance(t, str) and t)
    return ""


def default_message(body: Mapping[str, Any]) -> dict[str, Any]:
    """The default reply to a create-message body: ``Echo: <last user text>``.

    ``max_tokens`` is honoured (about four characters a token): a longer reply is cut and
    stops with ``max_tokens`` instead of ``end_turn``.
    """
    text = f"Echo: {_last_user_text(body.get('messages') or [])}".rstrip()
    max_tokens = body.get("max_tokens")
    stop_reason = "end_turn"
    if isinstance(max_tokens, int) and len(text) > 4 * max_tokens:
        text, stop_reason = text[: 4 * max_tokens], "max_tokens"
    return {
        "id": new_id("msg"),
        "type": "message",
        "role": "assistant",
        "model": str(body.get("model", "claude-sonnet-4-5")),
        "content": [{"type": "text", "text": text}] if text else [],
        "stop_reason": stop_reason,
        "stop_sequence": None,
        "usage": {
            "input_tokens": count_tokens(body),
            "output_tokens": max(1, (len(text) + 3) // 4),
            "cache_creation_input_tokens": 0,
            "cache_read_input_tokens": 0,
            "service_tier": "standard",
        },
    }


LIFECYCLES = ("active", "deprecated", "retired")


def in_lifecycle(
    models: Sequence[Mapping[str, Any]], stages: Sequence[str]
) -> list[Mapping[str, Any]]:
    """The models in *stages* (``lifecycle[]``), as the API filters: active and deprecated
    models when none is given, up to three known stages; a model without ``lifecycle`` is
    active."""
    for stage in stages:
        if stage not in LIFECYCLES:
            raise Rejected(400, f"lifecycle[]: unknown stage {stage!r}")
    if len(stages) > len(LIFECYCLES):
        raise Rejected(400, "lifecycle[]: at most 3 stages")
    wanted = set(stages) or {"active", "deprecated"}
    return [m for m in models if m.get("lifecycle", "active") in wanted]


def _limit(query: Mapping[str, str]) -> int:
    raw = query.get("limit", "20")
    try:
        limit = int(raw)
    except ValueError:
        raise Rejected(400, f"limit: expected an integer, got {raw!r}") from None
    if not 1 <= limit <= 1000:
        raise Rejected(400, f"limit: must be between 1 and 1000, got {limit}")
    return limit


def page(items: Sequence[Mapping[str, Any]], query: Mapping[str, str]) -> dict[str, Any]:
    """One page of *items* (newest first) for ``after_id`` / ``before_id`` / ``limit``."""
    limit = _limit(query)
    ids = [item["id"] for item in items]
    after, before = query.get("after_id"), query.get("before_id")
    if after is not None and before is not None:
        raise Rejected(400, "after_id: cannot be combined with before_id")
    for name, cursor in (("after_id", after), ("before_id", before)):
        if cursor is not None and cursor not in ids:
            raise Rejected(400, f"{name}: unknown id {cursor!r}")
    if before is not None:
        end = ids.index(before)
        start = max(0, end - limit)
        has_more = start > 0
    else:
        start = 0 if after is None else ids.index(after) + 1
        end = min(len(ids), start + limit)
        has_more = end < len(ids)
    data = [dict(item) for item in items[start:end]]
    return {
        "data": data,
        "has_more": has_more,
        "first_id": data[0]["id"] if data else None,
        "last_id": data[-1]["id"] if data else None,
    }
