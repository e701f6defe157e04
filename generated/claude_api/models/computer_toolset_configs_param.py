# Generated from openapi/claude-api.yaml by openapi-python-client. Do not edit by hand:
# change the spec (or openapi/generator-config.yaml) and run `nox -s generate`.
from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from claude_api.types import (
    NULL,
    UNSET,
    Model,
    Unset,
    attribute_error,
    model_eq,
    model_from_json,
    model_getstate,
    model_repr,
    model_setstate,
    model_to_json,
    new_model,
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
# The fields the spec does not require: absent, they read as None (and stay out of `to_dict`).
_OPTIONAL: frozenset[str] = frozenset(
    {
        "cursor_position",
        "double_click",
        "hold_key",
        "key",
        "left_click",
        "left_click_drag",
        "left_mouse_down",
        "left_mouse_up",
        "middle_click",
        "mouse_move",
        "right_click",
        "screenshot",
        "scroll",
        "triple_click",
        "type",
        "wait",
        "zoom",
    }
)
# Those of them that may also be null, each with its bit in `_absent`, set when the field was
# left out (None alone cannot tell absent from null).
_NULLABLE: dict[str, int] = {
    "cursor_position": 1,
    "double_click": 2,
    "hold_key": 4,
    "key": 8,
    "left_click": 16,
    "left_click_drag": 32,
    "left_mouse_down": 64,
    "left_mouse_up": 128,
    "middle_click": 256,
    "mouse_move": 512,
    "right_click": 1024,
    "screenshot": 2048,
    "scroll": 4096,
    "triple_click": 8192,
    "type": 16384,
    "wait": 32768,
    "zoom": 65536,
}
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


@_attrs_define(init=False)  # the __init__ below: a field given no value reads None
class ComputerToolsetConfigsParam(Model):
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

    _optional_ = _OPTIONAL
    _nullable_ = _NULLABLE

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

    def __init__(
        self,
        cursor_position: ComputerCursorPositionConfigParam | None | Unset = UNSET,
        double_click: ComputerDoubleClickConfigParam | None | Unset = UNSET,
        hold_key: ComputerHoldKeyConfigParam | None | Unset = UNSET,
        key: ComputerKeyConfigParam | None | Unset = UNSET,
        left_click: ComputerLeftClickConfigParam | None | Unset = UNSET,
        left_click_drag: ComputerLeftClickDragConfigParam | None | Unset = UNSET,
        left_mouse_down: ComputerLeftMouseDownConfigParam | None | Unset = UNSET,
        left_mouse_up: ComputerLeftMouseUpConfigParam | None | Unset = UNSET,
        middle_click: ComputerMiddleClickConfigParam | None | Unset = UNSET,
        mouse_move: ComputerMouseMoveConfigParam | None | Unset = UNSET,
        right_click: ComputerRightClickConfigParam | None | Unset = UNSET,
        screenshot: ComputerScreenshotConfigParam | None | Unset = UNSET,
        scroll: ComputerScrollConfigParam | None | Unset = UNSET,
        triple_click: ComputerTripleClickConfigParam | None | Unset = UNSET,
        type: ComputerTypeConfigParam | None | Unset = UNSET,
        wait: ComputerWaitConfigParam | None | Unset = UNSET,
        zoom: ComputerZoomConfigParam | None | Unset = UNSET,
    ) -> None:
        absent = 0
        if cursor_position is UNSET:
            absent |= 1
        self.cursor_position = NULL if cursor_position is UNSET else cursor_position
        if double_click is UNSET:
            absent |= 2
        self.double_click = NULL if double_click is UNSET else double_click
        if hold_key is UNSET:
            absent |= 4
        self.hold_key = NULL if hold_key is UNSET else hold_key
        if key is UNSET:
            absent |= 8
        self.key = NULL if key is UNSET else key
        if left_click is UNSET:
            absent |= 16
        self.left_click = NULL if left_click is UNSET else left_click
        if left_click_drag is UNSET:
            absent |= 32
        self.left_click_drag = NULL if left_click_drag is UNSET else left_click_drag
        if left_mouse_down is UNSET:
            absent |= 64
        self.left_mouse_down = NULL if left_mouse_down is UNSET else left_mouse_down
        if left_mouse_up is UNSET:
            absent |= 128
        self.left_mouse_up = NULL if left_mouse_up is UNSET else left_mouse_up
        if middle_click is UNSET:
            absent |= 256
        self.middle_click = NULL if middle_click is UNSET else middle_click
        if mouse_move is UNSET:
            absent |= 512
        self.mouse_move = NULL if mouse_move is UNSET else mouse_move
        if right_click is UNSET:
            absent |= 1024
        self.right_click = NULL if right_click is UNSET else right_click
        if screenshot is UNSET:
            absent |= 2048
        self.screenshot = NULL if screenshot is UNSET else screenshot
        if scroll is UNSET:
            absent |= 4096
        self.scroll = NULL if scroll is UNSET else scroll
        if triple_click is UNSET:
            absent |= 8192
        self.triple_click = NULL if triple_click is UNSET else triple_click
        if type is UNSET:
            absent |= 16384
        self.type = NULL if type is UNSET else type
        if wait is UNSET:
            absent |= 32768
        self.wait = NULL if wait is UNSET else wait
        if zoom is UNSET:
            absent |= 65536
        self.zoom = NULL if zoom is UNSET else zoom
        self._absent = absent  # type: ignore[misc]  # a slot of types.Model (unseen by mypy's attrs plugin)

    def to_dict(self) -> dict[str, Any]:
        if not _imported:
            _import_models()
        cursor_position_value = self.cursor_position
        if cursor_position_value is None and self._absent & 1:
            cursor_position_value = UNSET
        cursor_position: dict[str, Any] | None | Unset
        if isinstance(cursor_position_value, Unset):
            cursor_position = UNSET
        elif isinstance(cursor_position_value, ComputerCursorPositionConfigParam):
            cursor_position = cursor_position_value.to_dict()
        else:
            cursor_position = cursor_position_value

        double_click_value = self.double_click
        if double_click_value is None and self._absent & 2:
            double_click_value = UNSET
        double_click: dict[str, Any] | None | Unset
        if isinstance(double_click_value, Unset):
            double_click = UNSET
        elif isinstance(double_click_value, ComputerDoubleClickConfigParam):
            double_click = double_click_value.to_dict()
        else:
            double_click = double_click_value

        hold_key_value = self.hold_key
        if hold_key_value is None and self._absent & 4:
            hold_key_value = UNSET
        hold_key: dict[str, Any] | None | Unset
        if isinstance(hold_key_value, Unset):
            hold_key = UNSET
        elif isinstance(hold_key_value, ComputerHoldKeyConfigParam):
            hold_key = hold_key_value.to_dict()
        else:
            hold_key = hold_key_value

        key_value = self.key
        if key_value is None and self._absent & 8:
            key_value = UNSET
        key: dict[str, Any] | None | Unset
        if isinstance(key_value, Unset):
            key = UNSET
        elif isinstance(key_value, ComputerKeyConfigParam):
            key = key_value.to_dict()
        else:
            key = key_value

        left_click_value = self.left_click
        if left_click_value is None and self._absent & 16:
            left_click_value = UNSET
        left_click: dict[str, Any] | None | Unset
        if isinstance(left_click_value, Unset):
            left_click = UNSET
        elif isinstance(left_click_value, ComputerLeftClickConfigParam):
            left_click = left_click_value.to_dict()
        else:
            left_click = left_click_value

        left_click_drag_value = self.left_click_drag
        if left_click_drag_value is None and self._absent & 32:
            left_click_drag_value = UNSET
        left_click_drag: dict[str, Any] | None | Unset
        if isinstance(left_click_drag_value, Unset):
            left_click_drag = UNSET
        elif isinstance(left_click_drag_value, ComputerLeftClickDragConfigParam):
            left_click_drag = left_click_drag_value.to_dict()
        else:
            left_click_drag = left_click_drag_value

        left_mouse_down_value = self.left_mouse_down
        if left_mouse_down_value is None and self._absent & 64:
            left_mouse_down_value = UNSET
        left_mouse_down: dict[str, Any] | None | Unset
        if isinstance(left_mouse_down_value, Unset):
            left_mouse_down = UNSET
        elif isinstance(left_mouse_down_value, ComputerLeftMouseDownConfigParam):
            left_mouse_down = left_mouse_down_value.to_dict()
        else:
            left_mouse_down = left_mouse_down_value

        left_mouse_up_value = self.left_mouse_up
        if left_mouse_up_value is None and self._absent & 128:
            left_mouse_up_value = UNSET
        left_mouse_up: dict[str, Any] | None | Unset
        if isinstance(left_mouse_up_value, Unset):
            left_mouse_up = UNSET
        elif isinstance(left_mouse_up_value, ComputerLeftMouseUpConfigParam):
            left_mouse_up = left_mouse_up_value.to_dict()
        else:
            left_mouse_up = left_mouse_up_value

        middle_click_value = self.middle_click
        if middle_click_value is None and self._absent & 256:
            middle_click_value = UNSET
        middle_click: dict[str, Any] | None | Unset
        if isinstance(middle_click_value, Unset):
            middle_click = UNSET
        elif isinstance(middle_click_value, ComputerMiddleClickConfigParam):
            middle_click = middle_click_value.to_dict()
        else:
            middle_click = middle_click_value

        mouse_move_value = self.mouse_move
        if mouse_move_value is None and self._absent & 512:
            mouse_move_value = UNSET
        mouse_move: dict[str, Any] | None | Unset
        if isinstance(mouse_move_value, Unset):
            mouse_move = UNSET
        elif isinstance(mouse_move_value, ComputerMouseMoveConfigParam):
            mouse_move = mouse_move_value.to_dict()
        else:
            mouse_move = mouse_move_value

        right_click_value = self.right_click
        if right_click_value is None and self._absent & 1024:
            right_click_value = UNSET
        right_click: dict[str, Any] | None | Unset
        if isinstance(right_click_value, Unset):
            right_click = UNSET
        elif isinstance(right_click_value, ComputerRightClickConfigParam):
            right_click = right_click_value.to_dict()
        else:
            right_click = right_click_value

        screenshot_value = self.screenshot
        if screenshot_value is None and self._absent & 2048:
            screenshot_value = UNSET
        screenshot: dict[str, Any] | None | Unset
        if isinstance(screenshot_value, Unset):
            screenshot = UNSET
        elif isinstance(screenshot_value, ComputerScreenshotConfigParam):
            screenshot = screenshot_value.to_dict()
        else:
            screenshot = screenshot_value

        scroll_value = self.scroll
        if scroll_value is None and self._absent & 4096:
            scroll_value = UNSET
        scroll: dict[str, Any] | None | Unset
        if isinstance(scroll_value, Unset):
            scroll = UNSET
        elif isinstance(scroll_value, ComputerScrollConfigParam):
            scroll = scroll_value.to_dict()
        else:
            scroll = scroll_value

        triple_click_value = self.triple_click
        if triple_click_value is None and self._absent & 8192:
            triple_click_value = UNSET
        triple_click: dict[str, Any] | None | Unset
        if isinstance(triple_click_value, Unset):
            triple_click = UNSET
        elif isinstance(triple_click_value, ComputerTripleClickConfigParam):
            triple_click = triple_click_value.to_dict()
        else:
            triple_click = triple_click_value

        type__value = self.type
        if type__value is None and self._absent & 16384:
            type__value = UNSET
        type_: dict[str, Any] | None | Unset
        if isinstance(type__value, Unset):
            type_ = UNSET
        elif isinstance(type__value, ComputerTypeConfigParam):
            type_ = type__value.to_dict()
        else:
            type_ = type__value

        wait_value = self.wait
        if wait_value is None and self._absent & 32768:
            wait_value = UNSET
        wait: dict[str, Any] | None | Unset
        if isinstance(wait_value, Unset):
            wait = UNSET
        elif isinstance(wait_value, ComputerWaitConfigParam):
            wait = wait_value.to_dict()
        else:
            wait = wait_value

        zoom_value = self.zoom
        if zoom_value is None and self._absent & 65536:
            zoom_value = UNSET
        zoom: dict[str, Any] | None | Unset
        if isinstance(zoom_value, Unset):
            zoom = UNSET
        elif isinstance(zoom_value, ComputerZoomConfigParam):
            zoom = zoom_value.to_dict()
        else:
            zoom = zoom_value

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
        missing = 0  # fields the data lacks: len(src_dict) + missing > fields means extra keys
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

        # Stores into the slots, no __init__ call (measured: the call was a third of a small
        # model's parse); a field the data lacks reads None.
        computer_toolset_configs_param = new_model(cls)
        absent = 0
        if cursor_position is UNSET:
            absent |= 1
            computer_toolset_configs_param.cursor_position = None
            missing += 1
        else:
            computer_toolset_configs_param.cursor_position = cursor_position
        if double_click is UNSET:
            absent |= 2
            computer_toolset_configs_param.double_click = None
            missing += 1
        else:
            computer_toolset_configs_param.double_click = double_click
        if hold_key is UNSET:
            absent |= 4
            computer_toolset_configs_param.hold_key = None
            missing += 1
        else:
            computer_toolset_configs_param.hold_key = hold_key
        if key is UNSET:
            absent |= 8
            computer_toolset_configs_param.key = None
            missing += 1
        else:
            computer_toolset_configs_param.key = key
        if left_click is UNSET:
            absent |= 16
            computer_toolset_configs_param.left_click = None
            missing += 1
        else:
            computer_toolset_configs_param.left_click = left_click
        if left_click_drag is UNSET:
            absent |= 32
            computer_toolset_configs_param.left_click_drag = None
            missing += 1
        else:
            computer_toolset_configs_param.left_click_drag = left_click_drag
        if left_mouse_down is UNSET:
            absent |= 64
            computer_toolset_configs_param.left_mouse_down = None
            missing += 1
        else:
            computer_toolset_configs_param.left_mouse_down = left_mouse_down
        if left_mouse_up is UNSET:
            absent |= 128
            computer_toolset_configs_param.left_mouse_up = None
            missing += 1
        else:
            computer_toolset_configs_param.left_mouse_up = left_mouse_up
        if middle_click is UNSET:
            absent |= 256
            computer_toolset_configs_param.middle_click = None
            missing += 1
        else:
            computer_toolset_configs_param.middle_click = middle_click
        if mouse_move is UNSET:
            absent |= 512
            computer_toolset_configs_param.mouse_move = None
            missing += 1
        else:
            computer_toolset_configs_param.mouse_move = mouse_move
        if right_click is UNSET:
            absent |= 1024
            computer_toolset_configs_param.right_click = None
            missing += 1
        else:
            computer_toolset_configs_param.right_click = right_click
        if screenshot is UNSET:
            absent |= 2048
            computer_toolset_configs_param.screenshot = None
            missing += 1
        else:
            computer_toolset_configs_param.screenshot = screenshot
        if scroll is UNSET:
            absent |= 4096
            computer_toolset_configs_param.scroll = None
            missing += 1
        else:
            computer_toolset_configs_param.scroll = scroll
        if triple_click is UNSET:
            absent |= 8192
            computer_toolset_configs_param.triple_click = None
            missing += 1
        else:
            computer_toolset_configs_param.triple_click = triple_click
        if type_ is UNSET:
            absent |= 16384
            computer_toolset_configs_param.type = None
            missing += 1
        else:
            computer_toolset_configs_param.type = type_
        if wait is UNSET:
            absent |= 32768
            computer_toolset_configs_param.wait = None
            missing += 1
        else:
            computer_toolset_configs_param.wait = wait
        if zoom is UNSET:
            absent |= 65536
            computer_toolset_configs_param.zoom = None
            missing += 1
        else:
            computer_toolset_configs_param.zoom = zoom
        computer_toolset_configs_param._absent = absent
        if len(src_dict) + missing > 17:  # cheaper than a set test
            computer_toolset_configs_param.additional_properties = _extra(src_dict)
        return computer_toolset_configs_param

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
