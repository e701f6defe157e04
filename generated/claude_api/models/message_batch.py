# Generated from openapi/claude-api.yaml by openapi-python-client. Do not edit by hand:
# change the spec (or openapi/generator-config.yaml) and run `nox -s generate`.
from __future__ import annotations

import builtins
import datetime
from collections.abc import Mapping
from typing import (
    TYPE_CHECKING,
    Any,
    Literal,
    TypeVar,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from claude_api.models.message_batch_processing_status import (
    MessageBatchProcessingStatus,
)
from claude_api.types import (
    MISSING,
    NULL,
    UNSET,
    MissingFieldError,
    Model,
    Unset,
    attribute_error,
    build_partial,
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
    from claude_api.models.message_batch_request_counts import MessageBatchRequestCounts


T = TypeVar("T", bound="MessageBatch")

# Attribute name -> JSON key of every field, and the set of known JSON keys.
_WIRE_NAMES: dict[str, str] = {
    "id": "id",
    "created_at": "created_at",
    "expires_at": "expires_at",
    "processing_status": "processing_status",
    "request_counts": "request_counts",
    "type": "type",
    "archived_at": "archived_at",
    "cancel_initiated_at": "cancel_initiated_at",
    "ended_at": "ended_at",
    "results_url": "results_url",
}
_KNOWN: frozenset[str] = frozenset(_WIRE_NAMES.values())
# The fields the spec does not require: absent, they read as None (and stay out of `to_dict`).
_OPTIONAL: frozenset[str] = frozenset(
    {
        "archived_at",
        "cancel_initiated_at",
        "ended_at",
        "results_url",
    }
)
# Those of them that may also be null, each with its bit in `_absent`, set when the field was
# left out (None alone cannot tell absent from null).
_NULLABLE: dict[str, int] = {
    "archived_at": 1,
    "cancel_initiated_at": 2,
    "ended_at": 4,
    "results_url": 8,
}
_imported = False


def _import_models() -> None:
    """Import the models this one refers to, once, on first use (they import each other)."""
    global _imported, MessageBatchRequestCounts
    from claude_api.models.message_batch_request_counts import MessageBatchRequestCounts  # noqa: PLC0415

    _imported = True


def _parse_archived_at(data: object) -> datetime.datetime | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    if not isinstance(data, str):
        raise TypeError(f"unexpected {type(data).__name__} for archived_at")
    archived_at_type_0 = datetime.datetime.fromisoformat(data)

    return archived_at_type_0


def _parse_cancel_initiated_at(data: object) -> datetime.datetime | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    if not isinstance(data, str):
        raise TypeError(f"unexpected {type(data).__name__} for cancel_initiated_at")
    cancel_initiated_at_type_0 = datetime.datetime.fromisoformat(data)

    return cancel_initiated_at_type_0


def _parse_ended_at(data: object) -> datetime.datetime | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    if not isinstance(data, str):
        raise TypeError(f"unexpected {type(data).__name__} for ended_at")
    ended_at_type_0 = datetime.datetime.fromisoformat(data)

    return ended_at_type_0


@_attrs_define(init=False)  # the __init__ below: a field given no value reads None
class MessageBatch(Model):
    """A message batch: its processing status, request counts and timestamps.

    Attributes:
        id (str):
        created_at (datetime.datetime):
        expires_at (datetime.datetime):
        processing_status (MessageBatchProcessingStatus | str):
        request_counts (MessageBatchRequestCounts): How many requests of a batch are in each state.
        type (Literal['message_batch']):  Default: 'message_batch'.
        archived_at (datetime.datetime | None | Unset):
        cancel_initiated_at (datetime.datetime | None | Unset):
        ended_at (datetime.datetime | None | Unset):
        results_url (None | str | Unset):
    """

    _optional_ = _OPTIONAL
    _nullable_ = _NULLABLE

    id: str
    created_at: datetime.datetime
    expires_at: datetime.datetime
    processing_status: MessageBatchProcessingStatus | str
    request_counts: MessageBatchRequestCounts
    type: Literal["message_batch"] = "message_batch"
    archived_at: datetime.datetime | None | Unset = UNSET
    cancel_initiated_at: datetime.datetime | None | Unset = UNSET
    ended_at: datetime.datetime | None | Unset = UNSET
    results_url: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __init__(
        self,
        id: str,
        created_at: datetime.datetime,
        expires_at: datetime.datetime,
        processing_status: MessageBatchProcessingStatus | str,
        request_counts: MessageBatchRequestCounts,
        type: Literal["message_batch"] = "message_batch",
        archived_at: datetime.datetime | None | Unset = UNSET,
        cancel_initiated_at: datetime.datetime | None | Unset = UNSET,
        ended_at: datetime.datetime | None | Unset = UNSET,
        results_url: None | str | Unset = UNSET,
    ) -> None:
        absent = 0
        self.id = id
        self.created_at = created_at
        self.expires_at = expires_at
        self.processing_status = processing_status
        self.request_counts = request_counts
        self.type = type
        if archived_at is UNSET:
            absent |= 1
        self.archived_at = NULL if archived_at is UNSET else archived_at
        if cancel_initiated_at is UNSET:
            absent |= 2
        self.cancel_initiated_at = NULL if cancel_initiated_at is UNSET else cancel_initiated_at
        if ended_at is UNSET:
            absent |= 4
        self.ended_at = NULL if ended_at is UNSET else ended_at
        if results_url is UNSET:
            absent |= 8
        self.results_url = NULL if results_url is UNSET else results_url
        self._absent = absent  # type: ignore[misc]  # a slot of types.Model (unseen by mypy's attrs plugin)

    def to_dict(self) -> dict[str, Any]:
        if not _imported:
            _import_models()
        try:
            id = self.id

            created_at = self.created_at.isoformat()

            expires_at = self.expires_at.isoformat()

            processing_status: str
            if isinstance(self.processing_status, str):
                processing_status = self.processing_status
            else:
                processing_status = self.processing_status

            request_counts = self.request_counts.to_dict()

            type_ = self.type

            archived_at_value = self.archived_at
            if archived_at_value is None and self._absent & 1:
                archived_at_value = UNSET
            archived_at: None | str | Unset
            if isinstance(archived_at_value, Unset):
                archived_at = UNSET
            elif isinstance(archived_at_value, datetime.datetime):
                archived_at = archived_at_value.isoformat()
            else:
                archived_at = archived_at_value

            cancel_initiated_at_value = self.cancel_initiated_at
            if cancel_initiated_at_value is None and self._absent & 2:
                cancel_initiated_at_value = UNSET
            cancel_initiated_at: None | str | Unset
            if isinstance(cancel_initiated_at_value, Unset):
                cancel_initiated_at = UNSET
            elif isinstance(cancel_initiated_at_value, datetime.datetime):
                cancel_initiated_at = cancel_initiated_at_value.isoformat()
            else:
                cancel_initiated_at = cancel_initiated_at_value

            ended_at_value = self.ended_at
            if ended_at_value is None and self._absent & 4:
                ended_at_value = UNSET
            ended_at: None | str | Unset
            if isinstance(ended_at_value, Unset):
                ended_at = UNSET
            elif isinstance(ended_at_value, datetime.datetime):
                ended_at = ended_at_value.isoformat()
            else:
                ended_at = ended_at_value

            results_url_value = self.results_url
            if results_url_value is None and self._absent & 8:
                results_url_value = UNSET
            results_url: None | str | Unset
            if isinstance(results_url_value, Unset):
                results_url = UNSET
            else:
                results_url = results_url_value

            field_dict: dict[str, Any] = {}
            field_dict.update(self.additional_properties)
            field_dict.update(
                {
                    "id": id,
                    "created_at": created_at,
                    "expires_at": expires_at,
                    "processing_status": processing_status,
                    "request_counts": request_counts,
                    "type": type_,
                }
            )
            if archived_at is not UNSET:
                field_dict["archived_at"] = archived_at
            if cancel_initiated_at is not UNSET:
                field_dict["cancel_initiated_at"] = cancel_initiated_at
            if ended_at is not UNSET:
                field_dict["ended_at"] = ended_at
            if results_url is not UNSET:
                field_dict["results_url"] = results_url

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
        id = src_dict["id"] if "id" in src_dict else MISSING

        if "created_at" in src_dict:
            created_at = datetime.datetime.fromisoformat(src_dict["created_at"])

        else:
            created_at = MISSING
            missing += 1

        if "expires_at" in src_dict:
            expires_at = datetime.datetime.fromisoformat(src_dict["expires_at"])

        else:
            expires_at = MISSING
            missing += 1

        if "processing_status" in src_dict:
            processing_status: MessageBatchProcessingStatus | str = src_dict["processing_status"]

        else:
            processing_status = MISSING
            missing += 1

        if "request_counts" in src_dict:
            request_counts = MessageBatchRequestCounts.from_dict(src_dict["request_counts"])

        else:
            request_counts = MISSING
            missing += 1

        if "type" in src_dict:
            _type_ = src_dict["type"]
            if _type_ != "message_batch":
                raise ValueError(f"type must match const 'message_batch', got '{_type_}'")
            type_: Literal["message_batch"] = "message_batch"

        else:
            type_ = "message_batch"
            missing += 1

        archived_at = src_dict.get("archived_at", UNSET)
        if archived_at is not None and archived_at is not UNSET:
            archived_at = _parse_archived_at(archived_at)

        cancel_initiated_at = src_dict.get("cancel_initiated_at", UNSET)
        if cancel_initiated_at is not None and cancel_initiated_at is not UNSET:
            cancel_initiated_at = _parse_cancel_initiated_at(cancel_initiated_at)

        ended_at = src_dict.get("ended_at", UNSET)
        if ended_at is not None and ended_at is not UNSET:
            ended_at = _parse_ended_at(ended_at)

        results_url: None | str | Unset = src_dict.get("results_url", UNSET)

        if (
            id is MISSING
            or created_at is MISSING
            or expires_at is MISSING
            or processing_status is MISSING
            or request_counts is MISSING
        ):
            # Liberal reading: the instance is built without the attributes the data lacks.
            return build_partial(
                cls,
                {
                    "id": id,
                    "created_at": created_at,
                    "expires_at": expires_at,
                    "processing_status": processing_status,
                    "request_counts": request_counts,
                    "type": type_,
                    "archived_at": archived_at,
                    "cancel_initiated_at": cancel_initiated_at,
                    "ended_at": ended_at,
                    "results_url": results_url,
                },
                _extra(src_dict),
            )
        # Stores into the slots, no __init__ call (measured: the call was a third of a small
        # model's parse); a field the data lacks reads None.
        message_batch = new_model(cls)
        absent = 0
        message_batch.id = id
        message_batch.created_at = created_at
        message_batch.expires_at = expires_at
        message_batch.processing_status = processing_status
        message_batch.request_counts = request_counts
        message_batch.type = type_
        if archived_at is UNSET:
            absent |= 1
            message_batch.archived_at = None
            missing += 1
        else:
            message_batch.archived_at = archived_at
        if cancel_initiated_at is UNSET:
            absent |= 2
            message_batch.cancel_initiated_at = None
            missing += 1
        else:
            message_batch.cancel_initiated_at = cancel_initiated_at
        if ended_at is UNSET:
            absent |= 4
            message_batch.ended_at = None
            missing += 1
        else:
            message_batch.ended_at = ended_at
        if results_url is UNSET:
            absent |= 8
            message_batch.results_url = None
            missing += 1
        else:
            message_batch.results_url = results_url
        message_batch._absent = absent
        if len(src_dict) + missing > 10:  # cheaper than a set test
            message_batch.additional_properties = _extra(src_dict)
        return message_batch

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
