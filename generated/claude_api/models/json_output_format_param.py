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

if TYPE_CHECKING:
    from claude_api.models.json_output_format_param_schema import (
        JSONOutputFormatParamSchema,
    )


T = TypeVar("T", bound="JSONOutputFormatParam")


@_attrs_define
class JSONOutputFormatParam:
    """Constrain the response to JSON that matches a schema.

    Attributes:
        schema (JSONOutputFormatParamSchema):
        type_ (Literal['json_schema']):  Default: 'json_schema'.
    """

    schema: JSONOutputFormatParamSchema
    type_: Literal["json_schema"] = "json_schema"
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        schema = self.schema.to_dict()

        type_ = self.type_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "schema": schema,
                "type": type_,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from claude_api.models.json_output_format_param_schema import (
            JSONOutputFormatParamSchema,  # noqa: PLC0415
        )

        d = dict(src_dict)
        schema = JSONOutputFormatParamSchema.from_dict(d.pop("schema"))

        type_ = cast("Literal['json_schema']", d.pop("type"))
        if type_ != "json_schema":
            raise ValueError(f"type must match const 'json_schema', got '{type_}'")

        json_output_format_param = cls(
            schema=schema,
            type_=type_,
        )

        json_output_format_param.additional_properties = d
        return json_output_format_param

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
