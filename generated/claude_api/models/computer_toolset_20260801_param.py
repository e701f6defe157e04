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
    from claude_api.models.cache_control_ephemeral_param import CacheControlEphemeralParam
    from claude_api.models.computer_toolset_configs_param import (
        ComputerToolsetConfigsParam,
    )


T = TypeVar("T", bound="ComputerToolset20260801Param")


@_attrs_define
class ComputerToolset20260801Param:
    """Server tool definition, version `computer_toolset_20260801`.

    Attributes:
        type_ (Literal['computer_toolset_20260801']):  Default: 'computer_toolset_20260801'.
        cache_control (CacheControlEphemeralParam | None | Unset):
        configs (ComputerToolsetConfigsParam | None | Unset):
    """

    type_: Literal["computer_toolset_20260801"] = "computer_toolset_20260801"
    cache_control: CacheControlEphemeralParam | None | Unset = UNSET
    configs: ComputerToolsetConfigsParam | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from claude_api.models.cache_control_ephemeral_param import (
            CacheControlEphemeralParam,  # noqa: PLC0415
        )
        from claude_api.models.computer_toolset_configs_param import (
            ComputerToolsetConfigsParam,  # noqa: PLC0415
        )

        type_ = self.type_

        cache_control: dict[str, Any] | None | Unset
        if isinstance(self.cache_control, Unset):
            cache_control = UNSET
        elif isinstance(self.cache_control, CacheControlEphemeralParam):
            cache_control = self.cache_control.to_dict()
        else:
            cache_control = self.cache_control

        configs: dict[str, Any] | None | Unset
        if isinstance(self.configs, Unset):
            configs = UNSET
        elif isinstance(self.configs, ComputerToolsetConfigsParam):
            configs = self.configs.to_dict()
        else:
            configs = self.configs

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
            }
        )
        if cache_control is not UNSET:
            field_dict["cache_control"] = cache_control
        if configs is not UNSET:
            field_dict["configs"] = configs

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from claude_api.models.cache_control_ephemeral_param import (
            CacheControlEphemeralParam,  # noqa: PLC0415
        )
        from claude_api.models.computer_toolset_configs_param import (
            ComputerToolsetConfigsParam,  # noqa: PLC0415
        )

        d = dict(src_dict)
        type_ = cast("Literal['computer_toolset_20260801']", d.pop("type"))
        if type_ != "computer_toolset_20260801":
            raise ValueError(f"type must match const 'computer_toolset_20260801', got '{type_}'")

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

        def _parse_configs(data: object) -> ComputerToolsetConfigsParam | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not isinstance(data, dict):
                raise TypeError(f"unexpected {type(data).__name__} for configs")
            configs_type_0 = ComputerToolsetConfigsParam.from_dict(data)

            return configs_type_0

        configs = _parse_configs(d.pop("configs", UNSET))

        computer_toolset_20260801_param = cls(
            type_=type_,
            cache_control=cache_control,
            configs=configs,
        )

        computer_toolset_20260801_param.additional_properties = d
        return computer_toolset_20260801_param

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
