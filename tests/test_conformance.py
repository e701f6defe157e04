"""Conformance matrix: every public helper's output through every public call that takes it.

One table of helper outputs (:data:`HELPERS`) times one table of calls (:data:`CALLS`), each in
every form (the helper's model, its ``to_dict()``, a builder), with both clients over real TCP
to the stand-in, which validates the bodies it receives. Each case checks the exact JSON the
server got. A second table (:data:`BAD`) holds bad values: each is refused before anything is
sent, with the same error (message and path) on every call, form and client. A helper or a
call added to a table is covered by every test here.
"""

from __future__ import annotations

import base64
import dataclasses
import pathlib
import struct
from collections.abc import Callable
from typing import Any

import claude
import pytest
from claude.testing import StandIn
from claude_api.models import (
    Base64ImageSourceParam,
    ContentBlockStartEvent,
    ImageBlockParam,
    Message,
    TextBlockParam,
    ToolParam,
)
from conftest import resolve

pytestmark = pytest.mark.anyio

MODEL = "claude-sonnet-4-5"
MAX_TOKENS = 64
PNG = b"\x89PNG\r\n\x1a\n" + struct.pack(">I", 13) + b"IHDR"
PNG += struct.pack(">IIBBBBB", 2, 3, 8, 2, 0, 0, 0) + b"\0" * 4
PDF = b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"
TOOL_USE = {"type": "tool_use", "id": "toolu_1", "name": "get_weather", "input": {"city": "Oslo"}}
HI = {"role": "user", "content": "Hi"}
GENERATION_ONLY = {"max_tokens", "temperature", "top_p", "top_k", "stop_sequences", "metadata"}


@claude.tool
def get_weather(city: str) -> str:
    """The weather in a city.

    Args:
        city: The city's name.
    """
    return "sunny"


def _reply() -> Message:
    return Message.from_dict(
        {
            "id": "msg_1",
            "type": "message",
            "role": "assistant",
            "model": MODEL,
            "content": [
                {"type": "thinking", "thinking": "Hmm.", "signature": "sig"},
                {"type": "text", "text": "", "citations": None},
                {"type": "text", "text": "Hello", "citations": None},
            ],
            "stop_reason": "end_turn",
            "stop_sequence": None,
            "usage": {"input_tokens": 1, "output_tokens": 1},
        }
    )


class ReplyBlocks(list[Any]):
    """A reply's content blocks (generated response models) and the param JSON they must give."""

    def __init__(self, blocks: list[dict[str, Any]], params: list[dict[str, Any]]) -> None:
        start = {"type": "content_block_start", "index": 0}
        super().__init__(
            ContentBlockStartEvent.from_dict({**start, "content_block": b}).content_block
            for b in blocks
        )
        self.params = params


_SIG = {"type": "thinking", "thinking": "Hmm.", "signature": "sig"}
_CITE = {"type": "char_location", "cited_text": "g", "document_index": 0,
         "document_title": None, "start_char_index": 0, "end_char_index": 1}  # fmt: skip
_WEB_CITE = {"type": "web_search_result_location", "cited_text": "x", "url": "https://e.com",
             "title": "T", "encrypted_index": "I"}  # fmt: skip
_SEARCH = {"type": "server_tool_use", "id": "srvtoolu_1", "name": "web_search",
           "input": {"query": "q"}}  # fmt: skip
_RESULT = {"type": "web_search_result", "title": "T", "url": "https://e.com",
           "encrypted_content": "E"}  # fmt: skip
REPLIES: dict[str, tuple[list[dict[str, Any]], list[dict[str, Any]]]] = {
    "text": ([{"type": "text", "text": "Hi", "citations": None}], [{"type": "text", "text": "Hi"}]),
    "text_citations": (
        [{"type": "text", "text": "c", "citations": [_CITE, _WEB_CITE]}],
        [{"type": "text", "text": "c", "citations": [_CITE, _WEB_CITE]}],
    ),
    "thinking_tool_use": ([_SIG, TOOL_USE], [_SIG, TOOL_USE]),
    "redacted_thinking": (
        [{"type": "redacted_thinking", "data": "opaque"}, {"type": "text", "text": "ok"}],
        [{"type": "redacted_thinking", "data": "opaque"}, {"type": "text", "text": "ok"}],
    ),
    "server_tool": (
        [
            _SEARCH,
            {"type": "web_search_tool_result", "tool_use_id": "srvtoolu_1",
             "content": [{**_RESULT, "page_age": None}]},
        ],
        [_SEARCH, {"type": "web_search_tool_result", "tool_use_id": "srvtoolu_1",
                   "content": [_RESULT]}],
    ),
}  # fmt: skip


# --- what the helpers make, and where in a request it goes -------------------------------------


@dataclasses.dataclass(frozen=True)
class Helper:
    """A helper output; *slot* says where in a request it goes.

    Slots: ``message`` (a turn after a user "Hi"), ``first`` (the first turn), ``turns`` (all
    the messages), ``block`` (a
    content block of a user turn: a model inside a dict), ``result`` (a block answering
    :data:`TOOL_USE`), ``tool``, ``system`` (a system part), ``cache_control`` (the
    request's), ``request`` (a whole builder).
    """

    name: str
    make: Callable[[pathlib.Path], Any]
    slot: str


def _file(tmp: pathlib.Path, name: str, data: bytes) -> pathlib.Path:
    path = tmp / name
    path.write_bytes(data)
    return path


PNG_B64 = base64.b64encode(PNG).decode()
PDF_B64 = base64.b64encode(PDF).decode()

HELPERS = [
    Helper("user", lambda _: claude.user("Hello", claude.text("there")), "first"),
    Helper("user_cached", lambda _: claude.user("Hello", cache="1h"), "first"),
    Helper("assistant", lambda _: claude.assistant("Sure."), "message"),
    Helper("reply_to_param", lambda _: claude.reply_to_param(_reply()), "message"),
    *(
        Helper(f"reply_content_{name}", lambda _, r=reply: ReplyBlocks(*r), "reply")
        for name, reply in REPLIES.items()
    ),
    # (its empty text block left out: the API refuses empty text blocks, so does the client)
    Helper("reply_content_of_a_message", lambda _: _reply().content[::2], "reply"),
    Helper("text", lambda _: claude.text("Look"), "block"),
    Helper("text_cached", lambda _: claude.text("Look", cache=True), "block"),
    Helper("image_path_str", lambda t: claude.image(str(_file(t, "a.png", PNG))), "block"),
    Helper("image_pathlib", lambda t: claude.image(_file(t, "a.png", PNG)), "block"),
    Helper("image_bytes", lambda _: claude.image(PNG), "block"),
    Helper("image_url", lambda _: claude.image("https://example.com/a.png"), "block"),
    Helper("image_base64", lambda _: claude.image(base64=PNG_B64), "block"),
    Helper("image_data_url", lambda _: claude.image(f"data:image/png;base64,{PNG_B64}"), "block"),
    Helper("image_file_id", lambda _: claude.image(file_id="file_1"), "block"),
    Helper("document_path_str", lambda t: claude.document(str(_file(t, "a.pdf", PDF))), "block"),
    Helper("document_pathlib", lambda t: claude.document(_file(t, "a.pdf", PDF)), "block"),
    Helper("document_bytes", lambda _: claude.document(PDF, title="T", citations=True), "block"),
    Helper("document_text_bytes", lambda _: claude.document(b"plain words"), "block"),
    Helper("document_url", lambda _: claude.document("https://example.com/a.pdf"), "block"),
    Helper("document_base64", lambda _: claude.document(base64=PDF_B64), "block"),
    Helper(
        "document_data_url",
        lambda _: claude.document(f"data:application/pdf;base64,{PDF_B64}"),
        "block",
    ),
    Helper("document_text", lambda _: claude.document(text="Some text", context="c"), "block"),
    Helper(
        "document_content",
        lambda _: claude.document(content=["a", claude.text("b")], title="Custom"),
        "block",
    ),
    Helper("document_file_id", lambda _: claude.document(file_id="file_2"), "block"),
    Helper("cached_image", lambda _: claude.cached(claude.image(PNG), ttl="1h"), "block"),
    Helper("cached_dict_block", lambda _: claude.cached({"type": "text", "text": "x"}), "block"),
    Helper("tool_result_str", lambda _: claude.tool_result("toolu_1", "18 C"), "result"),
    Helper(
        "tool_result_blocks",
        lambda _: claude.tool_result("toolu_1", [claude.text("18 C"), claude.image(PNG)]),
        "result",
    ),
    Helper(
        "tool_result_error",
        lambda _: claude.tool_result("toolu_1", ValueError("no such city")),
        "result",
    ),
    Helper(
        "tool_result_is_error",
        lambda _: claude.tool_result("toolu_1", "x", is_error=True),
        "result",
    ),
    Helper("tool_result_json", lambda _: claude.tool_result("toolu_1", {"t": 18}), "result"),
    Helper("tool_to_param", lambda _: get_weather.to_param(), "tool"),
    Helper("tool_object", lambda _: get_weather, "tool"),
    Helper("tool_cached", lambda _: claude.cached(get_weather, ttl="1h"), "tool"),
    Helper("system_cached", lambda _: claude.cached("Be brief."), "system"),
    Helper("cache_control", lambda _: claude.cache_control("1h"), "cache_control"),
    Helper(
        "message_request",
        lambda _: (
            claude.MessageRequest(MODEL, max_tokens=MAX_TOKENS)
            .with_system("S")
            .with_tools(get_weather)
            .with_temperature(0.5)
            .user("Hi")
        ),
        "request",
    ),
    Helper("conversation_turns", lambda _: _conversation(), "request"),
    Helper("conversation_messages", lambda _: _conversation().messages, "turns"),
    Helper(
        "from_openai",
        lambda _: claude.from_openai(
            {
                "model": MODEL,
                "max_tokens": MAX_TOKENS,
                "messages": [
                    {"role": "system", "content": "Be brief."},
                    {"role": "user", "content": "Weather?"},
                    {
                        "role": "assistant",
                        "tool_calls": [
                            {
                                "id": "call_1",
                                "type": "function",
                                "function": {"name": "get_weather", "arguments": '{"city":"x"}'},
                            }
                        ],
                    },
                    {"role": "tool", "tool_call_id": "call_1", "content": "sunny"},
                ],
                "tools": [
                    {
                        "type": "function",
                        "function": {
                            "name": "get_weather",
                            "parameters": {"type": "object", "properties": {}},
                        },
                    }
                ],
            }
        ),
        "request",
    ),
]


def _conversation() -> claude.Conversation:
    chat = claude.Conversation(claude.MessageRequest(MODEL, max_tokens=MAX_TOKENS), cache="5m")
    chat.user("Hi")
    chat.add_reply(_reply())
    chat.user(claude.text("More"))
    return chat


def _json(item: Any) -> Any:
    """The JSON the generated models give for *item* (what must arrive at the server)."""
    if isinstance(item, claude.Tool):
        return item.to_param().to_dict()
    if isinstance(item, ReplyBlocks):
        return item.params
    if isinstance(item, list):  # a reply's content: response blocks, null members dropped
        return [{k: v for k, v in block.to_dict().items() if v is not None} for block in item]
    if isinstance(item, dict):
        return item
    if isinstance(item, tuple):
        return [_json(part) for part in item]
    return item.to_dict()


def _in_form(item: Any, form: str) -> Any:
    """*item* as the call receives it: the helper's own output, or its JSON."""
    if form == "dict":
        return _json(item)
    if form == "params" and hasattr(item, "to_params"):
        return item.to_params()
    return item


def _fields(slot: str, item: Any) -> dict[str, Any]:
    """The request fields (beyond model and max_tokens) placing *item* in its slot."""
    if slot == "first":
        return {"messages": [item]}
    if slot == "turns":
        return {"messages": list(item)}
    if slot == "message":
        return {"messages": [HI, item]}
    if slot == "reply":
        return {"messages": [HI, {"role": "assistant", "content": item}]}
    if slot == "block":
        return {"messages": [{"role": "user", "content": [{"type": "text", "text": "Look"}, item]}]}
    if slot == "result":
        assistant_turn = {"role": "assistant", "content": [TOOL_USE]}
        return {"messages": [HI, assistant_turn, {"role": "user", "content": [item]}]}
    if slot == "tool":
        return {"messages": [HI], "tools": [item]}
    if slot == "system":
        return {"messages": [HI], "system": [item]}
    if slot == "cache_control":
        return {"messages": [HI], "cache_control": item}
    raise AssertionError(slot)


def _expected_fields(slot: str, item: Any) -> dict[str, Any]:
    return _fields(slot, _json(item))


# --- the calls ---------------------------------------------------------------------------------


@dataclasses.dataclass(frozen=True)
class Call:
    """A public call taking a request; *send* makes it, *body* is what the server must get."""

    name: str
    send: Callable[[Any, Any, dict[str, Any]], Any]
    generation: bool  # whether the request carries max_tokens (create-like)
    wrap: Callable[[dict[str, Any]], dict[str, Any]]


async def _create(client: Any, params: Any, fields: dict[str, Any]) -> None:
    args = () if params is None else (params,)
    message = await resolve(client.messages.create(*args, **fields))
    assert message.content


async def _stream(client: Any, params: Any, fields: dict[str, Any]) -> None:
    args = () if params is None else (params,)
    manager = client.messages.stream(*args, **fields)
    if isinstance(client, claude.AsyncClient):
        async with manager as stream:
            message = await stream.get_final_message()
    else:
        with manager as stream:
            message = stream.get_final_message()
    assert message.content


async def _count_tokens(client: Any, params: Any, fields: dict[str, Any]) -> None:
    args = () if params is None else (params,)
    assert (await resolve(client.messages.count_tokens(*args, **fields))).input_tokens >= 0


async def _batch(client: Any, params: Any, fields: dict[str, Any]) -> None:
    request = params if params is not None else fields
    batch = await resolve(client.messages.batches.create(requests=[("r1", request)]))
    assert batch.id


CALLS = [
    Call("create", _create, True, lambda body: body),
    Call("stream", _stream, True, lambda body: {**body, "stream": True}),
    Call("count_tokens", _count_tokens, False, lambda body: body),
    Call(
        "batches.create", _batch, True, lambda b: {"requests": [{"custom_id": "r1", "params": b}]}
    ),
]


def _forms(helper: Helper) -> list[str]:
    return ["builder", "params", "dict"] if helper.slot == "request" else ["model", "dict"]


CASES = [
    pytest.param(helper, call, form, id=f"{helper.name}-{form}-{call.name}")
    for helper in HELPERS
    for form in _forms(helper)
    for call in CALLS
]


@pytest.mark.parametrize(("helper", "call", "form"), CASES)
async def test_accepted(
    client: Any, server: StandIn, tmp_path: pathlib.Path, helper: Helper, call: Call, form: str
) -> None:
    item = helper.make(tmp_path)
    base = {"model": MODEL, **({"max_tokens": MAX_TOKENS} if call.generation else {})}
    if helper.slot == "request":
        expected = _json(item)
        if not call.generation:
            expected = {k: v for k, v in expected.items() if k not in GENERATION_ONLY}
        params = _in_form(item, form)
        await call.send(client, params, {})
    else:
        expected = {**base, **_expected_fields(helper.slot, item)}
        await call.send(client, None, {**base, **_fields(helper.slot, _in_form(item, form))})
    (recorded,) = server.requests
    assert recorded.json == call.wrap(expected)


# Public names that make no request part (they read replies or run loops).
NOT_REQUEST_PARTS = {"text_of", "thinking_of", "tool_input", "tool_uses", "run_tools",
                     "async_run_tools", "response_info", "stream_info",
                     # the policies: configuration and a request's curl text
                     "as_curl", "curl_hook", "load_options", "reload_config"}  # fmt: skip


def test_every_public_helper_is_in_the_table() -> None:
    """A new public helper must get a row here (or be listed as making no request part)."""

    def norm(name: str) -> str:
        return name.replace("_", "").lower()

    makers = {name for name in claude.__all__ if name[0].islower()}
    makers |= {"Tool", "Conversation", "MessageRequest"}
    missing = {
        name
        for name in makers - NOT_REQUEST_PARTS
        if not any(norm(helper.name).startswith(norm(name)) for helper in HELPERS)
    }
    assert missing == set()


# --- bad values: refused the same way on every path --------------------------------------------


@dataclasses.dataclass(frozen=True)
class Bad:
    """A bad request part, as a model and as a dict, and the error it must give.

    *fields* builds the request fields from the part; *error* is ``str()`` of the
    ``RequestValidationError`` for a create body (batch requests prefix the path).
    """

    name: str
    forms: tuple[Any, ...]
    fields: Callable[[Any], dict[str, Any]]
    error: str
    generation_only: bool = False


_BAD_IMAGE = {"type": "base64", "media_type": "image/bmp", "data": "AAAA"}
BAD = [
    Bad(
        "message_without_role",
        ({"content": "x"},),
        lambda part: {"messages": [part]},
        "messages[0].role: required field missing",
    ),
    Bad(
        "block_without_type",
        ({"text": "x"},),
        lambda part: {"messages": [{"role": "user", "content": [part]}]},
        "messages[0].content[0].type: required field missing",
    ),
    Bad(
        "empty_text_block",
        (TextBlockParam(text=""), {"type": "text", "text": ""}),
        lambda part: {"messages": [HI, {"role": "assistant", "content": [part]}]},
        "messages[1].content[0].text: text blocks must be non-empty (got '')",
    ),
    Bad(
        "image_media_type",
        (
            ImageBlockParam(source=Base64ImageSourceParam(media_type="image/bmp", data="AAAA")),  # type: ignore[arg-type]
            {"type": "image", "source": _BAD_IMAGE},
        ),
        lambda part: {"messages": [{"role": "user", "content": [part]}]},
        "messages[0].content[0].source.media_type: expected one of 'image/gif', 'image/jpeg', "
        "'image/png', 'image/webp', got 'image/bmp' (got 'image/bmp')",
    ),
    Bad(
        "empty_tool",
        ({},),
        lambda part: {"messages": [HI], "tools": [part]},
        "tools[0].input_schema: required field missing",
    ),
    Bad(
        "tool_name_only",
        ({"name": "x"},),
        lambda part: {"messages": [HI], "tools": [part]},
        "tools[0].input_schema: required field missing",
    ),
    Bad(
        "input_schema_not_an_object",
        ({"name": "x", "input_schema": 5},),
        lambda part: {"messages": [HI], "tools": [part]},
        "tools[0].input_schema: expected InputSchema, a JSON object, got int 5 (got 5)",
    ),
    Bad(
        "tool_name_pattern",
        (
            ToolParam(name="get weather", input_schema={"type": "object"}),  # type: ignore[arg-type]
            {"name": "get weather", "input_schema": {"type": "object"}},
        ),
        lambda part: {"messages": [HI], "tools": [part]},
        "tools[0].name: a tool name must match ^[a-zA-Z0-9_-]{1,64}$ (got 'get weather')",
    ),
    Bad(
        "unanswered_tool_result",
        (claude.tool_result("toolu_9", "x"), claude.tool_result("toolu_9", "x").to_dict()),
        lambda part: {"messages": [{"role": "user", "content": [part]}]},
        "messages[0].content[0].tool_use_id: answers no tool_use of the previous assistant turn "
        "(got 'toolu_9')",
    ),
    Bad(
        "max_tokens_zero",
        (0,),
        lambda part: {"messages": [HI], "max_tokens": part},
        "max_tokens: must be an integer >= 1 (got 0)",
        generation_only=True,
    ),
]

BAD_CASES = [
    pytest.param(bad, index, call, id=f"{bad.name}-{index}-{call.name}")
    for bad in BAD
    for index in range(len(bad.forms))
    for call in CALLS
    if call.generation or not bad.generation_only
]


@pytest.mark.parametrize(("bad", "index", "call"), BAD_CASES)
async def test_refused(client: Any, server: StandIn, bad: Bad, index: int, call: Call) -> None:
    base = {"model": MODEL, **({"max_tokens": MAX_TOKENS} if call.generation else {})}
    fields = {**base, **bad.fields(bad.forms[index])}
    with pytest.raises(claude.RequestValidationError) as caught:
        await call.send(client, None, fields)
    prefix = "requests[0].params." if call.name == "batches.create" else ""
    assert str(caught.value) == prefix + bad.error
    assert server.requests == []
