"""Write overlay/claude/_build/typed_fields.py: the keyword fields of the message calls as
TypedDicts, read from the generated MessageCreateParams and MessageCountTokensParams.

    python scripts/gen_typed_kwargs.py           # rewrite the module
    python scripts/gen_typed_kwargs.py --check   # exit 1 when it differs (tests run this)

``client.messages.create/stream/parse`` take ``**fields: Unpack[MessageCreateFields]`` and
``count_tokens`` ``**fields: Unpack[MessageCountTokensFields]``, so editors complete each field
and mypy checks it. Types follow the generated annotations: scalars and enums exactly; a
generated model also as a mapping (users pass dicts); a list of models as a sequence of
anything the request pipeline turns into JSON (dicts, models, helpers, ``claude.Tool``).
A spec change that adds or retypes a field changes this output, and the check fails until
the module is rewritten.
"""

from __future__ import annotations

import argparse
import re
import subprocess
import sys
from pathlib import Path

import attrs

ROOT = Path(__file__).resolve().parent.parent
TARGET = ROOT / "overlay" / "claude" / "_build" / "typed_fields.py"
SCALARS = {"str", "int", "float", "bool", "None", "Any"}

HEADER = '''"""The keyword fields of the message calls, for type checkers only.

Written by scripts/gen_typed_kwargs.py from the generated ``MessageCreateParams`` and
``MessageCountTokensParams``: do not edit, run ``python scripts/gen_typed_kwargs.py``
(``tests/test_typed_fields.py`` fails when this file is stale). Imported only under
``TYPE_CHECKING``: no runtime cost.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any, TypedDict

if TYPE_CHECKING:
    import httpx
    from claude_api import models

__all__ = ["CallOptionFields", "MessageCountTokensFields", "MessageCreateFields"]


class CallOptionFields(TypedDict, total=False):
    """The per-call options every call takes."""

    timeout: float | httpx.Timeout | None
    max_retries: int
    extra_headers: Mapping[str, str]
    betas: Sequence[str]
'''


def split_union(text: str) -> list[str]:
    """The top-level members of a ``A | B[C | D]`` annotation."""
    members, depth, start = [], 0, 0
    for index, char in enumerate(text):
        if char == "[":
            depth += 1
        elif char == "]":
            depth -= 1
        elif char == "|" and depth == 0:
            members.append(text[start:index].strip())
            start = index + 1
    members.append(text[start:].strip())
    return members


def is_model(name: str) -> bool:
    import claude_api.models

    value = getattr(claude_api.models, name, None)
    return isinstance(value, type) and attrs.has(value)


def member_type(member: str) -> list[str]:
    """The annotation members a generated annotation member becomes."""
    if member in SCALARS:
        return [member]
    if member == "Unset":
        return []
    inner = re.fullmatch(r"list\[(.*)\]", member)
    if inner is not None:
        items = split_union(inner.group(1))
        if all(item in SCALARS for item in items):
            return [f"Sequence[{' | '.join(items)}]"]
        return ["Sequence[Any]"]
    if is_model(member):
        return [f"models.{member}", "Mapping[str, Any]"]
    return [f"models.{member}"]  # an enum (a Literal alias)


def field_type(annotation: str) -> str:
    out: list[str] = []
    for member in split_union(" ".join(annotation.split())):
        for part in member_type(member):
            if part not in out:
                out.append(part)
    if "Mapping[str, Any]" in out:  # last, after the models
        out.remove("Mapping[str, Any]")
        out.append("Mapping[str, Any]")
    if "None" in out:
        out.remove("None")
        out.append("None")
    return " | ".join(out)


def typed_dict(name: str, doc: str, cls: type, skip: frozenset[str]) -> str:
    lines = [f"class {name}(CallOptionFields, total=False):", f'    """{doc}"""', ""]
    for field in attrs.fields(cls):
        if not field.init or field.name in skip:
            continue
        json_name = field.name[:-1] if field.name.endswith("_") else field.name
        lines.append(f"    {json_name}: {field_type(str(field.type))}")
    return "\n".join(lines) + "\n"


def render() -> str:
    from claude_api.models import MessageCountTokensParams, MessageCreateParams

    create = typed_dict(
        "MessageCreateFields",
        "The fields of ``messages.create`` / ``stream`` / ``parse`` (``stream`` apart).",
        MessageCreateParams,
        frozenset({"stream"}),
    )
    count = typed_dict(
        "MessageCountTokensFields",
        "The fields of ``messages.count_tokens``.",
        MessageCountTokensParams,
        frozenset(),
    )
    source = f"{HEADER}\n\n{create}\n\n{count}"
    formatted = subprocess.run(
        [sys.executable, "-m", "ruff", "format", "--stdin-filename", str(TARGET), "-"],
        input=source,
        capture_output=True,
        text=True,
        check=True,
        cwd=ROOT,
    )
    return formatted.stdout


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--check", action="store_true", help="fail when the module is stale")
    args = parser.parse_args(argv)
    text = render()
    if args.check:
        if not TARGET.exists() or TARGET.read_text() != text:
            print(f"{TARGET} is stale: run scripts/gen_typed_kwargs.py")
            return 1
        return 0
    TARGET.write_text(text)
    return 0


if __name__ == "__main__":
    sys.exit(main())
