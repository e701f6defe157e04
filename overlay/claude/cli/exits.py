"""Exit codes and the one place that turns exceptions into a message and a code.

0    ok
1    API error: the message, status, error type and request id go to stderr
2    usage error: a bad option or argument, a missing key, an unknown job
3    invalid input: request lines or a request file the client's validation rejects
4    a batch job is not finished yet (``batch results`` before every batch ended)
130  interrupted (Ctrl-C)
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from typing import TypeVar

import claude

__all__ = [
    "API_ERROR",
    "INTERRUPTED",
    "INVALID_INPUT",
    "NOT_FINISHED",
    "OK",
    "USAGE",
    "CLIError",
    "describe",
    "guarded",
]

OK = 0
API_ERROR = 1
USAGE = 2
INVALID_INPUT = 3
NOT_FINISHED = 4
INTERRUPTED = 130

T = TypeVar("T")


class CLIError(Exception):
    """A failure with a message for the user and an exit code."""

    def __init__(self, message: str, code: int = USAGE) -> None:
        super().__init__(message)
        self.message = message
        self.code = code


def describe(exc: BaseException) -> tuple[str, int]:
    """The stderr text and exit code for *exc* (anything the commands let escape)."""
    if isinstance(exc, CLIError):
        return f"error: {exc.message}", exc.code
    if isinstance(exc, claude.APIStatusError):
        lines = [f"error: {exc.status_code} {exc.type or 'error'}: {exc.message}"]
        if exc.request_id:
            lines.append(f"request id: {exc.request_id}")
        return "\n".join(lines), API_ERROR
    if isinstance(exc, claude.StreamError):
        return f"error: the reply stream failed: {exc}", API_ERROR
    if isinstance(exc, claude.APIConnectionError):
        return f"error: could not reach the API: {exc}", API_ERROR
    if isinstance(exc, claude.ConfigurationError):
        return f"error: {exc}", USAGE
    if isinstance(exc, claude.RequestValidationError):
        return f"error: invalid request: {exc}", INVALID_INPUT
    if isinstance(exc, KeyboardInterrupt):
        return "interrupted", INTERRUPTED
    if isinstance(exc, claude.ClaudeError):  # a response this client cannot read, ...
        return f"error: {exc}", API_ERROR
    raise exc


def guarded(action: Callable[[], T]) -> T:
    """Run *action*; print what went wrong and exit with its code on a known failure."""
    try:
        return action()
    except (CLIError, claude.ClaudeError, KeyboardInterrupt) as exc:
        message, code = describe(exc)
        print(message, file=sys.stderr)
        raise SystemExit(code) from None
