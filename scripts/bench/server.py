"""The benchmark's stand-in for the API: a minimal HTTP/1.1 server on 127.0.0.1 that answers
from bytes built before it starts listening, so every column reads the same bytes and the
server's own cost per request is a dictionary look-up and a few writes.

    python scripts/bench/server.py SIZES_JSON

prints ``PORT <n>`` once it listens, and exits when its standard input closes (so it never
outlives the benchmark). It runs in its own process, on the other core.

Routes (anything else is a 404 in the API's error envelope):

* ``POST /v1/messages``: a ``Message`` (Content-Length); with ``"stream": true``, the text
  stream, or the tool-use stream for model ``claude-bench-tool``, written event by event as
  HTTP chunks (chunked transfer encoding).
* ``GET /v1/messages/batches/<id>``: an ended batch whose ``results_url`` points back here.
* ``GET /v1/messages/batches/<id>/results``: the JSON Lines results (Content-Length).

Connections are kept alive until the client closes them.
"""

from __future__ import annotations

import asyncio
import json
import os
import sys
import threading

import payloads

_REASONS = {200: b"OK", 404: b"Not Found", 400: b"Bad Request"}


def _response(status: int, content_type: bytes, body: bytes) -> bytes:
    head = (
        b"HTTP/1.1 %d %s\r\ncontent-type: %s\r\ncontent-length: %d\r\n"
        b"request-id: req_bench\r\nconnection: keep-alive\r\n\r\n"
        % (status, _REASONS[status], content_type, len(body))
    )
    return head + body


def _chunked(content_type: bytes, chunks: list[bytes]) -> list[bytes]:
    head = (
        b"HTTP/1.1 200 OK\r\ncontent-type: %s\r\ntransfer-encoding: chunked\r\n"
        b"cache-control: no-cache\r\nrequest-id: req_bench\r\nconnection: keep-alive\r\n\r\n"
        % content_type
    )
    framed = [b"%x\r\n%s\r\n" % (len(chunk), chunk) for chunk in chunks]
    framed[0] = head + framed[0]
    framed.append(b"0\r\n\r\n")
    return framed


class Replies:
    """Every answer, as the exact bytes to write."""

    def __init__(self, sizes: dict[str, int], port: int) -> None:
        json_type = b"application/json"
        base = f"http://127.0.0.1:{port}/v1/messages/batches/"
        self.create = _response(200, json_type, payloads.create_body())
        sse = b"text/event-stream; charset=utf-8"
        self.text_stream = _chunked(
            sse, payloads.sse_chunks(payloads.text_stream_events(sizes["stream_deltas"]))
        )
        self.tool_stream = _chunked(
            sse, payloads.sse_chunks(payloads.tool_stream_events(sizes["tool_deltas"]))
        )
        self.gets: dict[bytes, bytes] = {}
        batches = [
            (payloads.BATCH_ID, sizes["batch_lines"]),
            (payloads.SMALL_BATCH_ID, payloads.SMALL_BATCH_LINES),
        ]
        for batch_id, lines in batches:
            path = f"/v1/messages/batches/{batch_id}"
            results_url = f"{base}{batch_id}/results"
            self.gets[path.encode()] = _response(
                200, json_type, payloads.batch_object(batch_id, results_url)
            )
            self.gets[f"{path}/results".encode()] = _response(
                200, b"application/binary", payloads.batch_jsonl(lines)
            )
        self.not_found = _response(
            404,
            json_type,
            b'{"type":"error","error":{"type":"not_found_error","message":"Not found"}}',
        )


class HTTPProtocol(asyncio.Protocol):
    """One connection: requests are read in order and answered in order."""

    def __init__(self, replies: Replies) -> None:
        self.replies = replies
        self.buffer = b""
        self.transport: asyncio.Transport | None = None

    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        assert isinstance(transport, asyncio.Transport)
        self.transport = transport

    def data_received(self, data: bytes) -> None:
        self.buffer += data
        while True:
            end = self.buffer.find(b"\r\n\r\n")
            if end < 0:
                return
            head = self.buffer[:end]
            length = 0
            for line in head.split(b"\r\n")[1:]:
                name, _, value = line.partition(b":")
                if name.strip().lower() == b"content-length":
                    length = int(value)
            if len(self.buffer) < end + 4 + length:
                return
            body = self.buffer[end + 4 : end + 4 + length]
            self.buffer = self.buffer[end + 4 + length :]
            method, target, _ = head.split(b"\r\n", 1)[0].split(b" ", 2)
            self.answer(method, target.split(b"?", 1)[0], body)

    def answer(self, method: bytes, path: bytes, body: bytes) -> None:
        assert self.transport is not None
        replies = self.replies
        if method == b"POST" and path == b"/v1/messages":
            if b'"stream":true' in body or b'"stream": true' in body:
                tool = payloads.MODEL_TOOL.encode() in body
                for chunk in replies.tool_stream if tool else replies.text_stream:
                    self.transport.write(chunk)  # one write per event, as the API flushes
            else:
                self.transport.write(replies.create)
        elif method == b"GET":
            self.transport.write(replies.gets.get(path, replies.not_found))
        else:
            self.transport.write(replies.not_found)


async def serve(sizes: dict[str, int]) -> None:
    loop = asyncio.get_running_loop()
    holder: dict[str, Replies] = {}
    server = await loop.create_server(
        lambda: HTTPProtocol(holder["replies"]), "127.0.0.1", 0, backlog=1024
    )
    port = server.sockets[0].getsockname()[1]
    holder["replies"] = Replies(sizes, port)
    print(f"PORT {port}", flush=True)
    async with server:
        await server.serve_forever()


def _exit_when_stdin_closes() -> None:
    sys.stdin.buffer.read()
    os._exit(0)


def main() -> None:
    sizes = json.loads(sys.argv[1])
    threading.Thread(target=_exit_when_stdin_closes, daemon=True).start()
    asyncio.run(serve(sizes))


if __name__ == "__main__":
    main()
