# Generated from openapi/claude-api.yaml by openapi-python-client. Do not edit by hand:
# change the spec (or openapi/generator-config.yaml) and run `nox -s generate`.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from claude_api.models.capability_support import CapabilitySupport
    from claude_api.models.context_management_capability import (
        ContextManagementCapability,
    )
    from claude_api.models.effort_capability import EffortCapability
    from claude_api.models.server_tools_capability import ServerToolsCapability
    from claude_api.models.thinking_capability import ThinkingCapability


T = TypeVar("T", bound="ModelCapabilities")


@_attrs_define
class ModelCapabilities:
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

    def to_dict(self) -> dict[str, Any]:
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

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from claude_api.models.capability_support import CapabilitySupport  # noqa: PLC0415
        from claude_api.models.context_management_capability import (
            ContextManagementCapability,  # noqa: PLC0415
        )
        from claude_api.models.effort_capability import EffortCapability  # noqa: PLC0415
        from claude_api.models.server_tools_capability import ServerToolsCapability  # noqa: PLC0415
        from claude_api.models.thinking_capability import ThinkingCapability  # noqa: PLC0415

        d = dict(src_dict)
        batch = CapabilitySupport.from_dict(d.pop("batch"))

        citations = CapabilitySupport.from_dict(d.pop("citations"))

        code_execution = CapabilitySupport.from_dict(d.pop("code_execution"))

        context_management = ContextManagementCapability.from_dict(d.pop("context_management"))

        effort = EffortCapability.from_dict(d.pop("effort"))

        image_input = CapabilitySupport.from_dict(d.pop("image_input"))

        pdf_input = CapabilitySupport.from_dict(d.pop("pdf_input"))

        server_tools = ServerToolsCapability.from_dict(d.pop("server_tools"))

        structured_outputs = CapabilitySupport.from_dict(d.pop("structured_outputs"))

        thinking = ThinkingCapability.from_dict(d.pop("thinking"))

        model_capabilities = cls(
            batch=batch,
            citations=citations,
            code_execution=code_execution,
            context_management=context_management,
            effort=effort,
            image_input=image_input,
            pdf_input=pdf_input,
            server_tools=server_tools,
            structured_outputs=structured_outputs,
            thinking=thinking,
        )

        model_capabilities.additional_properties = d
        return model_capabilities

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
