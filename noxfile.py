"""Every workflow a contributor runs: `nox -l` lists them.

nox -s main        verify generated/ against the spec and run examples/ end to end
nox -s generate    regenerate generated/claude_api from openapi/ (prints the spec change report)
nox -s spec        lint the spec with Redocly CLI (tools/spec, ruleset openapi/redocly.yaml)
nox -s polyglot    TypeScript types from the spec (openapi-typescript) checked by tsc --strict
nox -s lint        ruff on the overlay, scripts and tests; format check
nox -s typecheck   mypy --strict on the overlay, mypy on the generated package
nox -s tests       the whole test suite (includes the generated-code check and spec checks)
nox -s bench       benchmarks against the official SDK; rewrites BENCHMARKS.md and docs/bench.png
nox -s drift       the spec against the official SDK's GA types (pinned); empty when they agree
nox -s ci          everything CI runs, in order
"""

from __future__ import annotations

import nox

nox.options.default_venv_backend = "venv"
nox.options.reuse_existing_virtualenvs = True
nox.options.sessions = ["ci"]

PYTHON = None  # the interpreter nox runs with (>= 3.11)


@nox.session(python=PYTHON)
def generate(session: nox.Session) -> None:
    """Regenerate generated/claude_api from the spec (`-- --check` verifies only)."""
    session.install("-e", ".[generate]", "pyyaml>=6")
    # What the regeneration is about: the spec's changes since HEAD, breaking ones marked.
    session.run("python", "scripts/spec_diff.py")
    session.run("python", "scripts/generate.py", *session.posargs)


@nox.session(python=PYTHON)
def main(session: nox.Session) -> None:
    """The main job: verify generated/ against the spec, then run examples/ end to end."""
    session.install("-e", ".[generate,testing]")
    session.run("python", "scripts/generate.py", "--check")
    session.run("python", "scripts/run_examples.py")


@nox.session(python=PYTHON)
def lint(session: nox.Session) -> None:
    """Ruff lint and format check (the generated package has its own settings: see the spec)."""
    session.install(".[lint]")
    session.run("ruff", "check", "overlay", "scripts", "tests", "noxfile.py")
    session.run("ruff", "format", "--check", "overlay", "scripts", "tests", "noxfile.py")


@nox.session(python=PYTHON)
def typecheck(session: nox.Session) -> None:
    """mypy --strict on the overlay and on the generated package."""
    session.install("-e", ".[typecheck,cli]")
    session.run("mypy", "--strict", "overlay/claude")
    # The typed keyword fields of the message calls, as a user's code meets them.
    session.run("mypy", "--strict", "tests/typing")
    # The tag-dispatch union template keeps unknown members as raw dicts, a branch the
    # generated annotations cannot express, so mypy calls it unreachable: allowed there only.
    session.run("mypy", "--strict", "--no-warn-unreachable", "generated/claude_api")


@nox.session(python=PYTHON)
def tests(session: nox.Session) -> None:
    """The whole test suite, over real local servers on 127.0.0.1."""
    session.install("-e", ".[test,testing,cli]")
    session.run("python", "scripts/generate.py", "--check")
    session.run("pytest", *session.posargs)


@nox.session(python=PYTHON)
def bench(session: nox.Session) -> None:
    """Benchmarks against the official SDK and a bare httpx floor; rewrites BENCHMARKS.md.

    `nox -s bench -- --quick` for tiny sizes; `-- --profile ROW` profiles one row.
    """
    session.install("-e", ".[bench]")
    session.install("--upgrade", "anthropic")  # always compare with the latest release
    session.run("python", "scripts/bench.py", *session.posargs)


@nox.session(python=PYTHON)
def drift(session: nox.Session) -> None:
    """The spec against the official SDK's GA types at the version pinned in the `drift` extra.

    Fails on a finding not in openapi/drift-allow.yaml (`-- --all` also lists the allowed ones).
    After an SDK release: raise the pin, run this, then fix the spec or allow-list with a reason.
    """
    session.install(".[drift]")
    session.run("python", "scripts/drift.py", *session.posargs)


@nox.session(python=PYTHON)
def ci(session: nox.Session) -> None:
    """What CI runs: lint, type checks, the drift report, then the tests."""
    session.notify("lint")
    session.notify("typecheck")
    session.notify("drift")
    session.notify("tests")


# Node tools (pinned with lockfiles in tools/*/): quiet, offline-friendly, no telemetry.
NODE_ENV = {
    "REDOCLY_TELEMETRY": "off",
    "REDOCLY_SUPPRESS_UPDATE_NOTICE": "true",
    "npm_config_audit": "false",
    "npm_config_fund": "false",
    "npm_config_update_notifier": "false",
}


@nox.session(python=False)
def spec(session: nox.Session) -> None:
    """Lint the spec with the Redocly CLI pinned in tools/spec; ruleset: openapi/redocly.yaml."""
    session.chdir("tools/spec")
    session.run("npm", "ci", external=True, env=NODE_ENV)
    session.run("npm", "run", "lint", external=True, env=NODE_ENV)


@nox.session(python=False)
def polyglot(session: nox.Session) -> None:
    """TypeScript from the same spec: openapi-typescript types, `tsc --noEmit` on check.ts."""
    session.chdir("tools/typescript")
    session.run("npm", "ci", external=True, env=NODE_ENV)
    session.run("npm", "run", "check", external=True, env=NODE_ENV)
