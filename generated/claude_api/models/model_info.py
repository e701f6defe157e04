# Generated from openapi/claude-api.yaml by openapi-python-client. Do not edit by hand:
# change the spec (or openapi/generator-config.yaml) and run `nox -s generate`.
from __future__ import annotations

import datetime
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

from claude_api.models.model_info_lifecycle import (
    ModelInfoLifecycle,
    check_model_info_lifecycle,
)
from claude_api.models.model_info_line import ModelInfoLine, check_model_info_line
from claude_api.types import UNSET, Unset

if TYPE_CHECKING:
    from claude_api.models.model_capabilities import ModelCapabilities


T = TypeVar("T", bound="ModelInfo")


@_attrs_define
class ModelInfo:
    """A model available through the API: its id, display name, dates, limits and capabilities.

    Attributes:
        id (str):
        created_at (datetime.datetime):
        display_name (str):
        type_ (Literal['model']):  Default: 'model'.
        capabilities (ModelCapabilities | None | Unset):
        deprecated_at (datetime.datetime | None | Unset):
        lifecycle (ModelInfoLifecycle | str | Unset): Where the model is in its life: `active`, `deprecated` or
            `retired`. Not every response carries it (the API reference does not promise it).
        line (ModelInfoLine | None | str | Unset):
        max_input_tokens (int | None | Unset):
        max_tokens (int | None | Unset):
        retires_at (datetime.datetime | None | Unset):
    """

    id: str
    created_at: datetime.datetime
    display_name: str
    type_: Literal["model"] = "model"
    capabilities: ModelCapabilities | None | Unset = UNSET
    deprecated_at: datetime.datetime | None | Unset = UNSET
    lifecycle: ModelInfoLifecycle | str | Unset = UNSET
    line: ModelInfoLine | None | str | Unset = UNSET
    max_input_tokens: int | None | Unset = UNSET
    max_tokens: int | None | Unset = UNSET
    retires_at: datetime.datetime | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from claude_api.models.model_capabilities import ModelCapabilities  # noqa: PLC0415

        id = self.id

        created_at = self.created_at.isoformat()

        display_name = self.display_name

        type_ = self.type_

        capabilities: dict[str, Any] | None | Unset
        if isinstance(self.capabilities, Unset):
            capabilities = UNSET
        elif isinstance(self.capabilities, ModelCapabilities):
            capabilities = self.capabilities.to_dict()
        else:
            capabilities = self.capabilities

        deprecated_at: None | str | Unset
        if isinstance(self.deprecated_at, Unset):
            deprecated_at = UNSET
        elif isinstance(self.deprecated_at, datetime.datetime):
            deprecated_at = self.deprecated_at.isoformat()
        else:
            deprecated_at = self.deprecated_at

        lifecycle: str | Unset
        if isinstance(self.lifecycle, Unset):
            lifecycle = UNSET
        elif isinstance(self.lifecycle, str):
            lifecycle = self.lifecycle
        else:
            lifecycle = self.lifecycle

        line: None | str | Unset
        if isinstance(self.line, Unset):
            line = UNSET
        elif isinstance(self.line, str):
            line = self.line
        else:
            line = self.line

        max_input_tokens: int | None | Unset
        if isinstance(self.max_input_tokens, Unset):
            max_input_tokens = UNSET
        else:
            max_input_tokens = self.max_input_tokens

        max_tokens: int | None | Unset
        if isinstance(self.max_tokens, Unset):
            max_tokens = UNSET
        else:
            max_tokens = self.max_tokens

        retires_at: None | str | Unset
        if isinstance(self.retires_at, Unset):
            retires_at = UNSET
        elif isinstance(self.retires_at, datetime.datetime):
            retires_at = self.retires_at.isoformat()
        else:
            retires_at = self.retires_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "created_at": created_at,
                "display_name": display_name,
                "type": type_,
            }
        )
        if capabilities is not UNSET:
            field_dict["capabilities"] = capabilities
        if deprecated_at is not UNSET:
            field_dict["deprecated_at"] = deprecated_at
        if lifecycle is not UNSET:
            field_dict["lifecycle"] = lifecycle
        if line is not UNSET:
            field_dict["line"] = line
        if max_input_tokens is not UNSET:
            field_dict["max_input_tokens"] = max_input_tokens
        if max_tokens is not UNSET:
            field_dict["max_tokens"] = max_tokens
        if retires_at is not UNSET:
            field_dict["retires_at"] = retires_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from claude_api.models.model_capabilities import ModelCapabilities  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        display_name = d.pop("display_name")

        type_ = cast("Literal['model']", d.pop("type"))
        if type_ != "model":
            raise ValueError(f"type must match const 'model', got '{type_}'")

        def _parse_capabilities(data: object) -> ModelCapabilities | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not isinstance(data, dict):
                raise TypeError(f"unexpected {type(data).__name__} for capabilities")
            capabilities_type_0 = ModelCapabilities.from_dict(data)

            return capabilities_type_0

        capabilities = _parse_capabilities(d.pop("capabilities", UNSET))

        def _parse_deprecated_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not isinstance(data, str):
                raise TypeError(f"unexpected {type(data).__name__} for deprecated_at")
            deprecated_at_type_0 = datetime.datetime.fromisoformat(data)

            return deprecated_at_type_0

        deprecated_at = _parse_deprecated_at(d.pop("deprecated_at", UNSET))

        def _parse_lifecycle(data: object) -> ModelInfoLifecycle | str | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                lifecycle_type_0 = check_model_info_lifecycle(data)

                return lifecycle_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast("ModelInfoLifecycle | str | Unset", data)

        lifecycle = _parse_lifecycle(d.pop("lifecycle", UNSET))

        def _parse_line(data: object) -> ModelInfoLine | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                line_type_0 = check_model_info_line(data)

                return line_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast("ModelInfoLine | None | str | Unset", data)

        line = _parse_line(d.pop("line", UNSET))

        def _parse_max_input_tokens(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast("int | None | Unset", data)

        max_input_tokens = _parse_max_input_tokens(d.pop("max_input_tokens", UNSET))

        def _parse_max_tokens(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast("int | None | Unset", data)

        max_tokens = _parse_max_tokens(d.pop("max_tokens", UNSET))

        def _parse_retires_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not isinstance(data, str):
                raise TypeError(f"unexpected {type(data).__name__} for retires_at")
            retires_at_type_0 = datetime.datetime.fromisoformat(data)

            return retires_at_type_0

        retires_at = _parse_retires_at(d.pop("retires_at", UNSET))

        model_info = cls(
            id=id,
            created_at=created_at,
            display_name=display_name,
            type_=type_,
            capabilities=capabilities,
            deprecated_at=deprecated_at,
            lifecycle=lifecycle,
            line=line,
            max_input_tokens=max_input_tokens,
            max_tokens=max_tokens,
            retires_at=retires_at,
        )

        model_info.additional_properties = d
        return model_info

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
