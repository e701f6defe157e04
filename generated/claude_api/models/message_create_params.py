# Generated from openapi/claude-api.yaml by openapi-python-client. Do not edit by hand:
# change the spec (or openapi/generator-config.yaml) and run `nox -s generate`.
from __future__ import annotations

import builtins
from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from claude_api.models.message_create_params_service_tier import (
    MessageCreateParamsServiceTier,
    check_message_create_params_service_tier,
)
from claude_api.models.speed import Speed
from claude_api.types import (
    MISSING,
    NULL,
    UNSET,
    MissingFieldError,
    Model,
    Unset,
    attribute_error,
    build_partial,
    keep_unknown,
    model_eq,
    model_from_json,
    model_getstate,
    model_repr,
    model_setstate,
    model_to_json,
    new_model,
    not_an_object,
    partial_to_dict,
)

if TYPE_CHECKING:
    from claude_api.models.assistant_message_param import AssistantMessageParam
    from claude_api.models.browser_toolset_20260801_param import (
        BrowserToolset20260801Param,
    )
    from claude_api.models.cache_control_ephemeral_param import CacheControlEphemeralParam
    from claude_api.models.code_execution_tool_20250522_param import (
        CodeExecutionTool20250522Param,
    )
    from claude_api.models.code_execution_tool_20250825_param import (
        CodeExecutionTool20250825Param,
    )
    from claude_api.models.code_execution_tool_20260120_param import (
        CodeExecutionTool20260120Param,
    )
    from claude_api.models.code_execution_tool_20260521_param import (
        CodeExecutionTool20260521Param,
    )
    from claude_api.models.computer_toolset_20260801_param import (
        ComputerToolset20260801Param,
    )
    from claude_api.models.container_params import ContainerParams
    from claude_api.models.diagnostics_param import DiagnosticsParam
    from claude_api.models.memory_tool_20250818_param import MemoryTool20250818Param
    from claude_api.models.metadata_param import MetadataParam
    from claude_api.models.output_config_param import OutputConfigParam
    from claude_api.models.system_message_param import SystemMessageParam
    from claude_api.models.text_block_param import TextBlockParam
    from claude_api.models.thinking_config_adaptive_param import (
        ThinkingConfigAdaptiveParam,
    )
    from claude_api.models.thinking_config_between_tools_param import (
        ThinkingConfigBetweenToolsParam,
    )
    from claude_api.models.thinking_config_disabled_param import (
        ThinkingConfigDisabledParam,
    )
    from claude_api.models.thinking_config_enabled_param import ThinkingConfigEnabledParam
    from claude_api.models.tool_bash_20250124_param import ToolBash20250124Param
    from claude_api.models.tool_choice_any_param import ToolChoiceAnyParam
    from claude_api.models.tool_choice_auto_param import ToolChoiceAutoParam
    from claude_api.models.tool_choice_none_param import ToolChoiceNoneParam
    from claude_api.models.tool_choice_tool_param import ToolChoiceToolParam
    from claude_api.models.tool_param import ToolParam
    from claude_api.models.tool_search_tool_bm_2520251119_param import (
        ToolSearchToolBm2520251119Param,
    )
    from claude_api.models.tool_search_tool_regex_20251119_param import (
        ToolSearchToolRegex20251119Param,
    )
    from claude_api.models.tool_text_editor_20250124_param import (
        ToolTextEditor20250124Param,
    )
    from claude_api.models.tool_text_editor_20250429_param import (
        ToolTextEditor20250429Param,
    )
    from claude_api.models.tool_text_editor_20250728_param import (
        ToolTextEditor20250728Param,
    )
    from claude_api.models.user_message_param import UserMessageParam
    from claude_api.models.web_fetch_tool_20250910_param import WebFetchTool20250910Param
    from claude_api.models.web_fetch_tool_20260209_param import WebFetchTool20260209Param
    from claude_api.models.web_fetch_tool_20260309_param import WebFetchTool20260309Param
    from claude_api.models.web_fetch_tool_20260318_param import WebFetchTool20260318Param
    from claude_api.models.web_search_tool_20250305_param import (
        WebSearchTool20250305Param,
    )
    from claude_api.models.web_search_tool_20260209_param import (
        WebSearchTool20260209Param,
    )
    from claude_api.models.web_search_tool_20260318_param import (
        WebSearchTool20260318Param,
    )


T = TypeVar("T", bound="MessageCreateParams")

# Attribute name -> JSON key of every field, and the set of known JSON keys.
_WIRE_NAMES: dict[str, str] = {
    "max_tokens": "max_tokens",
    "messages": "messages",
    "model": "model",
    "cache_control": "cache_control",
    "container": "container",
    "diagnostics": "diagnostics",
    "inference_geo": "inference_geo",
    "metadata": "metadata",
    "output_config": "output_config",
    "service_tier": "service_tier",
    "speed": "speed",
    "stop_sequences": "stop_sequences",
    "system": "system",
    "thinking": "thinking",
    "tool_choice": "tool_choice",
    "tools": "tools",
    "stream": "stream",
    "temperature": "temperature",
    "top_p": "top_p",
    "top_k": "top_k",
}
_KNOWN: frozenset[str] = frozenset(_WIRE_NAMES.values())
# The fields the spec does not require: absent, they read as None (and stay out of `to_dict`).
_OPTIONAL: frozenset[str] = frozenset(
    {
        "cache_control",
        "container",
        "diagnostics",
        "inference_geo",
        "metadata",
        "output_config",
        "service_tier",
        "speed",
        "stop_sequences",
        "system",
        "thinking",
        "tool_choice",
        "tools",
        "stream",
        "temperature",
        "top_p",
        "top_k",
    }
)
# Those of them that may also be null, each with its bit in `_absent`, set when the field was
# left out (None alone cannot tell absent from null).
_NULLABLE: dict[str, int] = {
    "cache_control": 1,
    "container": 2,
    "diagnostics": 4,
    "inference_geo": 8,
    "speed": 16,
}
_imported = False


def _import_models() -> None:
    """Import the models this one refers to, once, on first use (they import each other)."""
    global \
        _imported, \
        AssistantMessageParam, \
        BrowserToolset20260801Param, \
        CacheControlEphemeralParam, \
        CodeExecutionTool20250522Param, \
        CodeExecutionTool20250825Param, \
        CodeExecutionTool20260120Param, \
        CodeExecutionTool20260521Param, \
        ComputerToolset20260801Param, \
        ContainerParams, \
        DiagnosticsParam, \
        MemoryTool20250818Param, \
        MetadataParam, \
        OutputConfigParam, \
        SystemMessageParam, \
        TextBlockParam, \
        ThinkingConfigAdaptiveParam, \
        ThinkingConfigBetweenToolsParam, \
        ThinkingConfigDisabledParam, \
        ThinkingConfigEnabledParam, \
        ToolBash20250124Param, \
        ToolChoiceAnyParam, \
        ToolChoiceAutoParam, \
        ToolChoiceNoneParam, \
        ToolChoiceToolParam, \
        ToolParam, \
        ToolSearchToolBm2520251119Param, \
        ToolSearchToolRegex20251119Param, \
        ToolTextEditor20250124Param, \
        ToolTextEditor20250429Param, \
        ToolTextEditor20250728Param, \
        UserMessageParam, \
        WebFetchTool20250910Param, \
        WebFetchTool20260209Param, \
        WebFetchTool20260309Param, \
        WebFetchTool20260318Param, \
        WebSearchTool20250305Param, \
        WebSearchTool20260209Param, \
        WebSearchTool20260318Param
    from claude_api.models.assistant_message_param import AssistantMessageParam  # noqa: PLC0415
    from claude_api.models.browser_toolset_20260801_param import (
        BrowserToolset20260801Param,  # noqa: PLC0415
    )
    from claude_api.models.cache_control_ephemeral_param import (
        CacheControlEphemeralParam,  # noqa: PLC0415
    )
    from claude_api.models.code_execution_tool_20250522_param import (
        CodeExecutionTool20250522Param,
    )
    from claude_api.models.code_execution_tool_20250825_param import (
        CodeExecutionTool20250825Param,
    )
    from claude_api.models.code_execution_tool_20260120_param import (
        CodeExecutionTool20260120Param,
    )
    from claude_api.models.code_execution_tool_20260521_param import (
        CodeExecutionTool20260521Param,
    )
    from claude_api.models.computer_toolset_20260801_param import (
        ComputerToolset20260801Param,  # noqa: PLC0415
    )
    from claude_api.models.container_params import ContainerParams  # noqa: PLC0415
    from claude_api.models.diagnostics_param import DiagnosticsParam  # noqa: PLC0415
    from claude_api.models.memory_tool_20250818_param import MemoryTool20250818Param  # noqa: PLC0415
    from claude_api.models.metadata_param import MetadataParam  # noqa: PLC0415
    from claude_api.models.output_config_param import OutputConfigParam  # noqa: PLC0415
    from claude_api.models.system_message_param import SystemMessageParam  # noqa: PLC0415
    from claude_api.models.text_block_param import TextBlockParam  # noqa: PLC0415
    from claude_api.models.thinking_config_adaptive_param import (
        ThinkingConfigAdaptiveParam,  # noqa: PLC0415
    )
    from claude_api.models.thinking_config_between_tools_param import (
        ThinkingConfigBetweenToolsParam,
    )
    from claude_api.models.thinking_config_disabled_param import (
        ThinkingConfigDisabledParam,  # noqa: PLC0415
    )
    from claude_api.models.thinking_config_enabled_param import (
        ThinkingConfigEnabledParam,  # noqa: PLC0415
    )
    from claude_api.models.tool_bash_20250124_param import ToolBash20250124Param  # noqa: PLC0415
    from claude_api.models.tool_choice_any_param import ToolChoiceAnyParam  # noqa: PLC0415
    from claude_api.models.tool_choice_auto_param import ToolChoiceAutoParam  # noqa: PLC0415
    from claude_api.models.tool_choice_none_param import ToolChoiceNoneParam  # noqa: PLC0415
    from claude_api.models.tool_choice_tool_param import ToolChoiceToolParam  # noqa: PLC0415
    from claude_api.models.tool_param import ToolParam  # noqa: PLC0415
    from claude_api.models.tool_search_tool_bm_2520251119_param import (
        ToolSearchToolBm2520251119Param,
    )
    from claude_api.models.tool_search_tool_regex_20251119_param import (
        ToolSearchToolRegex20251119Param,
    )
    from claude_api.models.tool_text_editor_20250124_param import (
        ToolTextEditor20250124Param,  # noqa: PLC0415
    )
    from claude_api.models.tool_text_editor_20250429_param import (
        ToolTextEditor20250429Param,  # noqa: PLC0415
    )
    from claude_api.models.tool_text_editor_20250728_param import (
        ToolTextEditor20250728Param,  # noqa: PLC0415
    )
    from claude_api.models.user_message_param import UserMessageParam  # noqa: PLC0415
    from claude_api.models.web_fetch_tool_20250910_param import (
        WebFetchTool20250910Param,  # noqa: PLC0415
    )
    from claude_api.models.web_fetch_tool_20260209_param import (
        WebFetchTool20260209Param,  # noqa: PLC0415
    )
    from claude_api.models.web_fetch_tool_20260309_param import (
        WebFetchTool20260309Param,  # noqa: PLC0415
    )
    from claude_api.models.web_fetch_tool_20260318_param import (
        WebFetchTool20260318Param,  # noqa: PLC0415
    )
    from claude_api.models.web_search_tool_20250305_param import (
        WebSearchTool20250305Param,  # noqa: PLC0415
    )
    from claude_api.models.web_search_tool_20260209_param import (
        WebSearchTool20260209Param,  # noqa: PLC0415
    )
    from claude_api.models.web_search_tool_20260318_param import (
        WebSearchTool20260318Param,  # noqa: PLC0415
    )

    _messages_item_parsers.update(
        {
            "user": UserMessageParam.from_dict,
            "assistant": AssistantMessageParam.from_dict,
            "system": SystemMessageParam.from_dict,
        }
    )

    _thinking_parsers.update(
        {
            "enabled": ThinkingConfigEnabledParam.from_dict,
            "disabled": ThinkingConfigDisabledParam.from_dict,
            "between_tools": ThinkingConfigBetweenToolsParam.from_dict,
            "adaptive": ThinkingConfigAdaptiveParam.from_dict,
        }
    )
    _tool_choice_parsers.update(
        {
            "auto": ToolChoiceAutoParam.from_dict,
            "any": ToolChoiceAnyParam.from_dict,
            "tool": ToolChoiceToolParam.from_dict,
            "none": ToolChoiceNoneParam.from_dict,
        }
    )
    _tools_item_parsers.update(
        {
            "custom": ToolParam.from_dict,
            "bash_20250124": ToolBash20250124Param.from_dict,
            "code_execution_20250522": CodeExecutionTool20250522Param.from_dict,
            "code_execution_20250825": CodeExecutionTool20250825Param.from_dict,
            "code_execution_20260120": CodeExecutionTool20260120Param.from_dict,
            "code_execution_20260521": CodeExecutionTool20260521Param.from_dict,
            "browser_toolset_20260801": BrowserToolset20260801Param.from_dict,
            "memory_20250818": MemoryTool20250818Param.from_dict,
            "computer_toolset_20260801": ComputerToolset20260801Param.from_dict,
            "text_editor_20250124": ToolTextEditor20250124Param.from_dict,
            "text_editor_20250429": ToolTextEditor20250429Param.from_dict,
            "text_editor_20250728": ToolTextEditor20250728Param.from_dict,
            "web_search_20250305": WebSearchTool20250305Param.from_dict,
            "web_fetch_20250910": WebFetchTool20250910Param.from_dict,
            "web_search_20260209": WebSearchTool20260209Param.from_dict,
            "web_fetch_20260209": WebFetchTool20260209Param.from_dict,
            "web_fetch_20260309": WebFetchTool20260309Param.from_dict,
            "web_search_20260318": WebSearchTool20260318Param.from_dict,
            "web_fetch_20260318": WebFetchTool20260318Param.from_dict,
            "tool_search_tool_bm25_20251119": ToolSearchToolBm2520251119Param.from_dict,
            "tool_search_tool_bm25": ToolSearchToolBm2520251119Param.from_dict,
            "tool_search_tool_regex_20251119": ToolSearchToolRegex20251119Param.from_dict,
            "tool_search_tool_regex": ToolSearchToolRegex20251119Param.from_dict,
            None: ToolParam.from_dict,  # the tag is optional for this member
        }
    )

    _imported = True


_messages_item_parsers: dict[
    object,
    Callable[[Mapping[str, Any]], AssistantMessageParam | SystemMessageParam | UserMessageParam],
] = {}


def _parse_messages_item(
    data: object,
) -> AssistantMessageParam | SystemMessageParam | UserMessageParam:
    if not isinstance(data, dict):
        raise TypeError(f"expected a JSON object, got {type(data).__name__}")
    tag = data.get("role")
    parse = _messages_item_parsers.get(tag)  # an absent tag: the member it may be
    if parse is not None:
        return parse(data)
    # An unknown tag: keep the raw object so that newer API output still parses and round-trips.
    return cast("AssistantMessageParam | SystemMessageParam | UserMessageParam", data)


def _parse_container(data: object) -> ContainerParams | None | str | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    if isinstance(data, dict):
        try:
            container_type_0 = ContainerParams.from_dict(data)

            return container_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    return cast("ContainerParams | None | str | Unset", data)


def _parse_system(data: object) -> list[TextBlockParam] | str | Unset:
    if isinstance(data, Unset):
        return data
    if isinstance(data, list):
        try:
            system_type_1 = [
                TextBlockParam.from_dict(system_type_1_item_data)
                for system_type_1_item_data in data
            ]

            return system_type_1
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    return cast("list[TextBlockParam] | str | Unset", data)


_thinking_parsers: dict[
    object,
    Callable[
        [Mapping[str, Any]],
        ThinkingConfigAdaptiveParam
        | ThinkingConfigBetweenToolsParam
        | ThinkingConfigDisabledParam
        | ThinkingConfigEnabledParam
        | Unset,
    ],
] = {}


def _parse_thinking(
    data: object,
) -> (
    ThinkingConfigAdaptiveParam
    | ThinkingConfigBetweenToolsParam
    | ThinkingConfigDisabledParam
    | ThinkingConfigEnabledParam
    | Unset
):
    if isinstance(data, Unset):
        return data
    if not isinstance(data, dict):
        raise TypeError(f"expected a JSON object, got {type(data).__name__}")
    tag = data.get("type")
    parse = _thinking_parsers.get(tag)  # an absent tag: the member it may be
    if parse is not None:
        return parse(data)
    # An unknown tag: keep the raw object so that newer API output still parses and round-trips.
    return cast(
        "ThinkingConfigAdaptiveParam | ThinkingConfigBetweenToolsParam | ThinkingConfigDisabledParam | ThinkingConfigEnabledParam | Unset",
        data,
    )


_tool_choice_parsers: dict[
    object,
    Callable[
        [Mapping[str, Any]],
        ToolChoiceAnyParam
        | ToolChoiceAutoParam
        | ToolChoiceNoneParam
        | ToolChoiceToolParam
        | Unset,
    ],
] = {}


def _parse_tool_choice(
    data: object,
) -> ToolChoiceAnyParam | ToolChoiceAutoParam | ToolChoiceNoneParam | ToolChoiceToolParam | Unset:
    if isinstance(data, Unset):
        return data
    if not isinstance(data, dict):
        raise TypeError(f"expected a JSON object, got {type(data).__name__}")
    tag = data.get("type")
    parse = _tool_choice_parsers.get(tag)  # an absent tag: the member it may be
    if parse is not None:
        return parse(data)
    # An unknown tag: keep the raw object so that newer API output still parses and round-trips.
    return cast(
        "ToolChoiceAnyParam | ToolChoiceAutoParam | ToolChoiceNoneParam | ToolChoiceToolParam | Unset",
        data,
    )


_tools_item_parsers: dict[
    object,
    Callable[
        [Mapping[str, Any]],
        BrowserToolset20260801Param
        | CodeExecutionTool20250522Param
        | CodeExecutionTool20250825Param
        | CodeExecutionTool20260120Param
        | CodeExecutionTool20260521Param
        | ComputerToolset20260801Param
        | MemoryTool20250818Param
        | ToolBash20250124Param
        | ToolParam
        | ToolSearchToolBm2520251119Param
        | ToolSearchToolRegex20251119Param
        | ToolTextEditor20250124Param
        | ToolTextEditor20250429Param
        | ToolTextEditor20250728Param
        | WebFetchTool20250910Param
        | WebFetchTool20260209Param
        | WebFetchTool20260309Param
        | WebFetchTool20260318Param
        | WebSearchTool20250305Param
        | WebSearchTool20260209Param
        | WebSearchTool20260318Param,
    ],
] = {}


def _parse_tools_item(
    data: object,
) -> (
    BrowserToolset20260801Param
    | CodeExecutionTool20250522Param
    | CodeExecutionTool20250825Param
    | CodeExecutionTool20260120Param
    | CodeExecutionTool20260521Param
    | ComputerToolset20260801Param
    | MemoryTool20250818Param
    | ToolBash20250124Param
    | ToolParam
    | ToolSearchToolBm2520251119Param
    | ToolSearchToolRegex20251119Param
    | ToolTextEditor20250124Param
    | ToolTextEditor20250429Param
    | ToolTextEditor20250728Param
    | WebFetchTool20250910Param
    | WebFetchTool20260209Param
    | WebFetchTool20260309Param
    | WebFetchTool20260318Param
    | WebSearchTool20250305Param
    | WebSearchTool20260209Param
    | WebSearchTool20260318Param
):
    if not isinstance(data, dict):
        raise TypeError(f"expected a JSON object, got {type(data).__name__}")
    tag = data.get("type")
    parse = _tools_item_parsers.get(tag)  # an absent tag: the member it may be
    if parse is not None:
        return parse(data)
    # An unknown tag: keep the raw object so that newer API output still parses and round-trips.
    return cast(
        "BrowserToolset20260801Param | CodeExecutionTool20250522Param | CodeExecutionTool20250825Param | CodeExecutionTool20260120Param | CodeExecutionTool20260521Param | ComputerToolset20260801Param | MemoryTool20250818Param | ToolBash20250124Param | ToolParam | ToolSearchToolBm2520251119Param | ToolSearchToolRegex20251119Param | ToolTextEditor20250124Param | ToolTextEditor20250429Param | ToolTextEditor20250728Param | WebFetchTool20250910Param | WebFetchTool20260209Param | WebFetchTool20260309Param | WebFetchTool20260318Param | WebSearchTool20250305Param | WebSearchTool20260209Param | WebSearchTool20260318Param",
        data,
    )


@_attrs_define(init=False)  # the __init__ below: a field given no value reads None
class MessageCreateParams(Model):
    """The body of a create-message request.

    Attributes:
        max_tokens (int): Upper bound on generated tokens. The model may stop earlier. `0` only warms the prompt cache.
        messages (list[AssistantMessageParam | SystemMessageParam | UserMessageParam]): The conversation so far, as
            alternating user and assistant turns. A final assistant turn is continued (prefill).
        model (str): A model id or alias, such as `claude-sonnet-4-5`. Any string is accepted, so new models need no
            client update.
        cache_control (CacheControlEphemeralParam | None | Unset): Cache the whole request prefix automatically at the
            last cacheable block.
        container (ContainerParams | None | str | Unset): A container id to reuse, or container parameters, for code
            execution.
        diagnostics (DiagnosticsParam | None | Unset):
        inference_geo (None | str | Unset): Where inference should run, for data-residency needs.
        metadata (MetadataParam | Unset): Request metadata, such as an opaque id for the end user.
        output_config (OutputConfigParam | Unset): Output settings: effort, and a JSON schema the response must follow.
        service_tier (MessageCreateParamsServiceTier | Unset): Known values of message create params service tier.
        speed (None | Speed | Unset): Generation speed mode on models that offer one.
        stop_sequences (list[str] | Unset): Strings that end generation when produced; the one hit is reported in
            `stop_sequence`.
        system (list[TextBlockParam] | str | Unset): A system prompt: a string, or text blocks (which can carry cache
            control).
        thinking (ThinkingConfigAdaptiveParam | ThinkingConfigBetweenToolsParam | ThinkingConfigDisabledParam |
            ThinkingConfigEnabledParam | Unset): Extended thinking: `enabled` with a token budget, `adaptive`, or
            `disabled`.
        tool_choice (ToolChoiceAnyParam | ToolChoiceAutoParam | ToolChoiceNoneParam | ToolChoiceToolParam | Unset): How
            the model may use tools: `auto`, `any`, a named `tool`, or `none`.
        tools (list[BrowserToolset20260801Param | CodeExecutionTool20250522Param | CodeExecutionTool20250825Param |
            CodeExecutionTool20260120Param | CodeExecutionTool20260521Param | ComputerToolset20260801Param |
            MemoryTool20250818Param | ToolBash20250124Param | ToolParam | ToolSearchToolBm2520251119Param |
            ToolSearchToolRegex20251119Param | ToolTextEditor20250124Param | ToolTextEditor20250429Param |
            ToolTextEditor20250728Param | WebFetchTool20250910Param | WebFetchTool20260209Param | WebFetchTool20260309Param
            | WebFetchTool20260318Param | WebSearchTool20250305Param | WebSearchTool20260209Param |
            WebSearchTool20260318Param] | Unset): Tools the model may call: custom tools and server tools.
        stream (bool | Unset): Respond with server-sent events instead of one JSON message. Defaults to false.
        temperature (float | Unset): Randomness of sampling, from 0 to 1. Defaults to 1.
        top_p (float | Unset): Nucleus sampling: sample only from the smallest token set whose probability reaches this
            value.
        top_k (int | Unset): Sample only from the K most likely tokens.
    """

    _optional_ = _OPTIONAL
    _nullable_ = _NULLABLE

    max_tokens: int
    messages: list[AssistantMessageParam | SystemMessageParam | UserMessageParam]
    model: str
    cache_control: CacheControlEphemeralParam | None | Unset = UNSET
    container: ContainerParams | None | str | Unset = UNSET
    diagnostics: DiagnosticsParam | None | Unset = UNSET
    inference_geo: None | str | Unset = UNSET
    metadata: MetadataParam | Unset = UNSET
    output_config: OutputConfigParam | Unset = UNSET
    service_tier: MessageCreateParamsServiceTier | Unset = UNSET
    speed: None | Speed | Unset = UNSET
    stop_sequences: list[str] | Unset = UNSET
    system: list[TextBlockParam] | str | Unset = UNSET
    thinking: (
        ThinkingConfigAdaptiveParam
        | ThinkingConfigBetweenToolsParam
        | ThinkingConfigDisabledParam
        | ThinkingConfigEnabledParam
        | Unset
    ) = UNSET
    tool_choice: (
        ToolChoiceAnyParam | ToolChoiceAutoParam | ToolChoiceNoneParam | ToolChoiceToolParam | Unset
    ) = UNSET
    tools: (
        list[
            BrowserToolset20260801Param
            | CodeExecutionTool20250522Param
            | CodeExecutionTool20250825Param
            | CodeExecutionTool20260120Param
            | CodeExecutionTool20260521Param
            | ComputerToolset20260801Param
            | MemoryTool20250818Param
            | ToolBash20250124Param
            | ToolParam
            | ToolSearchToolBm2520251119Param
            | ToolSearchToolRegex20251119Param
            | ToolTextEditor20250124Param
            | ToolTextEditor20250429Param
            | ToolTextEditor20250728Param
            | WebFetchTool20250910Param
            | WebFetchTool20260209Param
            | WebFetchTool20260309Param
            | WebFetchTool20260318Param
            | WebSearchTool20250305Param
            | WebSearchTool20260209Param
            | WebSearchTool20260318Param
        ]
        | Unset
    ) = UNSET
    stream: bool | Unset = UNSET
    temperature: float | Unset = UNSET
    top_p: float | Unset = UNSET
    top_k: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __init__(
        self,
        max_tokens: int,
        messages: list[AssistantMessageParam | SystemMessageParam | UserMessageParam],
        model: str,
        cache_control: CacheControlEphemeralParam | None | Unset = UNSET,
        container: ContainerParams | None | str | Unset = UNSET,
        diagnostics: DiagnosticsParam | None | Unset = UNSET,
        inference_geo: None | str | Unset = UNSET,
        metadata: MetadataParam | Unset = UNSET,
        output_config: OutputConfigParam | Unset = UNSET,
        service_tier: MessageCreateParamsServiceTier | Unset = UNSET,
        speed: None | Speed | Unset = UNSET,
        stop_sequences: list[str] | Unset = UNSET,
        system: list[TextBlockParam] | str | Unset = UNSET,
        thinking: ThinkingConfigAdaptiveParam
        | ThinkingConfigBetweenToolsParam
        | ThinkingConfigDisabledParam
        | ThinkingConfigEnabledParam
        | Unset = UNSET,
        tool_choice: ToolChoiceAnyParam
        | ToolChoiceAutoParam
        | ToolChoiceNoneParam
        | ToolChoiceToolParam
        | Unset = UNSET,
        tools: list[
            BrowserToolset20260801Param
            | CodeExecutionTool20250522Param
            | CodeExecutionTool20250825Param
            | CodeExecutionTool20260120Param
            | CodeExecutionTool20260521Param
            | ComputerToolset20260801Param
            | MemoryTool20250818Param
            | ToolBash20250124Param
            | ToolParam
            | ToolSearchToolBm2520251119Param
            | ToolSearchToolRegex20251119Param
            | ToolTextEditor20250124Param
            | ToolTextEditor20250429Param
            | ToolTextEditor20250728Param
            | WebFetchTool20250910Param
            | WebFetchTool20260209Param
            | WebFetchTool20260309Param
            | WebFetchTool20260318Param
            | WebSearchTool20250305Param
            | WebSearchTool20260209Param
            | WebSearchTool20260318Param
        ]
        | Unset = UNSET,
        stream: bool | Unset = UNSET,
        temperature: float | Unset = UNSET,
        top_p: float | Unset = UNSET,
        top_k: int | Unset = UNSET,
    ) -> None:
        absent = 0
        self.max_tokens = max_tokens
        self.messages = messages
        self.model = model
        if cache_control is UNSET:
            absent |= 1
        self.cache_control = NULL if cache_control is UNSET else cache_control
        if container is UNSET:
            absent |= 2
        self.container = NULL if container is UNSET else container
        if diagnostics is UNSET:
            absent |= 4
        self.diagnostics = NULL if diagnostics is UNSET else diagnostics
        if inference_geo is UNSET:
            absent |= 8
        self.inference_geo = NULL if inference_geo is UNSET else inference_geo
        self.metadata = NULL if metadata is UNSET else metadata
        self.output_config = NULL if output_config is UNSET else output_config
        self.service_tier = NULL if service_tier is UNSET else service_tier
        if speed is UNSET:
            absent |= 16
        self.speed = NULL if speed is UNSET else speed
        self.stop_sequences = NULL if stop_sequences is UNSET else stop_sequences
        self.system = NULL if system is UNSET else system
        self.thinking = NULL if thinking is UNSET else thinking
        self.tool_choice = NULL if tool_choice is UNSET else tool_choice
        self.tools = NULL if tools is UNSET else tools
        self.stream = NULL if stream is UNSET else stream
        self.temperature = NULL if temperature is UNSET else temperature
        self.top_p = NULL if top_p is UNSET else top_p
        self.top_k = NULL if top_k is UNSET else top_k
        self._absent = absent  # type: ignore[misc]  # a slot of types.Model (unseen by mypy's attrs plugin)

    def to_dict(self) -> dict[str, Any]:
        if not _imported:
            _import_models()
        try:
            max_tokens = self.max_tokens

            messages = []
            for messages_item_data in self.messages:
                messages_item: dict[str, Any]
                if isinstance(messages_item_data, dict):
                    messages_item = messages_item_data
                elif isinstance(messages_item_data, UserMessageParam):
                    messages_item = messages_item_data.to_dict()
                elif isinstance(messages_item_data, AssistantMessageParam):
                    messages_item = messages_item_data.to_dict()
                else:
                    messages_item = messages_item_data.to_dict()

                messages.append(messages_item)

            model = self.model

            cache_control_value = self.cache_control
            if cache_control_value is None and self._absent & 1:
                cache_control_value = UNSET
            cache_control: dict[str, Any] | None | Unset
            if isinstance(cache_control_value, Unset):
                cache_control = UNSET
            elif isinstance(cache_control_value, CacheControlEphemeralParam):
                cache_control = cache_control_value.to_dict()
            else:
                cache_control = cache_control_value

            container_value = self.container
            if container_value is None and self._absent & 2:
                container_value = UNSET
            container: dict[str, Any] | None | str | Unset
            if isinstance(container_value, Unset):
                container = UNSET
            elif isinstance(container_value, ContainerParams):
                container = container_value.to_dict()
            else:
                container = container_value

            diagnostics_value = self.diagnostics
            if diagnostics_value is None and self._absent & 4:
                diagnostics_value = UNSET
            diagnostics: dict[str, Any] | None | Unset
            if isinstance(diagnostics_value, Unset):
                diagnostics = UNSET
            elif isinstance(diagnostics_value, DiagnosticsParam):
                diagnostics = diagnostics_value.to_dict()
            else:
                diagnostics = diagnostics_value

            inference_geo_value = self.inference_geo
            if inference_geo_value is None and self._absent & 8:
                inference_geo_value = UNSET
            inference_geo: None | str | Unset
            if isinstance(inference_geo_value, Unset):
                inference_geo = UNSET
            else:
                inference_geo = inference_geo_value

            metadata_value = self.metadata
            if metadata_value is None:  # null is not allowed here: None means absent
                metadata_value = UNSET
            metadata: dict[str, Any] | Unset = UNSET
            if not isinstance(metadata_value, Unset):
                metadata = metadata_value.to_dict()

            output_config_value = self.output_config
            if output_config_value is None:  # null is not allowed here: None means absent
                output_config_value = UNSET
            output_config: dict[str, Any] | Unset = UNSET
            if not isinstance(output_config_value, Unset):
                output_config = output_config_value.to_dict()

            service_tier_value = self.service_tier
            if service_tier_value is None:  # null is not allowed here: None means absent
                service_tier_value = UNSET
            service_tier: str | Unset = UNSET
            if not isinstance(service_tier_value, Unset):
                service_tier = service_tier_value

            speed_value = self.speed
            if speed_value is None and self._absent & 16:
                speed_value = UNSET
            speed: None | str | Unset
            if isinstance(speed_value, Unset):
                speed = UNSET
            elif isinstance(speed_value, str):
                speed = speed_value
            else:
                speed = speed_value

            stop_sequences_value = self.stop_sequences
            if stop_sequences_value is None:  # null is not allowed here: None means absent
                stop_sequences_value = UNSET
            stop_sequences: list[str] | Unset = UNSET
            if not isinstance(stop_sequences_value, Unset):
                stop_sequences = stop_sequences_value

            system_value = self.system
            if system_value is None:  # null is not allowed here: None means absent
                system_value = UNSET
            system: list[dict[str, Any]] | str | Unset
            if isinstance(system_value, Unset):
                system = UNSET
            elif isinstance(system_value, list):
                system = []
                for system_type_1_item_data in system_value:
                    system_type_1_item = system_type_1_item_data.to_dict()
                    system.append(system_type_1_item)

            else:
                system = system_value

            thinking_value = self.thinking
            if thinking_value is None:  # null is not allowed here: None means absent
                thinking_value = UNSET
            thinking: dict[str, Any] | Unset
            if isinstance(thinking_value, Unset):
                thinking = UNSET
            elif isinstance(thinking_value, dict):
                thinking = thinking_value
            elif isinstance(thinking_value, ThinkingConfigEnabledParam):
                thinking = thinking_value.to_dict()
            elif isinstance(thinking_value, ThinkingConfigDisabledParam):
                thinking = thinking_value.to_dict()
            elif isinstance(thinking_value, ThinkingConfigBetweenToolsParam):
                thinking = thinking_value.to_dict()
            else:
                thinking = thinking_value.to_dict()

            tool_choice_value = self.tool_choice
            if tool_choice_value is None:  # null is not allowed here: None means absent
                tool_choice_value = UNSET
            tool_choice: dict[str, Any] | Unset
            if isinstance(tool_choice_value, Unset):
                tool_choice = UNSET
            elif isinstance(tool_choice_value, dict):
                tool_choice = tool_choice_value
            elif isinstance(tool_choice_value, ToolChoiceAutoParam):
                tool_choice = tool_choice_value.to_dict()
            elif isinstance(tool_choice_value, ToolChoiceAnyParam):
                tool_choice = tool_choice_value.to_dict()
            elif isinstance(tool_choice_value, ToolChoiceToolParam):
                tool_choice = tool_choice_value.to_dict()
            else:
                tool_choice = tool_choice_value.to_dict()

            tools_value = self.tools
            if tools_value is None:  # null is not allowed here: None means absent
                tools_value = UNSET
            tools: list[dict[str, Any]] | Unset = UNSET
            if not isinstance(tools_value, Unset):
                tools = []
                for tools_item_data in tools_value:
                    tools_item: dict[str, Any]
                    if isinstance(tools_item_data, dict):
                        tools_item = tools_item_data
                    elif isinstance(tools_item_data, ToolParam):
                        tools_item = tools_item_data.to_dict()
                    elif isinstance(tools_item_data, ToolBash20250124Param):
                        tools_item = tools_item_data.to_dict()
                    elif isinstance(tools_item_data, CodeExecutionTool20250522Param):
                        tools_item = tools_item_data.to_dict()
                    elif isinstance(tools_item_data, CodeExecutionTool20250825Param):
                        tools_item = tools_item_data.to_dict()
                    elif isinstance(tools_item_data, CodeExecutionTool20260120Param):
                        tools_item = tools_item_data.to_dict()
                    elif isinstance(tools_item_data, CodeExecutionTool20260521Param):
                        tools_item = tools_item_data.to_dict()
                    elif isinstance(tools_item_data, BrowserToolset20260801Param):
                        tools_item = tools_item_data.to_dict()
                    elif isinstance(tools_item_data, MemoryTool20250818Param):
                        tools_item = tools_item_data.to_dict()
                    elif isinstance(tools_item_data, ComputerToolset20260801Param):
                        tools_item = tools_item_data.to_dict()
                    elif isinstance(tools_item_data, ToolTextEditor20250124Param):
                        tools_item = tools_item_data.to_dict()
                    elif isinstance(tools_item_data, ToolTextEditor20250429Param):
                        tools_item = tools_item_data.to_dict()
                    elif isinstance(tools_item_data, ToolTextEditor20250728Param):
                        tools_item = tools_item_data.to_dict()
                    elif isinstance(tools_item_data, WebSearchTool20250305Param):
                        tools_item = tools_item_data.to_dict()
                    elif isinstance(tools_item_data, WebFetchTool20250910Param):
                        tools_item = tools_item_data.to_dict()
                    elif isinstance(tools_item_data, WebSearchTool20260209Param):
                        tools_item = tools_item_data.to_dict()
                    elif isinstance(tools_item_data, WebFetchTool20260209Param):
                        tools_item = tools_item_data.to_dict()
                    elif isinstance(tools_item_data, WebFetchTool20260309Param):
                        tools_item = tools_item_data.to_dict()
                    elif isinstance(tools_item_data, WebSearchTool20260318Param):
                        tools_item = tools_item_data.to_dict()
                    elif isinstance(tools_item_data, WebFetchTool20260318Param):
                        tools_item = tools_item_data.to_dict()
                    elif isinstance(tools_item_data, ToolSearchToolBm2520251119Param):
                        tools_item = tools_item_data.to_dict()
                    else:
                        tools_item = tools_item_data.to_dict()

                    tools.append(tools_item)

            stream_value = self.stream
            if stream_value is None:  # null is not allowed here: None means absent
                stream_value = UNSET
            stream = stream_value

            temperature_value = self.temperature
            if temperature_value is None:  # null is not allowed here: None means absent
                temperature_value = UNSET
            temperature = temperature_value

            top_p_value = self.top_p
            if top_p_value is None:  # null is not allowed here: None means absent
                top_p_value = UNSET
            top_p = top_p_value

            top_k_value = self.top_k
            if top_k_value is None:  # null is not allowed here: None means absent
                top_k_value = UNSET
            top_k = top_k_value

            field_dict: dict[str, Any] = {}
            field_dict.update(self.additional_properties)
            field_dict.update(
                {
                    "max_tokens": max_tokens,
                    "messages": messages,
                    "model": model,
                }
            )
            if cache_control is not UNSET:
                field_dict["cache_control"] = cache_control
            if container is not UNSET:
                field_dict["container"] = container
            if diagnostics is not UNSET:
                field_dict["diagnostics"] = diagnostics
            if inference_geo is not UNSET:
                field_dict["inference_geo"] = inference_geo
            if metadata is not UNSET:
                field_dict["metadata"] = metadata
            if output_config is not UNSET:
                field_dict["output_config"] = output_config
            if service_tier is not UNSET:
                field_dict["service_tier"] = service_tier
            if speed is not UNSET:
                field_dict["speed"] = speed
            if stop_sequences is not UNSET:
                field_dict["stop_sequences"] = stop_sequences
            if system is not UNSET:
                field_dict["system"] = system
            if thinking is not UNSET:
                field_dict["thinking"] = thinking
            if tool_choice is not UNSET:
                field_dict["tool_choice"] = tool_choice
            if tools is not UNSET:
                field_dict["tools"] = tools
            if stream is not UNSET:
                field_dict["stream"] = stream
            if temperature is not UNSET:
                field_dict["temperature"] = temperature
            if top_p is not UNSET:
                field_dict["top_p"] = top_p
            if top_k is not UNSET:
                field_dict["top_k"] = top_k

            return field_dict

        except MissingFieldError:  # built from data that lacked a required field
            return partial_to_dict(self, _WIRE_NAMES)

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:  # a field may be `type`
        if not isinstance(src_dict, dict) and not isinstance(src_dict, Mapping):
            raise TypeError(f"{cls.__name__} expects a JSON object, got {type(src_dict).__name__}")
        if not _imported:
            _import_models()
        missing = 0  # fields the data lacks: len(src_dict) + missing > fields means extra keys
        max_tokens = src_dict["max_tokens"] if "max_tokens" in src_dict else MISSING

        if "messages" in src_dict:
            messages = [
                (
                    _messages_item_parsers.get(messages_item_data.get("role"), keep_unknown)
                    if isinstance(messages_item_data, dict)
                    else not_an_object
                )(messages_item_data)
                for messages_item_data in src_dict["messages"]
            ]

        else:
            messages = MISSING
            missing += 1

        model = src_dict["model"] if "model" in src_dict else MISSING

        cache_control = src_dict.get("cache_control", UNSET)
        if cache_control is not None and cache_control is not UNSET:
            cache_control = CacheControlEphemeralParam.from_dict(cache_control)

        container = src_dict.get("container", UNSET)
        if container is not None and container is not UNSET:
            container = _parse_container(container)

        diagnostics = src_dict.get("diagnostics", UNSET)
        if diagnostics is not None and diagnostics is not UNSET:
            diagnostics = DiagnosticsParam.from_dict(diagnostics)

        inference_geo: None | str | Unset = src_dict.get("inference_geo", UNSET)

        _metadata = src_dict.get("metadata", UNSET)
        metadata: MetadataParam | Unset
        if isinstance(_metadata, Unset):
            metadata = UNSET
        else:
            metadata = MetadataParam.from_dict(_metadata)

        _output_config = src_dict.get("output_config", UNSET)
        output_config: OutputConfigParam | Unset
        if isinstance(_output_config, Unset):
            output_config = UNSET
        else:
            output_config = OutputConfigParam.from_dict(_output_config)

        _service_tier = src_dict.get("service_tier", UNSET)
        service_tier: MessageCreateParamsServiceTier | Unset
        if isinstance(_service_tier, Unset):
            service_tier = UNSET
        else:
            service_tier = check_message_create_params_service_tier(_service_tier)

        speed: None | Speed | Unset = src_dict.get("speed", UNSET)

        stop_sequences = cast("list[str] | Unset", src_dict.get("stop_sequences", UNSET))

        system = src_dict.get("system", UNSET)
        if system is not UNSET:
            system = _parse_system(system)

        thinking = src_dict.get("thinking", UNSET)
        if thinking is not UNSET:
            thinking = (
                _thinking_parsers.get(thinking.get("type"), keep_unknown)
                if isinstance(thinking, dict)
                else not_an_object
            )(thinking)

        tool_choice = src_dict.get("tool_choice", UNSET)
        if tool_choice is not UNSET:
            tool_choice = (
                _tool_choice_parsers.get(tool_choice.get("type"), keep_unknown)
                if isinstance(tool_choice, dict)
                else not_an_object
            )(tool_choice)

        _tools = src_dict.get("tools", UNSET)
        tools: (
            list[
                BrowserToolset20260801Param
                | CodeExecutionTool20250522Param
                | CodeExecutionTool20250825Param
                | CodeExecutionTool20260120Param
                | CodeExecutionTool20260521Param
                | ComputerToolset20260801Param
                | MemoryTool20250818Param
                | ToolBash20250124Param
                | ToolParam
                | ToolSearchToolBm2520251119Param
                | ToolSearchToolRegex20251119Param
                | ToolTextEditor20250124Param
                | ToolTextEditor20250429Param
                | ToolTextEditor20250728Param
                | WebFetchTool20250910Param
                | WebFetchTool20260209Param
                | WebFetchTool20260309Param
                | WebFetchTool20260318Param
                | WebSearchTool20250305Param
                | WebSearchTool20260209Param
                | WebSearchTool20260318Param
            ]
            | Unset
        ) = UNSET
        if _tools is not UNSET:
            tools = [
                (
                    _tools_item_parsers.get(tools_item_data.get("type"), keep_unknown)
                    if isinstance(tools_item_data, dict)
                    else not_an_object
                )(tools_item_data)
                for tools_item_data in _tools
            ]

        stream = src_dict.get("stream", UNSET)

        temperature = src_dict.get("temperature", UNSET)

        top_p = src_dict.get("top_p", UNSET)

        top_k = src_dict.get("top_k", UNSET)

        if max_tokens is MISSING or messages is MISSING or model is MISSING:
            # Liberal reading: the instance is built without the attributes the data lacks.
            return build_partial(
                cls,
                {
                    "max_tokens": max_tokens,
                    "messages": messages,
                    "model": model,
                    "cache_control": cache_control,
                    "container": container,
                    "diagnostics": diagnostics,
                    "inference_geo": inference_geo,
                    "metadata": metadata,
                    "output_config": output_config,
                    "service_tier": service_tier,
                    "speed": speed,
                    "stop_sequences": stop_sequences,
                    "system": system,
                    "thinking": thinking,
                    "tool_choice": tool_choice,
                    "tools": tools,
                    "stream": stream,
                    "temperature": temperature,
                    "top_p": top_p,
                    "top_k": top_k,
                },
                _extra(src_dict),
            )
        # Stores into the slots, no __init__ call (measured: the call was a third of a small
        # model's parse); a field the data lacks reads None.
        message_create_params = new_model(cls)
        absent = 0
        message_create_params.max_tokens = max_tokens
        message_create_params.messages = messages
        message_create_params.model = model
        if cache_control is UNSET:
            absent |= 1
            message_create_params.cache_control = None
            missing += 1
        else:
            message_create_params.cache_control = cache_control
        if container is UNSET:
            absent |= 2
            message_create_params.container = None
            missing += 1
        else:
            message_create_params.container = container
        if diagnostics is UNSET:
            absent |= 4
            message_create_params.diagnostics = None
            missing += 1
        else:
            message_create_params.diagnostics = diagnostics
        if inference_geo is UNSET:
            absent |= 8
            message_create_params.inference_geo = None
            missing += 1
        else:
            message_create_params.inference_geo = inference_geo
        if metadata is UNSET:
            message_create_params.metadata = NULL  # None, typed for the annotation
            missing += 1
        else:
            message_create_params.metadata = metadata
        if output_config is UNSET:
            message_create_params.output_config = NULL  # None, typed for the annotation
            missing += 1
        else:
            message_create_params.output_config = output_config
        if service_tier is UNSET:
            message_create_params.service_tier = NULL  # None, typed for the annotation
            missing += 1
        else:
            message_create_params.service_tier = service_tier
        if speed is UNSET:
            absent |= 16
            message_create_params.speed = None
            missing += 1
        else:
            message_create_params.speed = speed
        if stop_sequences is UNSET:
            message_create_params.stop_sequences = NULL  # None, typed for the annotation
            missing += 1
        else:
            message_create_params.stop_sequences = stop_sequences
        if system is UNSET:
            message_create_params.system = NULL  # None, typed for the annotation
            missing += 1
        else:
            message_create_params.system = system
        if thinking is UNSET:
            message_create_params.thinking = NULL  # None, typed for the annotation
            missing += 1
        else:
            message_create_params.thinking = thinking
        if tool_choice is UNSET:
            message_create_params.tool_choice = NULL  # None, typed for the annotation
            missing += 1
        else:
            message_create_params.tool_choice = tool_choice
        if tools is UNSET:
            message_create_params.tools = NULL  # None, typed for the annotation
            missing += 1
        else:
            message_create_params.tools = tools
        if stream is UNSET:
            message_create_params.stream = NULL  # None, typed for the annotation
            missing += 1
        else:
            message_create_params.stream = stream
        if temperature is UNSET:
            message_create_params.temperature = NULL  # None, typed for the annotation
            missing += 1
        else:
            message_create_params.temperature = temperature
        if top_p is UNSET:
            message_create_params.top_p = NULL  # None, typed for the annotation
            missing += 1
        else:
            message_create_params.top_p = top_p
        if top_k is UNSET:
            message_create_params.top_k = NULL  # None, typed for the annotation
            missing += 1
        else:
            message_create_params.top_k = top_k
        message_create_params._absent = absent
        if len(src_dict) + missing > 20:  # cheaper than a set test
            message_create_params.additional_properties = _extra(src_dict)
        return message_create_params

    if not TYPE_CHECKING:  # hidden from type checkers, which would accept any attribute name

        def __getattr__(self, name: str) -> Any:
            """Only reached for an unassigned field (`del`, or a required one the data lacked)."""
            if name in _OPTIONAL:
                return None
            if name == "additional_properties":  # made on first use
                extra: dict[str, Any] = {}
                object.__setattr__(self, name, extra)
                return extra
            raise attribute_error(self, name, _WIRE_NAMES)

        # attrs' own versions read every field, so they would raise on an instance lacking a
        # required one, and could not tell an absent field (None) from a null one
        __eq__ = model_eq
        __getstate__ = model_getstate
        __setstate__ = model_setstate

    # The fields that have a value: no `Unset`, no empty `additional_properties` (issue 16).
    __repr__ = model_repr

    def to_json(self) -> bytes:
        """`to_dict()` as compact UTF-8 JSON bytes (orjson), ready to send or store."""
        return model_to_json(self.to_dict())

    @classmethod
    def from_json(cls: builtins.type[T], data: bytes | bytearray | memoryview | str) -> T:
        """`from_dict` of a JSON document (orjson)."""
        return cls.from_dict(model_from_json(data))

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


def _extra(src_dict: Mapping[str, Any]) -> dict[str, Any]:
    """The keys of *src_dict* that are not fields, kept for forward compatibility."""
    return {k: v for k, v in src_dict.items() if k not in _KNOWN}
