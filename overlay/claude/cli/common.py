"""What the commands share: the client (key and base URL from the environment, as
``claude.Client`` reads them), JSON output, and where batch job state lives."""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import Any

import orjson

import claude

__all__ = ["DEFAULT_MODEL", "default_state_path", "make_client", "print_json", "waits_enabled"]

#: The model when ``--model`` is not given (``CLAUDE_MODEL`` overrides it).
DEFAULT_MODEL = "claude-sonnet-4-5"


def make_client(**options: Any) -> claude.Client:
    """A client configured from the environment (``ANTHROPIC_API_KEY`` or
    ``ANTHROPIC_AUTH_TOKEN``, ``ANTHROPIC_BASE_URL``); the key is never printed."""
    return claude.Client(**options)


def print_json(data: Any) -> None:
    """*data* as indented JSON on stdout."""
    sys.stdout.write(orjson.dumps(data, option=orjson.OPT_INDENT_2).decode() + "\n")
    sys.stdout.flush()


def default_state_path() -> Path:
    """``$XDG_STATE_HOME/claude-openapi/jobs.db`` (``~/.local/state`` when unset)."""
    base = os.environ.get("XDG_STATE_HOME") or str(Path.home() / ".local" / "state")
    return Path(base) / "claude-openapi" / "jobs.db"


def waits_enabled() -> bool:
    """False when ``CLAUDE_RETRY_TESTING`` is set (tests): the command line's own waits
    (between create attempts, before reconciling) are then zero, as the client's are."""
    return os.environ.get("CLAUDE_RETRY_TESTING") in (None, "", "0")
