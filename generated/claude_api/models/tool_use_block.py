# Generated from openapi/claude-api.yaml by openapi-python-client. Do not edit by hand:
# change the spec (or openapi/generator-config.yaml) and run `nox -s generate`.
from __future__ import annotations

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

from claude_api.types import UNSET, Unset

if TYPE_CHECKING:
    from claude_api.models.direct_caller import DirectCaller
    from claude_api.models.server_tool_caller import ServerToolCaller
    from claude_api.models.server_tool_caller_20260120 import ServerToolCaller20260120
    from claude_api.models.tool_use_block_input import ToolUseBlockInput


T = TypeVar("T", bound="ToolUseBlock")


@_attrs_define
class ToolUseBlock:
    """Output content block of type `tool_use`.

    Attributes:
        id (str):
        input_ (ToolUseBlockInput):
        name (str):
        type_ (Literal['tool_use']):  Default: 'tool_use'.
        caller (DirectCaller | None | ServerToolCaller | ServerToolCaller20260120 | Unset):
        toolset_name (None | str | Unset):
    """

    id: str
    input_: ToolUseBlockInput
    name: str
    type_: Literal["tool_use"] = "tool_use"
    caller: DirectCaller | None | ServerToolCaller | ServerToolCaller20260120 | Unset = UNSET
    toolset_name: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from claude_api.models.direct_caller import DirectCaller  # noqa: PLC0415
        from claude_api.models.server_tool_caller import ServerToolCaller  # noqa: PLC0415
        from claude_api.models.server_tool_caller_20260120 import (
            ServerToolCaller20260120,  # noqa: PLC0415
        )

        id = self.id

        input_ = self.input_.to_dict()

        name = self.name

        type_ = self.type_

        caller: dict[str, Any] | None | Unset
        if isinstance(self.caller, Unset):
            caller = UNSET
        elif isinstance(self.caller, dict):
            caller = self.caller
        elif isinstance(self.caller, DirectCaller):
            caller = self.caller.to_dict()
        elif isinstance(self.caller, ServerToolCaller):
            caller = self.caller.to_dict()
        elif isinstance(self.caller, ServerToolCaller20260120):
            caller = self.caller.to_dict()
        else:
            caller = self.caller

        toolset_name: None | str | Unset
        if isinstance(self.toolset_name, Unset):
            toolset_name = UNSET
        else:
            toolset_name = self.toolset_name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "input": input_,
                "name": name,
                "type": type_,
            }
        )
        if caller is not UNSET:
            field_dict["caller"] = caller
        if toolset_name is not UNSET:
            field_dict["toolset_name"] = toolset_name

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from claude_api.models.direct_caller import DirectCaller  # noqa: PLC0415
        from claude_api.models.server_tool_caller import ServerToolCaller  # noqa: PLC0415
        from claude_api.models.server_tool_caller_20260120 import (
            ServerToolCaller20260120,  # noqa: PLC0415
        )
        from claude_api.models.tool_use_block_input import ToolUseBlockInput  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        input_ = ToolUseBlockInput.from_dict(d.pop("input"))

        name = d.pop("name")

        type_ = cast("Literal['tool_use']", d.pop("type"))
        if type_ != "tool_use":
            raise ValueError(f"type must match const 'tool_use', got '{type_}'")

        def _parse_caller(
            data: object,
        ) -> DirectCaller | None | ServerToolCaller | ServerToolCaller20260120 | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not isinstance(data, dict):
                raise TypeError(f"expected a JSON object, got {type(data).__name__}")
            tag = data.get("type")
            if tag == "direct":
                return DirectCaller.from_dict(data)
            if tag == "code_execution_20250825":
                return ServerToolCaller.from_dict(data)
            if tag == "code_execution_20260120":
                return ServerToolCaller20260120.from_dict(data)
            # An unknown tag: keep the raw object so that newer API output still parses and round-trips.
            return cast(
                "DirectCaller | None | ServerToolCaller | ServerToolCaller20260120 | Unset", data
            )

        caller = _parse_caller(d.pop("caller", UNSET))

        def _parse_toolset_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast("None | str | Unset", data)

        toolset_name = _parse_toolset_name(d.pop("toolset_name", UNSET))

        tool_use_block = cls(
            id=id,
            input_=input_,
            name=name,
            type_=type_,
            caller=caller,
            toolset_name=toolset_name,
        )

        tool_use_block.additional_properties = d
        return tool_use_block

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
