# Generated from openapi/claude-api.yaml by openapi-python-client. Do not edit by hand:
# change the spec (or openapi/generator-config.yaml) and run `nox -s generate`.
from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from claude_api.types import (
    UNSET,
    Unset,
    model_from_json,
    model_repr,
    model_to_json,
)

if TYPE_CHECKING:
    from claude_api.models.computer_cursor_position_config_param import (
        ComputerCursorPositionConfigParam,
    )
    from claude_api.models.computer_double_click_config_param import (
        ComputerDoubleClickConfigParam,
    )
    from claude_api.models.computer_hold_key_config_param import (
        ComputerHoldKeyConfigParam,
    )
    from claude_api.models.computer_key_config_param import ComputerKeyConfigParam
    from claude_api.models.computer_left_click_config_param import (
        ComputerLeftClickConfigParam,
    )
    from claude_api.models.computer_left_click_drag_config_param import (
        ComputerLeftClickDragConfigParam,
    )
    from claude_api.models.computer_left_mouse_down_config_param import (
        ComputerLeftMouseDownConfigParam,
    )
    from claude_api.models.computer_left_mouse_up_config_param import (
        ComputerLeftMouseUpConfigParam,
    )
    from claude_api.models.computer_middle_click_config_param import (
        ComputerMiddleClickConfigParam,
    )
    from claude_api.models.computer_mouse_move_config_param import (
        ComputerMouseMoveConfigParam,
    )
    from claude_api.models.computer_right_click_config_param import (
        ComputerRightClickConfigParam,
    )
    from claude_api.models.computer_screenshot_config_param import (
        ComputerScreenshotConfigParam,
    )
    from claude_api.models.computer_scroll_config_param import ComputerScrollConfigParam
    from claude_api.models.computer_triple_click_config_param import (
        ComputerTripleClickConfigParam,
    )
    from claude_api.models.computer_type_config_param import ComputerTypeConfigParam
    from claude_api.models.computer_wait_config_param import ComputerWaitConfigParam
    from claude_api.models.computer_zoom_config_param import ComputerZoomConfigParam


T = TypeVar("T", bound="ComputerToolsetConfigsParam")

# Attribute name -> JSON key of every field, and the set of known JSON keys.
_WIRE_NAMES: dict[str, str] = {
    "cursor_position": "cursor_position",
    "double_click": "double_click",
    "hold_key": "hold_key",
    "key": "key",
    "left_click": "left_click",
    "left_click_drag": "left_click_drag",
    "left_mouse_down": "left_mouse_down",
    "left_mouse_up": "left_mouse_up",
    "middle_click": "middle_click",
    "mouse_move": "mouse_move",
    "right_click": "right_click",
    "screenshot": "screenshot",
    "scroll": "scroll",
    "triple_click": "triple_click",
    "type": "type",
    "wait": "wait",
    "zoom": "zoom",
}
_KNOWN: frozenset[str] = frozenset(_WIRE_NAMES.values())
_imported = False


def _import_models() -> None:
    """Import the models this one refers to, once, on first use (they import each other)."""
    global \
        _imported, \
        ComputerCursorPositionConfigParam, \
        ComputerDoubleClickConfigParam, \
        ComputerHoldKeyConfigParam, \
        ComputerKeyConfigParam, \
        ComputerLeftClickConfigParam, \
        ComputerLeftClickDragConfigParam, \
        ComputerLeftMouseDownConfigParam, \
        ComputerLeftMouseUpConfigParam, \
        ComputerMiddleClickConfigParam, \
        ComputerMouseMoveConfigParam, \
        ComputerRightClickConfigParam, \
        ComputerScreenshotConfigParam, \
        ComputerScrollConfigParam, \
        ComputerTripleClickConfigParam, \
        ComputerTypeConfigParam, \
        ComputerWaitConfigParam, \
        ComputerZoomConfigParam
    from claude_api.models.computer_cursor_position_config_param import (
        ComputerCursorPositionConfigParam,
    )
    from claude_api.models.computer_double_click_config_param import (
        ComputerDoubleClickConfigParam,
    )
    from claude_api.models.computer_hold_key_config_param import (
        ComputerHoldKeyConfigParam,  # noqa: PLC0415
    )
    from claude_api.models.computer_key_config_param import ComputerKeyConfigParam  # noqa: PLC0415
    from claude_api.models.computer_left_click_config_param import (
        ComputerLeftClickConfigParam,  # noqa: PLC0415
    )
    from claude_api.models.computer_left_click_drag_config_param import (
        ComputerLeftClickDragConfigParam,
    )
    from claude_api.models.computer_left_mouse_down_config_param import (
        ComputerLeftMouseDownConfigParam,
    )
    from claude_api.models.computer_left_mouse_up_config_param import (
        ComputerLeftMouseUpConfigParam,
    )
    from claude_api.models.computer_middle_click_config_param import (
        ComputerMiddleClickConfigParam,
    )
    from claude_api.models.computer_mouse_move_config_param import (
        ComputerMouseMoveConfigParam,  # noqa: PLC0415
    )
    from claude_api.models.computer_right_click_config_param import (
        ComputerRightClickConfigParam,  # noqa: PLC0415
    )
    from claude_api.models.computer_screenshot_config_param import (
        ComputerScreenshotConfigParam,  # noqa: PLC0415
    )
    from claude_api.models.computer_scroll_config_param import ComputerScrollConfigParam  # noqa: PLC0415
    from claude_api.models.computer_triple_click_config_param import (
        ComputerTripleClickConfigParam,
    )
    from claude_api.models.computer_type_config_param import ComputerTypeConfigParam  # noqa: PLC0415
    from claude_api.models.computer_wait_config_param import ComputerWaitConfigParam  # noqa: PLC0415
    from claude_api.models.computer_zoom_config_param import ComputerZoomConfigParam  # noqa: PLC0415

    _imported = True


@_attrs_define
class ComputerToolsetConfigsParam:
    """Computer toolset configs.

    Attributes:
        cursor_position (ComputerCursorPositionConfigParam | None | Unset):
        double_click (ComputerDoubleClickConfigParam | None | Unset):
        hold_key (ComputerHoldKeyConfigParam | None | Unset):
        key (ComputerKeyConfigParam | None | Unset):
        left_click (ComputerLeftClickConfigParam | None | Unset):
        left_click_drag (ComputerLeftClickDragConfigParam | None | Unset):
        left_mouse_down (ComputerLeftMouseDownConfigParam | None | Unset):
        left_mouse_up (ComputerLeftMouseUpConfigParam | None | Unset):
        middle_click (ComputerMiddleClickConfigParam | None | Unset):
        mouse_move (ComputerMouseMoveConfigParam | None | Unset):
        right_click (ComputerRightClickConfigParam | None | Unset):
        screenshot (ComputerScreenshotConfigParam | None | Unset):
        scroll (ComputerScrollConfigParam | None | Unset):
        triple_click (ComputerTripleClickConfigParam | None | Unset):
        type (ComputerTypeConfigParam | None | Unset):
        wait (ComputerWaitConfigParam | None | Unset):
        zoom (ComputerZoomConfigParam | None | Unset):
    """

    cursor_position: ComputerCursorPositionConfigParam | None | Unset = UNSET
    double_click: ComputerDoubleClickConfigParam | None | Unset = UNSET
    hold_key: ComputerHoldKeyConfigParam | None | Unset = UNSET
    key: ComputerKeyConfigParam | None | Unset = UNSET
    left_click: ComputerLeftClickConfigParam | None | Unset = UNSET
    left_click_drag: ComputerLeftClickDragConfigParam | None | Unset = UNSET
    left_mouse_down: ComputerLeftMouseDownConfigParam | None | Unset = UNSET
    left_mouse_up: ComputerLeftMouseUpConfigParam | None | Unset = UNSET
    middle_click: ComputerMiddleClickConfigParam | None | Unset = UNSET
    mouse_move: ComputerMouseMoveConfigParam | None | Unset = UNSET
    right_click: ComputerRightClickConfigParam | None | Unset = UNSET
    screenshot: ComputerScreenshotConfigParam | None | Unset = UNSET
    scroll: ComputerScrollConfigParam | None | Unset = UNSET
    triple_click: ComputerTripleClickConfigParam | None | Unset = UNSET
    type: ComputerTypeConfigParam | None | Unset = UNSET
    wait: ComputerWaitConfigParam | None | Unset = UNSET
    zoom: ComputerZoomConfigParam | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _imported:
            _import_models()
        cursor_position: dict[str, Any] | None | Unset
        if isinstance(self.cursor_position, Unset):
            cursor_position = UNSET
        elif isinstance(self.cursor_position, ComputerCursorPositionConfigParam):
            cursor_position = self.cursor_position.to_dict()
        else:
            cursor_position = self.cursor_position

        double_click: dict[str, Any] | None | Unset
        if isinstance(self.double_click, Unset):
            double_click = UNSET
        elif isinstance(self.double_click, ComputerDoubleClickConfigParam):
            double_click = self.double_click.to_dict()
        else:
            double_click = self.double_click

        hold_key: dict[str, Any] | None | Unset
        if isinstance(self.hold_key, Unset):
            hold_key = UNSET
        elif isinstance(self.hold_key, ComputerHoldKeyConfigParam):
            hold_key = self.hold_key.to_dict()
        else:
            hold_key = self.hold_key

        key: dict[str, Any] | None | Unset
        if isinstance(self.key, Unset):
            key = UNSET
        elif isinstance(self.key, ComputerKeyConfigParam):
            key = self.key.to_dict()
        else:
            key = self.key

        left_click: dict[str, Any] | None | Unset
        if isinstance(self.left_click, Unset):
            left_click = UNSET
        elif isinstance(self.left_click, ComputerLeftClickConfigParam):
            left_click = self.left_click.to_dict()
        else:
            left_click = self.left_click

        left_click_drag: dict[str, Any] | None | Unset
        if isinstance(self.left_click_drag, Unset):
            left_click_drag = UNSET
        elif isinstance(self.left_click_drag, ComputerLeftClickDragConfigParam):
            left_click_drag = self.left_click_drag.to_dict()
        else:
            left_click_drag = self.left_click_drag

        left_mouse_down: dict[str, Any] | None | Unset
        if isinstance(self.left_mouse_down, Unset):
            left_mouse_down = UNSET
        elif isinstance(self.left_mouse_down, ComputerLeftMouseDownConfigParam):
            left_mouse_down = self.left_mouse_down.to_dict()
        else:
            left_mouse_down = self.left_mouse_down

        left_mouse_up: dict[str, Any] | None | Unset
        if isinstance(self.left_mouse_up, Unset):
            left_mouse_up = UNSET
        elif isinstance(self.left_mouse_up, ComputerLeftMouseUpConfigParam):
            left_mouse_up = self.left_mouse_up.to_dict()
        else:
            left_mouse_up = self.left_mouse_up

        middle_click: dict[str, Any] | None | Unset
        if isinstance(self.middle_click, Unset):
            middle_click = UNSET
        elif isinstance(self.middle_click, ComputerMiddleClickConfigParam):
            middle_click = self.middle_click.to_dict()
        else:
            middle_click = self.middle_click

        mouse_move: dict[str, Any] | None | Unset
        if isinstance(self.mouse_move, Unset):
            mouse_move = UNSET
        elif isinstance(self.mouse_move, ComputerMouseMoveConfigParam):
            mouse_move = self.mouse_move.to_dict()
        else:
            mouse_move = self.mouse_move

        right_click: dict[str, Any] | None | Unset
        if isinstance(self.right_click, Unset):
            right_click = UNSET
        elif isinstance(self.right_click, ComputerRightClickConfigParam):
            right_click = self.right_click.to_dict()
        else:
            right_click = self.right_click

        screenshot: dict[str, Any] | None | Unset
        if isinstance(self.screenshot, Unset):
            screenshot = UNSET
        elif isinstance(self.screenshot, ComputerScreenshotConfigParam):
            screenshot = self.screenshot.to_dict()
        else:
            screenshot = self.screenshot

        scroll: dict[str, Any] | None | Unset
        if isinstance(self.scroll, Unset):
            scroll = UNSET
        elif isinstance(self.scroll, ComputerScrollConfigParam):
            scroll = self.scroll.to_dict()
        else:
            scroll = self.scroll

        triple_click: dict[str, Any] | None | Unset
        if isinstance(self.triple_click, Unset):
            triple_click = UNSET
        elif isinstance(self.triple_click, ComputerTripleClickConfigParam):
            triple_click = self.triple_click.to_dict()
        else:
            triple_click = self.triple_click

        type_: dict[str, Any] | None | Unset
        if isinstance(self.type, Unset):
            type_ = UNSET
        elif isinstance(self.type, ComputerTypeConfigParam):
            type_ = self.type.to_dict()
        else:
            type_ = self.type

        wait: dict[str, Any] | None | Unset
        if isinstance(self.wait, Unset):
            wait = UNSET
        elif isinstance(self.wait, ComputerWaitConfigParam):
            wait = self.wait.to_dict()
        else:
            wait = self.wait

        zoom: dict[str, Any] | None | Unset
        if isinstance(self.zoom, Unset):
            zoom = UNSET
        elif isinstance(self.zoom, ComputerZoomConfigParam):
            zoom = self.zoom.to_dict()
        else:
            zoom = self.zoom

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if cursor_position is not UNSET:
            field_dict["cursor_position"] = cursor_position
        if double_click is not UNSET:
            field_dict["double_click"] = double_click
        if hold_key is not UNSET:
            field_dict["hold_key"] = hold_key
        if key is not UNSET:
            field_dict["key"] = key
        if left_click is not UNSET:
            field_dict["left_click"] = left_click
        if left_click_drag is not UNSET:
            field_dict["left_click_drag"] = left_click_drag
        if left_mouse_down is not UNSET:
            field_dict["left_mouse_down"] = left_mouse_down
        if left_mouse_up is not UNSET:
            field_dict["left_mouse_up"] = left_mouse_up
        if middle_click is not UNSET:
            field_dict["middle_click"] = middle_click
        if mouse_move is not UNSET:
            field_dict["mouse_move"] = mouse_move
        if right_click is not UNSET:
            field_dict["right_click"] = right_click
        if screenshot is not UNSET:
            field_dict["screenshot"] = screenshot
        if scroll is not UNSET:
            field_dict["scroll"] = scroll
        if triple_click is not UNSET:
            field_dict["triple_click"] = triple_click
        if type_ is not UNSET:
            field_dict["type"] = type_
        if wait is not UNSET:
            field_dict["wait"] = wait
        if zoom is not UNSET:
            field_dict["zoom"] = zoom

        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:  # a field may be `type`
        if not isinstance(src_dict, dict) and not isinstance(src_dict, Mapping):
            raise TypeError(f"{cls.__name__} expects a JSON object, got {type(src_dict).__name__}")
        if not _imported:
            _import_models()
        cursor_position = src_dict.get("cursor_position", UNSET)
        if cursor_position is not None and cursor_position is not UNSET:
            cursor_position = ComputerCursorPositionConfigParam.from_dict(cursor_position)

        double_click = src_dict.get("double_click", UNSET)
        if double_click is not None and double_click is not UNSET:
            double_click = ComputerDoubleClickConfigParam.from_dict(double_click)

        hold_key = src_dict.get("hold_key", UNSET)
        if hold_key is not None and hold_key is not UNSET:
            hold_key = ComputerHoldKeyConfigParam.from_dict(hold_key)

        key = src_dict.get("key", UNSET)
        if key is not None and key is not UNSET:
            key = ComputerKeyConfigParam.from_dict(key)

        left_click = src_dict.get("left_click", UNSET)
        if left_click is not None and left_click is not UNSET:
            left_click = ComputerLeftClickConfigParam.from_dict(left_click)

        left_click_drag = src_dict.get("left_click_drag", UNSET)
        if left_click_drag is not None and left_click_drag is not UNSET:
            left_click_drag = ComputerLeftClickDragConfigParam.from_dict(left_click_drag)

        left_mouse_down = src_dict.get("left_mouse_down", UNSET)
        if left_mouse_down is not None and left_mouse_down is not UNSET:
            left_mouse_down = ComputerLeftMouseDownConfigParam.from_dict(left_mouse_down)

        left_mouse_up = src_dict.get("left_mouse_up", UNSET)
        if left_mouse_up is not None and left_mouse_up is not UNSET:
            left_mouse_up = ComputerLeftMouseUpConfigParam.from_dict(left_mouse_up)

        middle_click = src_dict.get("middle_click", UNSET)
        if middle_click is not None and middle_click is not UNSET:
            middle_click = ComputerMiddleClickConfigParam.from_dict(middle_click)

        mouse_move = src_dict.get("mouse_move", UNSET)
        if mouse_move is not None and mouse_move is not UNSET:
            mouse_move = ComputerMouseMoveConfigParam.from_dict(mouse_move)

        right_click = src_dict.get("right_click", UNSET)
        if right_click is not None and right_click is not UNSET:
            right_click = ComputerRightClickConfigParam.from_dict(right_click)

        screenshot = src_dict.get("screenshot", UNSET)
        if screenshot is not None and screenshot is not UNSET:
            screenshot = ComputerScreenshotConfigParam.from_dict(screenshot)

        scroll = src_dict.get("scroll", UNSET)
        if scroll is not None and scroll is not UNSET:
            scroll = ComputerScrollConfigParam.from_dict(scroll)

        triple_click = src_dict.get("triple_click", UNSET)
        if triple_click is not None and triple_click is not UNSET:
            triple_click = ComputerTripleClickConfigParam.from_dict(triple_click)

        type_ = src_dict.get("type", UNSET)
        if type_ is not None and type_ is not UNSET:
            type_ = ComputerTypeConfigParam.from_dict(type_)

        wait = src_dict.get("wait", UNSET)
        if wait is not None and wait is not UNSET:
            wait = ComputerWaitConfigParam.from_dict(wait)

        zoom = src_dict.get("zoom", UNSET)
        if zoom is not None and zoom is not UNSET:
            zoom = ComputerZoomConfigParam.from_dict(zoom)

        computer_toolset_configs_param = (
            cls(  # positional, in field order: measured faster than keywords
                cursor_position,
                double_click,
                hold_key,
                key,
                left_click,
                left_click_drag,
                left_mouse_down,
                left_mouse_up,
                middle_click,
                mouse_move,
                right_click,
                screenshot,
                scroll,
                triple_click,
                type_,
                wait,
                zoom,
            )
        )
        if not _KNOWN.issuperset(src_dict):
            computer_toolset_configs_param.additional_properties = _extra(src_dict)
        return computer_toolset_configs_param

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
