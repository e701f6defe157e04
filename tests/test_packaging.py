"""One distribution, two import packages, both typed: the wheel and the editable install."""

from __future__ import annotations

import subprocess
import sys
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def test_wheel_ships_both_packages_with_py_typed(tmp_path: Path) -> None:
    subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "-q",
         "-w", str(tmp_path), str(ROOT)],
        check=True, timeout=300,
    )  # fmt: skip
    (wheel,) = tmp_path.glob("claude_openapi-*.whl")
    names = set(zipfile.ZipFile(wheel).namelist())
    assert {"claude/py.typed", "claude_api/py.typed"} <= names
    assert "claude/__init__.py" in names
    assert "claude_api/models/message.py" in names
    assert "claude/testing/__init__.py" in names
    entry_points = next(n for n in names if n.endswith("entry_points.txt"))
    assert "claude.testing.pytest_plugin" in zipfile.ZipFile(wheel).read(entry_points).decode()


def test_installed_packages_are_typed_and_importable() -> None:
    import claude
    import claude_api

    for package in (claude, claude_api):
        assert (Path(package.__file__).parent / "py.typed").is_file()
    assert claude.__version__ == "0.1.0"
