"""A base64 source's ``data`` as a path, bytes or an open binary file, through every call.

What the official SDK takes for ``data`` (``pathlib.Path``, a binary file), in a plain dict and
in a generated param model, on each call of the conformance matrix (:data:`CALLS`), with both
clients over TCP to the stand-in: the server gets the base64 text, and the ``media_type``
detected from the bytes when it was left out. A file that cannot be read, or one opened in
text mode, is refused before anything is sent.
"""

from __future__ import annotations

import base64
import pathlib
from collections.abc import Callable
from typing import Any

import claude
import pytest
from claude.testing import StandIn
from claude_api.models import Base64ImageSourceParam, Base64PDFSourceParam
from test_conformance import CALLS, MAX_TOKENS, MODEL, PDF, PNG, Call

pytestmark = pytest.mark.anyio

FILES = {"image": ("a.png", PNG, "image/png"), "document": ("a.pdf", PDF, "application/pdf")}


def _path(tmp: pathlib.Path, name: str, data: bytes) -> Any:
    path = tmp / name
    path.write_bytes(data)
    return path


def _binary_file(tmp: pathlib.Path, name: str, data: bytes) -> Any:
    return _path(tmp, name, data).open("rb")


DATA_KINDS: dict[str, Callable[[pathlib.Path, str, bytes], Any]] = {
    "path": _path,
    "bytes": lambda _tmp, _name, data: data,
    "binary_file": _binary_file,
}


def _block(kind: str, source: dict[str, Any], form: str) -> Any:
    if form == "model":
        model = Base64ImageSourceParam if kind == "image" else Base64PDFSourceParam
        return {"type": kind, "source": model(**{k: v for k, v in source.items() if k != "type"})}
    return {"type": kind, "source": source}


def _body(call: Call, block: Any) -> dict[str, Any]:
    look = {"type": "text", "text": "Look"}
    body = {"model": MODEL, "messages": [{"role": "user", "content": [look, block]}]}
    return {**body, "max_tokens": MAX_TOKENS} if call.generation else body


@pytest.mark.parametrize("call", CALLS, ids=[call.name for call in CALLS])
@pytest.mark.parametrize("data_kind", sorted(DATA_KINDS))
@pytest.mark.parametrize("kind", sorted(FILES))
@pytest.mark.parametrize("form", ["dict", "model"])
@pytest.mark.parametrize("media_type", ["given", "left_out"])
async def test_file_data_is_sent_as_base64(
    client: Any,
    server: StandIn,
    tmp_path: pathlib.Path,
    call: Call,
    data_kind: str,
    kind: str,
    form: str,
    media_type: str,
) -> None:
    name, raw, detected = FILES[kind]
    data = DATA_KINDS[data_kind](tmp_path, name, raw)
    source: dict[str, Any] = {"type": "base64", "data": data}
    if media_type == "given" or form == "model":  # the model requires it
        source["media_type"] = detected
    try:
        await call.send(client, None, _body(call, _block(kind, source, form)))
    finally:
        if hasattr(data, "close"):
            data.close()
    sent = {"type": "base64", "data": base64.b64encode(raw).decode(), "media_type": detected}
    expected = _body(call, {"type": kind, "source": sent})
    (recorded,) = server.requests
    assert recorded.json == call.wrap(expected)


@pytest.mark.parametrize("call", CALLS, ids=[call.name for call in CALLS])
async def test_a_file_that_cannot_be_read_is_refused(
    client: Any, server: StandIn, tmp_path: pathlib.Path, call: Call
) -> None:
    missing = tmp_path / "missing.png"
    source = {"type": "base64", "media_type": "image/png", "data": missing}
    with pytest.raises(claude.RequestValidationError, match=r"cannot read .*missing\.png"):
        await call.send(client, None, _body(call, {"type": "image", "source": source}))
    assert server.requests == []


@pytest.mark.parametrize("call", CALLS, ids=[call.name for call in CALLS])
async def test_a_text_mode_file_is_refused(
    client: Any, server: StandIn, tmp_path: pathlib.Path, call: Call
) -> None:
    path = tmp_path / "a.txt"
    path.write_text("words")
    with path.open() as text_file:
        source = {"type": "base64", "media_type": "application/pdf", "data": text_file}
        with pytest.raises(claude.RequestValidationError, match=r"binary mode \('rb'\)"):
            await call.send(client, None, _body(call, {"type": "document", "source": source}))
    assert server.requests == []
