"""The command tree (click): each command is a thin shell over a function in its own module.

Errors are turned into a message and an exit code in one place (:func:`.exits.guarded`);
usage errors are click's own (exit 2).
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any, BinaryIO, TypeVar

import click

from .common import DEFAULT_MODEL, default_state_path
from .exits import INTERRUPTED, USAGE, guarded

__all__ = ["cli", "run"]

F = TypeVar("F", bound=Callable[..., Any])


def _model_option(function: F) -> F:
    return click.option(
        "--model",
        default=DEFAULT_MODEL,
        envvar="CLAUDE_MODEL",
        show_default=True,
        help="Model id or alias ($CLAUDE_MODEL).",
    )(function)


def _state_option(function: F) -> F:
    return click.option(
        "--state",
        "state",
        type=click.Path(dir_okay=False, path_type=Path),
        default=None,
        help="The job state database (default: $XDG_STATE_HOME/claude-openapi/jobs.db).",
    )(function)


def _state(path: Path | None) -> Path:
    return path if path is not None else default_state_path()


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="claude-openapi", prog_name="claude")
def cli() -> None:
    """Talk to the Claude API from the shell (key: ANTHROPIC_API_KEY or ANTHROPIC_AUTH_TOKEN)."""


@cli.command()
@click.argument("prompt", required=False)
@_model_option
@click.option("--max-tokens", type=click.IntRange(min=1), default=1024, show_default=True)
@click.option("--system", default=None, help="A system prompt.")
@click.option("--json", "as_json", is_flag=True, help="Print the final message as JSON.")
def ask(prompt: str | None, model: str, max_tokens: int, system: str | None, as_json: bool) -> None:
    """Ask once and stream the reply (the prompt is read from stdin when not given)."""
    from .ask import ask as run_ask

    if prompt is None:
        prompt = sys.stdin.read()
    if not prompt.strip():
        raise click.UsageError("the prompt is empty")
    guarded(
        lambda: run_ask(prompt, model=model, max_tokens=max_tokens, system=system, as_json=as_json)
    )


@cli.command()
@_model_option
@click.option("--max-tokens", type=click.IntRange(min=1), default=1024, show_default=True)
@click.option("--system", default=None, help="A system prompt.")
@click.option(
    "--load",
    "load",
    type=click.Path(exists=True, dir_okay=False, path_type=Path),
    default=None,
    help="Start from a conversation saved with /save.",
)
def chat(model: str, max_tokens: int, system: str | None, load: Path | None) -> None:
    """An interactive conversation (/save FILE, /load FILE, /exit; Ctrl-C stops a reply)."""
    from .chat import chat as run_chat

    guarded(lambda: run_chat(model=model, max_tokens=max_tokens, system=system, load=load))


@cli.group()
def models() -> None:
    """The models you can use."""


@models.command("list")
@click.option("--json", "as_json", is_flag=True, help="One JSON object a line.")
def models_list(as_json: bool) -> None:
    """Every model, newest first: id, display name, release date."""
    from .models import list_models

    guarded(lambda: list_models(as_json=as_json))


@models.command("get")
@click.argument("model_id")
def models_get(model_id: str) -> None:
    """One model (by id or alias) as JSON."""
    from .models import get_model

    guarded(lambda: get_model(model_id))


@cli.group()
def tokens() -> None:
    """Token counting."""


@tokens.command("count")
@click.argument("source", type=click.File("rb"))
@_model_option
@click.option("--json", "as_json", is_flag=True, help="Print the API's JSON answer.")
def tokens_count(source: BinaryIO, model: str, as_json: bool) -> None:
    """Count the input tokens of FILE (or - for stdin): a request JSON or a plain prompt."""
    from .tokens import count

    data: bytes = source.read()
    guarded(lambda: count(data, model=model, as_json=as_json))


@cli.group()
def batch() -> None:
    """Durable batch jobs: submit a JSONL file, watch it, fetch its results."""


@batch.command("submit")
@click.argument("requests", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("--job", default=None, help="The job name (default: the file name without suffix).")
@_state_option
def batch_submit(requests: Path, job: str | None, state: Path | None) -> None:
    """Validate every line of REQUESTS, split it into batches and submit them (resumable)."""
    from .submit import submit

    guarded(lambda: submit(requests, job=job or requests.stem, state_path=_state(state)))


@batch.command("watch")
@click.argument("job")
@_state_option
@click.option(
    "--poll",
    type=click.FloatRange(min=0),
    default=10.0,
    show_default=True,
    help="Seconds between the first polls (doubling up to --max-poll).",
)
@click.option("--max-poll", type=click.FloatRange(min=0), default=120.0, show_default=True)
@click.option(
    "--max-polls",
    type=click.IntRange(min=1),
    default=None,
    help="Stop after this many polls (exit 4 if the job has not ended).",
)
def batch_watch(
    job: str, state: Path | None, poll: float, max_poll: float, max_polls: int | None
) -> None:
    """Progress of every batch of JOB until all have ended."""
    from .watch import watch

    guarded(
        lambda: watch(
            job, state_path=_state(state), poll=poll, max_poll=max_poll, max_polls=max_polls
        )
    )


@batch.command("results")
@click.argument("job")
@_state_option
@click.option(
    "--out",
    type=click.Path(dir_okay=False, path_type=Path),
    required=True,
    help="Where to write the JSONL results ('-' for stdout).",
)
@click.option("--order", type=click.Choice(["input", "any"]), default="input", show_default=True)
@click.option(
    "--errored-only",
    is_flag=True,
    help="Write the request lines that did not succeed (errored or expired), "
    "ready to submit as a retry job.",
)
def batch_results(job: str, state: Path | None, out: Path, order: str, errored_only: bool) -> None:
    """Download the results of JOB in constant memory."""
    from .results import results

    guarded(
        lambda: results(
            job, state_path=_state(state), out=out, order=order, errored_only=errored_only
        )
    )


@batch.command("cancel")
@click.argument("job")
@_state_option
def batch_cancel(job: str, state: Path | None) -> None:
    """Cancel every unfinished batch of JOB (and submit no more of it)."""
    from .manage import cancel

    guarded(lambda: cancel(job, state_path=_state(state)))


@batch.command("list")
@_state_option
@click.option("--api", "from_api", is_flag=True, help="List the API's batches instead of jobs.")
def batch_list(state: Path | None, from_api: bool) -> None:
    """The jobs in the state database (or, with --api, the workspace's batches)."""
    from .manage import list_batches, list_jobs

    guarded(lambda: list_batches() if from_api else list_jobs(state_path=_state(state)))


def run(argv: Sequence[str]) -> int:
    """Run the command tree; usage errors exit 2, Ctrl-C 130."""
    try:
        result = cli.main(args=list(argv), prog_name="claude", standalone_mode=False)
    except click.UsageError as exc:
        exc.show()
        return USAGE
    except click.ClickException as exc:
        exc.show()
        return exc.exit_code
    except click.Abort:
        print("interrupted", file=sys.stderr)
        return INTERRUPTED
    except SystemExit as exc:
        return exc.code if isinstance(exc.code, int) else (0 if exc.code is None else 1)
    return result if isinstance(result, int) else 0  # --help and --version give 0
