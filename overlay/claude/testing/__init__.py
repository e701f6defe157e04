"""A local stand-in for the Claude API, for tests: a real HTTP server on 127.0.0.1.

It answers every operation (messages, streaming, token counting, models, message batches)
with realistic default replies, checks credentials and request bodies against the generated
models, records every request, and serves scripted replies and faults on demand::

    import httpx
    from claude.testing import ErrorReply, MessageReply, StandIn

    with StandIn() as server:
        server.queue("messages.create", ErrorReply(529, headers={"retry-after": "0"}))
        server.queue("messages.create", MessageReply(message=my_message))
        headers = {"x-api-key": "test", "anthropic-version": "2023-06-01"}
        with httpx.Client(base_url=server.base_url, headers=headers) as http:
            assert http.post("/v1/messages", json=body).status_code == 529
            assert http.post("/v1/messages", json=body).json() == my_message
        assert server.requests[-1].json == body

Queued replies are consumed first in, first out per operation (``messages.create``,
``messages.count_tokens``, ``models.list``, ``models.retrieve``, ``batches.create``,
``batches.list``, ``batches.retrieve``, ``batches.cancel``, ``batches.delete``,
``batches.results``); then the default reply answers again. With pytest, the fixture
``claude_standin`` (from :mod:`claude.testing.pytest_plugin`) yields a started server.

Replies (see each class): :class:`JSONReply`, :class:`ErrorReply`, :class:`RawReply` (and
:func:`html_reply`), :class:`MessageReply` (JSON or SSE, with injected events, an early end or
an ``error`` event mid-stream), :class:`SSEReply`, :class:`JSONLReply`. Faults: :class:`Delay`,
:class:`Reset`, :class:`ResetAfter`. :func:`message_to_events` gives the exact event sequence
for a message. Batches end after ``batch_polls_until_end`` retrieves; script outcomes with
``StandIn.script_result`` and serve huge synthetic results lazily with ``StandIn.set_results``;
``StandIn.batches`` and ``StandIn.batch_custom_ids`` inspect them without polling.
``MessageReply(event_pause=...)`` paces a stream; ``StandIn(body_check="walk")`` checks
bodies with the path walk only, for million-request batches.
Per-server faults for failover and rate-limit tests: ``StandIn.outage(reply)`` answers every
request with one reply (a reset by default) until ``outage(down=False)``, and
``StandIn.rate_limit(requests, period)`` (:class:`ServerRateLimit`) sends the API's
``anthropic-ratelimit-requests-*`` headers, counting down, and 429s once the bucket is empty.

Only the standard library and orjson are used at run time.
"""

from ._ratelimit import ServerRateLimit
from ._replies import (
    Delay,
    ErrorReply,
    JSONLReply,
    JSONReply,
    Line,
    MessageReply,
    RawReply,
    Reply,
    Reset,
    ResetAfter,
    SSEItem,
    SSEReply,
    errored_result,
    expired_result,
    html_reply,
    succeeded_result,
)
from ._server import OPERATIONS, RecordedRequest, StandIn
from ._sse import encode_event, error_event, message_to_events

__all__ = [
    "OPERATIONS",
    "Delay",
    "ErrorReply",
    "JSONLReply",
    "JSONReply",
    "Line",
    "MessageReply",
    "RawReply",
    "RecordedRequest",
    "Reply",
    "Reset",
    "ResetAfter",
    "SSEItem",
    "SSEReply",
    "ServerRateLimit",
    "StandIn",
    "encode_event",
    "error_event",
    "errored_result",
    "expired_result",
    "html_reply",
    "message_to_events",
    "succeeded_result",
]
