"""Regenerate `generated/claude_api/` from `openapi/claude-api.yaml`, or check that it is current.

Usage:
    python scripts/generate.py            # write generated/claude_api/
    python scripts/generate.py --check    # fail if generated/ differs from the spec's output
    python scripts/generate.py --spec S --out DIR   # generate elsewhere (used by tests)

The generator (openapi-python-client) and ruff are pinned exactly in pyproject.toml; together
with ruff's `--isolated` post-hooks this makes the output byte-identical run after run. Every
generated Python file gets a header naming the command that produced it, and the package gets
`py.typed`.

The committed spec describes the batch results as `application/x-jsonl` with the line schema, as
generators in other languages expect. openapi-python-client drops an operation whose body it
cannot read whole, so the generator gets a transformed copy (`generator_input`): each JSON Lines
response becomes `application/octet-stream` with a binary string schema, a body the overlay
streams line by line (`claude._stream.jsonl`). Nothing else changes.
"""

from __future__ import annotations

import argparse
import filecmp
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

import yaml

ROOT = Path(__file__).resolve().parent.parent
SPEC = ROOT / "openapi" / "claude-api.yaml"
CONFIG = ROOT / "openapi" / "generator-config.yaml"
TEMPLATES = ROOT / "openapi" / "templates"
TARGET = ROOT / "generated" / "claude_api"
HEADER = (
    "# Generated from openapi/claude-api.yaml by openapi-python-client. Do not edit by hand:\n"
    "# change the spec (or openapi/generator-config.yaml) and run `nox -s generate`.\n"
)


JSONL = "application/x-jsonl"
STREAMED_BODY = {"type": "string", "format": "binary"}


def generator_input(document: dict[str, Any]) -> dict[str, Any]:
    """A copy of the spec for openapi-python-client: JSON Lines bodies become binary bodies."""
    paths = {}
    for path, item in document.get("paths", {}).items():
        new_item = dict(item)
        for method, op in item.items():
            if not isinstance(op, dict) or "responses" not in op:
                continue
            responses = {}
            for status, response in op["responses"].items():
                content = response.get("content", {}) if isinstance(response, dict) else {}
                if JSONL in content:
                    schema = {**STREAMED_BODY, "description": _line_description(content[JSONL])}
                    content = {**content, "application/octet-stream": {"schema": schema}}
                    del content[JSONL]
                    response = {**response, "content": content}
                responses[status] = response
            new_item[method] = {**op, "responses": responses}
        paths[path] = new_item
    return {**document, "paths": paths}


def _line_description(media: dict[str, Any]) -> str:
    ref = str(media.get("schema", {}).get("$ref", ""))
    line = ref.rsplit("/", 1)[-1] or "JSON object"
    return f"JSON Lines; each line is a `{line}`."


def generate(spec: Path, out: Path) -> None:
    """Run the generator for `spec` into the package directory `out` (replaced)."""
    bin_dir = str(Path(sys.executable).parent)  # the pinned ruff for the post-hooks lives here
    env = {**os.environ, "PATH": bin_dir + os.pathsep + os.environ.get("PATH", "")}
    with tempfile.TemporaryDirectory() as tmp:
        staging = Path(tmp) / "claude_api"
        document = yaml.safe_load(spec.read_text(encoding="utf-8"))
        source = Path(tmp) / "generator-input.yaml"
        source.write_text(
            yaml.safe_dump(generator_input(document), sort_keys=False, allow_unicode=True),
            encoding="utf-8",
        )
        cmd = [
            sys.executable, "-m", "openapi_python_client", "generate",
            "--path", str(source), "--config", str(CONFIG), "--meta", "none",
            "--custom-template-path", str(TEMPLATES), "--output-path", str(staging),
        ]  # fmt: skip
        result = subprocess.run(cmd, env=env, capture_output=True, text=True, check=False)
        problems = _generator_problems(result.stdout + result.stderr)
        if result.returncode != 0 or problems or not staging.is_dir():
            sys.stderr.write(result.stdout + result.stderr)
            raise SystemExit(f"generation failed for {spec}")
        for path in sorted(staging.rglob("*.py")):
            path.write_text(HEADER + path.read_text(encoding="utf-8"), encoding="utf-8")
        (staging / "py.typed").write_text("", encoding="utf-8")
        if out.exists():
            shutil.rmtree(out)
        out.parent.mkdir(parents=True, exist_ok=True)
        shutil.copytree(staging, out)


def _generator_problems(output: str) -> list[str]:
    """Warnings that mean part of the spec was dropped; the generator still exits 0 on them."""
    markers = ("Warning(s) encountered", "Unable to parse", "Could not", "is not in PATH")
    return [line for line in output.splitlines() if any(m in line for m in markers)]


def differences(left: Path, right: Path) -> list[str]:
    """Relative paths that differ between two directory trees (ignoring caches)."""
    found: list[str] = []

    def walk(cmp: filecmp.dircmp[str], prefix: str) -> None:
        for name in cmp.left_only + cmp.right_only + cmp.diff_files + cmp.funny_files:
            if name != "__pycache__":
                found.append(prefix + name)
        for name, sub in cmp.subdirs.items():
            if name != "__pycache__":
                walk(sub, prefix + name + "/")

    walk(filecmp.dircmp(left, right, ignore=["__pycache__"]), "")
    # dircmp compares by stat signature first; confirm with a byte comparison
    return sorted(p for p in found if not _same_bytes(left / p, right / p))


def _same_bytes(a: Path, b: Path) -> bool:
    return a.is_file() and b.is_file() and a.read_bytes() == b.read_bytes()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="verify instead of writing")
    parser.add_argument("--spec", type=Path, default=SPEC)
    parser.add_argument("--out", type=Path, default=TARGET)
    args = parser.parse_args()
    if not args.check:
        generate(args.spec, args.out)
        shown = args.out.relative_to(ROOT) if args.out.is_relative_to(ROOT) else args.out
        print(f"generated {shown}")
        return
    with tempfile.TemporaryDirectory() as tmp:
        fresh = Path(tmp) / "claude_api"
        generate(args.spec, fresh)
        diff = differences(fresh, args.out) if args.out.is_dir() else ["<missing package>"]
    if diff:
        print("generated/claude_api is out of date with the spec; run `nox -s generate`:")
        print("\n".join(f"  {p}" for p in diff))
        raise SystemExit(1)
    print("generated/claude_api matches the spec")


if __name__ == "__main__":
    main()
