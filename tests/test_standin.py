"""Tests for claude.testing: the local Claude API stand-in, exercised over real TCP with httpx."""

from __future__ import annotations

import copy
import json
import socket
import threading
import time
from collections.abc import Iterator
from typing import Any

import httpx
import pytest
from claude import testing
from claude.testing import (
    Delay,
    ErrorReply,
    JSONLReply,
    JSONReply,
    MessageReply,
    RawReply,
    Reset,
    ResetAfter,
    SSEReply,
    StandIn,
    error_event,
    errored_result,
    expired_result,
    html_reply,
    message_to_events,
)
from claude.testing.pytest_plugin import claude_standin  # noqa: F401 (used by name below)
from claude_api import models as m

HEADERS = {"x-api-key": "sk-test", "anthropic-version": "2023-06-01"}
BODY: dict[str, Any] = {
    "model": "claude-sonnet-4-5",
    "max_tokens": 256,
    "messages": [{"role": "user", "content": "Hello, stand-in"}],
}
STREAM_BODY = {**BODY, "stream": True}
RESET_ERRORS = (httpx.ReadError, httpx.RemoteProtocolError, httpx.ConnectError)

RICH: dict[str, Any] = {
    "id": "msg_rich",
    "type": "message",
    "role": "assistant",
    "model": "claude-sonnet-4-5",
    "content": [
        {
            "type": "thinking",
            "thinking": "The user wants the weather in Paris.",
            "signature": "c2ln",
        },
        {"type": "redacted_thinking", "data": "b3BhcXVl"},
        {
            "type": "text",
            "text": "The grass is green. ",
            "citations": [
                {
                    "type": "char_location",
                    "cited_text": "The grass is green.",
                    "document_index": 0,
                    "document_title": "Facts",
                    "start_char_index": 0,
                    "end_char_index": 19,
                }
            ],
        },
        {
            "type": "server_tool_use",
            "id": "srvtoolu_1",
            "name": "web_search",
            "input": {"query": "paris"},
        },
        {
            "type": "web_search_tool_result",
            "tool_use_id": "srvtoolu_1",
            "content": [
                {
                    "type": "web_search_result",
                    "url": "https://example.com/paris",
                    "title": "Paris weather",
                    "encrypted_content": "eHl6",
                    "page_age": None,
                }
            ],
        },
        {"type": "text", "text": "Let me check the forecast for you, with ünïcödé ✓."},
        {
            "type": "tool_use",
            "id": "toolu_1",
            "name": "get_weather",
            "input": {"location": "Paris, France", "unit": "celsius", "days": [1, 2, 3]},
        },
    ],
    "stop_reason": "tool_use",
    "stop_sequence": None,
    "usage": {
        "input_tokens": 120,
        "output_tokens": 80,
        "cache_creation_input_tokens": 0,
        "cache_read_input_tokens": 10,
        "server_tool_use": {"web_search_requests": 1, "web_fetch_requests": 0},
    },
}

EVENT_MODELS: dict[str, Any] = {
    "message_start": m.MessageStartEvent,
    "content_block_start": m.ContentBlockStartEvent,
    "content_block_delta": m.ContentBlockDeltaEvent,
    "content_block_stop": m.ContentBlockStopEvent,
    "message_delta": m.MessageDeltaEvent,
    "message_stop": m.MessageStopEvent,
    "ping": m.PingEvent,
    "error": m.ErrorEvent,
}


@pytest.fixture
def server() -> Iterator[StandIn]:
    with StandIn() as standin:
        yield standin


@pytest.fixture
def client(server: StandIn) -> Iterator[httpx.Client]:
    with httpx.Client(base_url=server.base_url, headers=HEADERS, timeout=10) as http:
        yield http


def parse_sse(raw: bytes) -> list[tuple[str, Any]]:
    """A minimal SSE parser for well-formed streams: ``(event, decoded JSON data)`` pairs."""
    events = []
    for block in raw.decode().replace("\r\n", "\n").split("\n\n"):
        if not block:
            continue
        name, data = "message", []
        for line in block.split("\n"):
            field, _, value = line.partition(": ")
            if field == "event":
                name = value
            elif field == "data":
                data.append(value)
        events.append((name, json.loads("\n".join(data))))
    return events


def accumulate(events: list[tuple[str, Any]]) -> dict[str, Any]:
    """Rebuild the message from its stream, the way a client accumulator does."""
    message: dict[str, Any] = {}
    partial_json: dict[int, str] = {}
    for name, data in events:
        if name == "message_start":
            message = copy.deepcopy(data["message"])
        elif name == "content_block_start":
            message["content"].append(copy.deepcopy(data["content_block"]))
        elif name == "content_block_delta":
            block, delta = message["content"][data["index"]], data["delta"]
            if delta["type"] == "text_delta":
                block["text"] += delta["text"]
            elif delta["type"] == "citations_delta":
                block["citations"].append(delta["citation"])
            elif delta["type"] == "thinking_delta":
                block["thinking"] += delta["thinking"]
            elif delta["type"] == "signature_delta":
                block["signature"] = delta["signature"]
            elif delta["type"] == "input_json_delta":
                partial_json[data["index"]] = (
                    partial_json.get(data["index"], "") + delta["partial_json"]
                )
        elif name == "content_block_stop" and data["index"] in partial_json:
            message["content"][data["index"]]["input"] = json.loads(partial_json[data["index"]])
        elif name == "message_delta":
            message.update(data["delta"])
            message["usage"].update(data["usage"])
    return message


def stream_events(
    client: httpx.Client, body: dict[str, Any] = STREAM_BODY
) -> list[tuple[str, Any]]:
    with client.stream("POST", "/v1/messages", json=body) as response:
        assert response.status_code == 200
        assert response.headers["content-type"].startswith("text/event-stream")
        return parse_sse(response.read())


def raw_http(server: StandIn, request: bytes) -> tuple[bytes, list[bytes]]:
    """Send *request* on a bare socket; return the head and the HTTP chunks of the body."""
    port = int(server.base_url.rsplit(":", 1)[1])
    with socket.create_connection(("127.0.0.1", port), timeout=5) as sock:
        sock.sendall(request)
        raw = b""
        while not raw.endswith(b"\r\n0\r\n\r\n"):
            data = sock.recv(65536)
            assert data, "connection closed before the last chunk"
            raw += data
    head, _, rest = raw.partition(b"\r\n\r\n")
    chunks: list[bytes] = []
    while True:
        size_line, _, rest = rest.partition(b"\r\n")
        size = int(size_line, 16)
        if size == 0:
            return head, chunks
        chunks.append(rest[:size])
        assert rest[size : size + 2] == b"\r\n"
        rest = rest[size + 2 :]


def create_batch(client: httpx.Client, *custom_ids: str) -> dict[str, Any]:
    requests = [{"custom_id": cid, "params": BODY} for cid in custom_ids]
    response = client.post("/v1/messages/batches", json={"requests": requests})
    assert response.status_code == 200, response.text
    batch: dict[str, Any] = response.json()
    return batch


# -- default replies ----------------------------------------------------------------------


def test_default_replies_parse_with_generated_models(server: StandIn, client: httpx.Client) -> None:
    response = client.post("/v1/messages", json=BODY)
    assert response.status_code == 200
    message = m.Message.from_dict(response.json())
    assert message.id.startswith("msg_")
    assert message.stop_reason == "end_turn"
    assert message.model == "claude-sonnet-4-5"
    assert message.to_dict()["content"] == [{"type": "text", "text": "Echo: Hello, stand-in"}]
    assert message.usage.input_tokens > 0
    assert message.usage.output_tokens > 0

    count = m.MessageTokensCount.from_dict(
        client.post(
            "/v1/messages/count_tokens", json={k: BODY[k] for k in ("model", "messages")}
        ).json()
    )
    assert count.input_tokens == message.usage.input_tokens

    models = m.ListModelsResponse.from_dict(client.get("/v1/models").json())
    assert models.data
    assert models.first_id == models.data[0].id
    model = m.ModelInfo.from_dict(client.get(f"/v1/models/{models.data[0].id}").json())
    assert model.id == models.data[0].id

    batch = m.MessageBatch.from_dict(create_batch(client, "a", "b"))
    assert batch.id.startswith("msgbatch_")
    listed = m.ListMessageBatchesResponse.from_dict(client.get("/v1/messages/batches").json())
    assert [b.id for b in listed.data] == [batch.id]
    retrieved = m.MessageBatch.from_dict(client.get(f"/v1/messages/batches/{batch.id}").json())
    assert retrieved.processing_status == "ended"
    with client.stream("GET", f"/v1/messages/batches/{batch.id}/results") as response:
        assert response.headers["content-type"] == "application/x-jsonl"
        results = [
            m.MessageBatchIndividualResponse.from_dict(json.loads(line))
            for line in response.iter_lines()
        ]
    assert [r.custom_id for r in results] == ["a", "b"]
    deleted = m.DeletedMessageBatch.from_dict(
        client.delete(f"/v1/messages/batches/{batch.id}").json()
    )
    assert deleted.id == batch.id

    other = create_batch(client, "c")
    canceled = m.MessageBatch.from_dict(
        client.post(f"/v1/messages/batches/{other['id']}/cancel").json()
    )
    assert canceled.processing_status == "canceling"
    assert {r.operation for r in server.requests} == set(testing.OPERATIONS)


def test_every_response_has_a_request_id_and_errors_an_envelope(client: httpx.Client) -> None:
    ok = client.get("/v1/models")
    missing = client.get("/v1/models/claude-nonexistent")
    unknown = client.post("/v1/completions", json={})
    ids = [r.headers["request-id"] for r in (ok, missing, unknown)]
    assert all(i.startswith("req_") for i in ids)
    assert len(set(ids)) == 3
    for response in (missing, unknown):
        assert response.status_code == 404
        error = m.ErrorResponse.from_dict(response.json())
        assert error.to_dict()["error"]["type"] == "not_found_error"
        assert error.request_id == response.headers["request-id"]


def test_count_tokens_is_deterministic(client: httpx.Client) -> None:
    def count(text: str) -> int:
        body = {"model": "m", "messages": [{"role": "user", "content": text}]}
        return int(client.post("/v1/messages/count_tokens", json=body).json()["input_tokens"])

    assert count("hi") == count("hi")
    assert count("hi " * 200) > count("hi")


def test_max_tokens_cuts_the_default_reply(client: httpx.Client) -> None:
    body = {**BODY, "max_tokens": 2, "messages": [{"role": "user", "content": "x" * 100}]}
    message = client.post("/v1/messages", json=body).json()
    assert message["stop_reason"] == "max_tokens"
    assert len(message["content"][0]["text"]) == 8


def test_models_paging_and_aliases(client: httpx.Client) -> None:
    every = client.get("/v1/models", params={"limit": 1000}).json()
    ids = [model["id"] for model in every["data"]]
    assert len(ids) >= 4
    assert every["has_more"] is False
    first = client.get("/v1/models", params={"limit": 2}).json()
    assert [d["id"] for d in first["data"]] == ids[:2]
    assert first["has_more"] is True
    assert first["last_id"] == ids[1]
    second = client.get("/v1/models", params={"limit": 2, "after_id": first["last_id"]}).json()
    assert [d["id"] for d in second["data"]] == ids[2:4]
    assert second["first_id"] == ids[2]
    back = client.get("/v1/models", params={"limit": 2, "before_id": second["first_id"]}).json()
    assert back["data"] == first["data"]
    assert back["has_more"] is False
    assert client.get("/v1/models/claude-sonnet-4-5").json()["id"] == "claude-sonnet-4-5-20250929"
    bad = client.get("/v1/models", params={"limit": 0})
    assert bad.status_code == 400
    assert "limit" in bad.json()["error"]["message"]


# -- validation and authentication -------------------------------------------------------


@pytest.mark.parametrize(
    ("path", "body", "expected"),
    [
        ("/v1/messages", {k: v for k, v in BODY.items() if k != "max_tokens"}, "max_tokens"),
        ("/v1/messages", {**BODY, "messages": [{"role": "user"}]}, "messages.0.content"),
        ("/v1/messages", {**BODY, "max_tokens": "many"}, "max_tokens"),
        (
            "/v1/messages",
            {**BODY, "messages": [{"role": "user", "content": [{"type": "text"}]}]},
            "messages.0.content.0.text",
        ),
        ("/v1/messages/count_tokens", {"messages": BODY["messages"]}, "model"),
        ("/v1/messages/batches", {"requests": [{"custom_id": "a"}]}, "requests.0.params"),
        (
            "/v1/messages/batches",
            {"requests": [{"custom_id": "a", "params": {**BODY, "messages": [{"role": "user"}]}}]},
            "requests.0.params.messages.0.content",
        ),
        (
            "/v1/messages/batches",
            {"requests": [{"custom_id": "a", "params": BODY}, {"custom_id": "a", "params": BODY}]},
            "requests.1.custom_id",
        ),
    ],
)
def test_invalid_bodies_get_400_naming_the_field(
    server: StandIn, client: httpx.Client, path: str, body: dict[str, Any], expected: str
) -> None:
    server.queue("messages.create", JSONReply(body={"not": "consumed"}))
    response = client.post(path, json=body)
    assert response.status_code == 400
    error = response.json()["error"]
    assert error["type"] == "invalid_request_error"
    assert error["message"].startswith(f"{expected}:"), error["message"]
    assert server.pending("messages.create") == 1  # rejected requests leave the queue alone


def test_not_json_gets_400(client: httpx.Client) -> None:
    response = client.post(
        "/v1/messages", content=b"{nope", headers={"content-type": "application/json"}
    )
    assert response.status_code == 400
    assert "not valid JSON" in response.json()["error"]["message"]


def test_chunked_request_bodies_are_read(client: httpx.Client) -> None:
    payload = json.dumps(BODY).encode()
    response = client.post(
        "/v1/messages",
        content=iter([payload[:10], payload[10:]]),
        headers={"content-type": "application/json"},
    )
    assert response.status_code == 200
    assert response.json()["content"][0]["text"] == "Echo: Hello, stand-in"


def test_a_reply_that_cannot_be_sent_is_a_500(server: StandIn, client: httpx.Client) -> None:
    server.queue("models.list", JSONReply(body={"bad": object()}))
    response = client.get("/v1/models")
    assert response.status_code == 500
    assert "the stand-in failed" in response.json()["error"]["message"]
    assert client.get("/v1/models").status_code == 200


def test_authentication_and_version() -> None:
    with StandIn(api_key="sk-right") as server:
        url = f"{server.base_url}/v1/models"
        version = {"anthropic-version": "2023-06-01"}
        none = httpx.get(url, headers=version)
        assert none.status_code == 401
        assert none.json()["error"]["type"] == "authentication_error"
        assert httpx.get(url, headers={**version, "x-api-key": "sk-wrong"}).status_code == 401
        assert httpx.get(url, headers={**version, "x-api-key": "sk-right"}).status_code == 200
        bearer = {**version, "authorization": "Bearer sk-right"}
        assert httpx.get(url, headers=bearer).status_code == 200
        no_version = httpx.get(url, headers={"x-api-key": "sk-right"})
        assert no_version.status_code == 400
        assert "anthropic-version" in no_version.json()["error"]["message"]
    with StandIn() as anyone:
        assert httpx.get(f"{anyone.base_url}/v1/models", headers=HEADERS).status_code == 200


def test_requests_are_recorded(server: StandIn, client: httpx.Client) -> None:
    client.post("/v1/messages", json=BODY, headers={"anthropic-beta": "a,b"})
    client.get("/v1/models", params={"limit": "3"})
    first, second = server.requests
    assert (first.method, first.path, first.operation) == (
        "POST",
        "/v1/messages",
        "messages.create",
    )
    assert first.json == BODY
    assert first.headers["anthropic-beta"] == "a,b"
    assert first.headers["x-api-key"] == "sk-test"
    assert (second.method, second.query, second.json) == ("GET", {"limit": "3"}, None)
    server.clear_requests()
    assert server.requests == []


def test_concurrent_requests_are_all_recorded(server: StandIn) -> None:
    def work() -> None:
        with httpx.Client(base_url=server.base_url, headers=HEADERS) as http:
            for _ in range(10):
                assert http.post("/v1/messages", json=BODY).status_code == 200

    threads = [threading.Thread(target=work) for _ in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert len(server.requests) == 80
    assert len({r.request_id for r in server.requests}) == 80


def test_wait_for_requests_waits_for_the_server_side(server: StandIn) -> None:
    sent = threading.Thread(
        target=lambda: httpx.post(f"{server.base_url}/v1/messages", json=BODY, headers=HEADERS)
    )
    sent.start()
    (only,) = server.wait_for_requests(1)
    sent.join()
    assert only.operation == "messages.create"
    with pytest.raises(TimeoutError, match=r"1 request\(s\) after 0.05 s, expected 2"):
        server.wait_for_requests(2, timeout=0.05)


# -- scripted replies --------------------------------------------------------------------


def test_queued_replies_are_served_in_order_then_the_default(
    server: StandIn, client: httpx.Client
) -> None:
    first = {**RICH, "id": "msg_first"}
    server.queue(
        "messages.create", MessageReply(message=first), JSONReply(body={"n": 2}, status=201)
    )
    server.queue(
        "models.list",
        JSONReply(body={"data": [], "has_more": False, "first_id": None, "last_id": None}),
    )
    assert server.pending() == 3
    assert client.post("/v1/messages", json=BODY).json()["id"] == "msg_first"
    second = client.post("/v1/messages", json=BODY)
    assert (second.status_code, second.json()) == (201, {"n": 2})
    assert client.post("/v1/messages", json=BODY).json()["content"][0]["text"].startswith("Echo:")
    assert client.get("/v1/models").json()["data"] == []
    assert client.get("/v1/models").json()["data"] != []
    assert server.pending() == 0


def test_queue_rejects_unknown_operations_and_non_replies(server: StandIn) -> None:
    with pytest.raises(ValueError, match="unknown operation"):
        server.queue("messages.send", JSONReply(body={}))
    with pytest.raises(TypeError, match="not a reply"):
        server.queue("messages.create", {"id": "msg"})  # type: ignore[arg-type]


# -- streaming ---------------------------------------------------------------------------


def test_default_stream_order_and_models(client: httpx.Client) -> None:
    events = stream_events(client)
    names = [name for name, _ in events]
    assert names[0] == "message_start"
    assert names[-2:] == ["message_delta", "message_stop"]
    assert names[1] == "content_block_start"
    assert names[-3] == "content_block_stop"
    assert set(names[2:-3]) == {"content_block_delta"}
    for name, data in events:
        assert data["type"] == name
        EVENT_MODELS[name].from_dict(data)
    message = accumulate(events)
    assert message["content"] == [{"type": "text", "text": "Echo: Hello, stand-in"}]
    assert message["stop_reason"] == "end_turn"
    m.Message.from_dict(message)


def test_message_to_events_round_trips_a_rich_message(
    server: StandIn, client: httpx.Client
) -> None:
    m.Message.from_dict(RICH)  # the fixture is a valid message
    events = message_to_events(RICH, text_chunk=5, json_chunk=4)
    kinds = [e["delta"]["type"] for e in events if e["type"] == "content_block_delta"]
    assert kinds.count("signature_delta") == 1
    assert kinds.count("citations_delta") == 1
    assert kinds.count("input_json_delta") > 4
    starts = [e["content_block"] for e in events if e["type"] == "content_block_start"]
    assert starts[0] == {"type": "thinking", "thinking": "", "signature": ""}
    assert starts[1] == RICH["content"][1]
    assert starts[4] == RICH["content"][4]
    assert starts[3]["input"] == {}
    assert starts[6]["input"] == {}
    assert events[0]["message"]["usage"]["output_tokens"] == 1
    assert events[-2]["delta"]["stop_reason"] == "tool_use"

    server.queue("messages.create", MessageReply(message=RICH, text_chunk=5, json_chunk=4))
    streamed = stream_events(client)
    assert [data for _, data in streamed] == events
    for name, data in streamed:
        EVENT_MODELS[name].from_dict(data)
    assert accumulate(streamed) == RICH


def test_pings_are_interleaved() -> None:
    events = message_to_events(RICH, ping_every=3)
    assert [e["type"] for e in events].count("ping") == (len(message_to_events(RICH)) - 1) // 3
    assert events[3]["type"] == "ping"
    assert events[-1]["type"] == "message_stop"


def test_crlf_and_one_byte_chunks() -> None:
    with StandIn(line_ending="\r\n", chunk_size=1) as server:
        body = json.dumps(STREAM_BODY).encode()
        request = (
            b"POST /v1/messages HTTP/1.1\r\nhost: x\r\nx-api-key: k\r\n"
            b"anthropic-version: 2023-06-01\r\ncontent-type: application/json\r\n"
            b"content-length: %d\r\n\r\n%s" % (len(body), body)
        )
        head, chunks = raw_http(server, request)
        assert b"transfer-encoding: chunked" in head.lower()
        assert chunks
        assert {len(c) for c in chunks} == {1}
        raw = b"".join(chunks)
        assert raw.count(b"\r\n\r\n") == raw.count(b"event: ")
        assert b"\n\n" not in raw
        with httpx.Client(base_url=server.base_url, headers=HEADERS) as http:
            events = stream_events(http)
            assert accumulate(events)["content"][0]["text"] == "Echo: Hello, stand-in"
            server.queue(
                "messages.create", MessageReply(message=RICH, chunk_size=100_000, line_ending="\n")
            )
            with http.stream("POST", "/v1/messages", json=STREAM_BODY) as response:
                raw = response.read()
            assert b"\r\n" not in raw
            assert accumulate(parse_sse(raw)) == RICH


def test_extra_events_early_end_and_error_mid_stream(server: StandIn, client: httpx.Client) -> None:
    server.queue(
        "messages.create",
        MessageReply(
            extra_events={
                0: [("ping", {"type": "ping"})],
                2: [("future_event", {"type": "future_event"})],
            }
        ),
        MessageReply(end_after=3),
        MessageReply(error_after=4, error_type="overloaded_error"),
        SSEReply(events=[("message_start", "not json"), error_event("api_error", "boom")]),
    )
    names = [name for name, _ in stream_events(client)]
    assert names[:4] == ["ping", "message_start", "content_block_start", "future_event"]
    assert names[-1] == "message_stop"

    names = [name for name, _ in stream_events(client)]
    assert names == ["message_start", "content_block_start", "content_block_delta"]

    events = stream_events(client)
    assert [name for name, _ in events][-1] == "error"
    assert len(events) == 5
    assert events[-1][1] == {
        "type": "error",
        "error": {"type": "overloaded_error", "message": "Overloaded"},
    }
    m.ErrorEvent.from_dict(events[-1][1])

    with client.stream("POST", "/v1/messages", json=STREAM_BODY) as response:
        raw = response.read()
    assert raw.startswith(b"event: message_start\ndata: not json\n\nevent: error\n")


def test_stream_false_reply_serves_json_even_for_stream_requests(
    server: StandIn, client: httpx.Client
) -> None:
    server.queue("messages.create", MessageReply(message=RICH, stream=False))
    assert client.post("/v1/messages", json=STREAM_BODY).json() == RICH


# -- faults ------------------------------------------------------------------------------


def test_error_status_with_retry_headers(server: StandIn, client: httpx.Client) -> None:
    server.queue(
        "messages.create",
        ErrorReply(529, headers={"retry-after": "3", "x-should-retry": "true"}),
        ErrorReply(429, message="slow down", headers={"retry-after-ms": "250"}),
        JSONReply(status=500, body={"weird": True}, headers={"x-should-retry": "false"}),
    )
    overloaded = client.post("/v1/messages", json=BODY)
    assert overloaded.status_code == 529
    assert overloaded.headers["retry-after"] == "3"
    assert overloaded.headers["x-should-retry"] == "true"
    assert overloaded.json()["error"] == {"type": "overloaded_error", "message": "Overloaded"}
    limited = client.post("/v1/messages", json=BODY)
    assert limited.status_code == 429
    assert limited.headers["retry-after-ms"] == "250"
    assert limited.json()["error"] == {"type": "rate_limit_error", "message": "slow down"}
    custom = client.post("/v1/messages", json=BODY)
    assert (custom.status_code, custom.json(), custom.headers["x-should-retry"]) == (
        500,
        {"weird": True},
        "false",
    )


def test_html_bodies(server: StandIn, client: httpx.Client) -> None:
    server.queue("models.list", html_reply(502), RawReply(body="upstream timeout", status=504))
    page = client.get("/v1/models")
    assert page.status_code == 502
    assert page.headers["content-type"] == "text/html"
    assert "<h1>502 Bad Gateway</h1>" in page.text
    assert page.headers["request-id"].startswith("req_")
    text = client.get("/v1/models")
    assert (text.status_code, text.text) == (504, "upstream timeout")


def test_reset_before_headers(server: StandIn, client: httpx.Client) -> None:
    server.queue("messages.create", Reset())
    with pytest.raises(RESET_ERRORS):
        client.post("/v1/messages", json=BODY)
    assert len(server.requests) == 1  # the request was read before the reset
    assert client.post("/v1/messages", json=BODY).status_code == 200  # a new connection works


def test_reset_mid_body_json(server: StandIn, client: httpx.Client) -> None:
    server.queue("messages.create", ResetAfter(20))
    with pytest.raises(RESET_ERRORS):
        client.post("/v1/messages", json=BODY)


def test_reset_mid_body_sse(server: StandIn, client: httpx.Client) -> None:
    server.queue("messages.create", ResetAfter(150, MessageReply(message=RICH)))
    received: list[bytes] = []
    with client.stream("POST", "/v1/messages", json=STREAM_BODY) as response:
        assert response.status_code == 200
        with pytest.raises(RESET_ERRORS):
            received.extend(response.iter_raw())
    expected = b"".join(testing.encode_event(e["type"], e) for e in message_to_events(RICH))
    assert b"".join(received) == expected[:150]


def test_reset_mid_body_jsonl(server: StandIn, client: httpx.Client) -> None:
    lines = [{"custom_id": f"r{i}", "result": {"type": "expired"}} for i in range(100)]
    server.queue("batches.results", ResetAfter(500, JSONLReply(lines=lines, chunk_size=64)))
    seen: list[str] = []
    with client.stream("GET", "/v1/messages/batches/msgbatch_x/results") as response:
        assert response.status_code == 200
        with pytest.raises(RESET_ERRORS):
            seen.extend(response.iter_lines())
    assert 0 < len(seen) < 100


def test_delay_before_headers(server: StandIn, client: httpx.Client) -> None:
    server.queue("messages.create", Delay(5.0), Delay(0.2, ErrorReply(503)))
    started = time.monotonic()
    with pytest.raises(httpx.ReadTimeout):
        client.post("/v1/messages", json=BODY, timeout=0.2)
    assert time.monotonic() - started < 2
    started = time.monotonic()
    delayed = client.post("/v1/messages", json=BODY)
    assert delayed.status_code == 503
    assert time.monotonic() - started >= 0.2


# -- batches -----------------------------------------------------------------------------


def test_batch_lifecycle_with_scripted_results(server: StandIn, client: httpx.Client) -> None:
    server.script_result("b-err", errored_result("invalid_request_error", "bad"))
    server.script_result("c-exp", expired_result())
    batch = create_batch(client, "c-exp", "a-ok", "b-err")
    assert batch["processing_status"] == "in_progress"
    assert batch["results_url"] is None
    assert batch["request_counts"] == {
        "processing": 3,
        "succeeded": 0,
        "errored": 0,
        "canceled": 0,
        "expired": 0,
    }
    assert client.delete(f"/v1/messages/batches/{batch['id']}").status_code == 400
    assert client.get(f"/v1/messages/batches/{batch['id']}/results").status_code == 400

    ended = client.get(f"/v1/messages/batches/{batch['id']}").json()
    assert ended["processing_status"] == "ended"
    assert ended["ended_at"]
    assert ended["request_counts"] == {
        "processing": 0,
        "succeeded": 1,
        "errored": 1,
        "canceled": 0,
        "expired": 1,
    }
    assert ended["results_url"] == f"{server.base_url}/v1/messages/batches/{batch['id']}/results"

    with client.stream("GET", ended["results_url"]) as response:
        results = [json.loads(line) for line in response.iter_lines()]
    assert [r["custom_id"] for r in results] == ["a-ok", "b-err", "c-exp"]
    assert [r["result"]["type"] for r in results] == ["succeeded", "errored", "expired"]
    for result in results:
        m.MessageBatchIndividualResponse.from_dict(result)

    assert (
        client.delete(f"/v1/messages/batches/{batch['id']}").json()["type"]
        == "message_batch_deleted"
    )
    gone = client.get(f"/v1/messages/batches/{batch['id']}")
    assert gone.status_code == 404
    assert gone.json()["error"]["type"] == "not_found_error"


def test_batch_cancel_keeps_processed_results() -> None:
    with (
        StandIn(batch_polls_until_end=2) as server,
        httpx.Client(base_url=server.base_url, headers=HEADERS) as client,
    ):
        batch = create_batch(client, "r1", "r2", "r3", "r4")
        url = f"/v1/messages/batches/{batch['id']}"
        assert client.get(url).json()["processing_status"] == "in_progress"  # half processed
        canceling = client.post(f"{url}/cancel").json()
        assert canceling["processing_status"] == "canceling"
        assert canceling["cancel_initiated_at"]
        assert server.batch(batch["id"])["processing_status"] == "canceling"
        ended = client.get(url).json()
        assert ended["processing_status"] == "ended"
        assert ended["request_counts"] == {
            "processing": 0,
            "succeeded": 2,
            "errored": 0,
            "canceled": 2,
            "expired": 0,
        }
        assert client.post(f"{url}/cancel").status_code == 400
        results = [json.loads(line) for line in client.get(f"{url}/results").text.splitlines()]
        assert [r["result"]["type"] for r in results] == [
            "succeeded",
            "succeeded",
            "canceled",
            "canceled",
        ]
        assert client.delete(url).status_code == 200


def test_batch_list_paging_and_crlf_results() -> None:
    with (
        StandIn(line_ending="\r\n") as server,
        httpx.Client(base_url=server.base_url, headers=HEADERS) as client,
    ):
        ids = [create_batch(client, f"x{i}")["id"] for i in range(3)]
        first = client.get("/v1/messages/batches", params={"limit": 2}).json()
        assert [b["id"] for b in first["data"]] == ids[::-1][:2]
        assert first["has_more"]
        rest = client.get("/v1/messages/batches", params={"after_id": first["last_id"]}).json()
        assert [b["id"] for b in rest["data"]] == [ids[0]]
        assert not rest["has_more"]
        client.get(f"/v1/messages/batches/{ids[0]}")
        raw = client.get(f"/v1/messages/batches/{ids[0]}/results").content
        assert raw.endswith(b"}\r\n")
        assert raw.count(b"\r\n") == 1


def test_huge_results_stream_lazily(server: StandIn, client: httpx.Client) -> None:
    total, produced = 100_000, 0
    error = {"type": "error", "error": {"type": "api_error", "message": "x" * 300}}
    template = json.dumps(
        {"custom_id": "req-{:06d}", "result": {"type": "errored", "error": error}}
    )

    def lines() -> Iterator[bytes]:
        nonlocal produced
        for i in range(total):
            produced += 1
            yield template.replace("{:06d}", f"{i:06d}").encode()

    server.set_results("msgbatch_huge", lines)
    with client.stream("GET", "/v1/messages/batches/msgbatch_huge/results") as response:
        iterator = response.iter_lines()
        assert json.loads(next(iterator))["custom_id"] == "req-000000"
        assert produced < total // 2  # the server writes as the client reads
        count = 1 + sum(1 for _ in iterator)
    assert count == total == produced


# -- lifecycle ---------------------------------------------------------------------------


def test_lifecycle() -> None:
    server = StandIn()
    with pytest.raises(RuntimeError):
        _ = server.base_url
    server.start()
    assert server.base_url.startswith("http://127.0.0.1:")
    held = httpx.Client(base_url=server.base_url, headers=HEADERS)
    assert held.get("/v1/models").status_code == 200  # leaves a keep-alive connection open
    server.queue("models.list", Delay(20))
    outcome: list[BaseException] = []

    def wait_for_delayed_reply() -> None:
        try:
            held.get("/v1/models")
        except httpx.HTTPError as exc:
            outcome.append(exc)

    waiting = threading.Thread(target=wait_for_delayed_reply)
    waiting.start()
    time.sleep(0.1)
    started = time.monotonic()
    server.stop()
    server.stop()
    assert time.monotonic() - started < 1.5
    waiting.join(5)
    assert not waiting.is_alive()
    assert isinstance(outcome[0], RESET_ERRORS)
    held.close()
    with pytest.raises(RuntimeError):
        server.start()


def test_pytest_plugin_fixture(request: pytest.FixtureRequest) -> None:
    standin = request.getfixturevalue("claude_standin")
    assert isinstance(standin, StandIn)
    assert httpx.get(f"{standin.base_url}/v1/models", headers=HEADERS).status_code == 200


def test_public_names() -> None:
    def isort_style(name: str) -> tuple[int, str]:  # ruff's RUF022 order
        return (0 if name.isupper() else 1 if name[0].isupper() else 2, name)

    assert testing.__all__ == sorted(testing.__all__, key=isort_style)
    for name in testing.__all__:
        assert getattr(testing, name) is not None
