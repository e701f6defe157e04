"""Run every script in examples/ end to end.

Against the real API when ANTHROPIC_API_KEY is set; otherwise against the local API stand-in
(`claude.testing.StandIn`), saying so. Exits non-zero if any example fails.
"""

from __future__ import annotations

import contextlib
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


@contextlib.contextmanager
def target() -> Iterator[dict[str, str]]:
    env = dict(os.environ)
    if env.get("ANTHROPIC_API_KEY"):
        print("ANTHROPIC_API_KEY is set: running the examples against the real API.")
        yield env
        return
    from claude.testing import StandIn

    with StandIn() as server:
        print(f"No ANTHROPIC_API_KEY: running the examples against the local stand-in at "
              f"{server.base_url}.")  # fmt: skip
        env.update(
            ANTHROPIC_API_KEY="stand-in-key",
            ANTHROPIC_BASE_URL=server.base_url,
            EXAMPLE_POLL_SECONDS="0.05",
        )
        yield env


def main() -> int:
    examples = sorted((ROOT / "examples").glob("*.py"))
    failed = []
    with target() as env:
        for path in examples:
            print(f"--- {path.name}")
            result = subprocess.run([sys.executable, str(path)], env=env, timeout=300, check=False)
            if result.returncode != 0:
                failed.append(path.name)
    print(f"{len(examples) - len(failed)} examples passed, {len(failed)} failed")
    return 1 if failed else 0


if __name__ == "__main__":
    raise SystemExit(main())
