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
    from claude_api.models.citations_delta import CitationsDelta
    from claude_api.models.input_json_delta import InputJSONDelta
    from claude_api.models.signature_delta import SignatureDelta
    from claude_api.models.text_delta import TextDelta
    from claude_api.models.thinking_delta import ThinkingDelta


T = TypeVar("T", bound="ContentBlockDeltaEvent")


@_attrs_define
class ContentBlockDeltaEvent:
    """An incremental change to the content block at `index`.

    Attributes:
        delta (CitationsDelta | InputJSONDelta | SignatureDelta | TextDelta | ThinkingDelta): An incremental change to a
            content block, tagged by `type`.
        index (int):
        type_ (Literal['content_block_delta']):  Default: 'content_block_delta'.
    """

    delta: CitationsDelta | InputJSONDelta | SignatureDelta | TextDelta | ThinkingDelta
    index: int
    type_: Literal["content_block_delta"] = "content_block_delta"
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from claude_api.models.citations_delta import CitationsDelta  # noqa: PLC0415
        from claude_api.models.input_json_delta import InputJSONDelta  # noqa: PLC0415
        from claude_api.models.text_delta import TextDelta  # noqa: PLC0415
        from claude_api.models.thinking_delta import ThinkingDelta  # noqa: PLC0415

        delta: dict[str, Any]
        if isinstance(self.delta, dict):
            delta = self.delta
        elif isinstance(self.delta, TextDelta):
            delta = self.delta.to_dict()
        elif isinstance(self.delta, InputJSONDelta):
            delta = self.delta.to_dict()
        elif isinstance(self.delta, CitationsDelta):
            delta = self.delta.to_dict()
        elif isinstance(self.delta, ThinkingDelta):
            delta = self.delta.to_dict()
        else:
            delta = self.delta.to_dict()

        index = self.index

        type_ = self.type_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "delta": delta,
                "index": index,
                "type": type_,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from claude_api.models.citations_delta import CitationsDelta  # noqa: PLC0415
        from claude_api.models.input_json_delta import InputJSONDelta  # noqa: PLC0415
        from claude_api.models.signature_delta import SignatureDelta  # noqa: PLC0415
        from claude_api.models.text_delta import TextDelta  # noqa: PLC0415
        from claude_api.models.thinking_delta import ThinkingDelta  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_delta(
            data: object,
        ) -> CitationsDelta | InputJSONDelta | SignatureDelta | TextDelta | ThinkingDelta:
            if not isinstance(data, dict):
                raise TypeError(f"expected a JSON object, got {type(data).__name__}")
            tag = data.get("type")
            if tag == "text_delta":
                return TextDelta.from_dict(data)
            if tag == "input_json_delta":
                return InputJSONDelta.from_dict(data)
            if tag == "citations_delta":
                return CitationsDelta.from_dict(data)
            if tag == "thinking_delta":
                return ThinkingDelta.from_dict(data)
            if tag == "signature_delta":
                return SignatureDelta.from_dict(data)
            # An unknown tag: keep the raw object so that newer API output still parses and round-trips.
            return cast(
                "CitationsDelta | InputJSONDelta | SignatureDelta | TextDelta | ThinkingDelta", data
            )

        delta = _parse_delta(d.pop("delta"))

        index = d.pop("index")

        type_ = cast("Literal['content_block_delta']", d.pop("type"))
        if type_ != "content_block_delta":
            raise ValueError(f"type must match const 'content_block_delta', got '{type_}'")

        content_block_delta_event = cls(
            delta=delta,
            index=index,
            type_=type_,
        )

        content_block_delta_event.additional_properties = d
        return content_block_delta_event

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
