"""``run_tools``: call the model, run the tools it asks for, send the results, repeat.

    result = claude.run_tools(client, request, [get_weather, get_time])
    print(claude.text_of(result.message))

The loop itself is written once, as a pure generator (:func:`_drive`) that yields what it
needs (a reply to a request, or the results of tool calls) and builds the next request; the
sync and async functions are thin shells that do the I/O and run the tools.

* Every ``tool_use`` of a reply is run; its input is checked against the tool's schema first.
  A tool that raises (or gets bad input, or is unknown) becomes a ``tool_result`` with
  ``is_error: true`` carrying ``"<ExceptionType>: <message>"``, and the loop goes on.
* The loop ends at the first reply without tool uses (``complete=True``), or after
  ``max_iterations`` model calls (``complete=False``: the last reply's tool uses were not
  run, and ``result.request`` ends with that reply). It never raises for running out.
* Async: async tools of one reply run concurrently (an anyio task group), sync tools run
  inline. Sync: async tools run one at a time with ``asyncio.run``.
* ``stream=True`` uses ``client.messages.stream(...)`` and passes each event to ``on_event``.
"""

from __future__ import annotations

import asyncio
import inspect
from collections.abc import Callable, Generator, Iterable, Mapping
from typing import TYPE_CHECKING, Any, TypeAlias

import anyio
import attrs
from claude_api.models import Message, ToolResultBlockParam, ToolUseBlock

from claude._build.blocks import tool_result, user
from claude._build.limits import check_tool_names
from claude._build.reply_helpers import reply_to_param, tool_input, tool_uses
from claude._build.request import MessageParam, MessageRequest
from claude._errors import RequestValidationError

from .tool import Tool, ToolInputError, tool

if TYPE_CHECKING:
    from claude_api.models import MessageCreateParams

    from claude._client import AsyncClient, Client

__all__ = ["ToolCall", "ToolRunResult", "async_run_tools", "run_tools"]

EventCallback: TypeAlias = Callable[[Any], Any]


@attrs.frozen
class ToolCall:
    """One ``tool_use`` of a reply and the tool that answers it (None when unknown)."""

    block: ToolUseBlock
    tool: Tool[Any] | None

    def start(self) -> Any:
        """Check the input and call the tool: its result, or an awaitable for async tools.

        Raises:
            ToolInputError: the tool is unknown or the input does not fit its schema.
        """
        if self.tool is None:
            raise ToolInputError(
                f"no tool named {self.block.name!r}", tool=self.block.name, field=""
            )
        return self.tool(tool_input(self.block))

    def succeeded(self, value: object) -> ToolResultBlockParam:
        """The result block for a returned *value* (an error block if it cannot be sent)."""
        try:
            return tool_result(self.block.id, value)
        except (TypeError, ValueError) as exc:
            return self.failed(exc)

    def failed(self, error: BaseException) -> ToolResultBlockParam:
        """The ``is_error`` result block for *error*."""
        return tool_result(self.block.id, error, is_error=True)


@attrs.frozen
class ToolRunResult:
    """What :func:`run_tools` ends with.

    Attributes:
        message: The last reply.
        request: The whole conversation as a builder: every request message plus the last
            reply, ready for ``.user(...)`` and another call.
        replies: Every reply, in order (for usage accounting).
        complete: False when ``max_iterations`` ran out while the model still asked for tools
            (those tool uses were not run).
    """

    message: Message
    request: MessageRequest
    replies: tuple[Message, ...]
    complete: bool

    @property
    def messages(self) -> tuple[MessageParam, ...]:
        """The conversation's messages, ending with the last reply."""
        return self.request.messages

    @property
    def iterations(self) -> int:
        """How many times the model was called."""
        return len(self.replies)


@attrs.frozen
class _Ask:
    request: MessageRequest


@attrs.frozen
class _Run:
    calls: tuple[ToolCall, ...]


_Step: TypeAlias = _Ask | _Run


def prepare(
    request: MessageRequest | MessageCreateParams | Mapping[str, Any],
    tools: Iterable[Tool[Any] | Callable[..., Any]],
) -> tuple[MessageRequest, dict[str, Tool[Any]]]:
    """The request with every tool defined in it, and the tools by name."""
    if not isinstance(request, MessageRequest):
        request = MessageRequest.from_params(request)
    made = [t if isinstance(t, Tool) else tool(t) for t in tools]
    check_tool_names([t.name for t in made])
    missing = [t for t in made if t.name not in request.tool_names]
    if missing:
        request = request.add_tools(*missing)
    return request, {t.name: t for t in made}


def plan(reply: Message, registry: Mapping[str, Tool[Any]]) -> tuple[ToolCall, ...]:
    """The tool calls a reply asks for, in order."""
    return tuple(ToolCall(block, registry.get(block.name)) for block in tool_uses(reply))


def next_request(
    request: MessageRequest, reply: Message, results: Iterable[ToolResultBlockParam]
) -> MessageRequest:
    """*request* continued with *reply* and a user turn of the tool *results*."""
    return request.add_messages(reply_to_param(reply), user(*results))


def _drive(
    request: MessageRequest, registry: Mapping[str, Tool[Any]], max_iterations: int
) -> Generator[_Step, Any, ToolRunResult]:
    """The loop: yields ``_Ask`` (send a Message back) and ``_Run`` (send the results)."""
    replies: list[Message] = []
    while True:
        reply: Message = yield _Ask(request)
        replies.append(reply)
        calls = plan(reply, registry)
        if not calls or len(replies) >= max_iterations:
            return ToolRunResult(reply, _with_reply(request, reply), tuple(replies), not calls)
        results: list[ToolResultBlockParam] = yield _Run(calls)
        request = next_request(request, reply, results)


def _with_reply(request: MessageRequest, reply: Message) -> MessageRequest:
    try:
        return request.add_reply(reply)
    except RequestValidationError:  # nothing to send back (an empty reply): history as it was
        return request


def _check_iterations(max_iterations: int) -> None:
    if isinstance(max_iterations, bool) or not isinstance(max_iterations, int):
        raise TypeError(f"max_iterations must be an int, got {max_iterations!r}")
    if max_iterations < 1:
        raise ValueError(f"max_iterations must be >= 1, got {max_iterations}")


# --- sync shell ---------------------------------------------------------------------------


def run_tools(
    client: Client,
    request: MessageRequest | MessageCreateParams | Mapping[str, Any],
    tools: Iterable[Tool[Any] | Callable[..., Any]],
    *,
    max_iterations: int = 10,
    stream: bool = False,
    on_event: EventCallback | None = None,
) -> ToolRunResult:
    """Run the tool-use loop with a :class:`claude.Client`.

    Args:
        client: The client (use :func:`async_run_tools` with an ``AsyncClient``).
        request: The first request: a ``MessageRequest``, ``MessageCreateParams`` or dict.
        tools: ``@claude.tool`` functions or plain functions; those missing from the
            request's tools are added to it.
        max_iterations: Most model calls to make (>= 1).
        stream: Stream each reply (``client.messages.stream``).
        on_event: Called with every stream event when streaming.

    Returns:
        The last reply, the whole conversation, and whether the model finished.
    """
    _check_iterations(max_iterations)
    if inspect.iscoroutinefunction(getattr(client.messages, "create", None)):
        raise TypeError("run_tools() needs a Client; use async_run_tools() with an AsyncClient")
    first, registry = prepare(request, tools)
    loop = _drive(first, registry, max_iterations)
    step = next(loop)
    while True:
        if isinstance(step, _Ask):
            answer: Any = _reply(client, step.request, stream, on_event)
        else:
            answer = [_execute(call) for call in step.calls]
        try:
            step = loop.send(answer)
        except StopIteration as done:
            return done.value  # type: ignore[no-any-return]


def _reply(
    client: Client, request: MessageRequest, stream: bool, on_event: EventCallback | None
) -> Message:
    if not stream:
        return client.messages.create(request)
    with client.messages.stream(request) as events:
        for event in events:
            if on_event is not None:
                on_event(event)
        return events.get_final_message()


def _execute(call: ToolCall) -> ToolResultBlockParam:
    try:
        value = call.start()
        if inspect.iscoroutine(value):
            value = asyncio.run(value)
    except Exception as exc:
        return call.failed(exc)
    return call.succeeded(value)


# --- async shell --------------------------------------------------------------------------


async def async_run_tools(
    client: AsyncClient,
    request: MessageRequest | MessageCreateParams | Mapping[str, Any],
    tools: Iterable[Tool[Any] | Callable[..., Any]],
    *,
    max_iterations: int = 10,
    stream: bool = False,
    on_event: EventCallback | None = None,
) -> ToolRunResult:
    """Run the tool-use loop with a :class:`claude.AsyncClient` (see :func:`run_tools`).

    The async tools of one reply run concurrently; ``on_event`` may be a coroutine function.
    """
    _check_iterations(max_iterations)
    if not inspect.iscoroutinefunction(getattr(client.messages, "create", None)):
        raise TypeError("async_run_tools() needs an AsyncClient; use run_tools() with a Client")
    first, registry = prepare(request, tools)
    loop = _drive(first, registry, max_iterations)
    step = next(loop)
    while True:
        if isinstance(step, _Ask):
            answer: Any = await _areply(client, step.request, stream, on_event)
        else:
            answer = await _aexecute_all(step.calls)
        try:
            step = loop.send(answer)
        except StopIteration as done:
            return done.value  # type: ignore[no-any-return]


async def _areply(
    client: AsyncClient, request: MessageRequest, stream: bool, on_event: EventCallback | None
) -> Message:
    if not stream:
        return await client.messages.create(request)
    async with client.messages.stream(request) as events:
        async for event in events:
            if on_event is not None and inspect.isawaitable(result := on_event(event)):
                await result
        return await events.get_final_message()


async def _aexecute_all(calls: tuple[ToolCall, ...]) -> list[ToolResultBlockParam]:
    results: list[ToolResultBlockParam | None] = [None] * len(calls)

    async def run(index: int, call: ToolCall) -> None:
        try:
            value = call.start()
            if inspect.isawaitable(value):
                value = await value
        except Exception as exc:
            results[index] = call.failed(exc)
        else:
            results[index] = call.succeeded(value)

    async with anyio.create_task_group() as group:
        for index, call in enumerate(calls):
            group.start_soon(run, index, call)
    return [r for r in results if r is not None]
