"""One pure function per API operation: user arguments in, a :class:`Call` out.

Paths, methods and parameters come from the generated ``_get_kwargs`` of each operation, so a
spec change flows through; the generated modules are imported on first use to keep
``import claude`` cheap.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any

from ._build.pipeline import BATCH_CREATE, COUNT_TOKENS, CREATE, JSONBody, prepare
from ._call import Call, CallOptions, options_only, pop_options

if TYPE_CHECKING:
    from claude_api.models import (
        DeletedMessageBatch,
        ListMessageBatchesResponse,
        ListModelsResponse,
        Message,
        MessageBatch,
        MessageBatchIndividualResponse,
        MessageTokensCount,
        ModelInfo,
    )

    from ._build.structured import OutputSpec

__all__ = [
    "batches_cancel",
    "batches_create",
    "batches_delete",
    "batches_list",
    "batches_results",
    "batches_retrieve",
    "list_params",
    "messages_count_tokens",
    "messages_create",
    "messages_structured",
    "models_list",
    "models_list_params",
    "models_retrieve",
    "result_line_parser",
]


def _path_id(name: str, value: object) -> str:
    from ._errors import RequestValidationError

    if not isinstance(value, str) or not value:
        raise RequestValidationError("expected a non-empty string id", field=name, value=value)
    return value


def _builder_betas(options: CallOptions, params: object) -> CallOptions:
    """A builder's ``betas`` (``MessageRequest.betas``) as the call's, unless it passed some."""
    from ._build.pipeline import ParamsBuilder

    betas = getattr(params, "betas", None)
    if options.betas is not None or not betas or not isinstance(params, ParamsBuilder):
        return options
    return dataclasses.replace(options, betas=tuple(betas))


def messages_create(params: object, fields: dict[str, Any]) -> tuple[Call[Message], JSONBody]:
    """The create-message call, and its body (the caller checks ``stream``)."""
    from claude_api.api.messages import messages_create as op
    from claude_api.models import Message

    options = _builder_betas(pop_options(fields), params)
    body = prepare(CREATE, params, fields)
    return Call(op._get_kwargs(body=body), Message.from_dict, options), body  # type: ignore[arg-type]


def messages_structured(
    params: object, fields: dict[str, Any], output_format: Any
) -> tuple[Call[Message], OutputSpec[Any]]:
    """The create-message call asking for JSON of *output_format*, and the spec to parse it."""
    from ._build.structured import prepare as with_output_format

    params, merged, spec = with_output_format(params, fields, output_format)
    call, _ = messages_create(params, merged)
    return call, spec


def messages_count_tokens(params: object, fields: dict[str, Any]) -> Call[MessageTokensCount]:
    """The count-tokens call; a create request is accepted (its generation fields dropped)."""
    from claude_api.api.messages import messages_count_tokens as op
    from claude_api.models import MessageTokensCount

    options = _builder_betas(pop_options(fields), params)
    body = prepare(COUNT_TOKENS, params, fields)
    return Call(op._get_kwargs(body=body), MessageTokensCount.from_dict, options)  # type: ignore[arg-type]


def list_params(after_id: str | None, before_id: str | None, limit: int | None) -> dict[str, Any]:
    """The query of a list call, with a clear error for a bad limit or both cursors."""
    from ._errors import RequestValidationError

    if after_id is not None and before_id is not None:
        raise RequestValidationError(
            "after_id and before_id cannot be combined", field="before_id", value=before_id
        )
    if limit is not None and (isinstance(limit, bool) or not 1 <= limit <= 1000):
        raise RequestValidationError("limit must be from 1 to 1000", field="limit", value=limit)
    params = {"after_id": after_id, "before_id": before_id, "limit": limit}
    return {k: v for k, v in params.items() if v is not None}


LIFECYCLES = ("active", "deprecated", "retired")  # the spec's `ModelInfoLifecycle`
MAX_LIFECYCLES = 3  # the `lifecycle[]` parameter's `maxItems`


def models_list_params(
    after_id: str | None, before_id: str | None, limit: int | None, lifecycle: object
) -> dict[str, Any]:
    """The query of ``models.list``: the list query and the ``lifecycle`` filter, checked."""
    from ._errors import RequestValidationError

    params = list_params(after_id, before_id, limit)
    if lifecycle is None:
        return params
    if isinstance(lifecycle, str) or not isinstance(lifecycle, list | tuple):
        raise RequestValidationError(
            "lifecycle must be a list of stages", field="lifecycle", value=lifecycle
        )
    if not 1 <= len(lifecycle) <= MAX_LIFECYCLES:
        raise RequestValidationError(
            f"lifecycle takes 1 to {MAX_LIFECYCLES} stages", field="lifecycle", value=lifecycle
        )
    for index, stage in enumerate(lifecycle):
        if stage not in LIFECYCLES:
            raise RequestValidationError(
                f"lifecycle stages are {', '.join(LIFECYCLES)}",
                field=f"lifecycle[{index}]",
                value=stage,
            )
    return {**params, "lifecycle": list(lifecycle)}


def models_list(params: Mapping[str, Any], options: CallOptions) -> Call[ListModelsResponse]:
    """One page of models."""
    from claude_api.api.models import models_list as op
    from claude_api.models import ListModelsResponse

    return Call(op._get_kwargs(**params), ListModelsResponse.from_dict, options)


def models_retrieve(model_id: str, fields: dict[str, Any]) -> Call[ModelInfo]:
    """One model."""
    from claude_api.api.models import models_retrieve as op
    from claude_api.models import ModelInfo

    options = options_only(fields)
    return Call(op._get_kwargs(_path_id("model_id", model_id)), ModelInfo.from_dict, options)


def batches_create(requests: object, fields: dict[str, Any]) -> Call[MessageBatch]:
    """Create a batch from requests: dicts, or (custom_id, params-or-builder) pairs."""
    from claude_api.api.message_batches import message_batches_create as op
    from claude_api.models import MessageBatch

    options = pop_options(fields)
    body = prepare(BATCH_CREATE, None, {"requests": requests, **fields})
    return Call(op._get_kwargs(body=body), MessageBatch.from_dict, options)  # type: ignore[arg-type]


def batches_list(
    params: Mapping[str, Any], options: CallOptions
) -> Call[ListMessageBatchesResponse]:
    """One page of batches."""
    from claude_api.api.message_batches import message_batches_list as op
    from claude_api.models import ListMessageBatchesResponse

    return Call(op._get_kwargs(**params), ListMessageBatchesResponse.from_dict, options)


def batches_retrieve(batch_id: str, fields: dict[str, Any]) -> Call[MessageBatch]:
    """One batch."""
    from claude_api.api.message_batches import message_batches_retrieve as op
    from claude_api.models import MessageBatch

    options = options_only(fields)
    kwargs = op._get_kwargs(_path_id("message_batch_id", batch_id))
    return Call(kwargs, MessageBatch.from_dict, options)


def batches_cancel(batch_id: str, fields: dict[str, Any]) -> Call[MessageBatch]:
    """Cancel a batch."""
    from claude_api.api.message_batches import message_batches_cancel as op
    from claude_api.models import MessageBatch

    options = options_only(fields)
    kwargs = op._get_kwargs(_path_id("message_batch_id", batch_id))
    return Call(kwargs, MessageBatch.from_dict, options)


def batches_delete(batch_id: str, fields: dict[str, Any]) -> Call[DeletedMessageBatch]:
    """Delete a batch."""
    from claude_api.api.message_batches import message_batches_delete as op
    from claude_api.models import DeletedMessageBatch

    options = options_only(fields)
    kwargs = op._get_kwargs(_path_id("message_batch_id", batch_id))
    return Call(kwargs, DeletedMessageBatch.from_dict, options)


def batches_results(
    batch: MessageBatch, options: CallOptions
) -> Call[MessageBatchIndividualResponse]:
    """The results download of an ended batch, from its ``results_url``."""
    from claude_api.api.message_batches import message_batches_results as op
    from claude_api.models import MessageBatchIndividualResponse

    from ._errors import ClaudeError

    results_url = batch.results_url
    if not isinstance(results_url, str) or not results_url:
        raise ClaudeError(
            f"batch {batch.id} has no results_url yet (processing_status="
            f"{batch.processing_status!r}); results are available once it has ended"
        )
    kwargs = {**op._get_kwargs(batch.id), "url": results_url}
    return Call(kwargs, MessageBatchIndividualResponse.from_dict, options)


def result_line_parser(parse: str) -> Callable[[object], Any]:
    """The line parser for ``results(..., parse=...)``: ``"typed"`` (models) or ``"dict"``."""
    if parse == "typed":  # the generated parser itself: one call less per line
        from claude_api.models import MessageBatchIndividualResponse

        typed: Callable[[Any], Any] = MessageBatchIndividualResponse.from_dict
        return typed  # a non-object line fails in it with a TypeError, named by the reader
    if parse == "dict":
        return parse_result_dict
    raise ValueError(f"parse must be 'typed' or 'dict', got {parse!r}")


def parse_result_dict(data: object) -> dict[str, Any]:
    """One results line as the decoded JSON object (no model is built)."""
    if not isinstance(data, dict):
        raise TypeError(f"expected a JSON object, got {type(data).__name__}")
    return data
