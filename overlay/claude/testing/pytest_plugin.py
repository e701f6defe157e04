"""The ``claude_standin`` pytest fixture: a started :class:`~claude.testing.StandIn` per test.

For other settings (a required key, CRLF, tiny chunks...), build a ``StandIn`` yourself.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from ._server import StandIn

__all__ = ["claude_standin"]


@pytest.fixture
def claude_standin() -> Iterator[StandIn]:
    """A local Claude API stand-in, started for one test and stopped after it."""
    with StandIn() as server:
        yield server
