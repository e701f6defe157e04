"""The regeneration workflow end to end, on a copy of the spec with a typical API change.

The change: a new response field (`Usage.new_counter: integer`) and a new content block type
(`FancyBlock`, tag `fancy`, added to the `ContentBlock` union and its discriminator mapping).
The copy is regenerated into a temporary package; then, in subprocesses (so that `claude_api`
is imported fresh from the right place), the new package parses the new block into its new class
with the overlay importing on top of it, and the committed package still parses the same
message, keeping the unknown block as a raw dict (the forward-compatibility promise).
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
import yaml

ROOT = Path(__file__).resolve().parent.parent
SPEC = ROOT / "openapi" / "claude-api.yaml"

MESSAGE = {
    "id": "msg_01",
    "type": "message",
    "role": "assistant",
    "model": "claude-sonnet-4-5",
    "content": [
        {"type": "text", "text": "Hello"},
        {"type": "fancy", "fancy_text": "sparkles"},
    ],
    "stop_reason": "end_turn",
    "stop_sequence": None,
    "usage": {"input_tokens": 10, "output_tokens": 3, "new_counter": 7},
}

# Runs in a subprocess whose PYTHONPATH puts the package under test first.
PROBE = textwrap.dedent(
    """
    import json, sys
    import claude
    import claude_api
    from claude_api.models import Message, TextBlock

    expected_home, message_json = sys.argv[1], sys.argv[2]
    assert claude_api.__file__.startswith(expected_home), claude_api.__file__
    for name in claude.__all__:  # the overlay's public names all import against this package
        getattr(claude, name)
    message = Message.from_dict(json.loads(message_json))
    text, fancy = message.content
    assert isinstance(text, TextBlock) and text.text == "Hello"
    assert message.to_dict()["content"][1] == {"type": "fancy", "fancy_text": "sparkles"}
    print(json.dumps({
        "fancy_class": type(fancy).__name__,
        "fancy_text": getattr(fancy, "fancy_text", None),
        "new_counter": getattr(message.usage, "new_counter", None),
        "usage_extra": message.usage.additional_properties,
    }))
    """
)


def changed_spec(path: Path) -> None:
    """Write the spec with the example change applied to `path`."""
    spec = yaml.safe_load(SPEC.read_text(encoding="utf-8"))
    schemas = spec["components"]["schemas"]
    schemas["Usage"]["properties"]["new_counter"] = {
        "type": "integer",
        "description": "An example counter added by a later API version.",
    }
    schemas["FancyBlock"] = {
        "description": "Output content block of type `fancy` (an example of a new block type).",
        "type": "object",
        "required": ["fancy_text", "type"],
        "properties": {
            "fancy_text": {"type": "string"},
            "type": {"type": "string", "const": "fancy", "default": "fancy"},
        },
    }
    schemas["ContentBlock"]["oneOf"].append({"$ref": "#/components/schemas/FancyBlock"})
    schemas["ContentBlock"]["discriminator"]["mapping"]["fancy"] = "#/components/schemas/FancyBlock"
    path.write_text(yaml.safe_dump(spec, sort_keys=False), encoding="utf-8")


def probe(package_home: Path) -> dict[str, object]:
    """Parse MESSAGE with the `claude_api` found in `package_home`, the overlay on top."""
    env = {
        **os.environ,
        "PYTHONPATH": os.pathsep.join([str(package_home), str(ROOT / "overlay")]),
    }
    result = subprocess.run(
        [sys.executable, "-c", PROBE, str(package_home), json.dumps(MESSAGE)],
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    found: dict[str, object] = json.loads(result.stdout)
    return found


@pytest.fixture(scope="module")
def regenerated(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A package generated from the changed spec: returns the folder holding `claude_api/`."""
    tmp = tmp_path_factory.mktemp("regen")
    spec = tmp / "claude-api.yaml"
    changed_spec(spec)
    result = subprocess.run(
        [
            sys.executable,
            str(ROOT / "scripts" / "generate.py"),
            "--spec",
            str(spec),
            "--out",
            str(tmp / "claude_api"),
        ],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    return tmp


def test_new_package_has_the_new_model_and_field(regenerated: Path) -> None:
    assert (regenerated / "claude_api" / "models" / "fancy_block.py").is_file()
    found = probe(regenerated)
    assert found["fancy_class"] == "FancyBlock"
    assert found["fancy_text"] == "sparkles"
    assert found["new_counter"] == 7
    assert found["usage_extra"] == {}


def test_committed_package_keeps_the_unknown_block_raw() -> None:
    found = probe(ROOT / "generated")
    assert found["fancy_class"] == "dict"  # kept as the raw object, round-trips unchanged
    assert found["new_counter"] is None
    assert found["usage_extra"] == {"new_counter": 7}  # the unknown field is kept too


def test_spec_diff_reports_the_change(regenerated: Path) -> None:
    result = subprocess.run(
        [
            sys.executable,
            str(ROOT / "scripts" / "spec_diff.py"),
            "--base-file",
            str(SPEC),
            "--head-file",
            str(regenerated / "claude-api.yaml"),
            "--fail-on-breaking",
        ],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "+ Usage.new_counter: integer" in result.stdout
    assert "+ FancyBlock: object {fancy_text, type}" in result.stdout
    assert "~ ContentBlock: union member added: FancyBlock" in result.stdout
    assert result.stdout.rstrip().endswith("4 changes, 0 breaking")
