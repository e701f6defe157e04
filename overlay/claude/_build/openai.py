"""``from_openai``: an OpenAI Chat Completions request as a :class:`MessageRequest`.

    request = claude.from_openai(openai_kwargs, model="claude-sonnet-4-5")
    message = client.messages.create(request)

What maps: ``system``/``developer`` messages (all become the system prompt), ``user`` text,
``image_url`` (http(s) and base64 data URLs) and PDF ``file`` parts, ``assistant`` text and
``tool_calls`` (tool_use blocks), ``tool`` messages (tool_result blocks in a user turn),
consecutive turns of one role merged; function ``tools``; ``tool_choice`` (``"auto"``,
``"none"``, ``"required"`` -> any, a named function); ``parallel_tool_calls``; ``max_tokens``
or ``max_completion_tokens``; ``temperature``; ``top_p``; ``stop``; ``user`` (metadata);
``response_format`` with a JSON schema. ``stream``/``stream_options`` are dropped (call
``client.messages.stream``); anything else without a Claude equivalent is an error naming it,
rather than a silent change of meaning. Errors name the field in the OpenAI request.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any

from . import limits as _limits
from .blocks import assistant, tool_result, user
from .media_blocks import document, image
from claude._errors import RequestValidationError
from .limits import fail
from .request import MessageRequest

__all__ = ["from_openai"]

_DROPPED = frozenset({"stream", "stream_options"})
_HANDLED = frozenset(
    {
        "model",
        "messages",
        "tools",
        "tool_choice",
        "parallel_tool_calls",
        "max_tokens",
        "max_completion_tokens",
        "temperature",
        "top_p",
        "stop",
        "user",
        "response_format",
        "n",
    }
)


def from_openai(
    kwargs: Mapping[str, Any], *, model: str | None = None, default_max_tokens: int = 4096
) -> MessageRequest:
    """Convert Chat Completions arguments to a :class:`MessageRequest`.

    Args:
        kwargs: The keyword arguments of ``client.chat.completions.create``.
        model: The Claude model to use (default: ``kwargs["model"]``, kept as it is).
        default_max_tokens: ``max_tokens`` when the request sets none (Claude requires one).

    Raises:
        RequestValidationError: a value or field with no Claude equivalent.
    """
    for key in kwargs:
        if key not in _HANDLED and key not in _DROPPED:
            fail(key, "has no Claude Messages API equivalent; remove it", kwargs[key])
    if kwargs.get("n", 1) != 1:
        fail("n", "Claude returns one reply per request", kwargs["n"])
    max_tokens = kwargs.get("max_completion_tokens", kwargs.get("max_tokens"))
    request = MessageRequest(
        model=model if model is not None else kwargs.get("model", ""),
        max_tokens=default_max_tokens if max_tokens is None else max_tokens,
        temperature=kwargs.get("temperature"),
        top_p=kwargs.get("top_p"),
    )
    system, turns = _messages(kwargs.get("messages") or [])
    if system:
        request = request.with_system(*system)
    request = request.add_messages(*turns)
    if kwargs.get("tools"):
        request = request.with_tools(*(_tool(t, i) for i, t in enumerate(kwargs["tools"])))
    request = _tool_choice(request, kwargs.get("tool_choice"), kwargs.get("parallel_tool_calls"))
    stop = kwargs.get("stop")
    if stop:
        request = request.with_stop_sequences(*([stop] if isinstance(stop, str) else stop))
    if kwargs.get("user") is not None:
        request = request.with_metadata(user_id=kwargs["user"])
    return _response_format(request, kwargs.get("response_format"))


def _messages(messages: list[Any]) -> tuple[list[str], list[Any]]:
    """``(system parts, turns)``: turns of one role merged, in order."""
    system: list[str] = []
    turns: list[tuple[str, list[Any]]] = []

    def add(role: str, blocks: list[Any]) -> None:
        if not blocks:
            return
        if turns and turns[-1][0] == role:
            turns[-1][1].extend(blocks)
        else:
            turns.append((role, blocks))

    for index, message in enumerate(messages):
        where = f"messages[{index}]"
        if not isinstance(message, Mapping):
            fail(where, "expected a message object", message)
        role = message.get("role")
        content = message.get("content")
        if role in ("system", "developer"):
            system.extend(_texts(content, f"{where}.content"))
        elif role == "user":
            add("user", _user_content(content, f"{where}.content"))
        elif role == "assistant":
            blocks: list[Any] = _texts(content, f"{where}.content")
            blocks += [
                _tool_use(call, f"{where}.tool_calls[{i}]")
                for i, call in enumerate(message.get("tool_calls") or [])
            ]
            if message.get("function_call"):
                fail(
                    f"{where}.function_call",
                    "legacy function calls are not supported; use tool_calls",
                )
            add("assistant", blocks)
        elif role == "tool":
            texts = _texts(content, f"{where}.content")
            result = "\n".join(texts) if texts else None
            add("user", [tool_result(message.get("tool_call_id") or "", result)])
        else:
            fail(f"{where}.role", "expected system, developer, user, assistant or tool", role)
    made = [user(*blocks) if role == "user" else assistant(*blocks) for role, blocks in turns]
    return system, made


def _texts(content: Any, where: str) -> list[str]:
    """The texts of string or text-part content (empty strings dropped)."""
    if content is None or content == "":
        return []
    if isinstance(content, str):
        return [content]
    if not isinstance(content, list):
        fail(where, "expected a string or a list of parts", content)
    texts: list[str] = []
    for index, part in enumerate(content):
        if isinstance(part, Mapping) and part.get("type") == "text":
            if part.get("text"):
                texts.append(part["text"])
        elif not (isinstance(part, Mapping) and part.get("type") == "refusal"):
            fail(
                f"{where}[{index}].type",
                "only text parts are allowed here",
                part.get("type") if isinstance(part, Mapping) else part,
            )
    return texts


def _user_content(content: Any, where: str) -> list[Any]:
    if not isinstance(content, list):
        return _texts(content, where)
    blocks: list[Any] = []
    for index, part in enumerate(content):
        kind = part.get("type") if isinstance(part, Mapping) else None
        at = f"{where}[{index}]"
        if kind == "text":
            blocks += _texts([part], where)
        elif kind == "image_url":
            blocks.append(_image(part.get("image_url"), f"{at}.image_url"))
        elif kind == "file":
            blocks.append(_file(part.get("file"), f"{at}.file"))
        else:
            fail(f"{at}.type", "expected a text, image_url or file part", kind)
    return blocks


def _renamed(error: RequestValidationError, where: str) -> RequestValidationError:
    return RequestValidationError(error.message, field=where, value=error.value)


def _image(spec: Any, where: str) -> Any:
    url = spec.get("url") if isinstance(spec, Mapping) else spec
    if not isinstance(url, str) or not url.startswith(("http://", "https://", "data:")):
        fail(f"{where}.url", "expected an http(s) URL or a base64 data URL", url)
    try:
        return image(url)
    except RequestValidationError as exc:
        raise _renamed(exc, f"{where}.url") from exc


def _file(spec: Any, where: str) -> Any:
    data = spec.get("file_data") if isinstance(spec, Mapping) else None
    if not isinstance(data, str) or not data.startswith("data:application/pdf;base64,"):
        fail(
            f"{where}.file_data",
            "expected a PDF as a base64 data URL (OpenAI file ids do not carry over)",
            data,
        )
    title = spec.get("filename") if isinstance(spec, Mapping) else None
    try:
        return document(data, title=title)
    except RequestValidationError as exc:
        raise _renamed(exc, f"{where}.file_data") from exc


def _tool_use(call: Any, where: str) -> dict[str, Any]:
    function = call.get("function") if isinstance(call, Mapping) else None
    if not isinstance(function, Mapping) or call.get("type", "function") != "function":
        fail(where, "expected a function tool call", call)
    arguments = function.get("arguments") or "{}"
    try:
        parsed = json.loads(arguments) if isinstance(arguments, str) else arguments
    except json.JSONDecodeError:
        parsed = None
    if not isinstance(parsed, dict):
        fail(f"{where}.function.arguments", "expected a JSON object", arguments)
    return {"type": "tool_use", "id": call.get("id"), "name": function.get("name"), "input": parsed}


def _tool(spec: Any, index: int) -> dict[str, Any]:
    where = f"tools[{index}]"
    function = spec.get("function") if isinstance(spec, Mapping) else None
    if not isinstance(function, Mapping) or spec.get("type", "function") != "function":
        fail(where, "only function tools convert", spec)
    _limits.check_tool_name(function.get("name"), f"{where}.function.name")
    tool: dict[str, Any] = {
        "name": function["name"],
        "input_schema": function.get("parameters") or {"type": "object", "properties": {}},
    }
    if function.get("description"):
        tool["description"] = function["description"]
    if function.get("strict") is not None:
        tool["strict"] = function["strict"]
    return tool


def _tool_choice(request: MessageRequest, choice: Any, parallel: Any) -> MessageRequest:
    parallel_flag = None if parallel is None else bool(parallel)
    if choice is None:
        return (
            request
            if parallel_flag is None
            else request.with_tool_choice("auto", parallel=parallel_flag)
        )
    if choice == "none":
        return request.with_tool_choice("none")
    if choice in ("auto", "required"):
        kind = "any" if choice == "required" else "auto"
        return request.with_tool_choice(kind, parallel=parallel_flag)
    function = choice.get("function") if isinstance(choice, Mapping) else None
    if not isinstance(function, Mapping) or not function.get("name"):
        fail("tool_choice", "expected 'auto', 'none', 'required' or a named function", choice)
    return request.with_tool_choice(function["name"], parallel=parallel_flag)


def _response_format(request: MessageRequest, response_format: Any) -> MessageRequest:
    kind = response_format.get("type") if isinstance(response_format, Mapping) else None
    if response_format is None or kind == "text":
        return request
    if kind != "json_schema":
        fail("response_format", "only json_schema response formats convert", response_format)
    schema = (response_format.get("json_schema") or {}).get("schema")
    if not isinstance(schema, Mapping):
        fail("response_format.json_schema.schema", "expected a JSON schema object", schema)
    return request.with_output_format(schema)
