"""The keyword fields of the message calls, for type checkers only.

Written by scripts/gen_typed_kwargs.py from the generated ``MessageCreateParams`` and
``MessageCountTokensParams``: do not edit, run ``python scripts/gen_typed_kwargs.py``
(``tests/test_typed_fields.py`` fails when this file is stale). Imported only under
``TYPE_CHECKING``: no runtime cost.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any, TypedDict

if TYPE_CHECKING:
    import httpx
    from claude_api import models

__all__ = ["CallOptionFields", "MessageCountTokensFields", "MessageCreateFields"]


class CallOptionFields(TypedDict, total=False):
    """The per-call options every call takes."""

    timeout: float | httpx.Timeout | None
    max_retries: int
    extra_headers: Mapping[str, str]
    betas: Sequence[str]


class MessageCreateFields(CallOptionFields, total=False):
    """The fields of ``messages.create`` / ``stream`` / ``parse`` (``stream`` apart)."""

    max_tokens: int
    messages: Sequence[Any]
    model: str
    cache_control: models.CacheControlEphemeralParam | Mapping[str, Any] | None
    container: models.ContainerParams | str | Mapping[str, Any] | None
    diagnostics: models.DiagnosticsParam | Mapping[str, Any] | None
    inference_geo: str | None
    metadata: models.MetadataParam | Mapping[str, Any]
    output_config: models.OutputConfigParam | Mapping[str, Any]
    service_tier: models.MessageCreateParamsServiceTier
    speed: models.Speed | None
    stop_sequences: Sequence[str]
    system: Sequence[Any] | str
    thinking: (
        models.ThinkingConfigAdaptiveParam
        | models.ThinkingConfigBetweenToolsParam
        | models.ThinkingConfigDisabledParam
        | models.ThinkingConfigEnabledParam
        | Mapping[str, Any]
    )
    tool_choice: (
        models.ToolChoiceAnyParam
        | models.ToolChoiceAutoParam
        | models.ToolChoiceNoneParam
        | models.ToolChoiceToolParam
        | Mapping[str, Any]
    )
    tools: Sequence[Any]
    temperature: float
    top_p: float
    top_k: int


class MessageCountTokensFields(CallOptionFields, total=False):
    """The fields of ``messages.count_tokens``."""

    messages: Sequence[Any]
    model: str
    cache_control: models.CacheControlEphemeralParam | Mapping[str, Any] | None
    output_config: models.OutputConfigParam | Mapping[str, Any]
    speed: models.Speed | None
    system: Sequence[Any] | str
    thinking: (
        models.ThinkingConfigAdaptiveParam
        | models.ThinkingConfigBetweenToolsParam
        | models.ThinkingConfigDisabledParam
        | models.ThinkingConfigEnabledParam
        | Mapping[str, Any]
    )
    tool_choice: (
        models.ToolChoiceAnyParam
        | models.ToolChoiceAutoParam
        | models.ToolChoiceNoneParam
        | models.ToolChoiceToolParam
        | Mapping[str, Any]
    )
    tools: Sequence[Any]
