"""The scripted replies of each port: realistic, deterministic, the same for both clients.

Each entry of :data:`REPLIES` queues on a stand-in every answer one example needs; it is
called once per stand-in, so the official SDK and this client get identical replies (only the
``results_url`` of a batch names its own stand-in).
"""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

from claude.testing import JSONLReply, JSONReply, MessageReply, StandIn

MODEL = "claude-sonnet-4-5-20250929"
BATCH_ID = "msgbatch_01HkcTjaV5uDC8jWR4ZsDV8d"

Script = Callable[[StandIn], None]


def message(
    message_id: str,
    content: list[dict[str, Any]],
    *,
    stop_reason: str = "end_turn",
    stop_sequence: str | None = None,
    input_tokens: int = 21,
    output_tokens: int = 34,
    **usage: Any,
) -> dict[str, Any]:
    """A complete ``Message`` dict as the API returns it."""
    return {
        "id": message_id,
        "type": "message",
        "role": "assistant",
        "model": MODEL,
        "content": content,
        "stop_reason": stop_reason,
        "stop_sequence": stop_sequence,
        "usage": {
            "input_tokens": input_tokens,
            "output_tokens": output_tokens,
            "cache_creation_input_tokens": 0,
            "cache_read_input_tokens": 0,
            **usage,
        },
    }


def text(value: str, citations: list[dict[str, Any]] | None = None) -> dict[str, Any]:
    """A text block, with citations when given."""
    block: dict[str, Any] = {"type": "text", "text": value}
    if citations is not None:
        block["citations"] = citations
    return block


def queue_messages(server: StandIn, *messages: dict[str, Any], **options: Any) -> None:
    """Queue *messages* for ``messages.create`` (JSON or a stream, as the request asks)."""
    for reply in messages:
        server.queue("messages.create", MessageReply(message=reply, **options))


def messages_script(server: StandIn) -> None:
    colours = text("Red\nYellow\nBlue")
    warmest = text("Red is usually seen as the warmest.")
    queue_messages(
        server,
        message("msg_01XFDUDYJgAACzvnptvVoYEL", [colours], input_tokens=18, output_tokens=9),
        message(
            "msg_01Aq9w938a90dw8q7uvjsdEX",
            [warmest],
            stop_reason="stop_sequence",
            stop_sequence="\n\n",
            input_tokens=40,
            output_tokens=11,
        ),
    )


def messages_stream_script(server: StandIn) -> None:
    haiku = "Waves fold into foam,\nsalt wind carries gull voices,\nthe tide keeps its time."
    peaks = "Stone shoulders of snow,\nclouds rest on the quiet ridge,\npines hold the thin air."
    queue_messages(
        server,
        message("msg_01Stream1hTyQcSo7fKmGd4Z", [text(haiku)], output_tokens=24),
        message("msg_01Stream2ZvJq8RtwwpE3ayN", [text(peaks)], output_tokens=23),
        text_chunk=7,
        ping_every=4,
    )


WEATHER_CALL = {
    "type": "tool_use",
    "id": "toolu_01A09q90qw90lq917835lq9",
    "name": "get_weather",
    "input": {"city": "Lisbon", "unit": "celsius"},
}


def tools_script(server: StandIn) -> None:
    queue_messages(
        server,
        message(
            "msg_01ToolsAsk7rVtJd3mWcnTQ",
            [text("I'll look up the weather in Lisbon."), WEATHER_CALL],
            stop_reason="tool_use",
        ),
        message("msg_01ToolsAnswerWbS5mYvLqJ", [text("It is 18 degrees with a light wind.")]),
    )


def tools_stream_script(server: StandIn) -> None:
    call = {
        "type": "tool_use",
        "id": "toolu_01Stock7HfJ3n2KqpXzVwQ",
        "name": "get_stock_price",
        "input": {"ticker": "ACME", "exchange": "NYSE"},
    }
    queue_messages(
        server,
        message(
            "msg_01ToolStreamP3cVx5dKLmRu",
            [text("Checking the price now."), call],
            stop_reason="tool_use",
        ),
        text_chunk=9,
        json_chunk=5,
    )


def images_script(server: StandIn) -> None:
    reply = message("msg_01ImageQ8a2sYdV3pLtHkWm", [text("The square is red.")], input_tokens=70)
    queue_messages(server, reply)


THINKING = {
    "type": "thinking",
    "thinking": "1001 = 7 * 143 = 7 * 11 * 13, so it has divisors other than 1 and itself.",
    "signature": "EqQBCkgIARABGAIiQL5nQnRzKmEmYzZfZ8lw1Hq3tJkPbGkvN2ZkT0q1y9Yc",
}


def thinking_script(server: StandIn) -> None:
    later = {
        "type": "thinking",
        "thinking": "Check primes up to 31: none divides 1009.",
        "signature": "ErUBCkYIARgCIkDfQ2x7m0lVgYh9zJbq3Rk8t5Pn6WcX1sHaLdE4uFo2",
    }
    redacted = {
        "type": "redacted_thinking",
        "data": "EmwKAhgBEgy3va3pzix/LafPsn4aDFIT2Xlxh0L5L8rLVyIw",
    }
    queue_messages(
        server,
        message(
            "msg_01ThinkA9cBvRtWqZx2LmKj",
            [THINKING, text("No: 1001 is 7 x 11 x 13.")],
            output_tokens=96,
        ),
        message(
            "msg_01ThinkB4dFyHsUeTn8PqRo",
            [later, redacted, text("Yes, 1009 is prime.")],
            output_tokens=64,
        ),
    )


def thinking_stream_script(server: StandIn) -> None:
    block = {
        "type": "thinking",
        "thinking": "27 * 43 = 27 * 40 + 27 * 3 = 1080 + 81 = 1161.",
        "signature": "EqoBCkgIARABGAIiQHk3bT9lZ2VzcmZ5b2xkNn0xQmVhcnRoZ3Jhc3M",
    }
    reply = message("msg_01ThinkStreamK2mXq7Lp", [block, text("27 times 43 is 1161.")])
    queue_messages(server, reply, text_chunk=12)


def batch(server: StandIn, status: str, *, processing: int, succeeded: int = 0) -> JSONReply:
    """A message batch in *status* with these counts (errored: the rest once ended)."""
    ended = status == "ended"
    body = {
        "id": BATCH_ID,
        "type": "message_batch",
        "processing_status": status,
        "request_counts": {
            "processing": processing,
            "succeeded": succeeded,
            "errored": 1 if ended else 0,
            "canceled": 0,
            "expired": 0,
        },
        "created_at": "2025-11-04T09:15:02.118Z",
        "expires_at": "2025-11-05T09:15:02.118Z",
        "ended_at": "2025-11-04T09:16:40.533Z" if ended else None,
        "cancel_initiated_at": None,
        "archived_at": None,
        "results_url": f"{server.base_url}/v1/messages/batches/{BATCH_ID}/results"
        if ended
        else None,
    }
    return JSONReply(body=body)


def batches_script(server: StandIn) -> None:
    server.queue("batches.create", batch(server, "in_progress", processing=2))
    server.queue("batches.retrieve", batch(server, "in_progress", processing=2))
    for _ in range(2):  # the script's last poll, and what results() may ask first
        server.queue("batches.retrieve", batch(server, "ended", processing=0, succeeded=1))
    error = {"type": "invalid_request_error", "message": "max_tokens: too large"}
    greeting = message("msg_01BatchHelloQ2xN", [text("Bonjour !")], output_tokens=4)
    lines = [
        {
            "custom_id": "farewell",
            "result": {"type": "errored", "error": {"type": "error", "error": error}},
        },
        {"custom_id": "greeting", "result": {"type": "succeeded", "message": greeting}},
    ]
    server.queue("batches.results", JSONLReply(lines=lines))


def models_script(server: StandIn) -> None:
    """The stand-in's own catalogue and paging are deterministic: nothing to queue."""


def count_tokens_script(server: StandIn) -> None:
    """The stand-in counts from the body (a quarter of its compact JSON): nothing to queue."""


SEARCH_CALL = {
    "type": "server_tool_use",
    "id": "srvtoolu_01WYG3ziw53XMcoyKL4XcZmE",
    "name": "web_search",
    "input": {"query": "tallest building in the world"},
}
SEARCH_RESULT = {
    "type": "web_search_tool_result",
    "tool_use_id": "srvtoolu_01WYG3ziw53XMcoyKL4XcZmE",
    "content": [
        {
            "type": "web_search_result",
            "url": "https://en.wikipedia.org/wiki/Burj_Khalifa",
            "title": "Burj Khalifa - Wikipedia",
            "encrypted_content": "EqgfCioIARgBIiQ3YTAwMjY1Mi1mZjM5LTQ1NGUtODgxNC1kNjNjNTk1ZWI3Y",
            "page_age": "2 days ago",
        },
        {
            "type": "web_search_result",
            "url": "https://www.ctbuh.org/tallest-buildings",
            "title": "The 100 tallest buildings",
            "encrypted_content": "Ep8fCioIARgBIiQ5ZjM0NjQ1Ny0xYjQ2LTQxYmUtYjYzMi0xZWE0OGNkNjQwM",
            "page_age": None,
        },
    ],
}
CITATION = {
    "type": "web_search_result_location",
    "url": "https://en.wikipedia.org/wiki/Burj_Khalifa",
    "title": "Burj Khalifa - Wikipedia",
    "encrypted_index": "Eo8BCioIAhgBIiQyYjQ0OWJmZi1lNm..",
    "cited_text": "The Burj Khalifa is a skyscraper in Dubai, 828 m tall.",
}


def web_search_script(server: StandIn) -> None:
    answer = text("The tallest building is the Burj Khalifa, at 828 metres.", [CITATION])
    queue_messages(
        server,
        message(
            "msg_01SearchA7VcmVn5bD3rTq",
            [text("Let me search for that."), SEARCH_CALL, SEARCH_RESULT, answer],
            input_tokens=2100,
            output_tokens=88,
            server_tool_use={"web_search_requests": 1},
        ),
        message("msg_01SearchB3kHs9PwqXe", [text("About 2,717 feet.")], output_tokens=9),
    )


def web_search_stream_script(server: StandIn) -> None:
    call = {**SEARCH_CALL, "input": {"query": "Tour de France winner"}}
    citation = {
        **CITATION,
        "url": "https://www.letour.fr/en/",
        "title": "Tour de France",
        "cited_text": "Tadej Pogacar won the Tour de France.",
    }
    result = {
        **SEARCH_RESULT,
        "content": [{**SEARCH_RESULT["content"][0], "url": "https://www.letour.fr/en/"}],
    }
    answer = text("Tadej Pogacar won the most recent Tour.", [citation])
    reply = message(
        "msg_01SearchStream5dLq",
        [call, result, answer],
        server_tool_use={"web_search_requests": 1},
    )
    queue_messages(server, reply, json_chunk=10, text_chunk=10)


def basic_async_script(server: StandIn) -> None:
    queue_messages(
        server,
        message("msg_01AsyncOne4bT8", [text("Octopuses have three hearts.")]),
        message("msg_01AsyncTwo9pR2", [text("Honey never spoils.")], output_tokens=6),
        text_chunk=5,
    )


ORDER_MUGS = {"product": "blue mug", "quantity": 3, "unit_price": 7.5, "gift_wrap": True}
ORDER_SCARVES = {"product": "red scarf", "quantity": 2, "unit_price": 12.0, "gift_wrap": False}


def structured_outputs_script(server: StandIn) -> None:
    reply = message("msg_01OrderJsonS4x", [text(json.dumps(ORDER_MUGS))])
    queue_messages(server, reply)


def structured_outputs_streaming_script(server: StandIn) -> None:
    reply = message("msg_01OrderStreamW8r", [text(json.dumps(ORDER_SCARVES))])
    queue_messages(server, reply, text_chunk=11)


REPLIES: dict[str, Script] = {
    "messages": messages_script,
    "messages_stream": messages_stream_script,
    "tools": tools_script,
    "tools_stream": tools_stream_script,
    "images": images_script,
    "thinking": thinking_script,
    "thinking_stream": thinking_stream_script,
    "batches": batches_script,
    "models": models_script,
    "count_tokens": count_tokens_script,
    "web_search": web_search_script,
    "web_search_stream": web_search_stream_script,
    "basic_async": basic_async_script,
    "structured_outputs": structured_outputs_script,
    "structured_outputs_streaming": structured_outputs_streaming_script,
}
