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


@_attrs_define
class BrowserToolsetConfigsParam:
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

    def to_dict(self) -> dict[str, Any]:
        if not _imported:
            _import_models()
        close_tab: dict[str, Any] | None | Unset
        if isinstance(self.close_tab, Unset):
            close_tab = UNSET
        elif isinstance(self.close_tab, BrowserCloseTabConfigParam):
            close_tab = self.close_tab.to_dict()
        else:
            close_tab = self.close_tab

        double_click: dict[str, Any] | None | Unset
        if isinstance(self.double_click, Unset):
            double_click = UNSET
        elif isinstance(self.double_click, BrowserDoubleClickConfigParam):
            double_click = self.double_click.to_dict()
        else:
            double_click = self.double_click

        file_upload: dict[str, Any] | None | Unset
        if isinstance(self.file_upload, Unset):
            file_upload = UNSET
        elif isinstance(self.file_upload, BrowserFileUploadConfigParam):
            file_upload = self.file_upload.to_dict()
        else:
            file_upload = self.file_upload

        find: dict[str, Any] | None | Unset
        if isinstance(self.find, Unset):
            find = UNSET
        elif isinstance(self.find, BrowserFindConfigParam):
            find = self.find.to_dict()
        else:
            find = self.find

        form_input: dict[str, Any] | None | Unset
        if isinstance(self.form_input, Unset):
            form_input = UNSET
        elif isinstance(self.form_input, BrowserFormInputConfigParam):
            form_input = self.form_input.to_dict()
        else:
            form_input = self.form_input

        get_page_text: dict[str, Any] | None | Unset
        if isinstance(self.get_page_text, Unset):
            get_page_text = UNSET
        elif isinstance(self.get_page_text, BrowserGetPageTextConfigParam):
            get_page_text = self.get_page_text.to_dict()
        else:
            get_page_text = self.get_page_text

        hold_key: dict[str, Any] | None | Unset
        if isinstance(self.hold_key, Unset):
            hold_key = UNSET
        elif isinstance(self.hold_key, BrowserHoldKeyConfigParam):
            hold_key = self.hold_key.to_dict()
        else:
            hold_key = self.hold_key

        hover: dict[str, Any] | None | Unset
        if isinstance(self.hover, Unset):
            hover = UNSET
        elif isinstance(self.hover, BrowserHoverConfigParam):
            hover = self.hover.to_dict()
        else:
            hover = self.hover

        javascript_exec: dict[str, Any] | None | Unset
        if isinstance(self.javascript_exec, Unset):
            javascript_exec = UNSET
        elif isinstance(self.javascript_exec, BrowserJavascriptExecConfigParam):
            javascript_exec = self.javascript_exec.to_dict()
        else:
            javascript_exec = self.javascript_exec

        key: dict[str, Any] | None | Unset
        if isinstance(self.key, Unset):
            key = UNSET
        elif isinstance(self.key, BrowserKeyConfigParam):
            key = self.key.to_dict()
        else:
            key = self.key

        left_click: dict[str, Any] | None | Unset
        if isinstance(self.left_click, Unset):
            left_click = UNSET
        elif isinstance(self.left_click, BrowserLeftClickConfigParam):
            left_click = self.left_click.to_dict()
        else:
            left_click = self.left_click

        left_click_drag: dict[str, Any] | None | Unset
        if isinstance(self.left_click_drag, Unset):
            left_click_drag = UNSET
        elif isinstance(self.left_click_drag, BrowserLeftClickDragConfigParam):
            left_click_drag = self.left_click_drag.to_dict()
        else:
            left_click_drag = self.left_click_drag

        left_mouse_down: dict[str, Any] | None | Unset
        if isinstance(self.left_mouse_down, Unset):
            left_mouse_down = UNSET
        elif isinstance(self.left_mouse_down, BrowserLeftMouseDownConfigParam):
            left_mouse_down = self.left_mouse_down.to_dict()
        else:
            left_mouse_down = self.left_mouse_down

        left_mouse_up: dict[str, Any] | None | Unset
        if isinstance(self.left_mouse_up, Unset):
            left_mouse_up = UNSET
        elif isinstance(self.left_mouse_up, BrowserLeftMouseUpConfigParam):
            left_mouse_up = self.left_mouse_up.to_dict()
        else:
            left_mouse_up = self.left_mouse_up

        list_tabs: dict[str, Any] | None | Unset
        if isinstance(self.list_tabs, Unset):
            list_tabs = UNSET
        elif isinstance(self.list_tabs, BrowserListTabsConfigParam):
            list_tabs = self.list_tabs.to_dict()
        else:
            list_tabs = self.list_tabs

        middle_click: dict[str, Any] | None | Unset
        if isinstance(self.middle_click, Unset):
            middle_click = UNSET
        elif isinstance(self.middle_click, BrowserMiddleClickConfigParam):
            middle_click = self.middle_click.to_dict()
        else:
            middle_click = self.middle_click

        mouse_move: dict[str, Any] | None | Unset
        if isinstance(self.mouse_move, Unset):
            mouse_move = UNSET
        elif isinstance(self.mouse_move, BrowserMouseMoveConfigParam):
            mouse_move = self.mouse_move.to_dict()
        else:
            mouse_move = self.mouse_move

        navigate: dict[str, Any] | None | Unset
        if isinstance(self.navigate, Unset):
            navigate = UNSET
        elif isinstance(self.navigate, BrowserNavigateConfigParam):
            navigate = self.navigate.to_dict()
        else:
            navigate = self.navigate

        new_tab: dict[str, Any] | None | Unset
        if isinstance(self.new_tab, Unset):
            new_tab = UNSET
        elif isinstance(self.new_tab, BrowserNewTabConfigParam):
            new_tab = self.new_tab.to_dict()
        else:
            new_tab = self.new_tab

        read_console: dict[str, Any] | None | Unset
        if isinstance(self.read_console, Unset):
            read_console = UNSET
        elif isinstance(self.read_console, BrowserReadConsoleConfigParam):
            read_console = self.read_console.to_dict()
        else:
            read_console = self.read_console

        read_network: dict[str, Any] | None | Unset
        if isinstance(self.read_network, Unset):
            read_network = UNSET
        elif isinstance(self.read_network, BrowserReadNetworkConfigParam):
            read_network = self.read_network.to_dict()
        else:
            read_network = self.read_network

        read_page: dict[str, Any] | None | Unset
        if isinstance(self.read_page, Unset):
            read_page = UNSET
        elif isinstance(self.read_page, BrowserReadPageConfigParam):
            read_page = self.read_page.to_dict()
        else:
            read_page = self.read_page

        right_click: dict[str, Any] | None | Unset
        if isinstance(self.right_click, Unset):
            right_click = UNSET
        elif isinstance(self.right_click, BrowserRightClickConfigParam):
            right_click = self.right_click.to_dict()
        else:
            right_click = self.right_click

        screenshot: dict[str, Any] | None | Unset
        if isinstance(self.screenshot, Unset):
            screenshot = UNSET
        elif isinstance(self.screenshot, BrowserScreenshotConfigParam):
            screenshot = self.screenshot.to_dict()
        else:
            screenshot = self.screenshot

        scroll: dict[str, Any] | None | Unset
        if isinstance(self.scroll, Unset):
            scroll = UNSET
        elif isinstance(self.scroll, BrowserScrollConfigParam):
            scroll = self.scroll.to_dict()
        else:
            scroll = self.scroll

        scroll_to: dict[str, Any] | None | Unset
        if isinstance(self.scroll_to, Unset):
            scroll_to = UNSET
        elif isinstance(self.scroll_to, BrowserScrollToConfigParam):
            scroll_to = self.scroll_to.to_dict()
        else:
            scroll_to = self.scroll_to

        switch_tab: dict[str, Any] | None | Unset
        if isinstance(self.switch_tab, Unset):
            switch_tab = UNSET
        elif isinstance(self.switch_tab, BrowserSwitchTabConfigParam):
            switch_tab = self.switch_tab.to_dict()
        else:
            switch_tab = self.switch_tab

        triple_click: dict[str, Any] | None | Unset
        if isinstance(self.triple_click, Unset):
            triple_click = UNSET
        elif isinstance(self.triple_click, BrowserTripleClickConfigParam):
            triple_click = self.triple_click.to_dict()
        else:
            triple_click = self.triple_click

        type_: dict[str, Any] | None | Unset
        if isinstance(self.type, Unset):
            type_ = UNSET
        elif isinstance(self.type, BrowserTypeConfigParam):
            type_ = self.type.to_dict()
        else:
            type_ = self.type

        wait: dict[str, Any] | None | Unset
        if isinstance(self.wait, Unset):
            wait = UNSET
        elif isinstance(self.wait, BrowserWaitConfigParam):
            wait = self.wait.to_dict()
        else:
            wait = self.wait

        zoom: dict[str, Any] | None | Unset
        if isinstance(self.zoom, Unset):
            zoom = UNSET
        elif isinstance(self.zoom, BrowserZoomConfigParam):
            zoom = self.zoom.to_dict()
        else:
            zoom = self.zoom

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

        browser_toolset_configs_param = (
            cls(  # positional, in field order: measured faster than keywords
                close_tab,
                double_click,
                file_upload,
                find,
                form_input,
                get_page_text,
                hold_key,
                hover,
                javascript_exec,
                key,
                left_click,
                left_click_drag,
                left_mouse_down,
                left_mouse_up,
                list_tabs,
                middle_click,
                mouse_move,
                navigate,
                new_tab,
                read_console,
                read_network,
                read_page,
                right_click,
                screenshot,
                scroll,
                scroll_to,
                switch_tab,
                triple_click,
                type_,
                wait,
                zoom,
            )
        )
        if not _KNOWN.issuperset(src_dict):
            browser_toolset_configs_param.additional_properties = _extra(src_dict)
        return browser_toolset_configs_param

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
