"""``claude.MissingFieldError``, the generated models' own (kept apart: importing it loads them)."""

from __future__ import annotations

from claude_api.types import MissingFieldError

__all__ = ["MissingFieldError"]
