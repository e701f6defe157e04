"""``Conversation``: the history of a multi-turn chat, and the params of its next request.

    chat = claude.Conversation(
        claude.MessageRequest("claude-sonnet-4-5", max_tokens=1024).with_system("Be brief."),
        cache="5m",
    )
    chat.user("Hello")
    chat.add_reply(client.messages.create(chat))   # a Conversation is a params builder
    chat.user("Tell me more")

It holds a :class:`MessageRequest` and replaces it as turns are added (the builder stays
immutable; the conversation is the one mutable thing). With ``cache`` set, each request marks
the last block of its latest turn as a prompt-cache breakpoint, so the whole history is read
from the cache on the next turn; the marks are not kept in the history, so they never pile up
past the API's four breakpoints.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from .cache import Cache
from .request import MessageParam, MessageRequest

if TYPE_CHECKING:
    from claude_api.models import Message, MessageCreateParams

__all__ = ["Conversation"]


class Conversation:
    """A chat's history over a base request (model, system, tools...).

    Args:
        request: The request every turn builds on; its messages start the history.
        cache: Mark the latest turn of each request for prompt caching: ``"5m"``, ``"1h"``
            or True (5 minutes); None for no marking.
    """

    def __init__(self, request: MessageRequest, *, cache: Cache = None) -> None:
        self._request = request
        self.cache = cache

    def __repr__(self) -> str:
        return f"Conversation(model={self._request.model!r}, turns={len(self)})"

    def __len__(self) -> int:
        return len(self._request.messages)

    @property
    def messages(self) -> tuple[MessageParam, ...]:
        """The history, oldest first, without cache marks."""
        return self._request.messages

    @property
    def betas(self) -> tuple[str, ...]:
        """The base request's betas (sent with each request)."""
        return self._request.betas

    @property
    def request(self) -> MessageRequest:
        """The next request: the history, the latest turn marked when caching is on."""
        if self.cache in (None, False) or not self._request.messages:
            return self._request
        return self._request.cache_latest("5m" if self.cache is True else self.cache)  # type: ignore[arg-type]

    def user(self, *content: object, cache: Cache = None) -> None:
        """Add a user turn (see :func:`claude.user`)."""
        self._request = self._request.user(*content, cache=cache)

    def add_reply(self, message: Message) -> None:
        """Add a response ``Message`` as the assistant turn."""
        self._request = self._request.add_reply(message)

    def add(self, *messages: MessageParam | Mapping[str, Any]) -> None:
        """Add message params (or dicts), such as tool results in a ``user(...)`` turn."""
        self._request = self._request.add_messages(*messages)

    def _unchecked_json(self) -> dict[str, Any]:
        """The next request as JSON, for the request pipeline to check once."""
        return self.request._unchecked_json()

    def to_params(self) -> MessageCreateParams:
        """The checked params of the next request (so ``client.messages.create(chat)``)."""
        return self.request.to_params()

    def to_dict(self) -> dict[str, Any]:
        """The checked JSON body of the next request."""
        return self.request.to_dict()
