"""Tests for claude._errors: class selection, messages, and transport-error translation."""

from __future__ import annotations

import pickle

import httpx
import pytest
from claude._errors import (
    APIConnectionError,
    APIStatusError,
    APITimeoutError,
    AuthenticationError,
    BadRequestError,
    BillingError,
    ClaudeError,
    ConflictError,
    GatewayTimeoutError,
    InternalServerError,
    NotFoundError,
    OverloadedError,
    PermissionDeniedError,
    RateLimitError,
    RequestTooLargeError,
    RequestValidationError,
    ResponseValidationError,
    StreamError,
    StreamInterruptedError,
    StreamProtocolError,
    UnprocessableEntityError,
)
from claude._status import (
    error_from_response,
    status_error,
    status_for_error_type,
    translate_transport_error,
)

REQUEST = httpx.Request("POST", "https://api.anthropic.com/v1/messages")

TYPES = [
    ("invalid_request_error", 400, BadRequestError),
    ("authentication_error", 401, AuthenticationError),
    ("billing_error", 402, BillingError),
    ("permission_error", 403, PermissionDeniedError),
    ("not_found_error", 404, NotFoundError),
    ("request_too_large", 413, RequestTooLargeError),
    ("rate_limit_error", 429, RateLimitError),
    ("api_error", 500, InternalServerError),
    ("timeout_error", 504, GatewayTimeoutError),
    ("overloaded_error", 529, OverloadedError),
]

STATUSES = [
    (400, BadRequestError),
    (401, AuthenticationError),
    (402, BillingError),
    (403, PermissionDeniedError),
    (404, NotFoundError),
    (409, ConflictError),
    (413, RequestTooLargeError),
    (422, UnprocessableEntityError),
    (429, RateLimitError),
    (500, InternalServerError),
    (502, InternalServerError),
    (503, InternalServerError),
    (504, GatewayTimeoutError),
    (529, OverloadedError),
    (599, InternalServerError),
    (418, APIStatusError),
    (451, APIStatusError),
]


def envelope(error_type: str, message: str = "boom", request_id: str | None = None) -> object:
    body: dict[str, object] = {"type": "error", "error": {"type": error_type, "message": message}}
    if request_id is not None:
        body["request_id"] = request_id
    return body


def response(
    status: int, content: bytes = b"", headers: dict[str, str] | None = None
) -> httpx.Response:
    return httpx.Response(status, content=content, headers=headers, request=REQUEST)


def test_hierarchy() -> None:
    assert issubclass(RequestValidationError, ValueError)
    assert issubclass(APITimeoutError, APIConnectionError)
    assert issubclass(GatewayTimeoutError, InternalServerError)
    assert issubclass(OverloadedError, InternalServerError)
    assert issubclass(StreamInterruptedError, StreamError)
    assert issubclass(StreamProtocolError, StreamError)
    for cls in (APIStatusError, APIConnectionError, StreamError, ResponseValidationError):
        assert issubclass(cls, ClaudeError)


@pytest.mark.parametrize(("error_type", "status", "cls"), TYPES)
def test_class_by_type(error_type: str, status: int, cls: type[APIStatusError]) -> None:
    err = status_error(status, envelope(error_type))
    assert type(err) is cls
    assert (err.status_code, err.type, err.message) == (status, error_type, "boom")


@pytest.mark.parametrize(("error_type", "status", "cls"), TYPES)
def test_status_for_error_type(error_type: str, status: int, cls: type[APIStatusError]) -> None:
    assert status_for_error_type(error_type) == status
    assert type(status_error(status_for_error_type(error_type), envelope(error_type))) is cls


def test_status_for_unknown_error_type() -> None:
    assert status_for_error_type("brand_new_error") == 500
    assert status_for_error_type(None) == 500


@pytest.mark.parametrize(("status", "cls"), STATUSES)
def test_class_by_status_without_body(status: int, cls: type[APIStatusError]) -> None:
    err = status_error(status, None)
    assert type(err) is cls
    assert err.type is None
    assert err.status_code == status


def test_type_wins_over_status() -> None:
    err = status_error(500, envelope("overloaded_error"))
    assert type(err) is OverloadedError
    assert err.status_code == 500


def test_unknown_type_falls_back_to_status() -> None:
    err = status_error(429, envelope("shiny_new_error", "slow down"))
    assert type(err) is RateLimitError
    assert err.type == "shiny_new_error"
    assert str(err) == "429 shiny_new_error: slow down"


def test_unknown_type_and_status() -> None:
    err = status_error(418, envelope("teapot_error", "short and stout"))
    assert type(err) is APIStatusError
    assert str(err) == "418 teapot_error: short and stout"


def test_str_exact_with_request_id_from_body() -> None:
    body = envelope(
        "rate_limit_error", "Number of requests has exceeded your rate limit", "req_011abc"
    )
    err = status_error(429, body)
    assert err.request_id == "req_011abc"
    assert err.body == body
    assert str(err) == (
        "429 rate_limit_error: Number of requests has exceeded your rate limit "
        "(request_id=req_011abc)"
    )


def test_request_id_from_header_and_explicit_override() -> None:
    resp = response(404, headers={"request-id": "req_header"})
    assert status_error(404, envelope("not_found_error"), response=resp).request_id == "req_header"
    err = status_error(404, envelope("not_found_error"), response=resp, request_id="req_explicit")
    assert err.request_id == "req_explicit"


def test_retries_in_str() -> None:
    err = status_error(529, envelope("overloaded_error", "Overloaded", "req_1"), retries=2)
    assert str(err) == "529 overloaded_error: Overloaded (request_id=req_1, after 2 retries)"
    one = status_error(503, None, retries=1)
    assert str(one) == "503: Service Unavailable (after 1 retry)"


def test_error_from_response_json() -> None:
    content = (
        b'{"type":"error","error":{"type":"authentication_error","message":"invalid x-api-key"}}'
    )
    resp = response(401, content, {"request-id": "req_9", "content-type": "application/json"})
    err = error_from_response(resp, content)
    assert type(err) is AuthenticationError
    assert err.response is resp
    assert err.body == {
        "type": "error",
        "error": {"type": "authentication_error", "message": "invalid x-api-key"},
    }
    assert str(err) == "401 authentication_error: invalid x-api-key (request_id=req_9)"


def test_error_from_response_html_502() -> None:
    content = (
        b"<html>\r\n<head><title>502 Bad Gateway</title>"
        b"<style>body { color: red; }</style><script>var secret = 1;</script></head>\r\n"
        b"<body>\r\n<center><h1>502   Bad &amp; Gateway</h1></center>\r\n"
        b"<!-- a comment --><hr><center>nginx</center>\r\n</body>\r\n</html>\r\n"
    )
    err = error_from_response(response(502, content, {"content-type": "text/html"}), content)
    assert type(err) is InternalServerError
    assert err.type is None
    assert err.message == "502 Bad Gateway 502 Bad & Gateway nginx"
    assert isinstance(err.body, str)
    assert err.body.startswith("<html>")
    assert str(err) == "502: 502 Bad Gateway 502 Bad & Gateway nginx"


def test_error_from_response_long_text_is_truncated() -> None:
    content = ("word " * 200).encode()
    err = error_from_response(response(503, content), content)
    assert type(err) is InternalServerError
    assert len(err.message) == 200
    assert err.message.endswith("...")
    assert err.message.startswith("word word ")


@pytest.mark.parametrize(
    ("status", "cls", "message"),
    [
        (502, InternalServerError, "Bad Gateway"),
        (429, RateLimitError, "Too Many Requests"),
        (529, OverloadedError, "Overloaded"),
        (418, APIStatusError, "I'm a teapot"),
    ],
)
def test_error_from_response_empty_body(
    status: int, cls: type[APIStatusError], message: str
) -> None:
    err = error_from_response(response(status, b"  \n"), b"  \n")
    assert type(err) is cls
    assert err.body is None
    assert err.message == message


def test_error_from_response_broken_json() -> None:
    content = b'{"type": "error", "error": {"type": "overloaded_error", '
    err = error_from_response(response(529, content), content)
    assert type(err) is OverloadedError
    assert err.type is None
    assert err.body == content.decode()
    assert err.message == content.decode().strip()


def test_error_from_response_json_without_envelope() -> None:
    content = b'{"detail": "no such route"}'
    err = error_from_response(response(404, content), content)
    assert type(err) is NotFoundError
    assert err.body == {"detail": "no such route"}
    assert err.message == '{"detail":"no such route"}'


def test_error_from_response_reads_retries_from_extensions() -> None:
    resp = response(500)
    resp.extensions["claude.retries"] = 2
    assert error_from_response(resp, b"").retries == 2
    assert error_from_response(resp, b"", retries=0).retries == 0


def test_bare_error_object_as_from_a_stream_event() -> None:
    err = status_error(529, {"type": "overloaded_error", "message": "Overloaded"})
    assert type(err) is OverloadedError
    assert err.message == "Overloaded"


def test_mid_stream_error_carries_partial() -> None:
    partial = {"id": "msg_1", "content": [{"type": "text", "text": "Hel"}]}
    data = envelope("overloaded_error", "Overloaded", "req_s")
    err = status_error(status_for_error_type("overloaded_error"), data, partial=partial)
    assert type(err) is OverloadedError
    assert err.partial is partial
    assert err.status_code == 529
    assert status_error(400, None).partial is None


def test_no_headers_in_str_or_repr() -> None:
    resp = response(401, headers={"x-api-key": "sk-ant-secret", "request-id": "req_2"})
    err = status_error(401, envelope("authentication_error", "bad key"), response=resp)
    assert "sk-ant-secret" not in str(err)
    assert "sk-ant-secret" not in repr(err)
    assert repr(err) == (
        "AuthenticationError(status_code=401, type='authentication_error', request_id='req_2')"
    )


def test_status_error_pickles() -> None:
    err = status_error(429, envelope("rate_limit_error", "slow", "req_p"), retries=1)
    clone = pickle.loads(pickle.dumps(err))
    assert type(clone) is RateLimitError
    assert str(clone) == str(err)
    assert clone.body == err.body


def test_request_validation_error() -> None:
    err = RequestValidationError("must not be empty", field="messages[0].content", value="")
    assert isinstance(err, ValueError)
    assert (err.field, err.value) == ("messages[0].content", "")
    assert str(err) == "messages[0].content: must not be empty (got '')"
    long = RequestValidationError("too long", field="system", value="x" * 500)
    assert len(str(long)) < 120


def test_response_validation_error() -> None:
    resp = response(200, headers={"request-id": "req_v"})
    cause = ValueError("missing field 'id'")
    err = ResponseValidationError("not a Message", response=resp, cause=cause)
    assert err.response is resp
    assert err.cause is cause
    assert str(err) == "not a Message (request_id=req_v)"


def test_stream_errors_carry_partial() -> None:
    partial = {"id": "msg_1"}
    assert StreamInterruptedError("stream ended early", partial=partial).partial is partial
    assert StreamProtocolError("content_block_delta before message_start").partial is None


def test_translate_timeout() -> None:
    request = httpx.Request("POST", "https://api.anthropic.com/v1/messages")
    request.extensions["claude.retries"] = 2
    err = translate_transport_error(httpx.ReadTimeout("timed out", request=request))
    assert type(err) is APITimeoutError
    assert err.request is request
    assert err.retries == 2
    assert str(err) == "Request timed out (ReadTimeout: timed out) after 2 retries"


def test_translate_connect_error() -> None:
    request = httpx.Request("POST", "https://api.anthropic.com/v1/messages")
    err = translate_transport_error(httpx.ConnectError("refused", request=request))
    assert type(err) is APIConnectionError
    assert err.retries == 0
    assert str(err) == "Connection error (ConnectError: refused)"
    assert repr(err) == "APIConnectionError('Connection error (ConnectError: refused)', retries=0)"


def test_translate_without_request() -> None:
    err = translate_transport_error(httpx.ConnectTimeout(""))
    assert type(err) is APITimeoutError
    assert err.request is None
    assert str(err) == "Request timed out (ConnectTimeout)"
