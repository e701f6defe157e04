"""Resources shaped like the official SDK's: ``client.messages``, ``client.messages.batches``,
``client.models``. Each method is one line over :mod:`._operations` (pure) and the client's
``_request``/``_open`` (seen through a protocol, so this module does not import the client);
the async classes mirror the sync ones signature for signature.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any, Literal, Protocol, TypeVar, Unpack, overload

from . import _operations as ops
from ._call import options_only
from ._pagination import AsyncPaginator, Paginator
from ._stream.jsonl import AsyncJSONLStream, JSONLStream

if TYPE_CHECKING:
    import httpx
    from claude_api.models import (
        DeletedMessageBatch,
        Message,
        MessageBatch,
        MessageBatchIndividualResponse,
        MessageTokensCount,
        ModelInfo,
    )

    from ._build.structured import ParsedMessage
    from ._build.typed_fields import MessageCountTokensFields, MessageCreateFields
    from ._call import Call
    from ._stream.parsed import AsyncParsedMessageStreamManager, ParsedMessageStreamManager
    from ._stream.streams import (
        AsyncEventStream,
        AsyncMessageStreamManager,
        EventStream,
        MessageStreamManager,
    )

__all__ = ["AsyncBatches", "AsyncMessages", "AsyncModels", "Batches", "Messages", "Models"]

T = TypeVar("T")


class Sender(Protocol):
    """What a resource needs of ``claude.Client`` (a protocol: no import of the client)."""

    def _request(self, call: Call[T], /) -> T: ...
    def _open(self, call: Call[Any], /) -> httpx.Response: ...


class AsyncSender(Protocol):
    """What a resource needs of ``claude.AsyncClient``."""

    async def _request(self, call: Call[T], /) -> T: ...
    async def _open(self, call: Call[Any], /) -> httpx.Response: ...


class Messages:
    """``client.messages``."""

    def __init__(self, client: Sender) -> None:
        self._client = client
        self.batches = Batches(client)

    @overload
    def create(
        self,
        params: object = None,
        /,
        *,
        stream: Literal[True],
        **fields: Unpack[MessageCreateFields],
    ) -> EventStream: ...
    @overload
    def create(
        self,
        params: object = None,
        /,
        *,
        stream: Literal[False] | None = None,
        **fields: Unpack[MessageCreateFields],
    ) -> Message: ...
    @overload
    def create(
        self, params: object = None, /, *, stream: bool, **fields: Unpack[MessageCreateFields]
    ) -> Message | EventStream: ...
    def create(self, params: object = None, /, **fields: Any) -> Message | EventStream:
        """Create a message.

        Args:
            params: A ``MessageRequest`` builder, a ``MessageCreateParams``, or a dict;
                keyword fields are merged over it.
            **fields: API fields (``model``, ``max_tokens``, ``messages``, ...) and per-call
                options ``timeout``, ``max_retries``, ``extra_headers``, ``betas``.

        Returns:
            The generated ``Message``; with ``stream=True``, an iterator of stream events.
        """
        call, body = ops.messages_create(params, fields)
        if body.data.get("stream"):
            from ._stream.streams import EventStream

            return EventStream(self._client._open(call))
        return self._client._request(call)

    @overload
    def stream(
        self, params: object = None, /, *, output_format: None = None,
        **fields: Unpack[MessageCreateFields],
    ) -> MessageStreamManager: ...  # fmt: skip
    @overload
    def stream(
        self, params: object = None, /, *, output_format: type[T] | Mapping[str, Any],
        **fields: Unpack[MessageCreateFields],
    ) -> ParsedMessageStreamManager[T]: ...  # fmt: skip
    def stream(
        self, params: object = None, /, *, output_format: Any = None, **fields: Any
    ) -> MessageStreamManager | ParsedMessageStreamManager[Any]:  # fmt: skip
        """Stream a message: ``with client.messages.stream(...) as stream: ...``; with
        *output_format* (as for :meth:`parse`) the final message is a ``ParsedMessage``."""
        fields = {**fields, "stream": True}
        if output_format is None:
            from ._stream.streams import MessageStreamManager

            call, _ = ops.messages_create(params, fields)
            return MessageStreamManager(lambda: self._client._open(call))
        from ._stream.parsed import ParsedMessageStreamManager

        call, spec = ops.messages_structured(params, fields, output_format)
        return ParsedMessageStreamManager(lambda: self._client._open(call), spec)

    def count_tokens(
        self, params: object = None, /, **fields: Unpack[MessageCountTokensFields]
    ) -> MessageTokensCount:
        """Count the input tokens of a request (a create request is accepted too)."""
        return self._client._request(ops.messages_count_tokens(params, dict(fields)))

    def parse(
        self,
        params: object = None,
        /,
        *,
        output_format: type[T] | Mapping[str, Any],
        **fields: Unpack[MessageCreateFields],
    ) -> ParsedMessage[T]:
        """Create a message whose reply is JSON following *output_format*, parsed into it.

        *output_format* is a dataclass, TypedDict, attrs class, pydantic model or JSON schema;
        the result has ``parsed_output`` and ``message`` (see :mod:`claude._build.structured`).
        """
        call, spec = ops.messages_structured(params, dict(fields), output_format)
        return spec.parse(self._client._request(call))


class Models:
    """``client.models``."""

    def __init__(self, client: Sender) -> None:
        self._client = client

    def list(
        self, *, after_id: str | None = None, before_id: str | None = None,
        limit: int | None = None, lifecycle: Sequence[str] | None = None, **options: Any,
    ) -> Paginator[ModelInfo]:  # fmt: skip
        """Every model, fetched page by page as the iteration goes (``.pages()`` for pages).

        ``lifecycle`` keeps models in those stages (``active``, ``deprecated``, ``retired``);
        without it the API lists active and deprecated models.
        """
        call_options = options_only(options)
        params = ops.models_list_params(after_id, before_id, limit, lifecycle)
        return Paginator(
            lambda query: self._client._request(ops.models_list(query, call_options)), params
        )

    def retrieve(self, model_id: str, **options: Any) -> ModelInfo:
        """One model by id or alias."""
        return self._client._request(ops.models_retrieve(model_id, options))


class Batches:
    """``client.messages.batches``."""

    def __init__(self, client: Sender) -> None:
        self._client = client

    def create(self, *, requests: object, **fields: Any) -> MessageBatch:
        """Create a batch; each request is a dict, or a ``(custom_id, params)`` pair."""
        return self._client._request(ops.batches_create(requests, fields))

    def list(
        self, *, after_id: str | None = None, before_id: str | None = None,
        limit: int | None = None, **options: Any,
    ) -> Paginator[MessageBatch]:  # fmt: skip
        """Every batch, fetched page by page as the iteration goes."""
        call_options = options_only(options)
        params = ops.list_params(after_id, before_id, limit)
        return Paginator(
            lambda query: self._client._request(ops.batches_list(query, call_options)), params
        )

    def retrieve(self, message_batch_id: str, **options: Any) -> MessageBatch:
        """One batch."""
        return self._client._request(ops.batches_retrieve(message_batch_id, options))

    def cancel(self, message_batch_id: str, **options: Any) -> MessageBatch:
        """Ask a batch to stop."""
        return self._client._request(ops.batches_cancel(message_batch_id, options))

    def delete(self, message_batch_id: str, **options: Any) -> DeletedMessageBatch:
        """Delete an ended batch."""
        return self._client._request(ops.batches_delete(message_batch_id, options))

    @overload
    def results(
        self, message_batch_id: str, *, parse: Literal["typed"] = ..., **options: Any
    ) -> JSONLStream[MessageBatchIndividualResponse]: ...
    @overload
    def results(
        self, message_batch_id: str, *, parse: Literal["dict"], **options: Any
    ) -> JSONLStream[dict[str, Any]]: ...
    def results(
        self, message_batch_id: str, *, parse: str = "typed", **options: Any
    ) -> JSONLStream[Any]:
        """The results, parsed one line at a time in constant memory (use in a ``with``).

        Args:
            message_batch_id: The batch.
            parse: ``"typed"`` (default) yields ``MessageBatchIndividualResponse`` models;
                ``"dict"`` yields each line's decoded JSON object, several times cheaper
                for very large result files (BENCHMARKS.md gives the measured cost of both).
            **options: Per-call options, applied to both requests.
        """
        parse_line = ops.result_line_parser(parse)
        # the options (headers, timeout...) apply to both requests: the batch, then its results
        batch = self._client._request(ops.batches_retrieve(message_batch_id, dict(options)))
        call = ops.batches_results(batch, options_only(options))
        return JSONLStream(self._client._open(call), parse_line)


class AsyncMessages:
    """``client.messages`` of an :class:`AsyncClient`."""

    def __init__(self, client: AsyncSender) -> None:
        self._client = client
        self.batches = AsyncBatches(client)

    @overload
    async def create(
        self,
        params: object = None,
        /,
        *,
        stream: Literal[True],
        **fields: Unpack[MessageCreateFields],
    ) -> AsyncEventStream: ...
    @overload
    async def create(
        self,
        params: object = None,
        /,
        *,
        stream: Literal[False] | None = None,
        **fields: Unpack[MessageCreateFields],
    ) -> Message: ...
    @overload
    async def create(
        self, params: object = None, /, *, stream: bool, **fields: Unpack[MessageCreateFields]
    ) -> Message | AsyncEventStream: ...
    async def create(self, params: object = None, /, **fields: Any) -> Message | AsyncEventStream:
        """Create a message (see :meth:`Messages.create`)."""
        call, body = ops.messages_create(params, fields)
        if body.data.get("stream"):
            from ._stream.streams import AsyncEventStream

            return AsyncEventStream(await self._client._open(call))
        return await self._client._request(call)

    @overload
    def stream(
        self, params: object = None, /, *, output_format: None = None,
        **fields: Unpack[MessageCreateFields],
    ) -> AsyncMessageStreamManager: ...  # fmt: skip
    @overload
    def stream(
        self, params: object = None, /, *, output_format: type[T] | Mapping[str, Any],
        **fields: Unpack[MessageCreateFields],
    ) -> AsyncParsedMessageStreamManager[T]: ...  # fmt: skip
    def stream(
        self, params: object = None, /, *, output_format: Any = None, **fields: Any
    ) -> AsyncMessageStreamManager | AsyncParsedMessageStreamManager[Any]:  # fmt: skip
        """Stream a message: ``async with client.messages.stream(...) as stream`` (as sync)."""
        fields = {**fields, "stream": True}
        if output_format is None:
            from ._stream.streams import AsyncMessageStreamManager

            call, _ = ops.messages_create(params, fields)
            return AsyncMessageStreamManager(lambda: self._client._open(call))
        from ._stream.parsed import AsyncParsedMessageStreamManager

        call, spec = ops.messages_structured(params, fields, output_format)
        return AsyncParsedMessageStreamManager(lambda: self._client._open(call), spec)

    async def count_tokens(
        self, params: object = None, /, **fields: Unpack[MessageCountTokensFields]
    ) -> MessageTokensCount:
        """Count the input tokens of a request (a create request is accepted too)."""
        return await self._client._request(ops.messages_count_tokens(params, dict(fields)))

    async def parse(
        self,
        params: object = None,
        /,
        *,
        output_format: type[T] | Mapping[str, Any],
        **fields: Unpack[MessageCreateFields],
    ) -> ParsedMessage[T]:
        """Create a message and parse its JSON reply (see :meth:`Messages.parse`)."""
        call, spec = ops.messages_structured(params, dict(fields), output_format)
        return spec.parse(await self._client._request(call))


class AsyncModels:
    """``client.models`` of an :class:`AsyncClient`."""

    def __init__(self, client: AsyncSender) -> None:
        self._client = client

    def list(
        self, *, after_id: str | None = None, before_id: str | None = None,
        limit: int | None = None, lifecycle: Sequence[str] | None = None, **options: Any,
    ) -> AsyncPaginator[ModelInfo]:  # fmt: skip
        """Every model: ``async for model in client.models.list()`` (``lifecycle``: see sync)."""
        call_options = options_only(options)
        params = ops.models_list_params(after_id, before_id, limit, lifecycle)
        return AsyncPaginator(
            lambda query: self._client._request(ops.models_list(query, call_options)), params
        )

    async def retrieve(self, model_id: str, **options: Any) -> ModelInfo:
        """One model by id or alias."""
        return await self._client._request(ops.models_retrieve(model_id, options))


class AsyncBatches:
    """``client.messages.batches`` of an :class:`AsyncClient`."""

    def __init__(self, client: AsyncSender) -> None:
        self._client = client

    async def create(self, *, requests: object, **fields: Any) -> MessageBatch:
        """Create a batch; each request is a dict, or a ``(custom_id, params)`` pair."""
        return await self._client._request(ops.batches_create(requests, fields))

    def list(
        self, *, after_id: str | None = None, before_id: str | None = None,
        limit: int | None = None, **options: Any,
    ) -> AsyncPaginator[MessageBatch]:  # fmt: skip
        """Every batch: ``async for batch in client.messages.batches.list()``."""
        call_options = options_only(options)
        params = ops.list_params(after_id, before_id, limit)
        return AsyncPaginator(
            lambda query: self._client._request(ops.batches_list(query, call_options)), params
        )

    async def retrieve(self, message_batch_id: str, **options: Any) -> MessageBatch:
        """One batch."""
        return await self._client._request(ops.batches_retrieve(message_batch_id, options))

    async def cancel(self, message_batch_id: str, **options: Any) -> MessageBatch:
        """Ask a batch to stop."""
        return await self._client._request(ops.batches_cancel(message_batch_id, options))

    async def delete(self, message_batch_id: str, **options: Any) -> DeletedMessageBatch:
        """Delete an ended batch."""
        return await self._client._request(ops.batches_delete(message_batch_id, options))

    @overload
    async def results(
        self, message_batch_id: str, *, parse: Literal["typed"] = ..., **options: Any
    ) -> AsyncJSONLStream[MessageBatchIndividualResponse]: ...
    @overload
    async def results(
        self, message_batch_id: str, *, parse: Literal["dict"], **options: Any
    ) -> AsyncJSONLStream[dict[str, Any]]: ...
    async def results(
        self, message_batch_id: str, *, parse: str = "typed", **options: Any
    ) -> AsyncJSONLStream[Any]:
        """The results: ``async for line in await client.messages.batches.results(id)``.

        ``parse`` is as for :meth:`Batches.results` (``"typed"`` or ``"dict"``).
        """
        parse_line = ops.result_line_parser(parse)
        # the options (headers, timeout...) apply to both requests: the batch, then its results
        batch = await self._client._request(ops.batches_retrieve(message_batch_id, dict(options)))
        call = ops.batches_results(batch, options_only(options))
        return AsyncJSONLStream(await self._client._open(call), parse_line)
