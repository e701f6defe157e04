"""``claude ask``: one prompt, the reply streamed to stdout as it arrives (or, with
``--json``, the final message as JSON)."""

from __future__ import annotations

import sys
from typing import Any

from .common import make_client, print_json

__all__ = ["ask"]


def ask(prompt: str, *, model: str, max_tokens: int, system: str | None, as_json: bool) -> None:
    """Send *prompt*; stream the text to stdout, or print the whole message as JSON."""
    fields: dict[str, Any] = {
        "model": model,
        "max_tokens": max_tokens,
        "messages": [{"role": "user", "content": prompt}],
    }
    if system:
        fields["system"] = system
    with make_client() as client:
        if as_json:
            print_json(client.messages.create(**fields).to_dict())
            return
        last = "\n"
        with client.messages.stream(**fields) as stream:
            for text in stream.text_stream:
                sys.stdout.write(text)
                sys.stdout.flush()
                last = text or last
        if not last.endswith("\n"):
            sys.stdout.write("\n")
        sys.stdout.flush()
