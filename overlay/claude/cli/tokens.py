"""``claude tokens count FILE|-``: a request JSON (a create-message or count-tokens request;
``max_tokens`` and other generation-only fields are accepted) or a plain prompt."""

from __future__ import annotations

import sys
from typing import Any

import orjson

import claude

from .common import make_client, print_json
from .exits import INVALID_INPUT, CLIError

__all__ = ["count"]


def _request(data: bytes, model: str) -> object:
    """The count-tokens params for *data*: its JSON object, or a one-turn prompt."""
    try:
        parsed: Any = orjson.loads(data)
    except orjson.JSONDecodeError:
        parsed = None
    if isinstance(parsed, dict):
        if "max_tokens" in parsed:  # a create request: the client drops generation fields
            return claude.MessageRequest.from_params(parsed)
        return parsed
    try:
        prompt = data.decode()
    except UnicodeDecodeError:
        raise CLIError(
            "the input is neither a request JSON nor UTF-8 text", INVALID_INPUT
        ) from None
    if not prompt.strip():
        raise CLIError("the input is empty", INVALID_INPUT)
    return {"model": model, "messages": [{"role": "user", "content": prompt}]}


def count(data: bytes, *, model: str, as_json: bool) -> None:
    """Print the input token count of *data*."""
    params = _request(data, model)
    with make_client() as client:
        result = client.messages.count_tokens(params)
    if as_json:
        print_json(result.to_dict())
    else:
        sys.stdout.write(f"{result.input_tokens}\n")
        sys.stdout.flush()
