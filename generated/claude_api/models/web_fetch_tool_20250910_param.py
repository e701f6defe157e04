# Generated from openapi/claude-api.yaml by openapi-python-client. Do not edit by hand:
# change the spec (or openapi/generator-config.yaml) and run `nox -s generate`.
from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import (
    TYPE_CHECKING,
    Any,
    Literal,
    TypeVar,
    cast,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from claude_api.models.tool_allowed_caller import (
    ToolAllowedCaller,
    check_tool_allowed_caller,
)
from claude_api.types import (
    NULL,
    UNSET,
    MissingFieldError,
    Model,
    Unset,
    attribute_error,
    model_eq,
    model_from_json,
    model_getstate,
    model_repr,
    model_setstate,
    model_to_json,
    new_model,
    partial_to_dict,
)

if TYPE_CHECKING:
    from claude_api.models.cache_control_ephemeral_param import CacheControlEphemeralParam
    from claude_api.models.citations_config_param import CitationsConfigParam
    from claude_api.models.web_fetch_url_sources_param import WebFetchURLSourcesParam


T = TypeVar("T", bound="WebFetchTool20250910Param")

# Attribute name -> JSON key of every field, and the set of known JSON keys.
_WIRE_NAMES: dict[str, str] = {
    "name": "name",
    "type": "type",
    "allowed_callers": "allowed_callers",
    "allowed_domains": "allowed_domains",
    "blocked_domains": "blocked_domains",
    "cache_control": "cache_control",
    "citations": "citations",
    "defer_loading": "defer_loading",
    "max_content_tokens": "max_content_tokens",
    "max_uses": "max_uses",
    "strict": "strict",
    "url_sources": "url_sources",
}
_KNOWN: frozenset[str] = frozenset(_WIRE_NAMES.values())
# The fields the spec does not require: absent, they read as None (and stay out of `to_dict`).
_OPTIONAL: frozenset[str] = frozenset(
    {
        "allowed_callers",
        "allowed_domains",
        "blocked_domains",
        "cache_control",
        "citations",
        "defer_loading",
        "max_content_tokens",
        "max_uses",
        "strict",
        "url_sources",
    }
)
# Those of them that may also be null, each with its bit in `_absent`, set when the field was
# left out (None alone cannot tell absent from null).
_NULLABLE: dict[str, int] = {
    "allowed_domains": 1,
    "blocked_domains": 2,
    "cache_control": 4,
    "citations": 8,
    "max_content_tokens": 16,
    "max_uses": 32,
    "url_sources": 64,
}
_imported = False


def _import_models() -> None:
    """Import the models this one refers to, once, on first use (they import each other)."""
    global _imported, CacheControlEphemeralParam, CitationsConfigParam, WebFetchURLSourcesParam
    from claude_api.models.cache_control_ephemeral_param import (
        CacheControlEphemeralParam,  # noqa: PLC0415
    )
    from claude_api.models.citations_config_param import CitationsConfigParam  # noqa: PLC0415
    from claude_api.models.web_fetch_url_sources_param import WebFetchURLSourcesParam  # noqa: PLC0415

    _imported = True


def _parse_allowed_domains(data: object) -> list[str] | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    if not isinstance(data, list):
        raise TypeError(f"unexpected {type(data).__name__} for allowed_domains")
    allowed_domains_type_0 = cast("list[str]", data)

    return allowed_domains_type_0


def _parse_blocked_domains(data: object) -> list[str] | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    if not isinstance(data, list):
        raise TypeError(f"unexpected {type(data).__name__} for blocked_domains")
    blocked_domains_type_0 = cast("list[str]", data)

    return blocked_domains_type_0


@_attrs_define(init=False)  # the __init__ below: a field given no value reads None
class WebFetchTool20250910Param(Model):
    """Server tool definition, version `web_fetch_20250910`.

    Attributes:
        name (Literal['web_fetch']):  Default: 'web_fetch'.
        type (Literal['web_fetch_20250910']):  Default: 'web_fetch_20250910'.
        allowed_callers (list[ToolAllowedCaller] | Unset):
        allowed_domains (list[str] | None | Unset):
        blocked_domains (list[str] | None | Unset):
        cache_control (CacheControlEphemeralParam | None | Unset):
        citations (CitationsConfigParam | None | Unset):
        defer_loading (bool | Unset):
        max_content_tokens (int | None | Unset):
        max_uses (int | None | Unset):
        strict (bool | Unset):
        url_sources (None | Unset | WebFetchURLSourcesParam):
    """

    _optional_ = _OPTIONAL
    _nullable_ = _NULLABLE

    name: Literal["web_fetch"] = "web_fetch"
    type: Literal["web_fetch_20250910"] = "web_fetch_20250910"
    allowed_callers: list[ToolAllowedCaller] | Unset = UNSET
    allowed_domains: list[str] | None | Unset = UNSET
    blocked_domains: list[str] | None | Unset = UNSET
    cache_control: CacheControlEphemeralParam | None | Unset = UNSET
    citations: CitationsConfigParam | None | Unset = UNSET
    defer_loading: bool | Unset = UNSET
    max_content_tokens: int | None | Unset = UNSET
    max_uses: int | None | Unset = UNSET
    strict: bool | Unset = UNSET
    url_sources: None | Unset | WebFetchURLSourcesParam = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __init__(
        self,
        name: Literal["web_fetch"] = "web_fetch",
        type: Literal["web_fetch_20250910"] = "web_fetch_20250910",
        allowed_callers: list[ToolAllowedCaller] | Unset = UNSET,
        allowed_domains: list[str] | None | Unset = UNSET,
        blocked_domains: list[str] | None | Unset = UNSET,
        cache_control: CacheControlEphemeralParam | None | Unset = UNSET,
        citations: CitationsConfigParam | None | Unset = UNSET,
        defer_loading: bool | Unset = UNSET,
        max_content_tokens: int | None | Unset = UNSET,
        max_uses: int | None | Unset = UNSET,
        strict: bool | Unset = UNSET,
        url_sources: None | Unset | WebFetchURLSourcesParam = UNSET,
    ) -> None:
        absent = 0
        self.name = name
        self.type = type
        self.allowed_callers = NULL if allowed_callers is UNSET else allowed_callers
        if allowed_domains is UNSET:
            absent |= 1
        self.allowed_domains = NULL if allowed_domains is UNSET else allowed_domains
        if blocked_domains is UNSET:
            absent |= 2
        self.blocked_domains = NULL if blocked_domains is UNSET else blocked_domains
        if cache_control is UNSET:
            absent |= 4
        self.cache_control = NULL if cache_control is UNSET else cache_control
        if citations is UNSET:
            absent |= 8
        self.citations = NULL if citations is UNSET else citations
        self.defer_loading = NULL if defer_loading is UNSET else defer_loading
        if max_content_tokens is UNSET:
            absent |= 16
        self.max_content_tokens = NULL if max_content_tokens is UNSET else max_content_tokens
        if max_uses is UNSET:
            absent |= 32
        self.max_uses = NULL if max_uses is UNSET else max_uses
        self.strict = NULL if strict is UNSET else strict
        if url_sources is UNSET:
            absent |= 64
        self.url_sources = NULL if url_sources is UNSET else url_sources
        self._absent = absent  # type: ignore[misc]  # a slot of types.Model (unseen by mypy's attrs plugin)

    def to_dict(self) -> dict[str, Any]:
        if not _imported:
            _import_models()
        try:
            name = self.name

            type_ = self.type

            allowed_callers_value = self.allowed_callers
            if allowed_callers_value is None:  # null is not allowed here: None means absent
                allowed_callers_value = UNSET
            allowed_callers: list[str] | Unset = UNSET
            if not isinstance(allowed_callers_value, Unset):
                allowed_callers = []
                for allowed_callers_item_data in allowed_callers_value:
                    allowed_callers_item: str = allowed_callers_item_data
                    allowed_callers.append(allowed_callers_item)

            allowed_domains_value = self.allowed_domains
            if allowed_domains_value is None and self._absent & 1:
                allowed_domains_value = UNSET
            allowed_domains: list[str] | None | Unset
            if isinstance(allowed_domains_value, Unset):
                allowed_domains = UNSET
            elif isinstance(allowed_domains_value, list):
                allowed_domains = allowed_domains_value

            else:
                allowed_domains = allowed_domains_value

            blocked_domains_value = self.blocked_domains
            if blocked_domains_value is None and self._absent & 2:
                blocked_domains_value = UNSET
            blocked_domains: list[str] | None | Unset
            if isinstance(blocked_domains_value, Unset):
                blocked_domains = UNSET
            elif isinstance(blocked_domains_value, list):
                blocked_domains = blocked_domains_value

            else:
                blocked_domains = blocked_domains_value

            cache_control_value = self.cache_control
            if cache_control_value is None and self._absent & 4:
                cache_control_value = UNSET
            cache_control: dict[str, Any] | None | Unset
            if isinstance(cache_control_value, Unset):
                cache_control = UNSET
            elif isinstance(cache_control_value, CacheControlEphemeralParam):
                cache_control = cache_control_value.to_dict()
            else:
                cache_control = cache_control_value

            citations_value = self.citations
            if citations_value is None and self._absent & 8:
                citations_value = UNSET
            citations: dict[str, Any] | None | Unset
            if isinstance(citations_value, Unset):
                citations = UNSET
            elif isinstance(citations_value, CitationsConfigParam):
                citations = citations_value.to_dict()
            else:
                citations = citations_value

            defer_loading_value = self.defer_loading
            if defer_loading_value is None:  # null is not allowed here: None means absent
                defer_loading_value = UNSET
            defer_loading = defer_loading_value

            max_content_tokens_value = self.max_content_tokens
            if max_content_tokens_value is None and self._absent & 16:
                max_content_tokens_value = UNSET
            max_content_tokens: int | None | Unset
            if isinstance(max_content_tokens_value, Unset):
                max_content_tokens = UNSET
            else:
                max_content_tokens = max_content_tokens_value

            max_uses_value = self.max_uses
            if max_uses_value is None and self._absent & 32:
                max_uses_value = UNSET
            max_uses: int | None | Unset
            if isinstance(max_uses_value, Unset):
                max_uses = UNSET
            else:
                max_uses = max_uses_value

            strict_value = self.strict
            if strict_value is None:  # null is not allowed here: None means absent
                strict_value = UNSET
            strict = strict_value

            url_sources_value = self.url_sources
            if url_sources_value is None and self._absent & 64:
                url_sources_value = UNSET
            url_sources: dict[str, Any] | None | Unset
            if isinstance(url_sources_value, Unset):
                url_sources = UNSET
            elif isinstance(url_sources_value, WebFetchURLSourcesParam):
                url_sources = url_sources_value.to_dict()
            else:
                url_sources = url_sources_value

            field_dict: dict[str, Any] = {}
            field_dict.update(self.additional_properties)
            field_dict.update(
                {
                    "name": name,
                    "type": type_,
                }
            )
            if allowed_callers is not UNSET:
                field_dict["allowed_callers"] = allowed_callers
            if allowed_domains is not UNSET:
                field_dict["allowed_domains"] = allowed_domains
            if blocked_domains is not UNSET:
                field_dict["blocked_domains"] = blocked_domains
            if cache_control is not UNSET:
                field_dict["cache_control"] = cache_control
            if citations is not UNSET:
                field_dict["citations"] = citations
            if defer_loading is not UNSET:
                field_dict["defer_loading"] = defer_loading
            if max_content_tokens is not UNSET:
                field_dict["max_content_tokens"] = max_content_tokens
            if max_uses is not UNSET:
                field_dict["max_uses"] = max_uses
            if strict is not UNSET:
                field_dict["strict"] = strict
            if url_sources is not UNSET:
                field_dict["url_sources"] = url_sources

            return field_dict

        except MissingFieldError:  # built from data that lacked a required field
            return partial_to_dict(self, _WIRE_NAMES)

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:  # a field may be `type`
        if not isinstance(src_dict, dict) and not isinstance(src_dict, Mapping):
            raise TypeError(f"{cls.__name__} expects a JSON object, got {type(src_dict).__name__}")
        if not _imported:
            _import_models()
        missing = 0  # fields the data lacks: len(src_dict) + missing > fields means extra keys
        if "name" in src_dict:
            _name = src_dict["name"]
            if _name != "web_fetch":
                raise ValueError(f"name must match const 'web_fetch', got '{_name}'")
            name: Literal["web_fetch"] = "web_fetch"

        else:
            name = "web_fetch"
            missing += 1

        if "type" in src_dict:
            _type_ = src_dict["type"]
            if _type_ != "web_fetch_20250910":
                raise ValueError(f"type must match const 'web_fetch_20250910', got '{_type_}'")
            type_: Literal["web_fetch_20250910"] = "web_fetch_20250910"

        else:
            type_ = "web_fetch_20250910"
            missing += 1

        _allowed_callers = src_dict.get("allowed_callers", UNSET)
        allowed_callers: list[ToolAllowedCaller] | Unset = UNSET
        if _allowed_callers is not UNSET:
            allowed_callers = [
                check_tool_allowed_caller(allowed_callers_item_data)
                for allowed_callers_item_data in _allowed_callers
            ]

        allowed_domains = src_dict.get("allowed_domains", UNSET)
        if allowed_domains is not None and allowed_domains is not UNSET:
            allowed_domains = _parse_allowed_domains(allowed_domains)

        blocked_domains = src_dict.get("blocked_domains", UNSET)
        if blocked_domains is not None and blocked_domains is not UNSET:
            blocked_domains = _parse_blocked_domains(blocked_domains)

        cache_control = src_dict.get("cache_control", UNSET)
        if cache_control is not None and cache_control is not UNSET:
            cache_control = CacheControlEphemeralParam.from_dict(cache_control)

        citations = src_dict.get("citations", UNSET)
        if citations is not None and citations is not UNSET:
            citations = CitationsConfigParam.from_dict(citations)

        defer_loading = src_dict.get("defer_loading", UNSET)

        max_content_tokens: int | None | Unset = src_dict.get("max_content_tokens", UNSET)

        max_uses: int | None | Unset = src_dict.get("max_uses", UNSET)

        strict = src_dict.get("strict", UNSET)

        url_sources = src_dict.get("url_sources", UNSET)
        if url_sources is not None and url_sources is not UNSET:
            url_sources = WebFetchURLSourcesParam.from_dict(url_sources)

        # Stores into the slots, no __init__ call (measured: the call was a third of a small
        # model's parse); a field the data lacks reads None.
        web_fetch_tool_20250910_param = new_model(cls)
        absent = 0
        web_fetch_tool_20250910_param.name = name
        web_fetch_tool_20250910_param.type = type_
        if allowed_callers is UNSET:
            web_fetch_tool_20250910_param.allowed_callers = NULL  # None, typed for the annotation
            missing += 1
        else:
            web_fetch_tool_20250910_param.allowed_callers = allowed_callers
        if allowed_domains is UNSET:
            absent |= 1
            web_fetch_tool_20250910_param.allowed_domains = None
            missing += 1
        else:
            web_fetch_tool_20250910_param.allowed_domains = allowed_domains
        if blocked_domains is UNSET:
            absent |= 2
            web_fetch_tool_20250910_param.blocked_domains = None
            missing += 1
        else:
            web_fetch_tool_20250910_param.blocked_domains = blocked_domains
        if cache_control is UNSET:
            absent |= 4
            web_fetch_tool_20250910_param.cache_control = None
            missing += 1
        else:
            web_fetch_tool_20250910_param.cache_control = cache_control
        if citations is UNSET:
            absent |= 8
            web_fetch_tool_20250910_param.citations = None
            missing += 1
        else:
            web_fetch_tool_20250910_param.citations = citations
        if defer_loading is UNSET:
            web_fetch_tool_20250910_param.defer_loading = NULL  # None, typed for the annotation
            missing += 1
        else:
            web_fetch_tool_20250910_param.defer_loading = defer_loading
        if max_content_tokens is UNSET:
            absent |= 16
            web_fetch_tool_20250910_param.max_content_tokens = None
            missing += 1
        else:
            web_fetch_tool_20250910_param.max_content_tokens = max_content_tokens
        if max_uses is UNSET:
            absent |= 32
            web_fetch_tool_20250910_param.max_uses = None
            missing += 1
        else:
            web_fetch_tool_20250910_param.max_uses = max_uses
        if strict is UNSET:
            web_fetch_tool_20250910_param.strict = NULL  # None, typed for the annotation
            missing += 1
        else:
            web_fetch_tool_20250910_param.strict = strict
        if url_sources is UNSET:
            absent |= 64
            web_fetch_tool_20250910_param.url_sources = None
            missing += 1
        else:
            web_fetch_tool_20250910_param.url_sources = url_sources
        web_fetch_tool_20250910_param._absent = absent
        if len(src_dict) + missing > 12:  # cheaper than a set test
            web_fetch_tool_20250910_param.additional_properties = _extra(src_dict)
        return web_fetch_tool_20250910_param

    if not TYPE_CHECKING:  # hidden from type checkers, which would accept any attribute name

        def __getattr__(self, name: str) -> Any:
            """Only reached for an unassigned field (`del`, or a required one the data lacked)."""
            if name in _OPTIONAL:
                return None
            if name == "additional_properties":  # made on first use
                extra: dict[str, Any] = {}
                object.__setattr__(self, name, extra)
                return extra
            raise attribute_error(self, name, _WIRE_NAMES)

        # attrs' own versions read every field, so they would raise on an instance lacking a
        # required one, and could not tell an absent field (None) from a null one
        __eq__ = model_eq
        __getstate__ = model_getstate
        __setstate__ = model_setstate

    # The fields that have a value: no `Unset`, no empty `additional_properties` (issue 16).
    __repr__ = model_repr

    def to_json(self) -> bytes:
        """`to_dict()` as compact UTF-8 JSON bytes (orjson), ready to send or store."""
        return model_to_json(self.to_dict())

    @classmethod
    def from_json(cls: builtins.type[T], data: bytes | bytearray | memoryview | str) -> T:
        """`from_dict` of a JSON document (orjson)."""
        return cls.from_dict(model_from_json(data))

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


def _extra(src_dict: Mapping[str, Any]) -> dict[str, Any]:
    """The keys of *src_dict* that are not fields, kept for forward compatibility."""
    return {k: v for k, v in src_dict.items() if k not in _KNOWN}
