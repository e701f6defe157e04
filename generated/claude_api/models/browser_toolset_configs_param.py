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
    from claude_api.models.browser_close_tab_config_param import (
        BrowserCloseTabConfigParam,
    )
    from claude_api.models.browser_double_click_config_param import (
        BrowserDoubleClickConfigParam,
    )
    from claude_api.models.browser_file_upload_config_param import (
        BrowserFileUploadConfigParam,
    )
    from claude_api.models.browser_find_config_param import BrowserFindConfigParam
    from claude_api.models.browser_form_input_config_param import (
        BrowserFormInputConfigParam,
    )
    from claude_api.models.browser_get_page_text_config_param import (
        BrowserGetPageTextConfigParam,
    )
    from claude_api.models.browser_hold_key_config_param import BrowserHoldKeyConfigParam
    from claude_api.models.browser_hover_config_param import BrowserHoverConfigParam
    from claude_api.models.browser_javascript_exec_config_param import (
        BrowserJavascriptExecConfigParam,
    )
    from claude_api.models.browser_key_config_param import BrowserKeyConfigParam
    from claude_api.models.browser_left_click_config_param import (
        BrowserLeftClickConfigParam,
    )
    from claude_api.models.browser_left_click_drag_config_param import (
        BrowserLeftClickDragConfigParam,
    )
    from claude_api.models.browser_left_mouse_down_config_param import (
        BrowserLeftMouseDownConfigParam,
    )
    from claude_api.models.browser_left_mouse_up_config_param import (
        BrowserLeftMouseUpConfigParam,
    )
    from claude_api.models.browser_list_tabs_config_param import (
        BrowserListTabsConfigParam,
    )
    from claude_api.models.browser_middle_click_config_param import (
        BrowserMiddleClickConfigParam,
    )
    from claude_api.models.browser_mouse_move_config_param import (
        BrowserMouseMoveConfigParam,
    )
    from claude_api.models.browser_navigate_config_param import BrowserNavigateConfigParam
    from claude_api.models.browser_new_tab_config_param import BrowserNewTabConfigParam
    from claude_api.models.browser_read_console_config_param import (
        BrowserReadConsoleConfigParam,
    )
    from claude_api.models.browser_read_network_config_param import (
        BrowserReadNetworkConfigParam,
    )
    from claude_api.models.browser_read_page_config_param import (
        BrowserReadPageConfigParam,
    )
    from claude_api.models.browser_right_click_config_param import (
        BrowserRightClickConfigParam,
    )
    from claude_api.models.browser_screenshot_config_param import (
        BrowserScreenshotConfigParam,
    )
    from claude_api.models.browser_scroll_config_param import BrowserScrollConfigParam
    from claude_api.models.browser_scroll_to_config_param import (
        BrowserScrollToConfigParam,
    )
    from claude_api.models.browser_switch_tab_config_param import (
        BrowserSwitchTabConfigParam,
    )
    from claude_api.models.browser_triple_click_config_param import (
        BrowserTripleClickConfigParam,
    )
    from claude_api.models.browser_type_config_param import BrowserTypeConfigParam
    from claude_api.models.browser_wait_config_param import BrowserWaitConfigParam
    from claude_api.models.browser_zoom_config_param import BrowserZoomConfigParam


T = TypeVar("T", bound="BrowserToolsetConfigsParam")

# Attribute name -> JSON key of every field, and the set of known JSON keys.
_WIRE_NAMES: dict[str, str] = {
    "close_tab": "close_tab",
    "double_click": "double_click",
    "file_upload": "file_upload",
    "find": "find",
    "form_input": "form_input",
    "get_page_text": "get_page_text",
    "hold_key": "hold_key",
    "hover": "hover",
    "javascript_exec": "javascript_exec",
    "key": "key",
    "left_click": "left_click",
    "left_click_drag": "left_click_drag",
    "left_mouse_down": "left_mouse_down",
    "left_mouse_up": "left_mouse_up",
    "list_tabs": "list_tabs",
    "middle_click": "middle_click",
    "mouse_move": "mouse_move",
    "navigate": "navigate",
    "new_tab": "new_tab",
    "read_console": "read_console",
    "read_network": "read_network",
    "read_page": "read_page",
    "right_click": "right_click",
    "screenshot": "screenshot",
    "scroll": "scroll",
    "scroll_to": "scroll_to",
    "switch_tab": "switch_tab",
    "triple_click": "triple_click",
    "type": "type",
    "wait": "wait",
    "zoom": "zoom",
}
_KNOWN: frozenset[str] = frozenset(_WIRE_NAMES.values())
# The fields the spec does not require: absent, they read as None (and stay out of `to_dict`).
_OPTIONAL: frozenset[str] = frozenset(
    {
        "close_tab",
        "double_click",
        "file_upload",
        "find",
        "form_input",
        "get_page_text",
        "hold_key",
        "hover",
        "javascript_exec",
        "key",
        "left_click",
        "left_click_drag",
        "left_mouse_down",
        "left_mouse_up",
        "list_tabs",
        "middle_click",
        "mouse_move",
        "navigate",
        "new_tab",
        "read_console",
        "read_network",
        "read_page",
        "right_click",
        "screenshot",
        "scroll",
        "scroll_to",
        "switch_tab",
        "triple_click",
        "type",
        "wait",
        "zoom",
    }
)
# Those of them that may also be null, each with its bit in `_absent`, set when the field was
# left out (None alone cannot tell absent from null).
_NULLABLE: dict[str, int] = {
    "close_tab": 1,
    "double_click": 2,
    "file_upload": 4,
    "find": 8,
    "form_input": 16,
    "get_page_text": 32,
    "hold_key": 64,
    "hover": 128,
    "javascript_exec": 256,
    "key": 512,
    "left_click": 1024,
    "left_click_drag": 2048,
    "left_mouse_down": 4096,
    "left_mouse_up": 8192,
    "list_tabs": 16384,
    "middle_click": 32768,
    "mouse_move": 65536,
    "navigate": 131072,
    "new_tab": 262144,
    "read_console": 524288,
    "read_network": 1048576,
    "read_page": 2097152,
    "right_click": 4194304,
    "screenshot": 8388608,
    "scroll": 16777216,
    "scroll_to": 33554432,
    "switch_tab": 67108864,
    "triple_click": 134217728,
    "type": 268435456,
    "wait": 536870912,
    "zoom": 1073741824,
}
_imported = False


def _import_models() -> None:
    """Import the models this one refers to, once, on first use (they import each other)."""
    global \
        _imported, \
        BrowserCloseTabConfigParam, \
        BrowserDoubleClickConfigParam, \
        BrowserFileUploadConfigParam, \
        BrowserFindConfigParam, \
        BrowserFormInputConfigParam, \
        BrowserGetPageTextConfigParam, \
        BrowserHoldKeyConfigParam, \
        BrowserHoverConfigParam, \
        BrowserJavascriptExecConfigParam, \
        BrowserKeyConfigParam, \
        BrowserLeftClickConfigParam, \
        BrowserLeftClickDragConfigParam, \
        BrowserLeftMouseDownConfigParam, \
        BrowserLeftMouseUpConfigParam, \
        BrowserListTabsConfigParam, \
        BrowserMiddleClickConfigParam, \
        BrowserMouseMoveConfigParam, \
        BrowserNavigateConfigParam, \
        BrowserNewTabConfigParam, \
        BrowserReadConsoleConfigParam, \
        BrowserReadNetworkConfigParam, \
        BrowserReadPageConfigParam, \
        BrowserRightClickConfigParam, \
        BrowserScreenshotConfigParam, \
        BrowserScrollConfigParam, \
        BrowserScrollToConfigParam, \
        BrowserSwitchTabConfigParam, \
        BrowserTripleClickConfigParam, \
        BrowserTypeConfigParam, \
        BrowserWaitConfigParam, \
        BrowserZoomConfigParam
    from claude_api.models.browser_close_tab_config_param import (
        BrowserCloseTabConfigParam,  # noqa: PLC0415
    )
    from claude_api.models.browser_double_click_config_param import (
        BrowserDoubleClickConfigParam,  # noqa: PLC0415
    )
    from claude_api.models.browser_file_upload_config_param import (
        BrowserFileUploadConfigParam,  # noqa: PLC0415
    )
    from claude_api.models.browser_find_config_param import BrowserFindConfigParam  # noqa: PLC0415
    from claude_api.models.browser_form_input_config_param import (
        BrowserFormInputConfigParam,  # noqa: PLC0415
    )
    from claude_api.models.browser_get_page_text_config_param import (
        BrowserGetPageTextConfigParam,
    )
    from claude_api.models.browser_hold_key_config_param import (
        BrowserHoldKeyConfigParam,  # noqa: PLC0415
    )
    from claude_api.models.browser_hover_config_param import BrowserHoverConfigParam  # noqa: PLC0415
    from claude_api.models.browser_javascript_exec_config_param import (
        BrowserJavascriptExecConfigParam,
    )
    from claude_api.models.browser_key_config_param import BrowserKeyConfigParam  # noqa: PLC0415
    from claude_api.models.browser_left_click_config_param import (
        BrowserLeftClickConfigParam,  # noqa: PLC0415
    )
    from claude_api.models.browser_left_click_drag_config_param import (
        BrowserLeftClickDragConfigParam,
    )
    from claude_api.models.browser_left_mouse_down_config_param import (
        BrowserLeftMouseDownConfigParam,
    )
    from claude_api.models.browser_left_mouse_up_config_param import (
        BrowserLeftMouseUpConfigParam,
    )
    from claude_api.models.browser_list_tabs_config_param import (
        BrowserListTabsConfigParam,  # noqa: PLC0415
    )
    from claude_api.models.browser_middle_click_config_param import (
        BrowserMiddleClickConfigParam,  # noqa: PLC0415
    )
    from claude_api.models.browser_mouse_move_config_param import (
        BrowserMouseMoveConfigParam,  # noqa: PLC0415
    )
    from claude_api.models.browser_navigate_config_param import (
        BrowserNavigateConfigParam,  # noqa: PLC0415
    )
    from claude_api.models.browser_new_tab_config_param import BrowserNewTabConfigParam  # noqa: PLC0415
    from claude_api.models.browser_read_console_config_param import (
        BrowserReadConsoleConfigParam,  # noqa: PLC0415
    )
    from claude_api.models.browser_read_network_config_param import (
        BrowserReadNetworkConfigParam,  # noqa: PLC0415
    )
    from claude_api.models.browser_read_page_config_param import (
        BrowserReadPageConfigParam,  # noqa: PLC0415
    )
    from claude_api.models.browser_right_click_config_param import (
        BrowserRightClickConfigParam,  # noqa: PLC0415
    )
    from claude_api.models.browser_screenshot_config_param import (
        BrowserScreenshotConfigParam,  # noqa: PLC0415
    )
    from claude_api.models.browser_scroll_config_param import BrowserScrollConfigParam  # noqa: PLC0415
    from claude_api.models.browser_scroll_to_config_param import (
        BrowserScrollToConfigParam,  # noqa: PLC0415
    )
    from claude_api.models.browser_switch_tab_config_param import (
        BrowserSwitchTabConfigParam,  # noqa: PLC0415
    )
    from claude_api.models.browser_triple_click_config_param import (
        BrowserTripleClickConfigParam,  # noqa: PLC0415
    )
    from claude_api.models.browser_type_config_param import BrowserTypeConfigParam  # noqa: PLC0415
    from claude_api.models.browser_wait_config_param import BrowserWaitConfigParam  # noqa: PLC0415
    from claude_api.models.browser_zoom_config_param import BrowserZoomConfigParam  # noqa: PLC0415

    _imported = True


@_attrs_define(init=False)  # the __init__ below: a field given no value reads None
class BrowserToolsetConfigsParam(Model):
    """Browser toolset configs.

    Attributes:
        close_tab (BrowserCloseTabConfigParam | None | Unset):
        double_click (BrowserDoubleClickConfigParam | None | Unset):
        file_upload (BrowserFileUploadConfigParam | None | Unset):
        find (BrowserFindConfigParam | None | Unset):
        form_input (BrowserFormInputConfigParam | None | Unset):
        get_page_text (BrowserGetPageTextConfigParam | None | Unset):
        hold_key (BrowserHoldKeyConfigParam | None | Unset):
        hover (BrowserHoverConfigParam | None | Unset):
        javascript_exec (BrowserJavascriptExecConfigParam | None | Unset):
        key (BrowserKeyConfigParam | None | Unset):
        left_click (BrowserLeftClickConfigParam | None | Unset):
        left_click_drag (BrowserLeftClickDragConfigParam | None | Unset):
        left_mouse_down (BrowserLeftMouseDownConfigParam | None | Unset):
        left_mouse_up (BrowserLeftMouseUpConfigParam | None | Unset):
        list_tabs (BrowserListTabsConfigParam | None | Unset):
        middle_click (BrowserMiddleClickConfigParam | None | Unset):
        mouse_move (BrowserMouseMoveConfigParam | None | Unset):
        navigate (BrowserNavigateConfigParam | None | Unset):
        new_tab (BrowserNewTabConfigParam | None | Unset):
        read_console (BrowserReadConsoleConfigParam | None | Unset):
        read_network (BrowserReadNetworkConfigParam | None | Unset):
        read_page (BrowserReadPageConfigParam | None | Unset):
        right_click (BrowserRightClickConfigParam | None | Unset):
        screenshot (BrowserScreenshotConfigParam | None | Unset):
        scroll (BrowserScrollConfigParam | None | Unset):
        scroll_to (BrowserScrollToConfigParam | None | Unset):
        switch_tab (BrowserSwitchTabConfigParam | None | Unset):
        triple_click (BrowserTripleClickConfigParam | None | Unset):
        type (BrowserTypeConfigParam | None | Unset):
        wait (BrowserWaitConfigParam | None | Unset):
        zoom (BrowserZoomConfigParam | None | Unset):
    """

    _optional_ = _OPTIONAL
    _nullable_ = _NULLABLE

    close_tab: BrowserCloseTabConfigParam | None | Unset = UNSET
    double_click: BrowserDoubleClickConfigParam | None | Unset = UNSET
    file_upload: BrowserFileUploadConfigParam | None | Unset = UNSET
    find: BrowserFindConfigParam | None | Unset = UNSET
    form_input: BrowserFormInputConfigParam | None | Unset = UNSET
    get_page_text: BrowserGetPageTextConfigParam | None | Unset = UNSET
    hold_key: BrowserHoldKeyConfigParam | None | Unset = UNSET
    hover: BrowserHoverConfigParam | None | Unset = UNSET
    javascript_exec: BrowserJavascriptExecConfigParam | None | Unset = UNSET
    key: BrowserKeyConfigParam | None | Unset = UNSET
    left_click: BrowserLeftClickConfigParam | None | Unset = UNSET
    left_click_drag: BrowserLeftClickDragConfigParam | None | Unset = UNSET
    left_mouse_down: BrowserLeftMouseDownConfigParam | None | Unset = UNSET
    left_mouse_up: BrowserLeftMouseUpConfigParam | None | Unset = UNSET
    list_tabs: BrowserListTabsConfigParam | None | Unset = UNSET
    middle_click: BrowserMiddleClickConfigParam | None | Unset = UNSET
    mouse_move: BrowserMouseMoveConfigParam | None | Unset = UNSET
    navigate: BrowserNavigateConfigParam | None | Unset = UNSET
    new_tab: BrowserNewTabConfigParam | None | Unset = UNSET
    read_console: BrowserReadConsoleConfigParam | None | Unset = UNSET
    read_network: BrowserReadNetworkConfigParam | None | Unset = UNSET
    read_page: BrowserReadPageConfigParam | None | Unset = UNSET
    right_click: BrowserRightClickConfigParam | None | Unset = UNSET
    screenshot: BrowserScreenshotConfigParam | None | Unset = UNSET
    scroll: BrowserScrollConfigParam | None | Unset = UNSET
    scroll_to: BrowserScrollToConfigParam | None | Unset = UNSET
    switch_tab: BrowserSwitchTabConfigParam | None | Unset = UNSET
    triple_click: BrowserTripleClickConfigParam | None | Unset = UNSET
    type: BrowserTypeConfigParam | None | Unset = UNSET
    wait: BrowserWaitConfigParam | None | Unset = UNSET
    zoom: BrowserZoomConfigParam | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __init__(
        self,
        close_tab: BrowserCloseTabConfigParam | None | Unset = UNSET,
        double_click: BrowserDoubleClickConfigParam | None | Unset = UNSET,
        file_upload: BrowserFileUploadConfigParam | None | Unset = UNSET,
        find: BrowserFindConfigParam | None | Unset = UNSET,
        form_input: BrowserFormInputConfigParam | None | Unset = UNSET,
        get_page_text: BrowserGetPageTextConfigParam | None | Unset = UNSET,
        hold_key: BrowserHoldKeyConfigParam | None | Unset = UNSET,
        hover: BrowserHoverConfigParam | None | Unset = UNSET,
        javascript_exec: BrowserJavascriptExecConfigParam | None | Unset = UNSET,
        key: BrowserKeyConfigParam | None | Unset = UNSET,
        left_click: BrowserLeftClickConfigParam | None | Unset = UNSET,
        left_click_drag: BrowserLeftClickDragConfigParam | None | Unset = UNSET,
        left_mouse_down: BrowserLeftMouseDownConfigParam | None | Unset = UNSET,
        left_mouse_up: BrowserLeftMouseUpConfigParam | None | Unset = UNSET,
        list_tabs: BrowserListTabsConfigParam | None | Unset = UNSET,
        middle_click: BrowserMiddleClickConfigParam | None | Unset = UNSET,
        mouse_move: BrowserMouseMoveConfigParam | None | Unset = UNSET,
        navigate: BrowserNavigateConfigParam | None | Unset = UNSET,
        new_tab: BrowserNewTabConfigParam | None | Unset = UNSET,
        read_console: BrowserReadConsoleConfigParam | None | Unset = UNSET,
        read_network: BrowserReadNetworkConfigParam | None | Unset = UNSET,
        read_page: BrowserReadPageConfigParam | None | Unset = UNSET,
        right_click: BrowserRightClickConfigParam | None | Unset = UNSET,
        screenshot: BrowserScreenshotConfigParam | None | Unset = UNSET,
        scroll: BrowserScrollConfigParam | None | Unset = UNSET,
        scroll_to: BrowserScrollToConfigParam | None | Unset = UNSET,
        switch_tab: BrowserSwitchTabConfigParam | None | Unset = UNSET,
        triple_click: BrowserTripleClickConfigParam | None | Unset = UNSET,
        type: BrowserTypeConfigParam | None | Unset = UNSET,
        wait: BrowserWaitConfigParam | None | Unset = UNSET,
        zoom: BrowserZoomConfigParam | None | Unset = UNSET,
    ) -> None:
        absent = 0
        if close_tab is UNSET:
            absent |= 1
        self.close_tab = NULL if close_tab is UNSET else close_tab
        if double_click is UNSET:
            absent |= 2
        self.double_click = NULL if double_click is UNSET else double_click
        if file_upload is UNSET:
            absent |= 4
        self.file_upload = NULL if file_upload is UNSET else file_upload
        if find is UNSET:
            absent |= 8
        self.find = NULL if find is UNSET else find
        if form_input is UNSET:
            absent |= 16
        self.form_input = NULL if form_input is UNSET else form_input
        if get_page_text is UNSET:
            absent |= 32
        self.get_page_text = NULL if get_page_text is UNSET else get_page_text
        if hold_key is UNSET:
            absent |= 64
        self.hold_key = NULL if hold_key is UNSET else hold_key
        if hover is UNSET:
            absent |= 128
        self.hover = NULL if hover is UNSET else hover
        if javascript_exec is UNSET:
            absent |= 256
        self.javascript_exec = NULL if javascript_exec is UNSET else javascript_exec
        if key is UNSET:
            absent |= 512
        self.key = NULL if key is UNSET else key
        if left_click is UNSET:
            absent |= 1024
        self.left_click = NULL if left_click is UNSET else left_click
        if left_click_drag is UNSET:
            absent |= 2048
        self.left_click_drag = NULL if left_click_drag is UNSET else left_click_drag
        if left_mouse_down is UNSET:
            absent |= 4096
        self.left_mouse_down = NULL if left_mouse_down is UNSET else left_mouse_down
        if left_mouse_up is UNSET:
            absent |= 8192
        self.left_mouse_up = NULL if left_mouse_up is UNSET else left_mouse_up
        if list_tabs is UNSET:
            absent |= 16384
        self.list_tabs = NULL if list_tabs is UNSET else list_tabs
        if middle_click is UNSET:
            absent |= 32768
        self.middle_click = NULL if middle_click is UNSET else middle_click
        if mouse_move is UNSET:
            absent |= 65536
        self.mouse_move = NULL if mouse_move is UNSET else mouse_move
        if navigate is UNSET:
            absent |= 131072
        self.navigate = NULL if navigate is UNSET else navigate
        if new_tab is UNSET:
            absent |= 262144
        self.new_tab = NULL if new_tab is UNSET else new_tab
        if read_console is UNSET:
            absent |= 524288
        self.read_console = NULL if read_console is UNSET else read_console
        if read_network is UNSET:
            absent |= 1048576
        self.read_network = NULL if read_network is UNSET else read_network
        if read_page is UNSET:
            absent |= 2097152
        self.read_page = NULL if read_page is UNSET else read_page
        if right_click is UNSET:
            absent |= 4194304
        self.right_click = NULL if right_click is UNSET else right_click
        if screenshot is UNSET:
            absent |= 8388608
        self.screenshot = NULL if screenshot is UNSET else screenshot
        if scroll is UNSET:
            absent |= 16777216
        self.scroll = NULL if scroll is UNSET else scroll
        if scroll_to is UNSET:
            absent |= 33554432
        self.scroll_to = NULL if scroll_to is UNSET else scroll_to
        if switch_tab is UNSET:
            absent |= 67108864
        self.switch_tab = NULL if switch_tab is UNSET else switch_tab
        if triple_click is UNSET:
            absent |= 134217728
        self.triple_click = NULL if triple_click is UNSET else triple_click
        if type is UNSET:
            absent |= 268435456
        self.type = NULL if type is UNSET else type
        if wait is UNSET:
            absent |= 536870912
        self.wait = NULL if wait is UNSET else wait
        if zoom is UNSET:
            absent |= 1073741824
        self.zoom = NULL if zoom is UNSET else zoom
        self._absent = absent  # type: ignore[misc]  # a slot of types.Model (unseen by mypy's attrs plugin)

    def to_dict(self) -> dict[str, Any]:
        if not _imported:
            _import_models()
        close_tab_value = self.close_tab
        if close_tab_value is None and self._absent & 1:
            close_tab_value = UNSET
        close_tab: dict[str, Any] | None | Unset
        if isinstance(close_tab_value, Unset):
            close_tab = UNSET
        elif isinstance(close_tab_value, BrowserCloseTabConfigParam):
            close_tab = close_tab_value.to_dict()
        else:
            close_tab = close_tab_value

        double_click_value = self.double_click
        if double_click_value is None and self._absent & 2:
            double_click_value = UNSET
        double_click: dict[str, Any] | None | Unset
        if isinstance(double_click_value, Unset):
            double_click = UNSET
        elif isinstance(double_click_value, BrowserDoubleClickConfigParam):
            double_click = double_click_value.to_dict()
        else:
            double_click = double_click_value

        file_upload_value = self.file_upload
        if file_upload_value is None and self._absent & 4:
            file_upload_value = UNSET
        file_upload: dict[str, Any] | None | Unset
        if isinstance(file_upload_value, Unset):
            file_upload = UNSET
        elif isinstance(file_upload_value, BrowserFileUploadConfigParam):
            file_upload = file_upload_value.to_dict()
        else:
            file_upload = file_upload_value

        find_value = self.find
        if find_value is None and self._absent & 8:
            find_value = UNSET
        find: dict[str, Any] | None | Unset
        if isinstance(find_value, Unset):
            find = UNSET
        elif isinstance(find_value, BrowserFindConfigParam):
            find = find_value.to_dict()
        else:
            find = find_value

        form_input_value = self.form_input
        if form_input_value is None and self._absent & 16:
            form_input_value = UNSET
        form_input: dict[str, Any] | None | Unset
        if isinstance(form_input_value, Unset):
            form_input = UNSET
        elif isinstance(form_input_value, BrowserFormInputConfigParam):
            form_input = form_input_value.to_dict()
        else:
            form_input = form_input_value

        get_page_text_value = self.get_page_text
        if get_page_text_value is None and self._absent & 32:
            get_page_text_value = UNSET
        get_page_text: dict[str, Any] | None | Unset
        if isinstance(get_page_text_value, Unset):
            get_page_text = UNSET
        elif isinstance(get_page_text_value, BrowserGetPageTextConfigParam):
            get_page_text = get_page_text_value.to_dict()
        else:
            get_page_text = get_page_text_value

        hold_key_value = self.hold_key
        if hold_key_value is None and self._absent & 64:
            hold_key_value = UNSET
        hold_key: dict[str, Any] | None | Unset
        if isinstance(hold_key_value, Unset):
            hold_key = UNSET
        elif isinstance(hold_key_value, BrowserHoldKeyConfigParam):
            hold_key = hold_key_value.to_dict()
        else:
            hold_key = hold_key_value

        hover_value = self.hover
        if hover_value is None and self._absent & 128:
            hover_value = UNSET
        hover: dict[str, Any] | None | Unset
        if isinstance(hover_value, Unset):
            hover = UNSET
        elif isinstance(hover_value, BrowserHoverConfigParam):
            hover = hover_value.to_dict()
        else:
            hover = hover_value

        javascript_exec_value = self.javascript_exec
        if javascript_exec_value is None and self._absent & 256:
            javascript_exec_value = UNSET
        javascript_exec: dict[str, Any] | None | Unset
        if isinstance(javascript_exec_value, Unset):
            javascript_exec = UNSET
        elif isinstance(javascript_exec_value, BrowserJavascriptExecConfigParam):
            javascript_exec = javascript_exec_value.to_dict()
        else:
            javascript_exec = javascript_exec_value

        key_value = self.key
        if key_value is None and self._absent & 512:
            key_value = UNSET
        key: dict[str, Any] | None | Unset
        if isinstance(key_value, Unset):
            key = UNSET
        elif isinstance(key_value, BrowserKeyConfigParam):
            key = key_value.to_dict()
        else:
            key = key_value

        left_click_value = self.left_click
        if left_click_value is None and self._absent & 1024:
            left_click_value = UNSET
        left_click: dict[str, Any] | None | Unset
        if isinstance(left_click_value, Unset):
            left_click = UNSET
        elif isinstance(left_click_value, BrowserLeftClickConfigParam):
            left_click = left_click_value.to_dict()
        else:
            left_click = left_click_value

        left_click_drag_value = self.left_click_drag
        if left_click_drag_value is None and self._absent & 2048:
            left_click_drag_value = UNSET
        left_click_drag: dict[str, Any] | None | Unset
        if isinstance(left_click_drag_value, Unset):
            left_click_drag = UNSET
        elif isinstance(left_click_drag_value, BrowserLeftClickDragConfigParam):
            left_click_drag = left_click_drag_value.to_dict()
        else:
            left_click_drag = left_click_drag_value

        left_mouse_down_value = self.left_mouse_down
        if left_mouse_down_value is None and self._absent & 4096:
            left_mouse_down_value = UNSET
        left_mouse_down: dict[str, Any] | None | Unset
        if isinstance(left_mouse_down_value, Unset):
            left_mouse_down = UNSET
        elif isinstance(left_mouse_down_value, BrowserLeftMouseDownConfigParam):
            left_mouse_down = left_mouse_down_value.to_dict()
        else:
            left_mouse_down = left_mouse_down_value

        left_mouse_up_value = self.left_mouse_up
        if left_mouse_up_value is None and self._absent & 8192:
            left_mouse_up_value = UNSET
        left_mouse_up: dict[str, Any] | None | Unset
        if isinstance(left_mouse_up_value, Unset):
            left_mouse_up = UNSET
        elif isinstance(left_mouse_up_value, BrowserLeftMouseUpConfigParam):
            left_mouse_up = left_mouse_up_value.to_dict()
        else:
            left_mouse_up = left_mouse_up_value

        list_tabs_value = self.list_tabs
        if list_tabs_value is None and self._absent & 16384:
            list_tabs_value = UNSET
        list_tabs: dict[str, Any] | None | Unset
        if isinstance(list_tabs_value, Unset):
            list_tabs = UNSET
        elif isinstance(list_tabs_value, BrowserListTabsConfigParam):
            list_tabs = list_tabs_value.to_dict()
        else:
            list_tabs = list_tabs_value

        middle_click_value = self.middle_click
        if middle_click_value is None and self._absent & 32768:
            middle_click_value = UNSET
        middle_click: dict[str, Any] | None | Unset
        if isinstance(middle_click_value, Unset):
            middle_click = UNSET
        elif isinstance(middle_click_value, BrowserMiddleClickConfigParam):
            middle_click = middle_click_value.to_dict()
        else:
            middle_click = middle_click_value

        mouse_move_value = self.mouse_move
        if mouse_move_value is None and self._absent & 65536:
            mouse_move_value = UNSET
        mouse_move: dict[str, Any] | None | Unset
        if isinstance(mouse_move_value, Unset):
            mouse_move = UNSET
        elif isinstance(mouse_move_value, BrowserMouseMoveConfigParam):
            mouse_move = mouse_move_value.to_dict()
        else:
            mouse_move = mouse_move_value

        navigate_value = self.navigate
        if navigate_value is None and self._absent & 131072:
            navigate_value = UNSET
        navigate: dict[str, Any] | None | Unset
        if isinstance(navigate_value, Unset):
            navigate = UNSET
        elif isinstance(navigate_value, BrowserNavigateConfigParam):
            navigate = navigate_value.to_dict()
        else:
            navigate = navigate_value

        new_tab_value = self.new_tab
        if new_tab_value is None and self._absent & 262144:
            new_tab_value = UNSET
        new_tab: dict[str, Any] | None | Unset
        if isinstance(new_tab_value, Unset):
            new_tab = UNSET
        elif isinstance(new_tab_value, BrowserNewTabConfigParam):
            new_tab = new_tab_value.to_dict()
        else:
            new_tab = new_tab_value

        read_console_value = self.read_console
        if read_console_value is None and self._absent & 524288:
            read_console_value = UNSET
        read_console: dict[str, Any] | None | Unset
        if isinstance(read_console_value, Unset):
            read_console = UNSET
        elif isinstance(read_console_value, BrowserReadConsoleConfigParam):
            read_console = read_console_value.to_dict()
        else:
            read_console = read_console_value

        read_network_value = self.read_network
        if read_network_value is None and self._absent & 1048576:
            read_network_value = UNSET
        read_network: dict[str, Any] | None | Unset
        if isinstance(read_network_value, Unset):
            read_network = UNSET
        elif isinstance(read_network_value, BrowserReadNetworkConfigParam):
            read_network = read_network_value.to_dict()
        else:
            read_network = read_network_value

        read_page_value = self.read_page
        if read_page_value is None and self._absent & 2097152:
            read_page_value = UNSET
        read_page: dict[str, Any] | None | Unset
        if isinstance(read_page_value, Unset):
            read_page = UNSET
        elif isinstance(read_page_value, BrowserReadPageConfigParam):
            read_page = read_page_value.to_dict()
        else:
            read_page = read_page_value

        right_click_value = self.right_click
        if right_click_value is None and self._absent & 4194304:
            right_click_value = UNSET
        right_click: dict[str, Any] | None | Unset
        if isinstance(right_click_value, Unset):
            right_click = UNSET
        elif isinstance(right_click_value, BrowserRightClickConfigParam):
            right_click = right_click_value.to_dict()
        else:
            right_click = right_click_value

        screenshot_value = self.screenshot
        if screenshot_value is None and self._absent & 8388608:
            screenshot_value = UNSET
        screenshot: dict[str, Any] | None | Unset
        if isinstance(screenshot_value, Unset):
            screenshot = UNSET
        elif isinstance(screenshot_value, BrowserScreenshotConfigParam):
            screenshot = screenshot_value.to_dict()
        else:
            screenshot = screenshot_value

        scroll_value = self.scroll
        if scroll_value is None and self._absent & 16777216:
            scroll_value = UNSET
        scroll: dict[str, Any] | None | Unset
        if isinstance(scroll_value, Unset):
            scroll = UNSET
        elif isinstance(scroll_value, BrowserScrollConfigParam):
            scroll = scroll_value.to_dict()
        else:
            scroll = scroll_value

        scroll_to_value = self.scroll_to
        if scroll_to_value is None and self._absent & 33554432:
            scroll_to_value = UNSET
        scroll_to: dict[str, Any] | None | Unset
        if isinstance(scroll_to_value, Unset):
            scroll_to = UNSET
        elif isinstance(scroll_to_value, BrowserScrollToConfigParam):
            scroll_to = scroll_to_value.to_dict()
        else:
            scroll_to = scroll_to_value

        switch_tab_value = self.switch_tab
        if switch_tab_value is None and self._absent & 67108864:
            switch_tab_value = UNSET
        switch_tab: dict[str, Any] | None | Unset
        if isinstance(switch_tab_value, Unset):
            switch_tab = UNSET
        elif isinstance(switch_tab_value, BrowserSwitchTabConfigParam):
            switch_tab = switch_tab_value.to_dict()
        else:
            switch_tab = switch_tab_value

        triple_click_value = self.triple_click
        if triple_click_value is None and self._absent & 134217728:
            triple_click_value = UNSET
        triple_click: dict[str, Any] | None | Unset
        if isinstance(triple_click_value, Unset):
            triple_click = UNSET
        elif isinstance(triple_click_value, BrowserTripleClickConfigParam):
            triple_click = triple_click_value.to_dict()
        else:
            triple_click = triple_click_value

        type__value = self.type
        if type__value is None and self._absent & 268435456:
            type__value = UNSET
        type_: dict[str, Any] | None | Unset
        if isinstance(type__value, Unset):
            type_ = UNSET
        elif isinstance(type__value, BrowserTypeConfigParam):
            type_ = type__value.to_dict()
        else:
            type_ = type__value

        wait_value = self.wait
        if wait_value is None and self._absent & 536870912:
            wait_value = UNSET
        wait: dict[str, Any] | None | Unset
        if isinstance(wait_value, Unset):
            wait = UNSET
        elif isinstance(wait_value, BrowserWaitConfigParam):
            wait = wait_value.to_dict()
        else:
            wait = wait_value

        zoom_value = self.zoom
        if zoom_value is None and self._absent & 1073741824:
            zoom_value = UNSET
        zoom: dict[str, Any] | None | Unset
        if isinstance(zoom_value, Unset):
            zoom = UNSET
        elif isinstance(zoom_value, BrowserZoomConfigParam):
            zoom = zoom_value.to_dict()
        else:
            zoom = zoom_value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if close_tab is not UNSET:
            field_dict["close_tab"] = close_tab
        if double_click is not UNSET:
            field_dict["double_click"] = double_click
        if file_upload is not UNSET:
            field_dict["file_upload"] = file_upload
        if find is not UNSET:
            field_dict["find"] = find
        if form_input is not UNSET:
            field_dict["form_input"] = form_input
        if get_page_text is not UNSET:
            field_dict["get_page_text"] = get_page_text
        if hold_key is not UNSET:
            field_dict["hold_key"] = hold_key
        if hover is not UNSET:
            field_dict["hover"] = hover
        if javascript_exec is not UNSET:
            field_dict["javascript_exec"] = javascript_exec
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
        if list_tabs is not UNSET:
            field_dict["list_tabs"] = list_tabs
        if middle_click is not UNSET:
            field_dict["middle_click"] = middle_click
        if mouse_move is not UNSET:
            field_dict["mouse_move"] = mouse_move
        if navigate is not UNSET:
            field_dict["navigate"] = navigate
        if new_tab is not UNSET:
            field_dict["new_tab"] = new_tab
        if read_console is not UNSET:
            field_dict["read_console"] = read_console
        if read_network is not UNSET:
            field_dict["read_network"] = read_network
        if read_page is not UNSET:
            field_dict["read_page"] = read_page
        if right_click is not UNSET:
            field_dict["right_click"] = right_click
        if screenshot is not UNSET:
            field_dict["screenshot"] = screenshot
        if scroll is not UNSET:
            field_dict["scroll"] = scroll
        if scroll_to is not UNSET:
            field_dict["scroll_to"] = scroll_to
        if switch_tab is not UNSET:
            field_dict["switch_tab"] = switch_tab
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
        close_tab = src_dict.get("close_tab", UNSET)
        if close_tab is not None and close_tab is not UNSET:
            close_tab = BrowserCloseTabConfigParam.from_dict(close_tab)

        double_click = src_dict.get("double_click", UNSET)
        if double_click is not None and double_click is not UNSET:
            double_click = BrowserDoubleClickConfigParam.from_dict(double_click)

        file_upload = src_dict.get("file_upload", UNSET)
        if file_upload is not None and file_upload is not UNSET:
            file_upload = BrowserFileUploadConfigParam.from_dict(file_upload)

        find = src_dict.get("find", UNSET)
        if find is not None and find is not UNSET:
            find = BrowserFindConfigParam.from_dict(find)

        form_input = src_dict.get("form_input", UNSET)
        if form_input is not None and form_input is not UNSET:
            form_input = BrowserFormInputConfigParam.from_dict(form_input)

        get_page_text = src_dict.get("get_page_text", UNSET)
        if get_page_text is not None and get_page_text is not UNSET:
            get_page_text = BrowserGetPageTextConfigParam.from_dict(get_page_text)

        hold_key = src_dict.get("hold_key", UNSET)
        if hold_key is not None and hold_key is not UNSET:
            hold_key = BrowserHoldKeyConfigParam.from_dict(hold_key)

        hover = src_dict.get("hover", UNSET)
        if hover is not None and hover is not UNSET:
            hover = BrowserHoverConfigParam.from_dict(hover)

        javascript_exec = src_dict.get("javascript_exec", UNSET)
        if javascript_exec is not None and javascript_exec is not UNSET:
            javascript_exec = BrowserJavascriptExecConfigParam.from_dict(javascript_exec)

        key = src_dict.get("key", UNSET)
        if key is not None and key is not UNSET:
            key = BrowserKeyConfigParam.from_dict(key)

        left_click = src_dict.get("left_click", UNSET)
        if left_click is not None and left_click is not UNSET:
            left_click = BrowserLeftClickConfigParam.from_dict(left_click)

        left_click_drag = src_dict.get("left_click_drag", UNSET)
        if left_click_drag is not None and left_click_drag is not UNSET:
            left_click_drag = BrowserLeftClickDragConfigParam.from_dict(left_click_drag)

        left_mouse_down = src_dict.get("left_mouse_down", UNSET)
        if left_mouse_down is not None and left_mouse_down is not UNSET:
            left_mouse_down = BrowserLeftMouseDownConfigParam.from_dict(left_mouse_down)

        left_mouse_up = src_dict.get("left_mouse_up", UNSET)
        if left_mouse_up is not None and left_mouse_up is not UNSET:
            left_mouse_up = BrowserLeftMouseUpConfigParam.from_dict(left_mouse_up)

        list_tabs = src_dict.get("list_tabs", UNSET)
        if list_tabs is not None and list_tabs is not UNSET:
            list_tabs = BrowserListTabsConfigParam.from_dict(list_tabs)

        middle_click = src_dict.get("middle_click", UNSET)
        if middle_click is not None and middle_click is not UNSET:
            middle_click = BrowserMiddleClickConfigParam.from_dict(middle_click)

        mouse_move = src_dict.get("mouse_move", UNSET)
        if mouse_move is not None and mouse_move is not UNSET:
            mouse_move = BrowserMouseMoveConfigParam.from_dict(mouse_move)

        navigate = src_dict.get("navigate", UNSET)
        if navigate is not None and navigate is not UNSET:
            navigate = BrowserNavigateConfigParam.from_dict(navigate)

        new_tab = src_dict.get("new_tab", UNSET)
        if new_tab is not None and new_tab is not UNSET:
            new_tab = BrowserNewTabConfigParam.from_dict(new_tab)

        read_console = src_dict.get("read_console", UNSET)
        if read_console is not None and read_console is not UNSET:
            read_console = BrowserReadConsoleConfigParam.from_dict(read_console)

        read_network = src_dict.get("read_network", UNSET)
        if read_network is not None and read_network is not UNSET:
            read_network = BrowserReadNetworkConfigParam.from_dict(read_network)

        read_page = src_dict.get("read_page", UNSET)
        if read_page is not None and read_page is not UNSET:
            read_page = BrowserReadPageConfigParam.from_dict(read_page)

        right_click = src_dict.get("right_click", UNSET)
        if right_click is not None and right_click is not UNSET:
            right_click = BrowserRightClickConfigParam.from_dict(right_click)

        screenshot = src_dict.get("screenshot", UNSET)
        if screenshot is not None and screenshot is not UNSET:
            screenshot = BrowserScreenshotConfigParam.from_dict(screenshot)

        scroll = src_dict.get("scroll", UNSET)
        if scroll is not None and scroll is not UNSET:
            scroll = BrowserScrollConfigParam.from_dict(scroll)

        scroll_to = src_dict.get("scroll_to", UNSET)
        if scroll_to is not None and scroll_to is not UNSET:
            scroll_to = BrowserScrollToConfigParam.from_dict(scroll_to)

        switch_tab = src_dict.get("switch_tab", UNSET)
        if switch_tab is not None and switch_tab is not UNSET:
            switch_tab = BrowserSwitchTabConfigParam.from_dict(switch_tab)

        triple_click = src_dict.get("triple_click", UNSET)
        if triple_click is not None and triple_click is not UNSET:
            triple_click = BrowserTripleClickConfigParam.from_dict(triple_click)

        type_ = src_dict.get("type", UNSET)
        if type_ is not None and type_ is not UNSET:
            type_ = BrowserTypeConfigParam.from_dict(type_)

        wait = src_dict.get("wait", UNSET)
        if wait is not None and wait is not UNSET:
            wait = BrowserWaitConfigParam.from_dict(wait)

        zoom = src_dict.get("zoom", UNSET)
        if zoom is not None and zoom is not UNSET:
            zoom = BrowserZoomConfigParam.from_dict(zoom)

        # Stores into the slots, no __init__ call (measured: the call was a third of a small
        # model's parse); a field the data lacks reads None.
        browser_toolset_configs_param = new_model(cls)
        absent = 0
        if close_tab is UNSET:
            absent |= 1
            browser_toolset_configs_param.close_tab = None
            missing += 1
        else:
            browser_toolset_configs_param.close_tab = close_tab
        if double_click is UNSET:
            absent |= 2
            browser_toolset_configs_param.double_click = None
            missing += 1
        else:
            browser_toolset_configs_param.double_click = double_click
        if file_upload is UNSET:
            absent |= 4
            browser_toolset_configs_param.file_upload = None
            missing += 1
        else:
            browser_toolset_configs_param.file_upload = file_upload
        if find is UNSET:
            absent |= 8
            browser_toolset_configs_param.find = None
            missing += 1
        else:
            browser_toolset_configs_param.find = find
        if form_input is UNSET:
            absent |= 16
            browser_toolset_configs_param.form_input = None
            missing += 1
        else:
            browser_toolset_configs_param.form_input = form_input
        if get_page_text is UNSET:
            absent |= 32
            browser_toolset_configs_param.get_page_text = None
            missing += 1
        else:
            browser_toolset_configs_param.get_page_text = get_page_text
        if hold_key is UNSET:
            absent |= 64
            browser_toolset_configs_param.hold_key = None
            missing += 1
        else:
            browser_toolset_configs_param.hold_key = hold_key
        if hover is UNSET:
            absent |= 128
            browser_toolset_configs_param.hover = None
            missing += 1
        else:
            browser_toolset_configs_param.hover = hover
        if javascript_exec is UNSET:
            absent |= 256
            browser_toolset_configs_param.javascript_exec = None
            missing += 1
        else:
            browser_toolset_configs_param.javascript_exec = javascript_exec
        if key is UNSET:
            absent |= 512
            browser_toolset_configs_param.key = None
            missing += 1
        else:
            browser_toolset_configs_param.key = key
        if left_click is UNSET:
            absent |= 1024
            browser_toolset_configs_param.left_click = None
            missing += 1
        else:
            browser_toolset_configs_param.left_click = left_click
        if left_click_drag is UNSET:
            absent |= 2048
            browser_toolset_configs_param.left_click_drag = None
            missing += 1
        else:
            browser_toolset_configs_param.left_click_drag = left_click_drag
        if left_mouse_down is UNSET:
            absent |= 4096
            browser_toolset_configs_param.left_mouse_down = None
            missing += 1
        else:
            browser_toolset_configs_param.left_mouse_down = left_mouse_down
        if left_mouse_up is UNSET:
            absent |= 8192
            browser_toolset_configs_param.left_mouse_up = None
            missing += 1
        else:
            browser_toolset_configs_param.left_mouse_up = left_mouse_up
        if list_tabs is UNSET:
            absent |= 16384
            browser_toolset_configs_param.list_tabs = None
            missing += 1
        else:
            browser_toolset_configs_param.list_tabs = list_tabs
        if middle_click is UNSET:
            absent |= 32768
            browser_toolset_configs_param.middle_click = None
            missing += 1
        else:
            browser_toolset_configs_param.middle_click = middle_click
        if mouse_move is UNSET:
            absent |= 65536
            browser_toolset_configs_param.mouse_move = None
            missing += 1
        else:
            browser_toolset_configs_param.mouse_move = mouse_move
        if navigate is UNSET:
            absent |= 131072
            browser_toolset_configs_param.navigate = None
            missing += 1
        else:
            browser_toolset_configs_param.navigate = navigate
        if new_tab is UNSET:
            absent |= 262144
            browser_toolset_configs_param.new_tab = None
            missing += 1
        else:
            browser_toolset_configs_param.new_tab = new_tab
        if read_console is UNSET:
            absent |= 524288
            browser_toolset_configs_param.read_console = None
            missing += 1
        else:
            browser_toolset_configs_param.read_console = read_console
        if read_network is UNSET:
            absent |= 1048576
            browser_toolset_configs_param.read_network = None
            missing += 1
        else:
            browser_toolset_configs_param.read_network = read_network
        if read_page is UNSET:
            absent |= 2097152
            browser_toolset_configs_param.read_page = None
            missing += 1
        else:
            browser_toolset_configs_param.read_page = read_page
        if right_click is UNSET:
            absent |= 4194304
            browser_toolset_configs_param.right_click = None
            missing += 1
        else:
            browser_toolset_configs_param.right_click = right_click
        if screenshot is UNSET:
            absent |= 8388608
            browser_toolset_configs_param.screenshot = None
            missing += 1
        else:
            browser_toolset_configs_param.screenshot = screenshot
        if scroll is UNSET:
            absent |= 16777216
            browser_toolset_configs_param.scroll = None
            missing += 1
        else:
            browser_toolset_configs_param.scroll = scroll
        if scroll_to is UNSET:
            absent |= 33554432
            browser_toolset_configs_param.scroll_to = None
            missing += 1
        else:
            browser_toolset_configs_param.scroll_to = scroll_to
        if switch_tab is UNSET:
            absent |= 67108864
            browser_toolset_configs_param.switch_tab = None
            missing += 1
        else:
            browser_toolset_configs_param.switch_tab = switch_tab
        if triple_click is UNSET:
            absent |= 134217728
            browser_toolset_configs_param.triple_click = None
            missing += 1
        else:
            browser_toolset_configs_param.triple_click = triple_click
        if type_ is UNSET:
            absent |= 268435456
            browser_toolset_configs_param.type = None
            missing += 1
        else:
            browser_toolset_configs_param.type = type_
        if wait is UNSET:
            absent |= 536870912
            browser_toolset_configs_param.wait = None
            missing += 1
        else:
            browser_toolset_configs_param.wait = wait
        if zoom is UNSET:
            absent |= 1073741824
            browser_toolset_configs_param.zoom = None
            missing += 1
        else:
            browser_toolset_configs_param.zoom = zoom
        browser_toolset_configs_param._absent = absent
        if len(src_dict) + missing > 31:  # cheaper than a set test
            browser_toolset_configs_param.additional_properties = _extra(src_dict)
        return browser_toolset_configs_param

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
