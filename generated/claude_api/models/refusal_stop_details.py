# Generated from openapi/claude-api.yaml by openapi-python-client. Do not edit by hand:
# change the spec (or openapi/generator-config.yaml) and run `nox -s generate`.
from __future__ import annotations

from collections.abc import Mapping
from typing import (
    Any,
    Literal,
    TypeVar,
    cast,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from claude_api.models.refusal_stop_details_category import (
    RefusalStopDetailsCategory,
    check_refusal_stop_details_category,
)
from claude_api.types import UNSET, Unset

T = TypeVar("T", bound="RefusalStopDetails")


@_attrs_define
class RefusalStopDetails:
    """Refusal stop details (`type: refusal`).

    Attributes:
        type_ (Literal['refusal']):  Default: 'refusal'.
        category (None | RefusalStopDetailsCategory | str | Unset):
        explanation (None | str | Unset):
    """

    type_: Literal["refusal"] = "refusal"
    category: None | RefusalStopDetailsCategory | str | Unset = UNSET
    explanation: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        category: None | str | Unset
        if isinstance(self.category, Unset):
            category = UNSET
        elif isinstance(self.category, str):
            category = self.category
        else:
            category = self.category

        explanation: None | str | Unset
        if isinstance(self.explanation, Unset):
            explanation = UNSET
        else:
            explanation = self.explanation

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
            }
        )
        if category is not UNSET:
            field_dict["category"] = category
        if explanation is not UNSET:
            field_dict["explanation"] = explanation

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type_ = cast("Literal['refusal']", d.pop("type"))
        if type_ != "refusal":
            raise ValueError(f"type must match const 'refusal', got '{type_}'")

        def _parse_category(data: object) -> None | RefusalStopDetailsCategory | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                category_type_0 = check_refusal_stop_details_category(data)

                return category_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast("None | RefusalStopDetailsCategory | str | Unset", data)

        category = _parse_category(d.pop("category", UNSET))

        def _parse_explanation(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast("None | str | Unset", data)

        explanation = _parse_explanation(d.pop("explanation", UNSET))

        refusal_stop_details = cls(
            type_=type_,
            category=category,
            explanation=explanation,
        )

        refusal_stop_details.additional_properties = d
        return refusal_stop_details

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
