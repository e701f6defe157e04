"""The request fields, read once from the generated models (so from the spec).

The JSON field names of a create-message body are the attrs fields of the generated
``MessageCreateParams``; those of a count-tokens body, of ``MessageCountTokensParams``. What
only a create request has (``max_tokens``, sampling, ``stream``...) is their difference. A
field added to the spec shows up here on regeneration, with no overlay edit.
"""

from __future__ import annotations

import functools

__all__ = ["count_tokens_fields", "create_fields", "generation_only", "json_fields"]


def json_fields(cls: type) -> tuple[str, ...]:
    """The JSON names of a generated model's fields (its attribute names), in order."""
    import attrs

    return tuple(field.name for field in attrs.fields(cls) if field.init)


@functools.cache
def create_fields() -> tuple[str, ...]:
    """The fields of a create-message body."""
    from claude_api.models import MessageCreateParams

    return json_fields(MessageCreateParams)


@functools.cache
def count_tokens_fields() -> tuple[str, ...]:
    """The fields of a count-tokens body."""
    from claude_api.models import MessageCountTokensParams

    return json_fields(MessageCountTokensParams)


@functools.cache
def generation_only() -> frozenset[str]:
    """Fields of a create body that a count-tokens body does not take (dropped for it)."""
    return frozenset(create_fields()) - frozenset(count_tokens_fields())
