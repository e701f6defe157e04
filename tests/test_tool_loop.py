"""Tests for run_tools/async_run_tools: the pure core, then real loops against the stand-in."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import anyio
import claude
import pytest
from claude._tools.loop import _Ask, _drive, _Run, next_request, plan, prepare
from claude.testing import MessageReply, StandIn
from claude_api.models import Message

MODEL = "claude-sonnet-4-5"


@pytest.fixture
def anyio_backend() -> str:
    return "asyncio"


def reply(*content: dict[str, Any], stop_reason: str = "tool_use") -> dict[str, Any]:
    return {
        "id": "msg_x",
        "type": "message",
        "role": "assistant",
        "model": MODEL,
        "content": list(content),
        "stop_reason": stop_reason,
        "stop_sequence": None,
        "usage": {"input_tokens": 10, "output_tokens": 5},
    }


def use(tool_id: str, name: str, **tool_input: Any) -> dict[str, Any]:
    return {"type": "tool_use", "id": tool_id, "name": name, "input": tool_input}


def text(value: str) -> dict[str, Any]:
    return {"type": "text", "text": value}


@claude.tool
def get_weather(city: str) -> str:
    """The weather in a city.

    Args:
        city: The city's name.
    """
    return f"{city}: 22 C, sunny"


@claude.tool
def station(city: str) -> str:
    """The weather station's raw data."""
    raise ValueError(f"station offline in {city}")


@claude.tool
async def aget_weather(city: str) -> str:
    """The weather in a city (async)."""
    await anyio.sleep(0)
    return f"{city}: 22 C, sunny"


@claude.tool
async def astation(city: str) -> str:
    """The weather station's raw data (async)."""
    await anyio.sleep(0)
    raise ValueError(f"station offline in {city}")


START = claude.MessageRequest(MODEL, max_tokens=1024).user("Weather in Paris and Oslo?")

SCRIPT = [
    reply(
        text("Checking."),
        use("toolu_1", "get_weather", city="Paris"),
        use("toolu_2", "station", city="Paris"),
    ),
    reply(use("toolu_3", "get_weather", city="Oslo")),
    reply(text("Paris and Oslo: 22 C, sunny."), stop_reason="end_turn"),
]
ASYNC_SCRIPT = [
    reply(
        text("Checking."),
        use("toolu_1", "aget_weather", city="Paris"),
        use("toolu_2", "astation", city="Paris"),
    ),
    reply(use("toolu_3", "aget_weather", city="Oslo")),
    reply(text("Paris and Oslo: 22 C, sunny."), stop_reason="end_turn"),
]


# --- the pure core --------------------------------------------------------------------------


def test_prepare_adds_missing_tools() -> None:
    def local_time(zone: str) -> str:
        """The time in a zone."""
        return "noon"

    request, registry = prepare(START.with_tools(get_weather), [get_weather, local_time])
    assert [t.name for t in request.tools] == ["get_weather", "local_time"]
    assert set(registry) == {"get_weather", "local_time"}
    with pytest.raises(claude.RequestValidationError, match="duplicate tool name"):
        prepare(START, [get_weather, get_weather])
    from_params, _ = prepare(START.to_params(), [])
    assert from_params.to_dict() == START.to_dict()
    from_dict, _ = prepare({**START.to_dict(), "container": "c_1", "stream": True}, [])
    assert from_dict.to_dict() == {**START.to_dict(), "container": "c_1"}


def test_plan_and_results() -> None:
    message = Message.from_dict(SCRIPT[0])
    calls = plan(message, {"get_weather": get_weather})
    assert [c.block.id for c in calls] == ["toolu_1", "toolu_2"]
    assert calls[1].tool is None  # "station" is not registered here
    assert calls[0].succeeded(calls[0].start()).to_dict() == {
        "type": "tool_result",
        "tool_use_id": "toolu_1",
        "content": "Paris: 22 C, sunny",
    }
    with pytest.raises(claude.ToolInputError, match="no tool named 'station'"):
        calls[1].start()
    failed = calls[1].failed(ValueError("boom")).to_dict()
    assert failed == {
        "type": "tool_result",
        "tool_use_id": "toolu_2",
        "is_error": True,
        "content": "ValueError: boom",
    }
    unsendable = calls[0].succeeded(object())
    assert unsendable.is_error is True
    assert "not JSON-serialisable" in str(unsendable.content)


def test_next_request_is_checked() -> None:
    message = Message.from_dict(SCRIPT[0])
    results = [claude.tool_result("toolu_1", "a"), claude.tool_result("toolu_2", "b")]
    continued = next_request(START, message, results)
    roles = [m["role"] for m in continued.to_dict()["messages"]]
    assert roles == ["user", "assistant", "user"]
    with pytest.raises(claude.RequestValidationError, match="have no tool_result"):
        next_request(START, message, results[:1]).to_params()


def drive(script: list[dict[str, Any]], max_iterations: int) -> tuple[Any, list[Any]]:
    """Run the pure loop by hand: replies from *script*, each tool call answered 'ok'."""
    request, registry = prepare(START, [get_weather, station])
    loop = _drive(request, registry, max_iterations)
    steps: list[Any] = []
    replies = iter(script)
    step = next(loop)
    try:
        while True:
            steps.append(step)
            if isinstance(step, _Ask):
                step = loop.send(Message.from_dict(next(replies)))
            else:
                assert isinstance(step, _Run)
                step = loop.send([c.succeeded("ok") for c in step.calls])
    except StopIteration as done:
        return done.value, steps


def test_drive_until_done() -> None:
    result, steps = drive(SCRIPT, 10)
    assert [type(s).__name__ for s in steps] == ["_Ask", "_Run", "_Ask", "_Run", "_Ask"]
    assert result.complete
    assert result.iterations == 3
    assert claude.text_of(result.message) == "Paris and Oslo: 22 C, sunny."
    assert [m.role for m in result.messages] == [
        "user",
        "assistant",
        "user",
        "assistant",
        "user",
        "assistant",
    ]


def test_drive_stops_at_the_budget() -> None:
    result, steps = drive(SCRIPT, 2)
    assert [type(s).__name__ for s in steps] == ["_Ask", "_Run", "_Ask"]
    assert not result.complete
    assert result.iterations == 2
    assert [b.id for b in claude.tool_uses(result.message)] == ["toolu_3"]
    assert result.messages[-1].role == "assistant"  # the unanswered tool use ends it


def test_loop_arguments_are_checked() -> None:
    with pytest.raises(ValueError, match="max_iterations must be >= 1"):
        claude.run_tools(claude.Client(api_key="k"), START, [], max_iterations=0)
    with pytest.raises(TypeError, match="use async_run_tools"):
        claude.run_tools(claude.AsyncClient(api_key="k"), START, [])  # type: ignore[arg-type]


@pytest.mark.anyio
async def test_async_loop_needs_an_async_client() -> None:
    with pytest.raises(TypeError, match="use run_tools"):
        await claude.async_run_tools(claude.Client(api_key="k"), START, [])  # type: ignore[arg-type]


# --- against the stand-in ---------------------------------------------------------------------


@pytest.fixture
def server() -> Iterator[StandIn]:
    with StandIn() as standin:
        yield standin


def create_bodies(server: StandIn) -> list[dict[str, Any]]:
    return [r.json for r in server.requests if r.operation == "messages.create"]


def check_conversation(server: StandIn, result: claude.ToolRunResult, prefix: str = "") -> None:
    """The three requests the scripted loop must have sent, and the result."""
    script = ASYNC_SCRIPT if prefix else SCRIPT
    assert result.complete
    assert result.iterations == 3
    assert claude.text_of(result.message) == "Paris and Oslo: 22 C, sunny."
    bodies = create_bodies(server)
    assert len(bodies) == 3
    assert [t["name"] for t in bodies[0]["tools"]] == [f"{prefix}get_weather", f"{prefix}station"]
    assert bodies[0]["messages"] == [{"role": "user", "content": "Weather in Paris and Oslo?"}]
    second = bodies[1]["messages"]
    assert [m["role"] for m in second] == ["user", "assistant", "user"]
    assert second[1]["content"] == script[0]["content"]
    assert second[2]["content"] == [
        {"type": "tool_result", "tool_use_id": "toolu_1", "content": "Paris: 22 C, sunny"},
        {
            "type": "tool_result",
            "tool_use_id": "toolu_2",
            "is_error": True,
            "content": "ValueError: station offline in Paris",
        },
    ]
    third = bodies[2]["messages"]
    assert third[:3] == second
    assert third[4]["content"] == [
        {"type": "tool_result", "tool_use_id": "toolu_3", "content": "Oslo: 22 C, sunny"}
    ]
    assert [m.role for m in result.messages] == [m["role"] for m in third] + ["assistant"]


@pytest.mark.parametrize("stream", [False, True], ids=["json", "stream"])
def test_run_tools_sync(server: StandIn, stream: bool) -> None:
    server.queue("messages.create", *(MessageReply(message=m) for m in SCRIPT))
    events: list[Any] = []
    with claude.Client(api_key="test", base_url=server.base_url, max_retries=0) as client:
        result = claude.run_tools(
            client, START, [get_weather, station], stream=stream, on_event=events.append
        )
    check_conversation(server, result)
    assert all(body.get("stream", False) is stream for body in create_bodies(server))
    if stream:
        kinds = {getattr(e, "type", None) for e in events}
        assert {"message_start", "content_block_delta", "message_stop"} <= kinds
    else:
        assert events == []


@pytest.mark.anyio
@pytest.mark.parametrize("stream", [False, True], ids=["json", "stream"])
async def test_run_tools_async(server: StandIn, stream: bool) -> None:
    server.queue("messages.create", *(MessageReply(message=m) for m in ASYNC_SCRIPT))
    events: list[Any] = []

    async def on_event(event: Any) -> None:
        events.append(event)

    async with claude.AsyncClient(api_key="t", base_url=server.base_url, max_retries=0) as client:
        result = await claude.async_run_tools(
            client, START, [aget_weather, astation], stream=stream, on_event=on_event
        )
    check_conversation(server, result, prefix="a")
    assert bool(events) is stream


def test_run_tools_budget_against_the_server(server: StandIn) -> None:
    server.queue("messages.create", *(MessageReply(message=m) for m in SCRIPT))
    with claude.Client(api_key="test", base_url=server.base_url, max_retries=0) as client:
        result = claude.run_tools(client, START, [get_weather, station], max_iterations=1)
    assert not result.complete
    assert len(create_bodies(server)) == 1
    assert [b.id for b in claude.tool_uses(result.message)] == ["toolu_1", "toolu_2"]


def test_sync_loop_runs_async_tools(server: StandIn) -> None:
    server.queue("messages.create", *(MessageReply(message=m) for m in ASYNC_SCRIPT))
    with claude.Client(api_key="test", base_url=server.base_url, max_retries=0) as client:
        result = claude.run_tools(client, START, [aget_weather, astation])
    check_conversation(server, result, prefix="a")


@pytest.mark.anyio
async def test_async_tools_of_one_reply_run_concurrently(server: StandIn) -> None:
    first, second = anyio.Event(), anyio.Event()

    @claude.tool
    async def ping() -> str:
        """Wait for pong."""
        first.set()
        await second.wait()
        return "ping done"

    @claude.tool
    async def pong() -> str:
        """Wait for ping."""
        await first.wait()
        second.set()
        return "pong done"

    server.queue(
        "messages.create",
        MessageReply(message=reply(use("toolu_1", "ping"), use("toolu_2", "pong"))),
        MessageReply(message=reply(text("done"), stop_reason="end_turn")),
    )
    async with claude.AsyncClient(api_key="t", base_url=server.base_url, max_retries=0) as client:
        with anyio.fail_after(10):  # run one after the other, ping would wait forever
            result = await claude.async_run_tools(client, START, [ping, pong])
    results = create_bodies(server)[1]["messages"][2]["content"]
    assert [r["content"] for r in results] == ["ping done", "pong done"]
    assert result.complete
