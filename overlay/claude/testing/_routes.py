"""The stand-in's routes: method and path to an operation name, and the body model each checks."""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any
from urllib.parse import unquote

from claude_api.models import BatchCreateParams, MessageCountTokensParams, MessageCreateParams

__all__ = ["BODY_MODELS", "OPERATIONS", "route"]

_ID = r"(?P<id>[^/]+)"
_ROUTES: tuple[tuple[str, re.Pattern[str], str], ...] = tuple(
    (method, re.compile(pattern), operation)
    for method, pattern, operation in (
        ("POST", "/v1/messages", "messages.create"),
        ("POST", "/v1/messages/count_tokens", "messages.count_tokens"),
        ("GET", "/v1/models", "models.list"),
        ("GET", f"/v1/models/{_ID}", "models.retrieve"),
        ("POST", "/v1/messages/batches", "batches.create"),
        ("GET", "/v1/messages/batches", "batches.list"),
        ("GET", f"/v1/messages/batches/{_ID}", "batches.retrieve"),
        ("DELETE", f"/v1/messages/batches/{_ID}", "batches.delete"),
        ("POST", f"/v1/messages/batches/{_ID}/cancel", "batches.cancel"),
        ("GET", f"/v1/messages/batches/{_ID}/results", "batches.results"),
    )
)
#: The operation names accepted by :meth:`StandIn.queue`.
OPERATIONS: tuple[str, ...] = tuple(operation for _, _, operation in _ROUTES)

BODY_MODELS: Mapping[str, Any] = {
    "messages.create": MessageCreateParams,
    "messages.count_tokens": MessageCountTokensParams,
    "batches.create": BatchCreateParams,
}


def route(method: str, path: str) -> tuple[str | None, str]:
    for route_method, pattern, operation in _ROUTES:
        match = pattern.fullmatch(path)
        if match and route_method == method:
            return operation, unquote(match.groupdict().get("id") or "")
    return None, ""
