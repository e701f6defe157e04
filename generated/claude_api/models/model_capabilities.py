# Generated from openapi/claude-api.yaml by openapi-python-client. Do not edit by hand:
# change the spec (or openapi/generator-config.yaml) and run `nox -s generate`.
from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from claude_api.types import (
    MISSING,
    MissingFieldError,
    Model,
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
    from claude_api.models.capability_support import CapabilitySupport
    from claude_api.models.context_management_capability import (
        ContextManagementCapability,
    )
    from claude_api.models.effort_capability import EffortCapability
    from claude_api.models.server_tools_capability import ServerToolsCapability
    from claude_api.models.thinking_capability import ThinkingCapability


T = TypeVar("T", bound="ModelCapabilities")

# Attribute name -> JSON key of every field, and the set of known JSON keys.
_WIRE_NAMES: dict[str, str] = {
    "batch": "batch",
    "citations": "citations",
    "code_execution": "code_execution",
    "context_management": "context_management",
    "effort": "effort",
    "image_input": "image_input",
    "pdf_input": "pdf_input",
    "server_tools": "server_tools",
    "structured_outputs": "structured_outputs",
    "thinking": "thinking",
}
_KNOWN: frozenset[str] = frozenset(_WIRE_NAMES.values())
# The fields the spec does not require: absent, they read as None (and stay out of `to_dict`).
_OPTIONAL: frozenset[str] = frozenset({})
# Those of them that may also be null, each with its bit in `_absent`, set when the field was
# left out (None alone cannot tell absent from null).
_NULLABLE: dict[str, int] = {}
_imported = False


def _import_models() -> None:
    """Import the models this one refers to, once, on first use (they import each other)."""
    global \
        _imported, \
        CapabilitySupport, \
        ContextManagementCapability, \
        EffortCapability, \
        ServerToolsCapability, \
        ThinkingCapability
    from claude_api.models.capability_support import CapabilitySupport  # noqa: PLC0415
    from claude_api.models.context_management_capability import (
        ContextManagementCapability,  # noqa: PLC0415
    )
    from claude_api.models.effort_capability import EffortCapability  # noqa: PLC0415
    from claude_api.models.server_tools_capability import ServerToolsCapability  # noqa: PLC0415
    from claude_api.models.thinking_capability import ThinkingCapability  # noqa: PLC0415

    _imported = True


@_attrs_define(init=False)  # the __init__ below: a field given no value reads None
class ModelCapabilities(Model):
    """What a model supports.

    Attributes:
        batch (CapabilitySupport): Whether one capability is supported.
        citations (CapabilitySupport): Whether one capability is supported.
        code_execution (CapabilitySupport): Whether one capability is supported.
        context_management (ContextManagementCapability): Context management capability.
        effort (EffortCapability): Effort capability.
        image_input (CapabilitySupport): Whether one capability is supported.
        pdf_input (CapabilitySupport): Whether one capability is supported.
        server_tools (ServerToolsCapability): Server tools capability.
        structured_outputs (CapabilitySupport): Whether one capability is supported.
        thinking (ThinkingCapability): Thinking capability.
    """

    _optional_ = _OPTIONAL
    _nullable_ = _NULLABLE

    batch: CapabilitySupport
    citations: CapabilitySupport
    code_execution: CapabilitySupport
    context_management: ContextManagementCapability
    effort: EffortCapability
    image_input: CapabilitySupport
    pdf_input: CapabilitySupport
    server_tools: ServerToolsCapability
    structured_outputs: CapabilitySupport
    thinking: ThinkingCapability
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __init__(
        self,
        batch: CapabilitySupport,
        citations: CapabilitySupport,
        code_execution: CapabilitySupport,
        context_management: ContextManagementCapability,
        effort: EffortCapability,
        image_input: CapabilitySupport,
        pdf_input: CapabilitySupport,
        server_tools: ServerToolsCapability,
        structured_outputs: CapabilitySupport,
        thinking: ThinkingCapability,
    ) -> None:
        self.batch = batch
        self.citations = citations
        self.code_execution = code_execution
        self.context_management = context_management
        self.effort = effort
        self.image_input = image_input
        self.pdf_input = pdf_input
        self.server_tools = server_tools
        self.structured_outputs = structured_outputs
        self.thinking = thinking

    def to_dict(self) -> dict[str, Any]:
        if not _imported:
            _import_models()
        try:
            batch = self.batch.to_dict()

            citations = self.citations.to_dict()

            code_execution = self.code_execution.to_dict()

            context_management = self.context_management.to_dict()

            effort = self.effort.to_dict()

            image_input = self.image_input.to_dict()

            pdf_input = self.pdf_input.to_dict()

            server_tools = self.server_tools.to_dict()

            structured_outputs = self.structured_outputs.to_dict()

            thinking = self.thinking.to_dict()

            field_dict: dict[str, Any] = {}
            field_dict.update(self.additional_properties)
            field_dict.update(
                {
                    "batch": batch,
                    "citations": citations,
                    "code_execution": code_execution,
                    "context_management": context_management,
                    "effort": effort,
                    "image_input": image_input,
                    "pdf_input": pdf_input,
                    "server_tools": server_tools,
                    "structured_outputs": structured_outputs,
                    "thinking": thinking,
                }
            )

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
        if "batch" in src_dict:
            batch = CapabilitySupport.from_dict(src_dict["batch"])

        else:
            batch = MISSING
            missing += 1

        if "citations" in src_dict:
            citations = CapabilitySupport.from_dict(src_dict["citations"])

        else:
            citations = MISSING
            missing += 1

        if "code_execution" in src_dict:
            code_execution = CapabilitySupport.from_dict(src_dict["code_execution"])

        else:
            code_execution = MISSING
            missing += 1

        if "context_management" in src_dict:
            context_management = ContextManagementCapability.from_dict(
                src_dict["context_management"]
            )

        else:
            context_management = MISSING
            missing += 1

        if "effort" in src_dict:
            effort = EffortCapability.from_dict(src_dict["effort"])

        else:
            effort = MISSING
            missing += 1

        if "image_input" in src_dict:
            image_input = CapabilitySupport.from_dict(src_dict["image_input"])

        else:
            image_input = MISSING
            missing += 1

        if "pdf_input" in src_dict:
            pdf_input = CapabilitySupport.from_dict(src_dict["pdf_input"])

        else:
            pdf_input = MISSING
            missing += 1

        if "server_tools" in src_dict:
            server_tools = ServerToolsCapability.from_dict(src_dict["server_tools"])

        else:
            server_tools = MISSING
            missing += 1

        if "structured_outputs" in src_dict:
            structured_outputs = CapabilitySupport.from_dict(src_dict["structured_outputs"])

        else:
            structured_outputs = MISSING
            missing += 1

        if "thinking" in src_dict:
            thinking = ThinkingCapability.from_dict(src_dict["thinking"])

        else:
            thinking = MISSING
            missing += 1

        if (
            batch is MISSING
            or citations is MISSING
            or code_execution is MISSING
            or context_management is MISSING
            or effort is MISSING
            or image_input is MISSING
            or pdf_input is MISSING
            or server_tools is MISSING
            or structured_outputs is MISSING
            or thinking is MISSING
        ):
            # Liberal reading: the instance is built without the attributes the data lacks.
            return build_partial(
                cls,
                {
                    "batch": batch,
                    "citations": citations,
                    "code_execution": code_execution,
                    "context_management": context_management,
                    "effort": effort,
                    "image_input": image_input,
                    "pdf_input": pdf_input,
                    "server_tools": server_tools,
                    "structured_outputs": structured_outputs,
                    "thinking": thinking,
                },
                _extra(src_dict),
            )
        # Stores into the slots, no __init__ call (measured: the call was a third of a small
        # model's parse); a field the data lacks reads None.
        model_capabilities = new_model(cls)
        model_capabilities.batch = batch
        model_capabilities.citations = citations
        model_capabilities.code_execution = code_execution
        model_capabilities.context_management = context_management
        model_capabilities.effort = effort
        model_capabilities.image_input = image_input
        model_capabilities.pdf_input = pdf_input
        model_capabilities.server_tools = server_tools
        model_capabilities.structured_outputs = structured_outputs
        model_capabilities.thinking = thinking
        if len(src_dict) + missing > 10:  # cheaper than a set test
            model_capabilities.additional_properties = _extra(src_dict)
        return model_capabilities

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
