"""Every workflow a contributor runs: `nox -l` lists them.

    nox -s generate    regenerate generated/claude_api from openapi/ (prints the spec change report)
    nox -s lint        ruff on the overlay, scripts and tests; format check
    nox -s typecheck   mypy --strict on the overlay, mypy on the generated package
    nox -s tests       the whole test suite (includes the generated-code check and spec checks)
    nox -s ci          everything CI runs, in order
"""

from __future__ import annotations

import nox

nox.options.default_venv_backend = "venv"
nox.options.reuse_existing_virtualenvs = True
nox.options.sessions = ["ci"]

PYTHON = "3.11"


@nox.session(python=PYTHON)
def generate(session: nox.Session) -> None:
    """Regenerate generated/claude_api from the spec (`-- --check` verifies only)."""
    session.install("-e", ".[generate]")
    session.run("python", "scripts/generate.py", *session.posargs)


@nox.session(python=PYTHON)
def lint(session: nox.Session) -> None:
    """Ruff lint and format check (the generated package has its own settings: see the spec)."""
    session.install(".[lint]")
    session.run("ruff", "check", "overlay", "scripts", "tests", "noxfile.py")
    session.run("ruff", "format", "--check", "overlay", "scripts", "tests", "noxfile.py")


@nox.session(python=PYTHON)
def typecheck(session: nox.Session) -> None:
    """mypy --strict on the overlay and on the generated package."""
    session.install("-e", ".[typecheck]")
    session.run("mypy", "--strict", "overlay/claude")
    session.run("mypy", "--strict", "--allow-any-generics", "generated/claude_api")


@nox.session(python=PYTHON)
def tests(session: nox.Session) -> None:
    """The whole test suite, over real local servers on 127.0.0.1."""
    session.install("-e", ".[test,testing]")
    session.run("python", "scripts/generate.py", "--check")
    session.run("pytest", *session.posargs)


@nox.session(python=PYTHON)
def ci(session: nox.Session) -> None:
    """What CI runs: lint, type checks, then the tests."""
    session.notify("lint")
    session.notify("typecheck")
    session.notify("tests")
