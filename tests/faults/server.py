"""A misbehaving HTTP/1.1 server on 127.0.0.1: raw asyncio TCP, standard library only.

The first path segment picks the fault (``http://127.0.0.1:PORT/<fault>/v1/messages``), so one
server plays every row of the fault suite; the rest of the path is the API path. Every
connection's raw bytes are recorded (``received``), which is how a second instance proves that
no key reached another origin. Each fault is a coroutine writing whatever it wants, the
``ok`` fault answering like the API, so a client can warm up on the same server.
"""

from __future__ import annotations

import asyncio
import contextlib
import functools
import json
import socket
import struct
import threading
import zlib
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field

__all__ = ["FaultServer", "Request", "gzip_zeros"]

CHUNK = 64 * 1024


@dataclass
class Request:
    """One parsed request: what a fault coroutine gets."""

    method: str
    path: str  # without the fault segment
    fault: str
    headers: dict[str, str]
    body: bytes
    reader: asyncio.StreamReader | None = None

    async def gone(self) -> None:
        """Wait until the client closes the connection (what a silent server does)."""
        if self.reader is not None:
            while await self.reader.read(CHUNK):
                pass

    def json(self) -> dict[str, object]:
        return json.loads(self.body) if self.body else {}


@functools.cache
def gzip_zeros(mib: int) -> bytes:
    """A valid gzip body of *mib* MiB of zeros (1 GiB is about 1 MB), built in well under 1 s.

    One MiB of zeros is compressed once and the byte-aligned block after a full flush repeated:
    each repetition decodes to the same MiB; the trailer carries the CRC of the whole.
    """
    zeros = bytes(1 << 20)
    compressor = zlib.compressobj(9, zlib.DEFLATED, 31)
    first = compressor.compress(zeros) + compressor.flush(zlib.Z_FULL_FLUSH)
    block = compressor.compress(zeros) + compressor.flush(zlib.Z_FULL_FLUSH)
    final = compressor.flush()[:-8]  # the empty last block, without the trailer
    crc = 0
    for _ in range(mib):
        crc = zlib.crc32(zeros, crc)
    return first + block * (mib - 1) + final + struct.pack("<II", crc, (mib << 20) & 0xFFFFFFFF)


MESSAGE = {
    "id": "msg_fault",
    "type": "message",
    "role": "assistant",
    "model": "claude-sonnet-4-5",
    "content": [{"type": "text", "text": "ok"}],
    "stop_reason": "end_turn",
    "stop_sequence": None,
    "usage": {"input_tokens": 1, "output_tokens": 1},
}


def _sse(*events: dict[str, object]) -> bytes:
    return b"".join(f"event: {e['type']}\ndata: {json.dumps(e)}\n\n".encode() for e in events)


STREAM = _sse(
    {"type": "message_start", "message": {**MESSAGE, "content": []}},
    {"type": "content_block_start", "index": 0, "content_block": {"type": "text", "text": ""}},
    {"type": "content_block_delta", "index": 0, "delta": {"type": "text_delta", "text": "ok"}},
    {"type": "content_block_stop", "index": 0},
    {"type": "message_delta", "delta": {"stop_reason": "end_turn"}, "usage": {"output_tokens": 1}},
    {"type": "message_stop"},
)

Fault = Callable[["FaultServer", Request, asyncio.StreamWriter], Awaitable[None]]


def head(status: int, headers: dict[str, str], length: int | None = None) -> bytes:
    """A response head (``Connection: close``; no length means the body ends at close)."""
    lines = [f"HTTP/1.1 {status} X", "connection: close", "request-id: req_fault"]
    lines += [f"{k}: {v}" for k, v in headers.items()]
    if length is not None:
        lines.append(f"content-length: {length}")
    return ("\r\n".join(lines) + "\r\n\r\n").encode()


async def send(writer: asyncio.StreamWriter, data: bytes) -> None:
    writer.write(data)
    await writer.drain()


async def ok(server: FaultServer, request: Request, writer: asyncio.StreamWriter) -> None:
    """Answers like the API (create, stream, count_tokens, batches and their results)."""
    path = request.path
    if path.endswith("/count_tokens"):
        body = json.dumps({"input_tokens": 3}).encode()
        await send(writer, head(200, {"content-type": "application/json"}, len(body)) + body)
    elif path.startswith("/v1/messages/batches/") and path.endswith("/results"):
        line = json.dumps({"custom_id": "a", "result": {"type": "succeeded", "message": MESSAGE}})
        body = (line + "\n").encode()
        await send(writer, head(200, {"content-type": "application/x-jsonl"}, len(body)) + body)
    elif path.startswith("/v1/messages/batches/"):
        batch_id = path.rsplit("/", 1)[1]
        home = (
            server.redirect_to if request.fault == "foreign-results" else server.url(request.fault)
        )
        results = f"{home}{path}/results"
        body = json.dumps(batch(batch_id, results)).encode()
        await send(writer, head(200, {"content-type": "application/json"}, len(body)) + body)
    elif request.json().get("stream"):
        await send(writer, head(200, {"content-type": "text/event-stream"}, len(STREAM)) + STREAM)
    else:
        body = json.dumps(MESSAGE).encode()
        await send(writer, head(200, {"content-type": "application/json"}, len(body)) + body)


def batch(batch_id: str, results_url: str) -> dict[str, object]:
    counts = {"processing": 0, "succeeded": 1, "errored": 0, "canceled": 0, "expired": 0}
    return {
        "id": batch_id,
        "type": "message_batch",
        "processing_status": "ended",
        "request_counts": counts,
        "ended_at": "2026-01-01T00:00:00Z",
        "created_at": "2026-01-01T00:00:00Z",
        "expires_at": "2026-01-02T00:00:00Z",
        "cancel_initiated_at": None,
        "archived_at": None,
        "results_url": results_url,
    }


async def endless(writer: asyncio.StreamWriter, piece: bytes, cap: int = 1 << 30) -> None:
    """Write *piece* until the client goes away (or *cap* bytes, a safety net)."""
    sent = 0
    while sent < cap:
        await send(writer, piece)
        sent += len(piece)


async def sse_no_newline(
    server: FaultServer, request: Request, writer: asyncio.StreamWriter
) -> None:
    await send(writer, head(200, {"content-type": "text/event-stream"}) + b"data: ")
    await endless(writer, b"a" * CHUNK)


async def jsonl_no_newline(
    server: FaultServer, request: Request, writer: asyncio.StreamWriter
) -> None:
    if not request.path.endswith("/results"):
        await ok(server, request, writer)
        return
    await send(writer, head(200, {"content-type": "application/x-jsonl"}) + b'{"custom_id": "')
    await endless(writer, b"a" * CHUNK)


async def drip_jsonl(server: FaultServer, request: Request, writer: asyncio.StreamWriter) -> None:
    """Batch results whose first line arrives one byte every 0.5 s."""
    if not request.path.endswith("/results"):
        await ok(server, request, writer)
        return
    await send(writer, head(200, {"content-type": "application/x-jsonl"}) + b"{")
    for _ in range(600):
        await asyncio.sleep(0.5)
        await send(writer, b" ")


def _bomb(mib: int, status: int = 200) -> Fault:
    async def gzip_bomb(
        server: FaultServer, request: Request, writer: asyncio.StreamWriter
    ) -> None:
        body = gzip_zeros(mib)
        kind = "text/event-stream" if request.json().get("stream") else "application/json"
        headers = {"content-type": kind, "content-encoding": "gzip"}
        await send(writer, head(status, headers, len(body)))
        for start in range(0, len(body), CHUNK):
            await send(writer, body[start : start + CHUNK])

    return gzip_bomb


async def big_json(server: FaultServer, request: Request, writer: asyncio.StreamWriter) -> None:
    """A valid 50 MB Message (one huge text block), written in 64 KiB pieces."""
    size = 50 * 1000 * 1000
    text = json.dumps({**MESSAGE, "content": [{"type": "text", "text": "@"}]}).encode()
    before, after = text.split(b"@")
    filler = size - len(before) - len(after)
    await send(writer, head(200, {"content-type": "application/json"}, size) + before)
    piece = b"a" * CHUNK
    while filler > 0:
        await send(writer, piece[:filler])
        filler -= CHUNK
    await send(writer, after)


def _drip(kind: str) -> Fault:
    async def drip(server: FaultServer, request: Request, writer: asyncio.StreamWriter) -> None:
        start = b"data: " if kind == "text/event-stream" else b"{"
        await send(writer, head(200, {"content-type": kind}, 100_000) + start)
        for _ in range(600):  # 1 byte every 0.5 s: 5 minutes at most
            await asyncio.sleep(0.5)
            await send(writer, b" ")

    return drip


async def drip_head(server: FaultServer, request: Request, writer: asyncio.StreamWriter) -> None:
    """The status line, then one header byte every 0.5 s: the head never ends."""
    await send(writer, b"HTTP/1.1 200 OK\r\nx-slow: ")
    for _ in range(600):
        await asyncio.sleep(0.5)
        await send(writer, b"a")


async def drip_then_silence(
    server: FaultServer, request: Request, writer: asyncio.StreamWriter
) -> None:
    """Bytes of a JSON body every 0.5 s for 1.2 s, then nothing at all."""
    await send(writer, head(200, {"content-type": "application/json"}, 100_000) + b"{")
    for _ in range(3):
        await asyncio.sleep(0.4)
        await send(writer, b" ")
    await request.gone()


def _redirect(status: int) -> Fault:
    async def redirect(server: FaultServer, request: Request, writer: asyncio.StreamWriter) -> None:
        target = f"{server.redirect_to}{request.path}"
        await send(writer, head(status, {"location": target}, 0))

    return redirect


async def reset(server: FaultServer, request: Request, writer: asyncio.StreamWriter) -> None:
    sock = writer.get_extra_info("socket")
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
    writer.transport.abort()


async def silent(server: FaultServer, request: Request, writer: asyncio.StreamWriter) -> None:
    await request.gone()


async def invalid_json(server: FaultServer, request: Request, writer: asyncio.StreamWriter) -> None:
    body = b'{"id": "msg_1", "content": [tru'
    await send(writer, head(200, {"content-type": "application/json"}, len(body)) + body)


async def html(server: FaultServer, request: Request, writer: asyncio.StreamWriter) -> None:
    body = b"<html><body><h1>502 Bad Gateway</h1><p>nginx</p></body></html>"
    await send(writer, head(502, {"content-type": "text/html"}, len(body)) + body)


async def retry_now(server: FaultServer, request: Request, writer: asyncio.StreamWriter) -> None:
    """529 with ``retry-after-ms: 0`` the first time a fault name is seen, then the API."""
    seen = server.counts.get(request.fault, 0)
    server.counts[request.fault] = seen + 1
    if seen:
        await ok(server, request, writer)
        return
    body = json.dumps(
        {"type": "error", "error": {"type": "overloaded_error", "message": "Overloaded"}}
    ).encode()
    headers = {"content-type": "application/json", "retry-after-ms": "0"}
    await send(writer, head(529, headers, len(body)) + body)


FAULTS: dict[str, Fault] = {
    "ok": ok,
    "sse-no-newline": sse_no_newline,
    "jsonl-no-newline": jsonl_no_newline,
    "gzip-bomb-64m": _bomb(64),
    "gzip-bomb-1g": _bomb(1024),
    "gzip-bomb-error": _bomb(64, status=500),
    "big-json": big_json,
    "drip-json": _drip("application/json"),
    "drip-sse": _drip("text/event-stream"),
    "drip-head": drip_head,
    "drip-jsonl": drip_jsonl,
    "drip-then-silence": drip_then_silence,
    "redirect-302": _redirect(302),
    "redirect-307": _redirect(307),
    "reset": reset,
    "silent": silent,
    "invalid-json": invalid_json,
    "html": html,
}


@dataclass
class FaultServer:
    """The server, run by an event loop on a daemon thread; ``with FaultServer() as s:``."""

    redirect_to: str = ""  # base URL of another origin (redirects, "foreign-results")
    received: list[bytes] = field(default_factory=list)  # raw bytes of every connection
    counts: dict[str, int] = field(default_factory=dict)
    port: int = 0
    _loop: asyncio.AbstractEventLoop | None = None
    _thread: threading.Thread | None = None

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def url(self, fault: str) -> str:
        """The ``base_url`` a client uses to meet *fault*."""
        return f"{self.base_url}/{fault}"

    def __enter__(self) -> FaultServer:
        ready = threading.Event()
        self._loop = asyncio.new_event_loop()

        def run() -> None:
            assert self._loop is not None
            asyncio.set_event_loop(self._loop)
            server = self._loop.run_until_complete(
                asyncio.start_server(self._serve, "127.0.0.1", 0)
            )
            self.port = server.sockets[0].getsockname()[1]
            ready.set()
            self._loop.run_forever()
            server.close()

        self._thread = threading.Thread(target=run, name="fault-server", daemon=True)
        self._thread.start()
        ready.wait(5)
        return self

    def __exit__(self, *exc_info: object) -> None:
        assert self._loop is not None
        assert self._thread is not None
        asyncio.run_coroutine_threadsafe(self._shutdown(), self._loop).result(5)
        self._loop.call_soon_threadsafe(self._loop.stop)
        self._thread.join(5)
        self._loop.close()

    async def _shutdown(self) -> None:
        """Cancel what is still serving."""
        tasks = [t for t in asyncio.all_tasks() if t is not asyncio.current_task()]
        for task in tasks:
            task.cancel()
        await asyncio.gather(*tasks, return_exceptions=True)

    async def _serve(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        raw = bytearray()
        self.received.append(b"")
        index = len(self.received) - 1
        try:
            request = await self._read(reader, raw)
            self.received[index] = bytes(raw)
            if request is None:
                return
            fault = FAULTS.get(request.fault) or (
                retry_now if request.fault.startswith("retry-now") else ok
            )
            await fault(self, request, writer)
        except (ConnectionError, asyncio.IncompleteReadError):
            pass  # the client went away: what most faults expect
        finally:
            self.received[index] = bytes(raw)
            with contextlib.suppress(Exception):
                writer.close()

    async def _read(self, reader: asyncio.StreamReader, raw: bytearray) -> Request | None:
        head_bytes = await reader.readuntil(b"\r\n\r\n")
        raw += head_bytes
        lines = head_bytes.decode("latin-1").split("\r\n")
        method, target, _ = lines[0].split(" ", 2)
        headers = {}
        for line in lines[1:]:
            if ":" in line:
                name, _, value = line.partition(":")
                headers[name.strip().lower()] = value.strip()
        body = await reader.readexactly(int(headers.get("content-length", "0")))
        raw += body
        path = target.split("?", 1)[0]
        parts = path.split("/", 2)  # "", fault, rest
        if len(parts) < 3:
            return Request(method, path, "", headers, body, reader)
        return Request(method, "/" + parts[2], parts[1], headers, body, reader)
