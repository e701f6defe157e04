"""The ``claude`` command line: ``ask``, ``chat``, ``models``, ``tokens``, durable ``batch`` jobs.

Installed by the ``cli`` extra (``pip install 'claude-openapi[cli]'``: click and rich); ``import
claude`` never imports this package. :func:`main` is the console script: it checks that the
extra is there before loading anything of it, so a missing extra is one clear line, not a
traceback.

Exit codes (:mod:`claude.cli.exits`): 0 ok, 1 API error, 2 usage error, 3 invalid input,
4 batch job not finished, 130 interrupted.
"""

from __future__ import annotations

import sys
from collections.abc import Sequence

__all__ = ["MISSING_EXTRA", "main"]

MISSING_EXTRA = (
    "the claude command line needs its extra: pip install 'claude-openapi[cli]' (missing: {})"
)


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line with *argv* (default: ``sys.argv[1:]``); return the exit code."""
    try:
        import click  # noqa: F401
        import rich  # noqa: F401
    except ImportError as exc:
        print(MISSING_EXTRA.format(exc.name or exc), file=sys.stderr)
        return 2
    from .app import run

    return run(list(sys.argv[1:] if argv is None else argv))
