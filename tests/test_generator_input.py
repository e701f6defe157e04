"""The document handed to openapi-python-client (`scripts/generate.py`): the committed spec
describes the batch results line as `application/x-jsonl`; the generator gets a binary body."""

from __future__ import annotations

import copy
import importlib.util
from pathlib import Path
from typing import Any

import yaml

ROOT = Path(__file__).resolve().parent.parent
_spec = importlib.util.spec_from_file_location("generate", ROOT / "scripts" / "generate.py")
assert _spec is not None
assert _spec.loader is not None
generate = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(generate)

RESULTS = "/v1/messages/batches/{message_batch_id}/results"


def committed() -> dict[str, Any]:
    document: dict[str, Any] = yaml.safe_load(generate.SPEC.read_text(encoding="utf-8"))
    return document


def test_the_committed_spec_describes_the_result_line() -> None:
    content = committed()["paths"][RESULTS]["get"]["responses"]["200"]["content"]
    assert content == {
        "application/x-jsonl": {
            "schema": {"$ref": "#/components/schemas/MessageBatchIndividualResponse"}
        }
    }


def test_the_generator_gets_a_binary_body_and_nothing_else_changes() -> None:
    document = committed()
    before = copy.deepcopy(document)
    handed = generate.generator_input(document)
    assert document == before  # the input is not modified
    content = handed["paths"][RESULTS]["get"]["responses"]["200"]["content"]
    assert content == {
        "application/octet-stream": {
            "schema": {
                "type": "string",
                "format": "binary",
                "description": "JSON Lines; each line is a `MessageBatchIndividualResponse`.",
            }
        }
    }
    handed["paths"][RESULTS]["get"]["responses"]["200"]["content"] = before["paths"][RESULTS][
        "get"
    ]["responses"]["200"]["content"]
    assert handed == before


def test_the_generated_operation_keeps_the_body_as_bytes() -> None:
    # Without the transformed copy the generator drops the operation (it cannot read JSON Lines);
    # with it, a 200 body is handed over untouched for the overlay to read line by line.
    import httpx
    from claude_api.api.message_batches import message_batches_results
    from claude_api.client import Client
    from claude_api.types import File

    body = b'{"custom_id": "a", "result": {"type": "canceled"}}\n{"custom_id": "b"}\n'
    parsed = message_batches_results._parse_response(
        client=Client(base_url="http://127.0.0.1"), response=httpx.Response(200, content=body)
    )
    assert isinstance(parsed, File)
    assert parsed.payload.read() == body
