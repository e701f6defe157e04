"""One column's workloads, in a process of its own (one per column for the whole run).

    python scripts/bench/worker.py serve COLUMN BASE_URL SIZES_JSON
    python scripts/bench/worker.py memory COLUMN BASE_URL LINES
    python scripts/bench/worker.py profile COLUMN BASE_URL SIZES_JSON ROW OUT.prof

COLUMN is ``this`` (the ``claude`` package), ``official`` (the ``anthropic`` SDK) or ``floor``
(bare httpx + orjson over the same bytes). ``serve`` warms every row up, prints ``ready``,
then reads row names from stdin and answers each with one JSON line, row -> ``{"wall": s,
"cpu": s}`` per unit (medians of the units timed; cpu is this process's CPU time), or row ->
``{"error": ...}`` when the column cannot run it.
Every workload is checked against the payload it was served (final text, tool input, line
count, no raw blocks), so a column that is fast because it is wrong fails.
"""

from __future__ import annotations

import asyncio
import functools
import gc
import json
import statistics
import sys
import time
import traceback
from collections.abc import Awaitable, Callable
from pathlib import Path
from typing import Any

import orjson
import payloads

API_KEY = "sk-ant-bench-0000"
# Same pool limits everywhere (the official SDK's and this client's defaults).
POOL = {"max_connections": 1000, "max_keepalive_connections": 100}


class Expected:
    """What a correct column must produce, derived from the served payloads."""

    def __init__(self, sizes: dict[str, int]) -> None:
        events = payloads.text_stream_events(sizes["stream_deltas"])
        self.text = "".join(
            json.loads(e.split(b"data: ", 1)[1])["delta"]["text"]
            for e in events
            if b'"text_delta"' in e
        )
        self.tool_input = payloads.tool_input(sizes["tool_deltas"])
        self.batch_lines = sizes["batch_lines"]
        self.create_text: str = json.loads(payloads.create_body())["content"][0]["text"]


def check(what: str, got: object, want: object) -> None:
    if got != want:
        raise AssertionError(f"{what}: got {str(got)[:120]!r}, want {str(want)[:120]!r}")


# --- the three columns: same methods, same arguments --------------------------------------


class This:
    """The ``claude`` package as a user calls it."""

    name = "this"

    def __init__(self, base_url: str) -> None:
        import claude

        self.client = claude.Client(api_key=API_KEY, base_url=base_url)
        self.aclient_factory = lambda: claude.AsyncClient(api_key=API_KEY, base_url=base_url)
        # Every reliability policy on, none of them limiting (the cost of having them).
        self.policies_client = claude.Client(
            api_key=API_KEY,
            circuit_breaker=claude.CircuitBreaker(),
            rate_limit=claude.RateLimit(requests_per_minute=1e9, burst=1e6),
            failover=claude.Failover([base_url, "http://127.0.0.1:9"]),
            usage=claude.UsageTracker(),
            event_hooks={"request": [lambda _: None], "response": [lambda _: None]},
        )

    def create(self) -> str:
        message: Any = self.client.messages.create(**payloads.create_request())
        return str(message.content[0].text)

    def create_policies(self) -> str:
        message: Any = self.policies_client.messages.create(**payloads.create_request())
        return str(message.content[0].text)

    async def acreate(self, client: Any) -> str:
        message: Any = await client.messages.create(**payloads.create_request())
        return str(message.content[0].text)

    def stream(self, model: str) -> tuple[str, Any]:
        with self.client.messages.stream(**payloads.create_request(model)) as stream:
            message = stream.get_final_message()
        block: Any = message.content[0]
        if model == payloads.MODEL_TOOL:
            return "", dict(block.input)
        return str(block.text), None

    def batch(self, batch_id: str) -> int:
        from claude_api.models import MessageBatchIndividualResponse

        count, last = 0, None
        with self.client.messages.batches.results(batch_id) as results:
            for line in results:
                count, last = count + 1, line
        assert isinstance(last, MessageBatchIndividualResponse)
        return count

    def parse_setup(self) -> Callable[[bytes], Any]:
        from claude_api.models import Message

        loads = orjson.loads
        from_dict = Message.from_dict
        return lambda raw: from_dict(loads(raw))

    def close(self) -> None:
        self.client.close()
        self.policies_client.close()


class Official:
    """The official ``anthropic`` SDK as its documentation shows it."""

    name = "official"

    def __init__(self, base_url: str) -> None:
        import anthropic

        self.client = anthropic.Anthropic(api_key=API_KEY, base_url=base_url)
        self.aclient_factory = lambda: anthropic.AsyncAnthropic(api_key=API_KEY, base_url=base_url)

    def create(self) -> str:
        message: Any = self.client.messages.create(**payloads.create_request())
        return str(message.content[0].text)

    async def acreate(self, client: Any) -> str:
        message: Any = await client.messages.create(**payloads.create_request())
        return str(message.content[0].text)

    def stream(self, model: str) -> tuple[str, Any]:
        with self.client.messages.stream(**payloads.create_request(model)) as stream:
            message = stream.get_final_message()
        block: Any = message.content[0]
        if model == payloads.MODEL_TOOL:
            return "", block.input
        return str(block.text), None

    def batch(self, batch_id: str) -> int:
        from anthropic.types.messages import MessageBatchIndividualResponse

        count, last = 0, None
        for line in self.client.messages.batches.results(batch_id):
            count, last = count + 1, line
        assert isinstance(last, MessageBatchIndividualResponse)
        return count

    def parse_setup(self) -> Callable[[bytes], Any]:
        # What the SDK does with a response body: json.loads, then construct_type (no
        # validation), see anthropic._base_client.BaseClient._process_response_data.
        from anthropic._models import construct_type
        from anthropic.types import Message

        loads = json.loads
        return lambda raw: construct_type(type_=Message, value=loads(raw))

    def parse_validated_setup(self) -> Callable[[bytes], Any]:
        from anthropic.types import Message

        validate: Callable[[bytes], Any] = Message.model_validate_json
        return validate

    def close(self) -> None:
        self.client.close()


class Floor:
    """Bare httpx + orjson: the least work that gets the same data (as dicts)."""

    name = "floor"

    def __init__(self, base_url: str) -> None:
        import httpx

        self.httpx = httpx
        self.base_url = base_url
        self.headers = {
            "x-api-key": API_KEY,
            "anthropic-version": "2023-06-01",
            "content-type": "application/json",
        }
        self.client = httpx.Client(limits=httpx.Limits(**POOL), timeout=600)
        self.aclient_factory = lambda: httpx.AsyncClient(limits=httpx.Limits(**POOL), timeout=600)
        self.body = orjson.dumps(payloads.create_request())

    def create(self) -> str:
        response = self.client.post(
            self.base_url + "/v1/messages", content=self.body, headers=self.headers
        )
        if response.status_code != 200:
            raise RuntimeError(response.status_code)
        return str(orjson.loads(response.content)["content"][0]["text"])

    async def acreate(self, client: Any) -> str:
        response = await client.post(
            self.base_url + "/v1/messages", content=self.body, headers=self.headers
        )
        if response.status_code != 200:
            raise RuntimeError(response.status_code)
        return str(orjson.loads(response.content)["content"][0]["text"])

    def stream(self, model: str) -> tuple[str, Any]:
        body = orjson.dumps({**payloads.create_request(model), "stream": True})
        url = self.base_url + "/v1/messages"
        texts: list[str] = []
        fragments: list[str] = []
        message: dict[str, Any] = {}
        loads = orjson.loads
        with self.client.stream("POST", url, content=body, headers=self.headers) as response:
            for line in response.iter_lines():
                if line.startswith("data: "):
                    event = loads(line[6:])
                    kind = event["type"]
                    if kind == "content_block_delta":
                        delta = event["delta"]
                        if delta["type"] == "text_delta":
                            texts.append(delta["text"])
                        else:
                            fragments.append(delta["partial_json"])
                    elif kind == "message_start":
                        message = event["message"]
                    elif kind == "content_block_start":
                        message["content"].append(event["content_block"])
                    elif kind == "message_delta":
                        message.update(event["delta"])
        block = message["content"][0]
        if model == payloads.MODEL_TOOL:
            block["input"] = loads("".join(fragments))
            return "", block["input"]
        block["text"] = "".join(texts)
        return block["text"], None

    def batch(self, batch_id: str) -> int:
        url = self.base_url + f"/v1/messages/batches/{batch_id}"
        batch = orjson.loads(self.client.get(url, headers=self.headers).content)
        loads = orjson.loads
        count = 0
        rest = b""
        with self.client.stream("GET", batch["results_url"], headers=self.headers) as response:
            for chunk in response.iter_bytes():
                lines = (rest + chunk).split(b"\n")
                rest = lines.pop()
                for line in lines:
                    if line:
                        loads(line)
                        count += 1
        if rest.strip():
            loads(rest)
            count += 1
        return count

    def parse_setup(self) -> Callable[[bytes], Any]:
        loads: Callable[[bytes], Any] = orjson.loads
        return loads

    def close(self) -> None:
        self.client.close()


class ThisDicts(This):
    """This client reading batch results with ``parse="dict"`` (the growth rows only)."""

    def batch(self, batch_id: str) -> int:
        count, last = 0, None
        with self.client.messages.batches.results(batch_id, parse="dict") as results:
            for line in results:
                count, last = count + 1, line
        assert isinstance(last, dict)
        return count


COLUMNS: dict[str, type[This | Official | Floor]] = {
    "this": This,
    "official": Official,
    "floor": Floor,
    "this-dicts": ThisDicts,  # growth rows only
}

# --- timing -------------------------------------------------------------------------------

Column = This | Official | Floor
ROWS = ("create_sync", "create_async", "concurrent", "text_stream", "tool_stream", "batch", "parse",
        "create_policies")  # fmt: skip


Timing = dict[str, float]  # {"wall": seconds, "cpu": seconds of this process's CPU time}


def _timed(run: Callable[[], object]) -> Timing:
    wall, cpu = time.perf_counter(), time.process_time()
    run()
    return {"wall": time.perf_counter() - wall, "cpu": time.process_time() - cpu}


async def _atimed(run: Callable[[], Awaitable[object]]) -> Timing:
    wall, cpu = time.perf_counter(), time.process_time()
    await run()
    return {"wall": time.perf_counter() - wall, "cpu": time.process_time() - cpu}


def _medians(samples: list[Timing]) -> Timing:
    return {key: statistics.median(s[key] for s in samples) for key in ("wall", "cpu")}


def _median_of(run: Callable[[], object], count: int) -> Timing:
    return _medians([_timed(run) for _ in range(count)])


class Runner:
    """One column's rows, each measured on demand (the same process serves every round).

    :meth:`warm_up` runs every row once and checks its result; a row that fails there is
    reported as an error in every round.
    """

    def __init__(self, column_name: str, base_url: str, sizes: dict[str, int]) -> None:
        self.sizes = sizes
        self.want = Expected(sizes)
        self.column: Column = COLUMNS[column_name](base_url)
        self.loop = asyncio.new_event_loop()
        self.aclient: Any = None
        self.broken: dict[str, str] = {}
        self.raw_message = payloads.mixed_message(sizes["parse_blocks"])
        self.parsers = [("parse", self.column.parse_setup())]
        if isinstance(self.column, Official):
            self.parsers.append(("parse_validated", self.column.parse_validated_setup()))

    def warm_up(self) -> None:
        column, want = self.column, self.want
        checks: dict[str, Callable[[], None]] = {
            "create_sync": lambda: check("create", column.create(), want.create_text),
            "create_async": lambda: self.loop.run_until_complete(self._warm_async()),
            "text_stream": lambda: check(
                "streamed text", column.stream(payloads.MODEL_TEXT)[0], want.text
            ),
            "tool_stream": lambda: check(
                "tool input", column.stream(payloads.MODEL_TOOL)[1], want.tool_input
            ),
            "batch": lambda: check(
                "warm-up lines", column.batch(payloads.SMALL_BATCH_ID), payloads.SMALL_BATCH_LINES
            ),
            "parse": self._check_parse,
            "create_policies": self._check_policies,
        }
        for row, run in checks.items():
            try:
                run()
            except Exception as exc:  # a column that cannot run a row says so in its cell
                traceback.print_exc(file=sys.stderr)
                self.broken[row] = f"{type(exc).__name__}: {exc}"[:200]
        if "create_async" in self.broken:
            self.broken["concurrent"] = self.broken["create_async"]

    async def _warm_async(self) -> None:
        self.aclient = self.column.aclient_factory()
        check("async create", await self.column.acreate(self.aclient), self.want.create_text)
        await self._burst(self.sizes["in_flight"] * 2)  # open the pool's connections

    def _check_policies(self) -> None:
        if isinstance(self.column, This):
            check("create with policies", self.column.create_policies(), self.want.create_text)
        elif isinstance(self.column, Floor):
            check("create", self.column.create(), self.want.create_text)

    def _check_parse(self) -> None:
        for _, parse_one in self.parsers:
            message = parse_one(self.raw_message)
            content = message["content"] if isinstance(message, dict) else message.content
            check("parsed blocks", len(content), self.sizes["parse_blocks"])
            if not isinstance(message, dict):
                check("raw dict blocks", sum(isinstance(b, dict) for b in content), 0)

    async def _burst(self, calls: int) -> None:
        limit = asyncio.Semaphore(self.sizes["in_flight"])

        async def one() -> str:
            async with limit:
                return await self.column.acreate(self.aclient)

        results = await asyncio.gather(*(one() for _ in range(calls)))
        check("concurrent create", results[-1], self.want.create_text)

    async def _create_async(self) -> Timing:
        samples = []
        for _ in range(self.sizes["create_calls"]):
            samples.append(await _atimed(lambda: self.column.acreate(self.aclient)))
        return _medians(samples)

    async def _concurrent(self) -> Timing:
        return await _atimed(lambda: self._burst(self.sizes["concurrent_calls"]))

    def measure(self, row: str) -> dict[str, Any]:
        """Wall and CPU seconds per unit of *row* (the medians of its units), or its error."""
        if row in self.broken:
            return {row: {"error": self.broken[row]}}
        column, sizes = self.column, self.sizes
        if row == "create_sync":
            return {row: _median_of(column.create, sizes["create_calls"])}
        if row == "create_policies":  # this client with every policy; the floor's plain post
            if isinstance(column, This):
                return {row: _median_of(column.create_policies, sizes["create_calls"])}
            if isinstance(column, Floor):
                return {row: _median_of(column.create, sizes["create_calls"])}
            return {}
        if row == "create_async":
            return {row: self.loop.run_until_complete(self._create_async())}
        if row == "concurrent":
            return {row: self.loop.run_until_complete(self._concurrent())}
        if row in ("text_stream", "tool_stream"):
            model = payloads.MODEL_TEXT if row == "text_stream" else payloads.MODEL_TOOL
            count = sizes["text_streams" if row == "text_stream" else "tool_streams"]
            return {row: _median_of(lambda: column.stream(model), count)}
        if row == "batch":
            counted: list[int] = []
            timing = _timed(lambda: counted.append(column.batch(payloads.BATCH_ID)))
            check("batch lines", counted[0], self.want.batch_lines)
            return {row: timing}
        if row == "parse":
            raw = self.raw_message
            return {
                name: _median_of(functools.partial(parse_one, raw), sizes["parse_repeats"])
                for name, parse_one in self.parsers
            }
        raise ValueError(f"unknown row {row!r}")

    def close(self) -> None:
        if self.aclient is not None:
            close = getattr(self.aclient, "aclose", None) or self.aclient.close
            self.loop.run_until_complete(close())
        self.loop.close()
        self.column.close()


def serve(column_name: str, base_url: str, sizes: dict[str, int]) -> None:
    """Warm up, print ``ready``, then answer each row name read from stdin with a JSON line."""
    runner = Runner(column_name, base_url, sizes)
    runner.warm_up()
    print("ready", flush=True)
    for line in sys.stdin:
        row = line.strip()
        if not row:
            break
        print(json.dumps(runner.measure(row)), flush=True)
    runner.close()


# --- memory -------------------------------------------------------------------------------


def _rss_bytes() -> int:
    with open("/proc/self/statm") as statm:
        import os

        return int(statm.read().split()[1]) * os.sysconf("SC_PAGE_SIZE")


def _peak_rss_bytes() -> int:
    with open("/proc/self/status") as status:
        for line in status:
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) * 1024
    import resource

    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024


def memory(column_name: str, base_url: str, lines: int) -> dict[str, Any]:
    """Peak memory while reading *lines* batch results, after a small warm-up read.

    First the kernel's peak RSS (VmHWM, reset before the read) above the RSS before it; then,
    in a second read, tracemalloc's peak (the Python heap, independent of allocator reuse).
    """
    column = COLUMNS[column_name](base_url)
    column.batch(payloads.SMALL_BATCH_ID)  # load what reading results needs, before the baseline
    gc.collect()
    try:  # reset the kernel's peak RSS (VmHWM) to the current RSS
        with open("/proc/self/clear_refs", "w") as clear:
            clear.write("5")
    except OSError:
        pass
    baseline = _rss_bytes()
    started = time.perf_counter()
    check("batch lines", column.batch(payloads.BATCH_ID), lines)
    seconds = time.perf_counter() - started
    rss_growth = _peak_rss_bytes() - baseline

    import tracemalloc

    gc.collect()
    tracemalloc.start()
    check("batch lines", column.batch(payloads.BATCH_ID), lines)
    heap_peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    column.close()
    return {"batch_rss": rss_growth, "batch_heap": heap_peak, "batch_seconds": seconds}


# --- profile ------------------------------------------------------------------------------


def profile(column_name: str, base_url: str, sizes: dict[str, int], row: str, out: str) -> None:
    """cProfile one row of one column into *out* (``pstats`` format)."""
    import cProfile

    column = COLUMNS[column_name](base_url)
    work: dict[str, Callable[[], object]] = {
        "create_sync": lambda: [column.create() for _ in range(sizes["create_calls"])],
        "text_stream": lambda: [
            column.stream(payloads.MODEL_TEXT) for _ in range(sizes["text_streams"])
        ],
        "tool_stream": lambda: [
            column.stream(payloads.MODEL_TOOL) for _ in range(sizes["tool_streams"])
        ],
        "batch": lambda: column.batch(payloads.BATCH_ID),
    }
    if row == "create_policies" and isinstance(column, This):
        this = column
        work[row] = lambda: [this.create_policies() for _ in range(sizes["create_calls"])]
    if row == "parse":
        parse_one = column.parse_setup()
        raw = payloads.mixed_message(sizes["parse_blocks"])
        work["parse"] = lambda: [parse_one(raw) for _ in range(sizes["parse_repeats"])]
    column.batch(payloads.SMALL_BATCH_ID)
    column.create()
    work[row]()  # warm up (imports, connections)
    profiler = cProfile.Profile()
    profiler.runcall(work[row])
    profiler.dump_stats(out)
    column.close()


def main(argv: list[str]) -> None:
    mode, column_name, base_url = argv[:3]
    if mode == "serve":
        serve(column_name, base_url, json.loads(argv[3]))
    elif mode == "memory":
        print(json.dumps(memory(column_name, base_url, int(argv[3]))))
    elif mode == "profile":
        profile(column_name, base_url, json.loads(argv[3]), argv[4], argv[5])
    else:
        raise SystemExit(f"unknown mode {mode!r}")


if __name__ == "__main__":
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    main(sys.argv[1:])
