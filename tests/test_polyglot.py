"""The spec serves other languages: TypeScript types type-check, and the spec lints clean.

Both run the Node tools pinned in tools/*/package.json (with their lockfiles) exactly as
`nox -s polyglot` and `nox -s spec` do. Node and npm are required: these tests fail, rather than
skip, without them (CI has them).
"""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
TOOLS = ROOT / "tools"
NODE_ENV = {
    **os.environ,
    "REDOCLY_TELEMETRY": "off",
    "REDOCLY_SUPPRESS_UPDATE_NOTICE": "true",
    "npm_config_audit": "false",
    "npm_config_fund": "false",
    "npm_config_update_notifier": "false",
}


def npm(folder: Path, *args: str, timeout: float) -> subprocess.CompletedProcess[str]:
    npm_bin = shutil.which("npm")
    if npm_bin is None or shutil.which("node") is None:
        pytest.fail("node and npm are required for the polyglot checks (CI has them)")
    return subprocess.run(
        [npm_bin, *args],
        cwd=folder,
        env=NODE_ENV,
        capture_output=True,
        text=True,
        timeout=timeout,
        check=False,
    )


def run_ok(folder: Path, *args: str, timeout: float = 150) -> str:
    result = npm(folder, *args, timeout=timeout)
    output = result.stdout + result.stderr
    assert result.returncode == 0, f"npm {' '.join(args)} failed in {folder}:\n{output}"
    return output


@pytest.mark.timeout(300)
def test_typescript_types_from_the_spec_type_check() -> None:
    folder = TOOLS / "typescript"
    run_ok(folder, "ci")
    output = run_ok(folder, "run", "check")  # openapi-typescript, then tsc --noEmit (strict)
    assert "error TS" not in output
    types = (folder / "generated" / "claude-api.d.ts").read_text(encoding="utf-8")
    for name in ("MessageCreateParams", "MessageStreamEvent", "MessageBatchIndividualResponse"):
        assert f"        {name}: " in types


@pytest.mark.timeout(300)
def test_spec_lints_without_errors_or_warnings() -> None:
    folder = TOOLS / "spec"
    run_ok(folder, "ci")
    output = run_ok(folder, "run", "lint")
    assert "Your API description is valid" in output
    noise = ("npm warn", "deprecation warning: node.js")  # npm's own notes; Redocly's Node notice
    warnings = [
        line
        for line in output.lower().splitlines()
        if "warn" in line and not any(n in line for n in noise)
    ]
    assert warnings == [], output
