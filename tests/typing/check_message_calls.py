"""Type-checked by ``nox -s typecheck`` (``mypy --strict tests/typing``), never run.

The message calls take typed keyword fields (``claude._build.typed_fields``, from the spec):
right uses check, results have their types, and each wrong use below is an error mypy must
report (its ``type: ignore`` would otherwise be unused, which strict mode refuses).
"""

from __future__ import annotations

import dataclasses
from typing import assert_type

import claude
from claude_api.models import Message, MessageTokensCount

HI = [{"role": "user", "content": "Hi"}]


@dataclasses.dataclass
class Order:
    item: str
    quantity: int


def sync_calls(client: claude.Client) -> None:
    message = client.messages.create(
        model="claude-sonnet-4-5",
        max_tokens=1024,
        messages=HI,
        system="Be brief.",
        temperature=0.5,
        thinking={"type": "enabled", "budget_tokens": 2048},
        tools=[],
        service_tier="auto",
        stop_sequences=["END"],
        metadata={"user_id": "u1"},
        timeout=30.0,
        betas=["x"],
    )
    assert_type(message, Message)
    events = client.messages.create(model="m", max_tokens=1, messages=HI, stream=True)
    assert_type(events, claude.EventStream)
    with client.messages.stream(model="m", max_tokens=1, messages=HI) as stream:
        for event in stream:
            assert_type(event, claude.MessageStreamEvent)
        assert_type(stream.get_final_message(), Message)
    count = client.messages.count_tokens(model="m", messages=HI)
    assert_type(count, MessageTokensCount)
    parsed = client.messages.parse(model="m", max_tokens=1, messages=HI, output_format=Order)
    assert_type(parsed, claude.ParsedMessage[Order])
    assert_type(parsed.parsed_output, Order)
    with client.messages.stream(model="m", max_tokens=1, messages=HI, output_format=Order) as ps:
        for event in ps:
            if isinstance(event, claude.TextEvent):
                event.parsed_snapshot()
        assert_type(ps.get_final_message(), claude.ParsedMessage[Order])
    # The right reply back into a request: a list of response blocks.
    client.messages.create(
        model="m", max_tokens=1, messages=[*HI, {"role": "assistant", "content": message.content}]
    )

    # (create is overloaded, so its wrong calls are call-overload errors)
    client.messages.create(model="m", max_tokens="1", messages=HI)  # type: ignore[call-overload]
    client.messages.create(model="m", max_tokens=1, mesages=HI)  # type: ignore[call-overload]
    client.messages.create(model="m", messages=HI, service_tier="x")  # type: ignore[call-overload]
    client.messages.count_tokens(model="m", messages=HI, max_tokens=1)  # type: ignore[call-arg]
    client.messages.stream(model="m", messages=HI, top_k=0.5)  # type: ignore[call-overload]
    client.messages.parse(model="m", messages=HI, output_format=Order, top_p="x")  # type: ignore[arg-type]


async def async_calls(client: claude.AsyncClient) -> None:
    message = await client.messages.create(model="m", max_tokens=1, messages=HI)
    assert_type(message, Message)
    events = await client.messages.create(model="m", max_tokens=1, messages=HI, stream=True)
    assert_type(events, claude.AsyncEventStream)
    async with client.messages.stream(model="m", max_tokens=1, messages=HI) as stream:
        async for event in stream:
            assert_type(event, claude.MessageStreamEvent)
    count = await client.messages.count_tokens(model="m", messages=HI)
    assert_type(count, MessageTokensCount)
    parsed_stream = client.messages.stream(
        model="m", max_tokens=1, messages=HI, output_format=Order
    )
    async with parsed_stream as ps:
        assert_type(await ps.get_final_message(), claude.ParsedMessage[Order])
    await client.messages.create(model="m", messages=HI, temperature="hot")  # type: ignore[call-overload]
    await client.messages.count_tokens(model="m", messages=HI, speed="slow")  # type: ignore[arg-type]
