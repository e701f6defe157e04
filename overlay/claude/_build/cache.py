"""Prompt-cache marks: the ``cache=`` argument every helper takes, as a ``cache_control`` param.

    claude.text("...", cache="1h")      # cache_param("1h")
    claude.cache_control("5m")          # the param itself
"""

from __future__ import annotations

from typing import Literal, TypeAlias

from claude_api.models import CacheControlEphemeralParam
from claude_api.types import UNSET, Unset

from . import limits as _limits

__all__ = ["Cache", "cache_control", "cache_param"]

Cache: TypeAlias = Literal["5m", "1h"] | bool | None
"""A ``cache=`` argument: a TTL, ``True`` for the default 5 minutes, or None/False for none."""


def cache_control(ttl: Literal["5m", "1h"] = "5m") -> CacheControlEphemeralParam:
    """A prompt-cache breakpoint living *ttl* (``"5m"`` or ``"1h"``)."""
    _limits.check_cache_ttl(ttl, "ttl")
    return CacheControlEphemeralParam(ttl=ttl)


def cache_param(cache: Cache) -> CacheControlEphemeralParam | Unset:
    """The ``cache_control`` value for a ``cache=`` argument (UNSET for none)."""
    if cache is None or cache is False:
        return UNSET
    return cache_control("5m" if cache is True else cache)
