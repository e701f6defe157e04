"""The parts of a :class:`~claude.MessageRequest`: each field's value as the builder keeps it.

Messages become message params (dicts validated against their generated model), tools become
tool params (``@claude.tool`` functions, plain functions, dicts or models), and the checks that
a single value can have run as the builder is built.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any, TypeAlias

import attrs
from claude_api.models import (
    AssistantMessageParam,
    SystemMessageParam,
    ThinkingConfigAdaptiveParam,
    ThinkingConfigBetweenToolsParam,
    ThinkingConfigDisabledParam,
    ThinkingConfigEnabledParam,
    ToolChoiceAnyParam,
    ToolChoiceAutoParam,
    ToolChoiceNoneParam,
    ToolChoiceToolParam,
    ToolParam,
    UserMessageParam,
)
from claude_api.types import UNSET

from . import limits as _limits
from .limits import fail
from .pipeline import to_json, validate

__all__ = [
    "MessageParam",
    "ThinkingConfig",
    "ToolChoice",
    "message_param",
    "message_params",
    "optional",
    "strings",
    "system_value",
    "tool_name",
    "tool_param",
    "tool_params",
    "unset",
]

MessageParam: TypeAlias = UserMessageParam | AssistantMessageParam | SystemMessageParam
ThinkingConfig: TypeAlias = (
    ThinkingConfigEnabledParam
    | ThinkingConfigAdaptiveParam
    | ThinkingConfigDisabledParam
    | ThinkingConfigBetweenToolsParam
)
ToolChoice: TypeAlias = (
    ToolChoiceAutoParam | ToolChoiceAnyParam | ToolChoiceToolParam | ToolChoiceNoneParam
)
_ROLES: dict[str, type[MessageParam]] = {
    "user": UserMessageParam,
    "assistant": AssistantMessageParam,
    "system": SystemMessageParam,
}


def message_param(item: object, index: int = 0) -> MessageParam:
    if isinstance(item, UserMessageParam | AssistantMessageParam | SystemMessageParam):
        return item
    if isinstance(item, Mapping):
        model = _ROLES.get(item.get("role"))  # type: ignore[arg-type]
        if model is None:
            fail(f"messages[{index}].role", "expected 'user' or 'assistant'", item.get("role"))
        data = to_json(item)
        validate(model, data)
        return model.from_dict(data)
    raise TypeError(f"messages[{index}]: expected a message param or a dict, got {item!r:.60}")


def message_params(items: Iterable[object]) -> tuple[MessageParam, ...]:
    return tuple(message_param(item, index) for index, item in enumerate(items))


def tool_param(item: object, index: int = 0) -> Any:
    to_param = getattr(item, "to_param", None)
    if callable(to_param):
        return to_param()
    if isinstance(item, Mapping):
        data = to_json(item)
        if data.get("type", "custom") != "custom":
            return data  # a server tool: checked against the spec by to_params()
        validate(ToolParam, data)
        return ToolParam.from_dict(data)
    if attrs.has(type(item)):
        return item
    if callable(item):
        from claude._tools.tool import tool

        return tool(item).to_param()
    raise TypeError(f"tools[{index}]: expected a tool, a function or a dict, got {item!r:.60}")


def tool_name(item: object) -> object:
    return item.get("name") if isinstance(item, Mapping) else getattr(item, "name", None)


def tool_params(items: Iterable[object]) -> tuple[Any, ...]:
    tools = tuple(tool_param(item, index) for index, item in enumerate(items))
    for index, item in enumerate(tools):
        if isinstance(item, ToolParam):
            _limits.check_tool_name(item.name, f"tools[{index}].name")
    _limits.check_tool_names([tool_name(t) for t in tools])
    return tools


def strings(items: Iterable[str]) -> tuple[str, ...]:
    return tuple(items)


def system_value(value: object) -> Any:
    return value if value is None or isinstance(value, str) else tuple(value)  # type: ignore[arg-type]


def optional(check: Any) -> Any:
    def run(_: object, attribute: attrs.Attribute[Any], value: object) -> None:
        if value is not None:
            check(value)

    return run


def unset(value: Any) -> Any:
    return UNSET if value is None else value
