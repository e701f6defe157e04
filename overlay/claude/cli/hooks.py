"""A test-only crash switch: ``CLAUDE_CLI_TEST_KILL_AT=STEP[:CHUNK][:INT]``.

At the named step of ``batch submit`` (for chunk number CHUNK, when given) the process sends
itself SIGKILL, or SIGINT (Ctrl-C) with ``:INT``, so tests can prove that a rerun resumes
from any point. Steps: ``after_plan``, ``before_create``, ``after_create``, ``after_record``.
Unset (always, outside tests), :func:`checkpoint` does nothing.
"""

from __future__ import annotations

import os
import signal

__all__ = ["STEPS", "checkpoint"]

STEPS = ("after_plan", "before_create", "after_create", "after_record")
_VARIABLE = "CLAUDE_CLI_TEST_KILL_AT"


def checkpoint(step: str, chunk: int | None = None) -> None:
    """Die here if the test switch names *step* (and *chunk*)."""
    spec = os.environ.get(_VARIABLE)
    if not spec:
        return
    parts = spec.split(":")
    if parts[0] != step:
        return
    rest = parts[1:]
    sig = signal.SIGKILL
    if rest and rest[-1] == "INT":
        sig, rest = signal.SIGINT, rest[:-1]
    if rest and chunk is not None and int(rest[0]) != chunk:
        return
    os.kill(os.getpid(), sig)
