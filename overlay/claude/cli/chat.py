"""``claude chat``: an interactive streaming conversation.

The history is a :class:`claude.Conversation` with prompt caching on, so each turn's request
marks its latest turn as a cache breakpoint and the growing prefix is read from the cache.
Replies stream as they arrive: rendered as markdown with rich when stdout is a terminal,
plain text when it is piped. Ctrl-C during a reply stops it and keeps the conversation (the
text received so far stays as the reply; with none, the unanswered turn is dropped); Ctrl-C at
the prompt gives a fresh prompt, Ctrl-D or ``/exit`` leaves. ``/save FILE`` writes the history
as JSON, ``/load FILE`` reads it back.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

import orjson
from rich.console import Console
from rich.live import Live
from rich.markdown import Markdown

import claude

from .common import make_client
from .exits import INVALID_INPUT, CLIError, describe

__all__ = ["Session", "chat"]

HELP = "commands: /save FILE, /load FILE, /clear, /exit (Ctrl-C stops a reply, Ctrl-D leaves)"


class Session:
    """The conversation over a base request, with save, load and undo of the last turn."""

    def __init__(self, base: claude.MessageRequest) -> None:
        self.base = base
        self.conversation = claude.Conversation(base, cache="5m")

    def _reset(self, messages: list[Any]) -> None:
        self.conversation = claude.Conversation(self.base.with_messages(messages), cache="5m")

    def history(self) -> list[dict[str, Any]]:
        """The messages as JSON data."""
        return [message.to_dict() for message in self.conversation.messages]

    def save(self, path: Path) -> None:
        """Write the history (with the model and system prompt) as JSON."""
        data = {"model": self.base.model, "system": self.base.system, "messages": self.history()}
        path.write_bytes(orjson.dumps(data, option=orjson.OPT_INDENT_2))

    def load(self, path: Path) -> None:
        """Replace the history with the one saved in *path*."""
        try:
            data = orjson.loads(path.read_bytes())
            messages = data["messages"]
            if not isinstance(messages, list):
                raise TypeError("messages is not a list")
            self._reset(messages)
        except (OSError, orjson.JSONDecodeError, KeyError, TypeError) as exc:
            raise CLIError(f"cannot load {path}: {exc}", INVALID_INPUT) from None

    def clear(self) -> None:
        """Forget the history."""
        self._reset([])

    def stopped(self, partial: str) -> None:
        """A reply was stopped: keep its text as the reply, or drop the unanswered turn."""
        text = partial.rstrip()
        if text:
            self.conversation.add(
                {"role": "assistant", "content": [{"type": "text", "text": text}]}
            )
        else:
            self.drop_last()

    def drop_last(self) -> None:
        """Remove the latest (unanswered) user turn."""
        self._reset(self.history()[:-1])


def _read(interactive: bool) -> str:
    if interactive:
        return input("you> ")
    line = sys.stdin.readline()
    if not line:
        raise EOFError
    return line.rstrip("\n")


def _reply(client: claude.Client, session: Session, console: Console | None) -> None:
    parts: list[str] = []
    try:
        with client.messages.stream(session.conversation) as stream:
            if console is not None:
                with Live(
                    Markdown(""),
                    console=console,
                    refresh_per_second=12,
                    vertical_overflow="visible",
                ) as live:
                    for text in stream.text_stream:
                        parts.append(text)
                        live.update(Markdown("".join(parts)))
            else:
                for text in stream.text_stream:
                    parts.append(text)
                    sys.stdout.write(text)
                    sys.stdout.flush()
                sys.stdout.write("\n")
            message = stream.get_final_message()
    except KeyboardInterrupt:
        session.stopped("".join(parts))
        print("\n[reply stopped; the conversation is kept]", flush=True)
        return
    except claude.ClaudeError as exc:
        session.drop_last()
        message_text, _ = describe(exc)
        print(message_text, file=sys.stderr, flush=True)
        return
    session.conversation.add_reply(message)


def _command(line: str, session: Session) -> bool:
    """Run a ``/command``; False means leave."""
    name, _, argument = line.partition(" ")
    argument = argument.strip()
    if name in ("/exit", "/quit"):
        return False
    try:
        if name in ("/save", "/load") and not argument:
            raise CLIError(f"{name} needs a file name")
        if name == "/save":
            session.save(Path(argument))
            print(f"saved {len(session.conversation)} messages to {argument}")
        elif name == "/load":
            session.load(Path(argument))
            print(f"loaded {len(session.conversation)} messages from {argument}")
        elif name == "/clear":
            session.clear()
            print("history cleared")
        else:
            print(HELP)
    except CLIError as exc:
        print(f"error: {exc.message}", file=sys.stderr)
    sys.stdout.flush()
    return True


def chat(*, model: str, max_tokens: int, system: str | None, load: Path | None) -> None:
    """Run the conversation until Ctrl-D or ``/exit``."""
    base = claude.MessageRequest(model, max_tokens=max_tokens)
    if system:
        base = base.with_system(system)
    session = Session(base)
    if load is not None:
        session.load(load)
    interactive = sys.stdin.isatty()
    console = Console(highlight=False) if sys.stdout.isatty() else None
    if interactive:
        import readline  # noqa: F401 - line editing and history for input()

        print(f"chatting with {model}; {HELP}")
    with make_client() as client:
        while True:
            try:
                line = _read(interactive)
            except EOFError:
                break
            except KeyboardInterrupt:
                print()
                continue
            if not line.strip():
                continue
            if line.startswith("/"):
                if not _command(line, session):
                    break
                continue
            session.conversation.user(line)
            _reply(client, session, console)
