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

from claude_api.models.tool_allowed_caller import (
    ToolAllowedCaller,
    check_tool_allowed_caller,
)
from claude_api.types import UNSET, Unset

if TYPE_CHECKING:
    from claude_api.models.cache_control_ephemeral_param import CacheControlEphemeralParam


T = TypeVar("T", bound="CodeExecutionTool20260120Param")


@_attrs_define
class CodeExecutionTool20260120Param:
    """Server tool definition, version `code_execution_20260120`.

    Attributes:
        name (Literal['code_execution']):  Default: 'code_execution'.
        type_ (Literal['code_execution_20260120']):  Default: 'code_execution_20260120'.
        allowed_callers (list[ToolAllowedCaller] | Unset):
        cache_control (CacheControlEphemeralParam | None | Unset):
        defer_loading (bool | Unset):
        strict (bool | Unset):
    """

    name: Literal["code_execution"] = "code_execution"
    type_: Literal["code_execution_20260120"] = "code_execution_20260120"
    allowed_callers: list[ToolAllowedCaller] | Unset = UNSET
    cache_control: CacheControlEphemeralParam | None | Unset = UNSET
    defer_loading: bool | Unset = UNSET
    strict: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from claude_api.models.cache_control_ephemeral_param import (
            CacheControlEphemeralParam,  # noqa: PLC0415
        )

        name = self.name

        type_ = self.type_

        allowed_callers: list[str] | Unset = UNSET
        if not isinstance(self.allowed_callers, Unset):
            allowed_callers = []
            for allowed_callers_item_data in self.allowed_callers:
                allowed_callers_item: str = allowed_callers_item_data
                allowed_callers.append(allowed_callers_item)

        cache_control: dict[str, Any] | None | Unset
        if isinstance(self.cache_control, Unset):
            cache_control = UNSET
        elif isinstance(self.cache_control, CacheControlEphemeralParam):
            cache_control = self.cache_control.to_dict()
        else:
            cache_control = self.cache_control

        defer_loading = self.defer_loading

        strict = self.strict

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
        if cache_control is not UNSET:
            field_dict["cache_control"] = cache_control
        if defer_loading is not UNSET:
            field_dict["defer_loading"] = defer_loading
        if strict is not UNSET:
            field_dict["strict"] = strict

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from claude_api.models.cache_control_ephemeral_param import (
            CacheControlEphemeralParam,  # noqa: PLC0415
        )

        d = dict(src_dict)
        name = cast("Literal['code_execution']", d.pop("name"))
        if name != "code_execution":
            raise ValueError(f"name must match const 'code_execution', got '{name}'")

        type_ = cast("Literal['code_execution_20260120']", d.pop("type"))
        if type_ != "code_execution_20260120":
            raise ValueError(f"type must match const 'code_execution_20260120', got '{type_}'")

        _allowed_callers = d.pop("allowed_callers", UNSET)
        allowed_callers: list[ToolAllowedCaller] | Unset = UNSET
        if _allowed_callers is not UNSET:
            allowed_callers = []
            for allowed_callers_item_data in _allowed_callers:
                allowed_callers_item = check_tool_allowed_caller(allowed_callers_item_data)

                allowed_callers.append(allowed_callers_item)

        def _parse_cache_control(data: object) -> CacheControlEphemeralParam | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not isinstance(data, dict):
                raise TypeError(f"unexpected {type(data).__name__} for cache_control")
            cache_control_type_0 = CacheControlEphemeralParam.from_dict(data)

            return cache_control_type_0

        cache_control = _parse_cache_control(d.pop("cache_control", UNSET))

        defer_loading = d.pop("defer_loading", UNSET)

        strict = d.pop("strict", UNSET)

        code_execution_tool_20260120_param = cls(
            name=name,
            type_=type_,
            allowed_callers=allowed_callers,
            cache_control=cache_control,
            defer_loading=defer_loading,
            strict=strict,
        )

        code_execution_tool_20260120_param.additional_properties = d
        return code_execution_tool_20260120_param

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
