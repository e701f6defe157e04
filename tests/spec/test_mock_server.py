"""Contract tests: the generated client against a mock server driven by the spec, over real TCP.

The mock is Steady (`@stdy/cli`, pinned in tests/mock_server/package.json with its lockfile),
the OpenAPI mock server the official SDKs run their own test suites against. It loads
openapi/claude-api.yaml, validates every request against it (rejecting invalid ones with 400 and
`x-steady-request-valid: false`), and answers with responses generated from the response
schemas (a fixed seed keeps them the same from run to run). So every test here checks three
things at once: the generated function builds a request the spec accepts, the spec's responses
are ones the generated models parse, and the spec itself loads in a tool other than ours.

Node and npm are required: without them these tests fail rather than skip (CI has them). The
first run installs the mock with `npm ci` (the platform binary comes from the npm registry as
an optional dependency; nothing is downloaded at install time from anywhere else).
"""

from __future__ import annotations

import contextlib
import json
import os
import shutil
import signal
import socket
import subprocess
import tempfile
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
from claude_api import models
from claude_api.api.message_batches import (
    message_batches_cancel,
    message_batches_create,
    message_batches_delete,
    message_batches_list,
    message_batches_results,
    message_batches_retrieve,
)
from claude_api.api.messages import messages_count_tokens, messages_create
from claude_api.api.models import models_list, models_retrieve
from claude_api.client import Client
from claude_api.types import File, Response

from . import examples as ex

# The first test may install the mock (`npm ci`: about 100 MB, the platform binary) first.
pytestmark = [pytest.mark.mock_server, pytest.mark.timeout(600)]

ROOT = Path(__file__).resolve().parents[2]
MOCK_DIR = ROOT / "tests" / "mock_server"
SPEC = ROOT / "openapi" / "claude-api.yaml"
STEADY = MOCK_DIR / "node_modules" / "@stdy" / "cli" / "steady.js"
START_TIMEOUT = 60.0
VERSION = "2023-06-01"
NPM_ENV = {
    **os.environ,
    "npm_config_audit": "false",
    "npm_config_fund": "false",
    "npm_config_update_notifier": "false",
}


def require_node() -> tuple[str, str]:
    node, npm = shutil.which("node"), shutil.which("npm")
    if node is None or npm is None:
        pytest.fail("node and npm are required for the mock server contract tests (CI has them)")
    return node, npm


def install_mock(npm: str) -> None:
    """`npm ci` (or `npm install` without a lockfile) when the mock is not installed yet."""
    if STEADY.is_file():
        return
    command = "ci" if (MOCK_DIR / "package-lock.json").is_file() else "install"
    result = subprocess.run(
        [npm, command],
        cwd=MOCK_DIR,
        env=NPM_ENV,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    if result.returncode != 0 or not STEADY.is_file():
        pytest.fail(f"npm {command} in {MOCK_DIR} failed:\n{result.stdout}{result.stderr}")


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


def wait_until_answering(url: str, process: subprocess.Popen[bytes], log: Path) -> None:
    """Poll until the server answers HTTP (bounded); fail with its log if it dies or hangs."""
    deadline = time.monotonic() + START_TIMEOUT
    while time.monotonic() < deadline:
        if process.poll() is not None:
            pytest.fail(f"the mock server exited with {process.returncode}:\n{log.read_text()}")
        with contextlib.suppress(httpx.TransportError):
            httpx.get(f"{url}/v1/models", timeout=1.0)
            return
        time.sleep(0.1)
    pytest.fail(f"the mock server did not answer within {START_TIMEOUT:.0f} s:\n{log.read_text()}")


@pytest.fixture(scope="session")
def mock_server_url() -> Iterator[str]:
    """Steady serving the spec on a free port of 127.0.0.1, stopped (process group) at the end."""
    node, npm = require_node()
    install_mock(npm)
    port = free_port()
    with tempfile.TemporaryDirectory() as tmp:
        log = Path(tmp) / "steady.log"
        command = [
            node,
            str(STEADY),
            "--host=127.0.0.1",
            f"--port={port}",
            "--no-color",
            "--log-level=details",
            "--generator-seed=20230601",  # the same responses every run
            "--validator-strict-oneof",  # a union value must match exactly one member
            "--stream-interval=0",
            str(SPEC),
        ]
        with log.open("wb") as out:
            process = subprocess.Popen(
                command, stdout=out, stderr=subprocess.STDOUT, start_new_session=True
            )
        try:
            url = f"http://127.0.0.1:{port}"
            wait_until_answering(url, process, log)
            yield url
        finally:
            with contextlib.suppress(ProcessLookupError):
                os.killpg(process.pid, signal.SIGTERM)
            try:
                process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                with contextlib.suppress(ProcessLookupError):
                    os.killpg(process.pid, signal.SIGKILL)
                process.wait(timeout=10)


def test_the_mock_loads_the_spec_without_warnings() -> None:
    node, npm = require_node()
    install_mock(npm)
    result = subprocess.run(
        [node, str(STEADY), "validate", "--fail-on-warnings", "--no-color", str(SPEC)],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "All good" in result.stdout


@pytest.fixture
def seen() -> list[httpx.Response]:
    """The raw responses `mock_client` received, in order."""
    return []


@pytest.fixture
def mock_client(mock_server_url: str, seen: list[httpx.Response]) -> Iterator[Client]:
    """A generated-package client for the mock (it records its responses in `seen`)."""
    with Client(
        base_url=mock_server_url,
        headers={"x-api-key": "sk-ant-test"},
        timeout=httpx.Timeout(30.0),
        raise_on_unexpected_status=True,
        httpx_args={"event_hooks": {"response": [seen.append]}},
    ) as client:
        yield client


Call = Callable[..., Response[Any]]


@pytest.fixture
def call(mock_client: Client, seen: list[httpx.Response]) -> Call:
    """`call(operation_module, *args, **kwargs)`: its `sync_detailed` on the mock client.

    When the generated code cannot parse the answer (a 400 from the mock is not the API's error
    envelope), the failure shows the mock's status and body instead of the parser's error.
    """

    def run(operation: Any, *args: Any, **kwargs: Any) -> Response[Any]:
        try:
            response: Response[Any] = operation.sync_detailed(
                *args, client=mock_client, anthropic_version=VERSION, **kwargs
            )
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            last = seen[-1]
            name = operation.__name__
            problem = f"{name}: cannot parse the mock's {last.status_code}: {last.text[:2000]}"
            raise AssertionError(problem) from exc
        return response

    return run


def accepted(response: Response[Any]) -> None:
    """The mock found the request valid and answered 2xx."""
    validity = response.headers.get("x-steady-request-valid")
    problems = response.headers.get("x-steady-error-count")
    assert response.status_code // 100 == 2, f"{response.status_code}: {response.content[:2000]!r}"
    assert validity == "true", f"the mock rejected the request: {response.content[:2000]!r}"
    assert problems == "0"


@pytest.fixture
def check_body(
    validator_for: Callable[[str], Any],
    model_class: Callable[[str], type[Any]],
    assert_round_trip: Callable[..., Any],
) -> Callable[[Response[Any], str], Any]:
    """`check_body(response, "Message")`: the mock accepted the request, and its JSON body is
    valid for the schema, is what the generated function parsed, and round-trips."""

    def check(response: Response[Any], schema: str) -> Any:
        accepted(response)
        assert response.headers["content-type"].startswith("application/json")
        body = json.loads(response.content)
        validator_for(schema).validate(body)
        cls = model_class(schema)
        assert type(response.parsed) is cls
        assert_round_trip(cls, body, datetimes=True)
        return response.parsed

    return check


Check = Callable[[Response[Any], str], Any]


@pytest.mark.parametrize(
    "body",
    [
        ex.MESSAGE_CREATE_PARAMS,
        ex.MESSAGE_CREATE_PARAMS_FULL,
        {**ex.MESSAGE_CREATE_PARAMS_THINKING, "stream": False},
        {
            **ex.MESSAGE_CREATE_PARAMS,
            "messages": [ex.MESSAGE_PARAMS["user"], ex.MESSAGE_PARAMS["assistant"]],
        },
        {
            **ex.MESSAGE_CREATE_PARAMS,
            "messages": [{"role": "user", "content": list(ex.CONTENT_BLOCK_PARAMS.values())}],
            "tools": list(ex.TOOLS.values()),
        },
    ],
    ids=["minimal", "tools", "thinking", "turns", "every_block_and_tool"],
)
def test_messages_create(body: Any, call: Call, check_body: Check) -> None:
    response = call(messages_create, body=models.MessageCreateParams.from_dict(body))
    message = check_body(response, "Message")
    assert message.role == "assistant"


def test_messages_create_streaming_answers_with_server_sent_events(mock_client: Client) -> None:
    # The generated client reads whole bodies; the overlay streams. Here: the spec's streaming
    # request is valid, and the mock answers it as an event stream.
    body = {**ex.MESSAGE_CREATE_PARAMS, "stream": True}
    kwargs = messages_create._get_kwargs(
        body=models.MessageCreateParams.from_dict(body), anthropic_version=VERSION
    )
    kwargs["headers"]["accept"] = "text/event-stream"
    response = mock_client.get_httpx_client().request(**kwargs)
    assert response.status_code == 200
    assert response.headers["x-steady-request-valid"] == "true"
    assert response.headers["x-steady-error-count"] == "0"
    assert response.headers["content-type"].startswith("text/event-stream")
    assert "data:" in response.text


def test_messages_count_tokens(call: Call, check_body: Check) -> None:
    response = call(
        messages_count_tokens,
        body=models.MessageCountTokensParams.from_dict(ex.MESSAGE_COUNT_TOKENS_PARAMS),
        anthropic_beta="token-counting-2024-11-01",
    )
    counted = check_body(response, "MessageTokensCount")
    assert isinstance(counted.input_tokens, int)


def test_models_list_and_retrieve(call: Call, check_body: Check) -> None:
    page = check_body(call(models_list, limit=2, after_id="claude-opus-4-1"), "ListModelsResponse")
    assert all(isinstance(model, models.ModelInfo) for model in page.data)
    model = check_body(call(models_retrieve, "claude-sonnet-4-5"), "ModelInfo")
    assert model.type == "model"


def test_message_batches_lifecycle(call: Call, check_body: Check) -> None:
    body = models.BatchCreateParams.from_dict(ex.BATCH_CREATE_PARAMS)
    created = check_body(call(message_batches_create, body=body), "MessageBatch")
    assert created.type == "message_batch"
    page = check_body(
        call(message_batches_list, limit=20, before_id=ex.BATCH_ID), "ListMessageBatchesResponse"
    )
    assert all(isinstance(batch, models.MessageBatch) for batch in page.data)
    for operation in (message_batches_retrieve, message_batches_cancel):
        batch = check_body(call(operation, ex.BATCH_ID), "MessageBatch")
        assert batch.type == "message_batch"
    deleted = check_body(call(message_batches_delete, ex.BATCH_ID), "DeletedMessageBatch")
    assert deleted.type == "message_batch_deleted"


def test_message_batches_results_are_json_lines(call: Call) -> None:
    response = call(message_batches_results, ex.BATCH_ID)
    accepted(response)
    assert response.headers["content-type"].startswith("application/x-jsonl")
    assert isinstance(response.parsed, File)
    lines = response.content.decode().splitlines()
    assert lines
    for line in lines:
        json.loads(line)  # the mock knows the body only as a string, so each line is JSON, no more


INVALID_REQUESTS = {
    "missing_max_tokens": (
        {k: v for k, v in ex.MESSAGE_CREATE_PARAMS.items() if k != "max_tokens"},
        "max_tokens",
    ),
    "unknown_role": (
        {**ex.MESSAGE_CREATE_PARAMS, "messages": [{"role": "robot", "content": "Hi"}]},
        "role",
    ),
    "thinking_without_budget": (
        {**ex.MESSAGE_CREATE_PARAMS, "thinking": {"type": "enabled"}},
        "budget_tokens",
    ),
    "metadata_user_id_not_a_string": (
        {**ex.MESSAGE_CREATE_PARAMS, "metadata": {"user_id": 42}},
        "user_id",
    ),
}


@pytest.mark.parametrize(
    ("body", "problem"), list(INVALID_REQUESTS.values()), ids=list(INVALID_REQUESTS)
)
def test_the_mock_rejects_invalid_requests(body: Any, problem: str, mock_client: Client) -> None:
    # Sent raw: the generated models would not build most of these bodies.
    response = mock_client.get_httpx_client().post(
        "/v1/messages", json=body, headers={"anthropic-version": VERSION}
    )
    assert response.status_code == 400, response.text
    assert response.headers["x-steady-request-valid"] == "false"
    assert problem in response.text


@pytest.mark.parametrize(
    ("body", "code"),
    [
        (
            {
                **ex.MESSAGE_CREATE_PARAMS,
                "messages": [{"role": "user", "content": [{"type": "text"}]}],
            },
            "E3012",
        ),
        ({**ex.MESSAGE_CREATE_PARAMS, "temperature": 1.5}, "E4004"),
    ],
    ids=["block_matching_no_branch_of_an_any_of", "temperature_out_of_range"],
)
def test_the_mock_flags_what_it_does_not_reject(body: Any, code: str, mock_client: Client) -> None:
    # Steady answers 200 to a value that matches no branch of an `anyOf` (here a user turn's
    # content: a string or a list of blocks; a warning, E3012) and to a number out of range (a
    # note, E4004), but reports them. That is why `accepted` requires `x-steady-error-count: 0`
    # and not only a 2xx.
    response = mock_client.get_httpx_client().post(
        "/v1/messages", json=body, headers={"anthropic-version": VERSION}
    )
    assert response.headers["x-steady-error-count"] != "0"
    assert response.headers["x-steady-error-1-code"] == code
