"""Benchmarks: this client against the official ``anthropic`` SDK and a bare httpx floor.

Usage:
    python scripts/bench.py                 # full run; writes BENCHMARKS.md and docs/bench.png
    python scripts/bench.py --quick         # tiny sizes (the smoke test runs this)
    python scripts/bench.py --out DIR       # write DIR/BENCHMARKS.md and DIR/docs/bench.png
    python scripts/bench.py --large         # also the 1,000,000-line growth row
    python scripts/bench.py --profile ROW   # cProfile this client's ROW (create_sync,
                                            # create_policies, text_stream, tool_stream,
                                            # batch, parse)

``nox -s bench`` runs it in an environment with the ``bench`` extra (the latest ``anthropic``
and matplotlib). Without ``anthropic`` the official column says "not installed"; without
matplotlib the chart is skipped.

Method: a local HTTP/1.1 server (``scripts/bench/server.py``, its own process) serves bytes
built before it listens, the same bytes for every column. Each column has one worker process
(``scripts/bench/worker.py``); a round measures each row for every column in turn, the column
order rotating from round to round; import rows start a fresh interpreter per sample. Every
cell is a median: of the units within a round, then across rounds. Memory is measured in one
more process per column. Every workload checks its result against the payload, so a wrong
answer fails.
"""

from __future__ import annotations

import argparse
import datetime
import importlib.metadata
import importlib.util
import json
import os
import platform
import statistics
import subprocess
import sys
import tempfile
import textwrap
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
HERE = Path(__file__).resolve().parent / "bench"
sys.path.insert(0, str(HERE))

import payloads  # noqa: E402  (scripts/bench/payloads.py)

COLUMNS = ("this", "official", "floor")
# Rows measured by the workers, in the order of a round (each row: every column in turn).
WORKER_ROWS = ("create_sync", "create_async", "concurrent", "text_stream", "tool_stream",
               "parse", "batch", "create_policies")  # fmt: skip
NOTES_MARKER = "<!-- bench: the notes below this line are kept when the file is regenerated -->"
FLAT_HEAP_LIMIT = 2 * 1024 * 1024  # "flat memory": the Python heap peak of a read stays below


@dataclass
class Row:
    """One line of the table."""

    key: str
    label: str
    unit: str  # "s", "ms", "us" for times (lower is better); "MiB" for memory
    floor_target: float | None = None  # the this/floor ratio to stay under
    official_target: float | None = 1.0  # the this/official ratio to stay under
    values: dict[str, list[float]] = field(default_factory=dict)  # wall seconds, or bytes
    cpu: dict[str, list[float]] = field(default_factory=dict)  # CPU seconds of the client
    errors: dict[str, str] = field(default_factory=dict)
    items: int = 0  # items per unit, for a throughput beside the time

    def median(self, column: str, cpu: bool = False) -> float | None:
        samples = (self.cpu if cpu else self.values).get(column)
        return statistics.median(samples) if samples else None

    def ratio(self, column: str, cpu: bool = False) -> float | None:
        this, other = self.median("this", cpu), self.median(column, cpu)
        if this is None or other is None or other == 0:
            return None
        return this / other


def make_rows(sizes: payloads.Sizes) -> list[Row]:
    lines = f"{sizes.batch_lines:,}"
    return [
        Row("import", "import (`import claude; from claude import Client` / "
            "`import anthropic; from anthropic import Anthropic` / `import httpx`)",
            "ms", floor_target=1.5),
        Row("first_call", "first call in a fresh interpreter (import, client, one create)", "ms",
            official_target=1.0, floor_target=None),
        Row("create_sync", "`messages.create`, sync, per call", "us", floor_target=1.15),
        Row("create_async", "`messages.create`, async, per call", "us", floor_target=1.15),
        Row("text_stream", f"text stream, {sizes.stream_deltas} deltas -> final message",
            "ms", floor_target=2.0),
        Row("tool_stream", f"tool-use stream, JSON split in {sizes.tool_deltas} deltas "
            "-> final message", "ms", floor_target=2.0),
        Row("batch", f"batch results, {lines} lines -> typed results", "s", floor_target=2.5,
            items=sizes.batch_lines),
        Row("batch_heap", f"batch results, {lines} lines: Python heap peak (tracemalloc)",
            "MiB", official_target=1.1),
        Row("batch_rss", f"batch results, {lines} lines: peak RSS growth", "MiB",
            official_target=None),
        Row("parse", f"parse one `Message` of {sizes.parse_blocks} mixed blocks from bytes",
            "us"),
        Row("parse_validated", "parse, official with validation (`Message.model_validate_json`)",
            "us", official_target=None),
        Row("concurrent", f"{sizes.concurrent_calls} async creates, {sizes.in_flight} in flight",
            "ms"),
        Row("create_policies", "`messages.create`, sync, every policy on (breaker, rate limit, "
            "failover, usage, hooks; floor: plain post)", "us", official_target=None),
    ]  # fmt: skip


# --- running ------------------------------------------------------------------------------


def _python(*args: str, timeout: float = 600) -> str:
    done = subprocess.run(
        [sys.executable, *args], capture_output=True, text=True, timeout=timeout, check=False
    )
    if done.returncode != 0:
        raise RuntimeError(f"{' '.join(args)[:200]} failed:\n{done.stderr[-3000:]}")
    return done.stdout


class Server:
    """The benchmark server in its own process; it exits when our end of its stdin closes."""

    def __init__(self, sizes: dict[str, int]) -> None:
        self.process = subprocess.Popen(
            [sys.executable, str(HERE / "server.py"), json.dumps(sizes)],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
        )
        assert self.process.stdout is not None
        line = self.process.stdout.readline()
        if not line.startswith("PORT "):
            self.close()
            raise RuntimeError(f"the benchmark server did not start: {line!r}")
        self.base_url = f"http://127.0.0.1:{int(line.split()[1])}"

    def close(self) -> None:
        if self.process.stdin is not None:
            self.process.stdin.close()
        try:
            self.process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait()


class Worker:
    """A column's worker process (``worker.py serve``): one row measured per request."""

    def __init__(self, column: str, base_url: str, sizes: dict[str, int]) -> None:
        self.column = column
        self.stderr = tempfile.TemporaryFile(mode="w+")  # noqa: SIM115 (closed by close())
        self.process = subprocess.Popen(
            [sys.executable, str(HERE / "worker.py"), "serve", column, base_url,
             json.dumps(sizes)],
            stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=self.stderr, text=True,
        )  # fmt: skip

    def _line(self) -> str:
        assert self.process.stdout is not None
        line = self.process.stdout.readline()
        if not line:
            self.stderr.seek(0)
            raise RuntimeError(f"the {self.column} worker died:\n{self.stderr.read()[-3000:]}")
        return line

    def wait_ready(self) -> None:
        if self._line().strip() != "ready":
            raise RuntimeError(f"the {self.column} worker did not start")

    def measure(self, row: str) -> dict[str, Any]:
        assert self.process.stdin is not None
        self.process.stdin.write(row + "\n")
        self.process.stdin.flush()
        answer: dict[str, Any] = json.loads(self._line())
        return answer

    def close(self) -> None:
        if self.process.poll() is None:
            assert self.process.stdin is not None
            self.process.stdin.close()
            try:
                self.process.wait(timeout=30)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()
        self.stderr.close()


def _snippets(base_url: str) -> dict[str, dict[str, str]]:
    request = repr(payloads.create_request())
    key = "sk-ant-bench-0000"
    return {
        "import": {
            "this": "import claude\nfrom claude import Client",
            "official": "import anthropic\nfrom anthropic import Anthropic",
            "floor": "import httpx",
        },
        "first_call": {
            "this": f"import claude\nc = claude.Client(api_key={key!r}, base_url={base_url!r})\n"
            f"c.messages.create(**{request})",
            "official": f"import anthropic\n"
            f"c = anthropic.Anthropic(api_key={key!r}, base_url={base_url!r})\n"
            f"c.messages.create(**{request})",
            "floor": "import httpx, orjson\nc = httpx.Client()\n"
            f"r = c.post({base_url + '/v1/messages'!r}, content=orjson.dumps({request}), "
            f"headers={{'x-api-key': {key!r}, 'anthropic-version': '2023-06-01', "
            "'content-type': 'application/json'})\norjson.loads(r.content)",
        },
    }


def _fresh_interpreter(code: str) -> dict[str, float]:
    """Wall and CPU seconds of *code* in a fresh interpreter (its startup excluded)."""
    timed = (
        "import time\n_w, _c = time.perf_counter(), time.process_time()\n"
        + code
        + "\nprint(time.perf_counter() - _w, time.process_time() - _c)"
    )
    wall, cpu = _python("-c", timed).strip().splitlines()[-1].split()
    return {"wall": float(wall), "cpu": float(cpu)}


def _order(columns: Sequence[str], round_index: int) -> list[str]:
    """The columns rotated by the round number, so each runs first, middle and last."""
    shift = round_index % len(columns)
    return [*columns[shift:], *columns[:shift]]


def run(sizes: payloads.Sizes, rounds: int, log: Callable[[str], None]) -> list[Row]:
    rows = make_rows(sizes)
    by_key = {row.key: row for row in rows}
    columns = [c for c in COLUMNS if c != "official" or official_installed()]
    for row in rows:
        if "official" not in columns:
            row.errors["official"] = "not installed"
    for key in ("parse_validated",):
        by_key[key].errors.setdefault("this", "n/a")
        by_key[key].errors.setdefault("floor", "n/a")
    by_key["create_policies"].errors.setdefault("official", "n/a")  # no such options there

    def record(key: str, column: str, value: float | dict[str, Any]) -> None:
        row = by_key[key]
        if not isinstance(value, dict):  # a memory peak
            row.values.setdefault(column, []).append(float(value))
        elif "error" in value:
            row.errors[column] = "failed: " + str(value["error"])
        else:
            row.values.setdefault(column, []).append(value["wall"])
            row.cpu.setdefault(column, []).append(value["cpu"])

    server = Server(sizes.as_dict())
    workers: dict[str, Worker] = {}
    try:
        snippets = _snippets(server.base_url)
        for column in columns:  # an unrecorded run: compile bytecode, warm the file cache
            _fresh_interpreter(snippets["first_call"][column])
        workers = {c: Worker(c, server.base_url, sizes.as_dict()) for c in columns}
        for worker in workers.values():
            worker.wait_ready()
        for round_index in range(rounds):
            log(f"round {round_index + 1}/{rounds}")
            order = _order(columns, round_index)
            for key in ("import", "first_call"):
                for column in order:
                    for _ in range(sizes.import_samples):
                        record(key, column, _fresh_interpreter(snippets[key][column]))
            for key in WORKER_ROWS:
                for column in order:
                    for name, value in workers[column].measure(key).items():
                        record(name, column, value)
        for worker in workers.values():
            worker.close()
        for column in columns:
            out = _python(
                str(HERE / "worker.py"), "memory", column, server.base_url, str(sizes.batch_lines)
            )
            for key, value in json.loads(out.strip().splitlines()[-1]).items():
                if key in by_key:
                    record(key, column, value)
            log(f"memory: {column} done")
    finally:
        for worker in workers.values():
            worker.close()
        server.close()
    return rows


GROWTH_LINES = (10_000, 100_000)
GROWTH_LINES_LARGE = (1_000_000,)
GROWTH_COLUMNS = (("this", "typed (default)"), ("this-dicts", '`parse="dict"`'), ("floor", "floor"))


def growth(sizes: payloads.Sizes, large: bool, log: Callable[[str], None]) -> str:
    """Batch results at growing sizes: time and peak RSS growth of one read, per reading mode.

    Each size has its own server; each cell is one read in a fresh worker process after a
    warm-up read (the memory measurement of the main table, which also times the read).
    """
    counts = (
        [200, 1_000] if sizes.quick else [*GROWTH_LINES, *(GROWTH_LINES_LARGE if large else ())]
    )
    lines = [
        "| lines | "
        + " | ".join(f"{label}: time, RSS growth" for _, label in GROWTH_COLUMNS)
        + " | typed / floor time |",
        "| --- |" + " --- |" * (len(GROWTH_COLUMNS) + 1),
    ]
    for count in counts:
        server = Server({**sizes.as_dict(), "batch_lines": count})
        try:
            cells, times = [], {}
            for column, _ in GROWTH_COLUMNS:
                out = _python(
                    str(HERE / "worker.py"), "memory", column, server.base_url, str(count)
                )
                found = json.loads(out.strip().splitlines()[-1])
                times[column] = found["batch_seconds"]
                cells.append(
                    f"{found['batch_seconds']:.3f} s, {found['batch_rss'] / 2**20:.1f} MiB"
                )
            ratio = times["this"] / times["floor"] if times["floor"] else float("nan")
            lines.append(f"| {count:,} | " + " | ".join(cells) + f" | {ratio:.2f}x |")
            log(f"growth: {count:,} lines done")
        finally:
            server.close()
    return "\n".join(lines)


def official_installed() -> bool:
    return importlib.util.find_spec("anthropic") is not None


def profile(sizes: payloads.Sizes, row: str, column: str, top: int) -> str:
    """cProfile of one row of one column: the top functions by own time and by cumulative."""
    import pstats
    from io import StringIO

    server = Server(sizes.as_dict())
    try:
        with tempfile.TemporaryDirectory() as tmp:
            out = str(Path(tmp) / "row.prof")
            _python(
                str(HERE / "worker.py"), "profile", column, server.base_url,
                json.dumps(sizes.as_dict()), row, out,
            )  # fmt: skip
            text = StringIO()
            stats = pstats.Stats(out, stream=text)
            stats.strip_dirs().sort_stats("tottime").print_stats(top)
            stats.sort_stats("cumulative").print_stats(top)
            return text.getvalue()
    finally:
        server.close()


# --- reporting ----------------------------------------------------------------------------

_SCALE = {"s": 1.0, "ms": 1e3, "us": 1e6, "MiB": 1 / (1024 * 1024)}


def _cell(row: Row, column: str, cpu: bool = False) -> str:
    if column in row.errors:
        return row.errors[column]
    value = row.median(column, cpu)
    if value is None:
        return "-"
    shown = value * _SCALE[row.unit]
    text = f"{shown:,.3g}" if shown < 100 else f"{shown:,.0f}"
    text = f"{text} {row.unit.replace('us', 'µs')}"
    if row.items and value > 0:
        text += f" ({row.items / value / 1000:,.0f}k/s)"
    return text


def _ratio_cell(ratio: float | None) -> str:
    return "-" if ratio is None else f"{ratio:.2f}x"


def verdicts(row: Row, cpu: bool = False) -> list[tuple[str, bool]]:
    """(target, met) for each target of *row* that could be checked."""
    found: list[tuple[str, bool]] = []
    floor_ratio, official_ratio = row.ratio("floor", cpu), row.ratio("official", cpu)
    if row.floor_target is not None and floor_ratio is not None:
        found.append((f"<= {row.floor_target:g}x floor", floor_ratio <= row.floor_target))
    if row.official_target is not None and official_ratio is not None:
        if row.unit == "MiB":  # memory: a tie within noise counts
            found.append(("<= official (+10%)", official_ratio <= row.official_target))
        else:
            found.append(("faster than official", official_ratio < row.official_target))
    if row.key == "batch_heap" and row.median("this") is not None:
        found.append(("flat (< 2 MiB)", (row.median("this") or 0) < FLAT_HEAP_LIMIT))
    return found


def _targets_cell(row: Row, cpu: bool) -> str:
    found = verdicts(row, cpu)
    return "; ".join(f"{name}: {'met' if ok else '**MISSED**'}" for name, ok in found) or "-"


def table(rows: list[Row], cpu: bool = False) -> str:
    """The markdown table of wall-clock medians (or, with *cpu*, of client CPU time)."""
    lines = [
        "| row | this | official | floor | this/official | this/floor | targets |",
        "| --- | ---: | ---: | ---: | ---: | ---: | --- |",
    ]
    for row in rows:
        if cpu and not row.cpu:
            continue
        lines.append(
            f"| {row.label} | {_cell(row, 'this', cpu)} | {_cell(row, 'official', cpu)} | "
            f"{_cell(row, 'floor', cpu)} | {_ratio_cell(row.ratio('official', cpu))} | "
            f"{_ratio_cell(row.ratio('floor', cpu))} | {_targets_cell(row, cpu)} |"
        )
    return "\n".join(lines)


def chart(rows: list[Row], path: Path) -> str | None:
    """Draw the ratios (wall clock, and client CPU time); returns why not when it cannot."""
    try:
        import matplotlib

        matplotlib.use("Agg")
        import matplotlib.pyplot as plt
    except ImportError:
        return "matplotlib is not installed (install the `bench` extra)"
    shown = [
        r
        for r in rows
        if r.key != "batch_rss"  # tiny absolute numbers: their ratios are noise
        and (r.ratio("floor") is not None or r.ratio("official") is not None)
    ]
    if not shown:
        return "no ratio to draw"
    labels = [r.key.replace("_", " ") for r in shown]
    height = 0.38
    bars = (("floor", -height / 2, "#4878a8"), ("official", height / 2, "#d1853a"))
    fig, axes = plt.subplots(1, 2, figsize=(12, 0.5 * len(shown) + 1.8), sharey=True)
    ys = list(range(len(shown)))
    for ax, cpu, title in ((axes[0], False, "wall clock (memory rows: bytes)"),
                           (axes[1], True, "CPU time of the client process")):  # fmt: skip
        for column, offset, color in bars:
            values = [r.ratio(column, cpu) or 0.0 for r in shown]
            ax.barh([y + offset for y in ys], values, height, color=color,
                    label=f"this / {column}")  # fmt: skip
            for y, value in zip(ys, values, strict=True):
                if value:
                    ax.text(value * 1.04, y + offset, f"{value:.2f}", va="center", fontsize=7)
        for y, row in zip(ys, shown, strict=True):
            if row.floor_target is not None:
                ax.plot([row.floor_target] * 2, [y - height, y], color="#b22222", lw=2)
        ax.plot([], [], color="#b22222", lw=2, label="target vs floor")
        ax.axvline(1.0, color="black", lw=0.8)
        ax.set_xscale("log")
        ax.set_title(title, fontsize=10)
        ax.set_xlabel("this / other, ratio of medians (log; < 1: this client is ahead)")
    axes[0].set_yticks(ys, labels)
    axes[0].invert_yaxis()
    axes[1].legend(loc="lower right", fontsize=8)
    fig.suptitle("claude-openapi against the bare httpx floor and the official SDK")
    fig.tight_layout()
    path.parent.mkdir(parents=True, exist_ok=True)
    fig.savefig(path, dpi=100)
    plt.close(fig)
    return None


def _version(name: str) -> str:
    try:
        return importlib.metadata.version(name)
    except importlib.metadata.PackageNotFoundError:
        return "not installed"


def _load() -> str:
    try:
        return f"{os.getloadavg()[0]:.2f}"
    except OSError:
        return "unknown"


def _machine() -> str:
    cpu = platform.processor() or platform.machine()
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    memory = ""
    try:
        kib = int(Path("/proc/meminfo").read_text().split()[1])
        memory = f", {kib / 1024 / 1024:.0f} GiB RAM"
    except (OSError, ValueError, IndexError):
        pass
    return f"{cpu}, {os.cpu_count()} cores{memory}, {platform.system()} {platform.release()}"


def markdown(
    rows: list[Row],
    sizes: payloads.Sizes,
    rounds: int,
    chart_note: str | None,
    notes: str,
    load: str,
    growth_table: str = "",
) -> str:
    versions = ", ".join(
        f"{name} {_version(name)}"
        for name in ("claude-openapi", "anthropic", "httpx", "httpcore", "httpx2", "orjson",
                     "attrs", "pydantic")
    )  # fmt: skip
    targets = []
    for row in rows:
        for (name, ok), (_, cpu_ok) in zip(verdicts(row), _cpu_verdicts(row), strict=True):
            cpu_text = "" if cpu_ok is None else f" (CPU time: {'met' if cpu_ok else 'missed'})"
            targets.append(f"- {row.key}: {name}: {'met' if ok else '**missed**'}{cpu_text}")
    sizes_text = ", ".join(f"{k}={v:,}" for k, v in sizes.as_dict().items())
    chart_text = (
        f"Chart not regenerated: {chart_note}."
        if chart_note
        else "![ratios of medians](docs/bench.png)"
    )
    return (
        textwrap.dedent("""\
        # Benchmarks

        Generated by `nox -s bench` (`python scripts/bench.py{quick}`) on {date}. Do not edit
        above the notes marker: the command rewrites it.

        - Machine: {machine}
        - Python: {python} ({implementation})
        - Versions: {versions}
        - Sizes: {sizes}; {rounds} rounds
        - Load average (1 min) before and after the run: {load}

        ## Method

        A local HTTP/1.1 server in its own process (`scripts/bench/server.py`, asyncio,
        keep-alive) answers from bytes built before it listens: the same bytes for every column.
        JSON answers carry a Content-Length; streams are written one event per HTTP chunk (every
        seventh event cut in two); batch results are one JSON Lines body. Three columns:

        - **this**: `claude.Client` / `claude.AsyncClient` as documented (`messages.create`,
          `messages.stream(...)` + `get_final_message()`, `messages.batches.results(id)`);
          parse is `Message.from_dict(orjson.loads(raw))`.
        - **official**: the `anthropic` SDK the same way; parse is what the SDK does with a body
          (`json.loads` + `construct_type(Message, ...)`, no validation), with
          `Message.model_validate_json` as an extra row.
        - **floor**: bare httpx (same pool limits) + orjson, producing dicts: `post` + `loads`;
          streams through `iter_lines` and `loads` per `data:` line (text and JSON fragments
          joined at the end); batch results through `iter_bytes`, split on newlines, `loads`;
          parse is `orjson.loads`. Import is `import httpx`.

        Each column has one worker process (`scripts/bench/worker.py`) for the whole run, warmed
        up first (imports, connections). A round measures each row for every column in turn,
        the column order rotating between rounds, so a burst of load from elsewhere on the
        machine hits the columns of a row alike; import rows start a fresh interpreter per sample
        (after one unrecorded run to compile bytecode). A cell is the median over the rounds of
        the median of the units timed in that round (import rows: over all samples). Every
        workload is checked against the payload (text, tool input, line count, no block left as
        a raw dict), so a fast wrong answer fails the run.
        Memory: one more process per column reads the results after a 100-line warm-up read;
        "heap peak" is tracemalloc's peak during the read, "RSS growth" the kernel's peak RSS
        (VmHWM, reset before the read) minus the RSS before it. Ratios are this / other: below 1
        this client is faster (or smaller).

        ## Results

        Wall clock (memory rows: bytes):

        {table}

        CPU time of the client process (`time.process_time()` around the same units; the
        server's work is excluded, so on a busy machine this is the steadier comparison of
        what each client itself costs):

        {cpu_table}

        {chart}

        ## Growth: batch results by size

        One read per cell (time, and peak RSS growth as above), in a fresh process after a
        warm-up read; 1,000,000 lines only with `--large`. `client.messages.batches.results(id)`
        yields typed models; `results(id, parse="dict")` yields each line's decoded JSON object.

        {growth}

        ## Targets

        {targets}

        {marker}
        """).format(
            quick=" --quick" if sizes.quick else "",
            date=datetime.datetime.now(datetime.UTC).strftime("%Y-%m-%d %H:%M UTC"),
            machine=_machine(),
            python=platform.python_version(),
            implementation=platform.python_implementation(),
            versions=versions,
            sizes=sizes_text,
            rounds=rounds,
            load=load,
            table=table(rows),
            cpu_table=table(rows, cpu=True),
            chart=chart_text,
            growth=growth_table or "Not measured in this run.",
            targets="\n".join(targets) or "- none could be checked",
            marker=NOTES_MARKER,
        )
        + notes
    )


def _cpu_verdicts(row: Row) -> list[tuple[str, bool | None]]:
    """The CPU-time verdicts lined up with :func:`verdicts` (None where there is none)."""
    cpu = dict(verdicts(row, cpu=True)) if row.cpu else {}
    return [(name, cpu.get(name)) for name, _ in verdicts(row)]


def kept_notes(path: Path) -> str:
    """The hand-written notes below the marker of an existing BENCHMARKS.md."""
    if not path.exists():
        return ""
    text = path.read_text()
    _, found, notes = text.partition(NOTES_MARKER + "\n")
    return notes if found else ""


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--quick", action="store_true", help="tiny sizes (seconds, not minutes)")
    parser.add_argument("--rounds", type=int, help="rounds (default 5, quick 1)")
    parser.add_argument("--out", type=Path, default=ROOT, help="where BENCHMARKS.md goes")
    parser.add_argument("--profile", metavar="ROW", help="profile ROW of a column, then exit")
    parser.add_argument("--column", default="this", choices=COLUMNS, help="with --profile")
    parser.add_argument("--large", action="store_true", help="also 1,000,000 result lines")
    args = parser.parse_args(argv)
    sizes = payloads.Sizes(args.quick)

    def log(message: str) -> None:
        print(message, file=sys.stderr, flush=True)

    if args.profile:
        print(profile(sizes, args.profile, args.column, top=25))
        return 0
    rounds = args.rounds or (1 if args.quick else 5)
    if not official_installed():
        log("anthropic is not installed: the official column is skipped")
    load_before = _load()
    rows = run(sizes, rounds, log)
    growth_table = growth(sizes, args.large, log)
    load = f"{load_before} / {_load()} on {os.cpu_count()} cores"
    out: Path = args.out
    out.mkdir(parents=True, exist_ok=True)
    chart_note = chart(rows, out / "docs" / "bench.png")
    if chart_note:
        log(f"no chart: {chart_note}")
    report = out / "BENCHMARKS.md"
    report.write_text(
        markdown(rows, sizes, rounds, chart_note, kept_notes(report), load, growth_table)
    )
    print(table(rows))
    print("\nCPU time of the client process:\n" + table(rows, cpu=True))
    print("\nBatch results by size:\n" + growth_table)
    print(f"\nwrote {report}" + ("" if chart_note else f" and {out / 'docs' / 'bench.png'}"))
    failed = [f"{row.key}/{c}" for row in rows for c, e in row.errors.items() if "failed" in e]
    if failed:
        log(f"failed cells: {', '.join(failed)}")
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
