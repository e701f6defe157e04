"""The benchmark command, end to end at tiny sizes: the harness works, no timing is asserted."""

from __future__ import annotations

import importlib.util
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
HAS_OFFICIAL = importlib.util.find_spec("anthropic") is not None
HAS_MATPLOTLIB = importlib.util.find_spec("matplotlib") is not None
ROWS = ("import", "create", "stream", "batch results", "parse", "in flight")


@pytest.fixture(scope="module")
def bench_run(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, str]:
    out = tmp_path_factory.mktemp("bench")
    done = subprocess.run(
        [sys.executable, str(ROOT / "scripts" / "bench.py"), "--quick", "--out", str(out)],
        capture_output=True,
        text=True,
        timeout=100,
        check=False,
    )
    assert done.returncode == 0, done.stdout + done.stderr
    return out, done.stdout


def _table_rows(text: str) -> list[list[str]]:
    """The rows of the main tables (the growth table, after them, has its own test)."""
    rows = []
    text = text.split("## Growth")[0].split("Batch results by size:")[0]
    for line in text.splitlines():
        if line.startswith("| ") and not line.startswith(("| row ", "| ---")):
            rows.append([cell.strip() for cell in line.strip("|").split("|")])
    return rows


def test_report_has_every_row_with_this_and_floor(bench_run: tuple[Path, str]) -> None:
    out, stdout = bench_run
    report = (out / "BENCHMARKS.md").read_text()
    rows = _table_rows(report)
    assert rows == _table_rows(stdout)  # the printed table is the written one
    labels = [row[0] for row in rows]
    for expected in ROWS:
        assert any(expected in label for label in labels), (expected, labels)
    for label, this, official, floor, *_ in rows:
        if "model_validate_json" in label:
            continue  # an official-only row
        assert this[0].isdigit(), (label, this)
        assert floor[0].isdigit(), (label, floor)
        if not HAS_OFFICIAL:
            assert official == "not installed", (label, official)
    this_floor = [row[5] for row in rows if "model_validate_json" not in row[0]]
    assert all(ratio.endswith("x") for ratio in this_floor), this_floor
    for section in ("## Method", "## Results", "## Targets", "Machine:", "Python:"):
        assert section in report


def test_report_has_the_growth_rows(bench_run: tuple[Path, str]) -> None:
    out, stdout = bench_run
    report = (out / "BENCHMARKS.md").read_text()
    section = report.split("## Growth")[1].split("## Targets")[0]
    rows = [line for line in section.splitlines() if line.startswith("| ") and "---" not in line]
    assert rows[0].startswith("| lines | typed (default)")
    assert [row.split("|")[1].strip() for row in rows[1:]] == ["200", "1,000"]  # --quick sizes
    for row in rows[1:]:
        cells = [c.strip() for c in row.strip("|").split("|")]
        assert all(c.endswith("MiB") for c in cells[1:4]), cells
        assert cells[4].endswith("x"), cells
    assert section.strip().split("\n")[-1] in stdout


def test_chart_is_written_or_its_absence_explained(bench_run: tuple[Path, str]) -> None:
    out, _ = bench_run
    report = (out / "BENCHMARKS.md").read_text()
    if HAS_MATPLOTLIB:
        assert (out / "docs" / "bench.png").read_bytes().startswith(b"\x89PNG")
        assert "](docs/bench.png)" in report
    else:
        assert "matplotlib is not installed" in report


def test_notes_below_the_marker_survive_a_rewrite(tmp_path: Path) -> None:
    sys.path.insert(0, str(ROOT / "scripts"))
    try:
        spec = importlib.util.spec_from_file_location("bench_script", ROOT / "scripts/bench.py")
        assert spec is not None
        assert spec.loader is not None
        bench = importlib.util.module_from_spec(spec)
        sys.modules["bench_script"] = bench  # dataclasses look their module up
        spec.loader.exec_module(bench)
    finally:
        sys.path.remove(str(ROOT / "scripts"))
        sys.modules.pop("bench_script", None)
    path = tmp_path / "BENCHMARKS.md"
    path.write_text(f"old table\n{bench.NOTES_MARKER}\n## Profiles\nkept\n")
    assert bench.kept_notes(path) == "## Profiles\nkept\n"
