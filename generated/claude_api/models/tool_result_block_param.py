# Generated from openapi/claude-api.yaml by openapi-python-client. Do not edit by hand:
# change the spec (or openapi/generator-config.yaml) and run `nox -s generate`.
from __future__ import annotations

import builtins
from collections.abc import Callable, Mapping
from typing import (
    TYPE_CHECKING,
    Any,
    Literal,
    TypeVar,
    cast,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from claude_api.types import (
    MISSING,
    NULL,
    UNSET,
    MissingFieldError,
    Model,
    Unset,
    attribute_error,
    build_partial,
    keep_unknown,
    model_eq,
    model_from_json,
    model_getstate,
    model_repr,
    model_setstate,
    model_to_json,
    new_model,
    not_an_object,
    partial_to_dict,
)

if TYPE_CHECKING:
    from claude_api.models.browser_state_block_param import BrowserStateBlockParam
    from claude_api.models.cache_control_ephemeral_param import CacheControlEphemeralParam
    from claude_api.models.document_block_param import DocumentBlockParam
    from claude_api.models.image_block_param import ImageBlockParam
    from claude_api.models.search_result_block_param import SearchResultBlockParam
    from claude_api.models.text_block_param import TextBlockParam
    from claude_api.models.tool_reference_block_param import ToolReferenceBlockParam


T = TypeVar("T", bound="ToolResultBlockParam")

# Attribute name -> JSON key of every field, and the set of known JSON keys.
_WIRE_NAMES: dict[str, str] = {
    "tool_use_id": "tool_use_id",
    "type": "type",
    "cache_control": "cache_control",
    "content": "content",
    "is_error": "is_error",
    "toolset_name": "toolset_name",
}
_KNOWN: frozenset[str] = frozenset(_WIRE_NAMES.values())
# The fields the spec does not require: absent, they read as None (and stay out of `to_dict`).
_OPTIONAL: frozenset[str] = frozenset(
    {
        "cache_control",
        "content",
        "is_error",
        "toolset_name",
    }
)
# Those of them that may also be null, each with its bit in `_absent`, set when the field was
# left out (None alone cannot tell absent from null).
_NULLABLE: dict[str, int] = {
    "cache_control": 1,
    "toolset_name": 2,
}
_imported = False


def _import_models() -> None:
    """Import the models this one refers to, once, on first use (they import each other)."""
    global \
        _imported, \
        BrowserStateBlockParam, \
        CacheControlEphemeralParam, \
        DocumentBlockParam, \
        ImageBlockParam, \
        SearchResultBlockParam, \
        TextBlockParam, \
        ToolReferenceBlockParam
    from claude_api.models.browser_state_block_param import BrowserStateBlockParam  # noqa: PLC0415
    from claude_api.models.cache_control_ephemeral_param import (
        CacheControlEphemeralParam,  # noqa: PLC0415
    )
    from claude_api.models.document_block_param import DocumentBlockParam  # noqa: PLC0415
    from claude_api.models.image_block_param import ImageBlockParam  # noqa: PLC0415
    from claude_api.models.search_result_block_param import SearchResultBlockParam  # noqa: PLC0415
    from claude_api.models.text_block_param import TextBlockParam  # noqa: PLC0415
    from claude_api.models.tool_reference_block_param import ToolReferenceBlockParam  # noqa: PLC0415

    _content_type_1_item_parsers.update(
        {
            "text": TextBlockParam.from_dict,
            "image": ImageBlockParam.from_dict,
            "search_result": SearchResultBlockParam.from_dict,
            "document": DocumentBlockParam.from_dict,
            "tool_reference": ToolReferenceBlockParam.from_dict,
            "browser_state": BrowserStateBlockParam.from_dict,
        }
    )

    _imported = True


_content_type_1_item_parsers: dict[
    object,
    Callable[
        [Mapping[str, Any]],
        BrowserStateBlockParam
        | DocumentBlockParam
        | ImageBlockParam
        | SearchResultBlockParam
        | TextBlockParam
        | ToolReferenceBlockParam,
    ],
] = {}


def _parse_content_type_1_item(
    data: object,
) -> (
    BrowserStateBlockParam
    | DocumentBlockParam
    | ImageBlockParam
    | SearchResultBlockParam
    | TextBlockParam
    | ToolReferenceBlockParam
):
    if not isinstance(data, dict):
        raise TypeError(f"expected a JSON object, got {type(data).__name__}")
    tag = data.get("type")
    parse = _content_type_1_item_parsers.get(tag)  # an absent tag: the member it may be
    if parse is not None:
        return parse(data)
    # An unknown tag: keep the raw object so that newer API output still parses and round-trips.
    return cast(
        "BrowserStateBlockParam | DocumentBlockParam | ImageBlockParam | SearchResultBlockParam | TextBlockParam | ToolReferenceBlockParam",
        data,
    )


def _parse_content(
    data: object,
) -> (
    list[
        BrowserStateBlockParam
        | DocumentBlockParam
        | ImageBlockParam
        | SearchResultBlockParam
        | TextBlockParam
        | ToolReferenceBlockParam
    ]
    | str
    | Unset
):
    if isinstance(data, Unset):
        return data
    if isinstance(data, list):
        try:
            content_type_1 = [
                (
                    _content_type_1_item_parsers.get(
                        content_type_1_item_data.get("type"), keep_unknown
                    )
                    if isinstance(content_type_1_item_data, dict)
                    else not_an_object
                )(content_type_1_item_data)
                for content_type_1_item_data in data
            ]

            return content_type_1
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    return cast(
        "list[BrowserStateBlockParam | DocumentBlockParam | ImageBlockParam | SearchResultBlockParam | TextBlockParam | ToolReferenceBlockParam] | str | Unset",
        data,
    )


@_attrs_define(init=False)  # the __init__ below: a field given no value reads None
class ToolResultBlockParam(Model):
    """Input content block of type `tool_result`.

    Attributes:
        tool_use_id (str):
        type (Literal['tool_result']):  Default: 'tool_result'.
        cache_control (CacheControlEphemeralParam | None | Unset):
        content (list[BrowserStateBlockParam | DocumentBlockParam | ImageBlockParam | SearchResultBlockParam |
            TextBlockParam | ToolReferenceBlockParam] | str | Unset):
        is_error (bool | Unset):
        toolset_name (None | str | Unset):
    """

    _optional_ = _OPTIONAL
    _nullable_ = _NULLABLE

    tool_use_id: str
    type: Literal["tool_result"] = "tool_result"
    cache_control: CacheControlEphemeralParam | None | Unset = UNSET
    content: (
        list[
            BrowserStateBlockParam
            | DocumentBlockParam
            | ImageBlockParam
            | SearchResultBlockParam
            | TextBlockParam
            | ToolReferenceBlockParam
        ]
        | str
        | Unset
    ) = UNSET
    is_error: bool | Unset = UNSET
    toolset_name: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __init__(
        self,
        tool_use_id: str,
        type: Literal["tool_result"] = "tool_result",
        cache_control: CacheControlEphemeralParam | None | Unset = UNSET,
        content: list[
            BrowserStateBlockParam
            | DocumentBlockParam
            | ImageBlockParam
            | SearchResultBlockParam
            | TextBlockParam
            | ToolReferenceBlockParam
        ]
        | str
        | Unset = UNSET,
        is_error: bool | Unset = UNSET,
        toolset_name: None | str | Unset = UNSET,
    ) -> None:
        absent = 0
        self.tool_use_id = tool_use_id
        self.type = type
        if cache_control is UNSET:
            absent |= 1
        self.cache_control = NULL if cache_control is UNSET else cache_control
        self.content = NULL if content is UNSET else content
        self.is_error = NULL if is_error is UNSET else is_error
        if toolset_name is UNSET:
            absent |= 2
        self.toolset_name = NULL if toolset_name is UNSET else toolset_name
        self._absent = absent  # type: ignore[misc]  # a slot of types.Model (unseen by mypy's attrs plugin)

    def to_dict(self) -> dict[str, Any]:
        if not _imported:
            _import_models()
        try:
            tool_use_id = self.tool_use_id

            type_ = self.type

            cache_control_value = self.cache_control
            if cache_control_value is None and self._absent & 1:
                cache_control_value = UNSET
            cache_control: dict[str, Any] | None | Unset
            if isinstance(cache_control_value, Unset):
                cache_control = UNSET
            elif isinstance(cache_control_value, CacheControlEphemeralParam):
                cache_control = cache_control_value.to_dict()
            else:
                cache_control = cache_control_value

            content_value = self.content
            if content_value is None:  # null is not allowed here: None means absent
                content_value = UNSET
            content: list[dict[str, Any]] | str | Unset
            if isinstance(content_value, Unset):
                content = UNSET
            elif isinstance(content_value, list):
                content = []
                for content_type_1_item_data in content_value:
                    content_type_1_item: dict[str, Any]
                    if isinstance(content_type_1_item_data, dict):
                        content_type_1_item = content_type_1_item_data
                    elif isinstance(content_type_1_item_data, TextBlockParam):
                        content_type_1_item = content_type_1_item_data.to_dict()
                    elif isinstance(content_type_1_item_data, ImageBlockParam):
                        content_type_1_item = content_type_1_item_data.to_dict()
                    elif isinstance(content_type_1_item_data, SearchResultBlockParam):
                        content_type_1_item = content_type_1_item_data.to_dict()
                    elif isinstance(content_type_1_item_data, DocumentBlockParam):
                        content_type_1_item = content_type_1_item_data.to_dict()
                    elif isinstance(content_type_1_item_data, ToolReferenceBlockParam):
                        content_type_1_item = content_type_1_item_data.to_dict()
                    else:
                        content_type_1_item = content_type_1_item_data.to_dict()

                    content.append(content_type_1_item)

            else:
                content = content_value

            is_error_value = self.is_error
            if is_error_value is None:  # null is not allowed here: None means absent
                is_error_value = UNSET
            is_error = is_error_value

            toolset_name_value = self.toolset_name
            if toolset_name_value is None and self._absent & 2:
                toolset_name_value = UNSET
            toolset_name: None | str | Unset
            if isinstance(toolset_name_value, Unset):
                toolset_name = UNSET
            else:
                toolset_name = toolset_name_value

            field_dict: dict[str, Any] = {}
            field_dict.update(self.additional_properties)
            field_dict.update(
                {
                    "tool_use_id": tool_use_id,
                    "type": type_,
                }
            )
            if cache_control is not UNSET:
                field_dict["cache_control"] = cache_control
            if content is not UNSET:
                field_dict["content"] = content
            if is_error is not UNSET:
                field_dict["is_error"] = is_error
            if toolset_name is not UNSET:
                field_dict["toolset_name"] = toolset_name

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
        tool_use_id = src_dict["tool_use_id"] if "tool_use_id" in src_dict else MISSING

        if "type" in src_dict:
            _type_ = src_dict["type"]
            if _type_ != "tool_result":
                raise ValueError(f"type must match const 'tool_result', got '{_type_}'")
            type_: Literal["tool_result"] = "tool_result"

        else:
            type_ = "tool_result"
            missing += 1

        cache_control = src_dict.get("cache_control", UNSET)
        if cache_control is not None and cache_control is not UNSET:
            cache_control = CacheControlEphemeralParam.from_dict(cache_control)

        content = src_dict.get("content", UNSET)
        if content is not UNSET:
            content = _parse_content(content)

        is_error = src_dict.get("is_error", UNSET)

        toolset_name: None | str | Unset = src_dict.get("toolset_name", UNSET)

        if tool_use_id is MISSING:
            # Liberal reading: the instance is built without the attributes the data lacks.
            return build_partial(
                cls,
                {
                    "tool_use_id": tool_use_id,
                    "type": type_,
                    "cache_control": cache_control,
                    "content": content,
                    "is_error": is_error,
                    "toolset_name": toolset_name,
                },
                _extra(src_dict),
            )
        # Stores into the slots, no __init__ call (measured: the call was a third of a small
        # model's parse); a field the data lacks reads None.
        tool_result_block_param = new_model(cls)
        absent = 0
        tool_result_block_param.tool_use_id = tool_use_id
        tool_result_block_param.type = type_
        if cache_control is UNSET:
            absent |= 1
            tool_result_block_param.cache_control = None
            missing += 1
        else:
            tool_result_block_param.cache_control = cache_control
        if content is UNSET:
            tool_result_block_param.content = NULL  # None, typed for the annotation
            missing += 1
        else:
            tool_result_block_param.content = content
        if is_error is UNSET:
            tool_result_block_param.is_error = NULL  # None, typed for the annotation
            missing += 1
        else:
            tool_result_block_param.is_error = is_error
        if toolset_name is UNSET:
            absent |= 2
            tool_result_block_param.toolset_name = None
            missing += 1
        else:
            tool_result_block_param.toolset_name = toolset_name
        tool_result_block_param._absent = absent
        if len(src_dict) + missing > 6:  # cheaper than a set test
            tool_result_block_param.additional_properties = _extra(src_dict)
        return tool_result_block_param

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
