"""Replies go back into requests: a response model sent where its param is expected.

``messages=[..., {"role": "assistant", "content": reply.content}]`` puts generated response
blocks (``TextBlock``, ``ToolUseBlock``, ``ThinkingBlock`` with its signature,
``RedactedThinkingBlock``, server tool use and result blocks, their citations) where the
request takes ``TextBlockParam``, ``ToolUseBlockParam``... as the official SDK allows. The
coerce step (:func:`claude._build.pipeline.to_json`) writes such a model as its param's JSON:
only the fields the param has, ``null`` members dropped (a reply's ``"citations": null``)
unless the param requires the field (``document_title`` of a citation), extra response-only
keys left out.

The twin of a response model ``X`` is the generated ``XParam`` (``CitationsY`` ->
``CitationYParam`` for the citation locations), found by name in ``claude_api.models`` once
per class; a model without a twin is written as it is.
"""

from __future__ import annotations

from typing import Any

__all__ = ["param_twin_fields"]

_TWINS: dict[type, tuple[frozenset[str], frozenset[str]] | None] = {}


def _twin_names(name: str) -> tuple[str, ...]:
    names = [f"{name}Param"]
    if name.startswith("Citations"):
        names.append(f"Citation{name[len('Citations') :]}Param")
    return tuple(names)


def param_twin_fields(cls: type, json_fields: Any) -> tuple[frozenset[str], frozenset[str]] | None:
    """The JSON field names of the param twin of response model *cls* and those of them it
    requires, or None (no twin).

    Args:
        cls: A generated model class.
        json_fields: ``cls -> ((attribute, JSON name), ...) | None``, the pipeline's reader.
    """
    try:
        return _TWINS[cls]
    except KeyError:
        pass
    found: tuple[frozenset[str], frozenset[str]] | None = None
    if not cls.__name__.endswith("Param"):
        import attrs
        import claude_api.models

        for name in _twin_names(cls.__name__):
            twin = getattr(claude_api.models, name, None)
            fields = json_fields(twin) if isinstance(twin, type) else None
            if fields is not None:
                assert isinstance(twin, type)
                required = {f.name for f in attrs.fields(twin) if f.default is attrs.NOTHING}
                found = (
                    frozenset(json_name for _, json_name in fields),
                    frozenset(name for attribute, name in fields if attribute in required),
                )
                break
    _TWINS[cls] = found
    return found
