# Generated from openapi/claude-api.yaml by openapi-python-client. Do not edit by hand:
# change the spec (or openapi/generator-config.yaml) and run `nox -s generate`.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from claude_api.types import (
    UNSET,
    Unset,
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
    "type_": "type",
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


def _parse_close_tab(data: object) -> BrowserCloseTabConfigParam | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    if not isinstance(data, dict):
        raise TypeError(f"unexpected {type(data).__name__} for close_tab")
    close_tab_type_0 = BrowserCloseTabConfigParam.from_dict(data)

    return close_tab_type_0


def _parse_double_click(data: object) -> BrowserDoubleClickConfigParam | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    if not isinstance(data, dict):
        raise TypeError(f"unexpected {type(data).__name__} for double_click")
    double_click_type_0 = BrowserDoubleClickConfigParam.from_dict(data)

    return double_click_type_0


def _parse_file_upload(data: object) -> BrowserFileUploadConfigParam | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    if not isinstance(data, dict):
        raise TypeError(f"unexpected {type(data).__name__} for file_upload")
    file_upload_type_0 = BrowserFileUploadConfigParam.from_dict(data)

    return file_upload_type_0


def _parse_find(data: object) -> BrowserFindConfigParam | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    if not isinstance(data, dict):
        raise TypeError(f"unexpected {type(data).__name__} for find")
    find_type_0 = BrowserFindConfigParam.from_dict(data)

    return find_type_0


def _parse_form_input(data: object) -> BrowserFormInputConfigParam | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    if not isinstance(data, dict):
        raise TypeError(f"unexpected {type(data).__name__} for form_input")
    form_input_type_0 = BrowserFormInputConfigParam.from_dict(data)

    return form_input_type_0


def _parse_get_page_text(data: object) -> BrowserGetPageTextConfigParam | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    if not isinstance(data, dict):
        raise TypeError(f"unexpected {type(data).__name__} for get_page_text")
    get_page_text_type_0 = BrowserGetPageTextConfigParam.from_dict(data)

    return get_page_text_type_0


def _parse_hold_key(data: object) -> BrowserHoldKeyConfigParam | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    if not isinstance(data, dict):
        raise TypeError(f"unexpected {type(data).__name__} for hold_key")
    hold_key_type_0 = BrowserHoldKeyConfigParam.from_dict(data)

    return hold_key_type_0


def _parse_hover(data: object) -> BrowserHoverConfigParam | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    if not isinstance(data, dict):
        raise TypeError(f"unexpected {type(data).__name__} for hover")
    hover_type_0 = BrowserHoverConfigParam.from_dict(data)

    return hover_type_0


def _parse_javascript_exec(data: object) -> BrowserJavascriptExecConfigParam | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    if not isinstance(data, dict):
        raise TypeError(f"unexpected {type(data).__name__} for javascript_exec")
    javascript_exec_type_0 = BrowserJavascriptExecConfigParam.from_dict(data)

    return javascript_exec_type_0


def _parse_key(data: object) -> BrowserKeyConfigParam | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    if not isinstance(data, dict):
        raise TypeError(f"unexpected {type(data).__name__} for key")
    key_type_0 = BrowserKeyConfigParam.from_dict(data)

    return key_type_0


def _parse_left_click(data: object) -> BrowserLeftClickConfigParam | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    if not isinstance(data, dict):
        raise TypeError(f"unexpected {type(data).__name__} for left_click")
    left_click_type_0 = BrowserLeftClickConfigParam.from_dict(data)

    return left_click_type_0


def _parse_left_click_drag(data: object) -> BrowserLeftClickDragConfigParam | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    if not isinstance(data, dict):
        raise TypeError(f"unexpected {type(data).__name__} for left_click_drag")
    left_click_drag_type_0 = BrowserLeftClickDragConfigParam.from_dict(data)

    return left_click_drag_type_0


def _parse_left_mouse_down(data: object) -> BrowserLeftMouseDownConfigParam | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    if not isinstance(data, dict):
        raise TypeError(f"unexpected {type(data).__name__} for left_mouse_down")
    left_mouse_down_type_0 = BrowserLeftMouseDownConfigParam.from_dict(data)

    return left_mouse_down_type_0


def _parse_left_mouse_up(data: object) -> BrowserLeftMouseUpConfigParam | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    if not isinstance(data, dict):
        raise TypeError(f"unexpected {type(data).__name__} for left_mouse_up")
    left_mouse_up_type_0 = BrowserLeftMouseUpConfigParam.from_dict(data)

    return left_mouse_up_type_0


def _parse_list_tabs(data: object) -> BrowserListTabsConfigParam | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    if not isinstance(data, dict):
        raise TypeError(f"unexpected {type(data).__name__} for list_tabs")
    list_tabs_type_0 = BrowserListTabsConfigParam.from_dict(data)

    return list_tabs_type_0


def _parse_middle_click(data: object) -> BrowserMiddleClickConfigParam | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    if not isinstance(data, dict):
        raise TypeError(f"unexpected {type(data).__name__} for middle_click")
    middle_click_type_0 = BrowserMiddleClickConfigParam.from_dict(data)

    return middle_click_type_0


def _parse_mouse_move(data: object) -> BrowserMouseMoveConfigParam | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    if not isinstance(data, dict):
        raise TypeError(f"unexpected {type(data).__name__} for mouse_move")
    mouse_move_type_0 = BrowserMouseMoveConfigParam.from_dict(data)

    return mouse_move_type_0


def _parse_navigate(data: object) -> BrowserNavigateConfigParam | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    if not isinstance(data, dict):
        raise TypeError(f"unexpected {type(data).__name__} for navigate")
    navigate_type_0 = BrowserNavigateConfigParam.from_dict(data)

    return navigate_type_0


def _parse_new_tab(data: object) -> BrowserNewTabConfigParam | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    if not isinstance(data, dict):
        raise TypeError(f"unexpected {type(data).__name__} for new_tab")
    new_tab_type_0 = BrowserNewTabConfigParam.from_dict(data)

    return new_tab_type_0


def _parse_read_console(data: object) -> BrowserReadConsoleConfigParam | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    if not isinstance(data, dict):
        raise TypeError(f"unexpected {type(data).__name__} for read_console")
    read_console_type_0 = BrowserReadConsoleConfigParam.from_dict(data)

    return read_console_type_0


def _parse_read_network(data: object) -> BrowserReadNetworkConfigParam | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    if not isinstance(data, dict):
        raise TypeError(f"unexpected {type(data).__name__} for read_network")
    read_network_type_0 = BrowserReadNetworkConfigParam.from_dict(data)

    return read_network_type_0


def _parse_read_page(data: object) -> BrowserReadPageConfigParam | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    if not isinstance(data, dict):
        raise TypeError(f"unexpected {type(data).__name__} for read_page")
    read_page_type_0 = BrowserReadPageConfigParam.from_dict(data)

    return read_page_type_0


def _parse_right_click(data: object) -> BrowserRightClickConfigParam | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    if not isinstance(data, dict):
        raise TypeError(f"unexpected {type(data).__name__} for right_click")
    right_click_type_0 = BrowserRightClickConfigParam.from_dict(data)

    return right_click_type_0


def _parse_screenshot(data: object) -> BrowserScreenshotConfigParam | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    if not isinstance(data, dict):
        raise TypeError(f"unexpected {type(data).__name__} for screenshot")
    screenshot_type_0 = BrowserScreenshotConfigParam.from_dict(data)

    return screenshot_type_0


def _parse_scroll(data: object) -> BrowserScrollConfigParam | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    if not isinstance(data, dict):
        raise TypeError(f"unexpected {type(data).__name__} for scroll")
    scroll_type_0 = BrowserScrollConfigParam.from_dict(data)

    return scroll_type_0


def _parse_scroll_to(data: object) -> BrowserScrollToConfigParam | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    if not isinstance(data, dict):
        raise TypeError(f"unexpected {type(data).__name__} for scroll_to")
    scroll_to_type_0 = BrowserScrollToConfigParam.from_dict(data)

    return scroll_to_type_0


def _parse_switch_tab(data: object) -> BrowserSwitchTabConfigParam | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    if not isinstance(data, dict):
        raise TypeError(f"unexpected {type(data).__name__} for switch_tab")
    switch_tab_type_0 = BrowserSwitchTabConfigParam.from_dict(data)

    return switch_tab_type_0


def _parse_triple_click(data: object) -> BrowserTripleClickConfigParam | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    if not isinstance(data, dict):
        raise TypeError(f"unexpected {type(data).__name__} for triple_click")
    triple_click_type_0 = BrowserTripleClickConfigParam.from_dict(data)

    return triple_click_type_0


def _parse_type_(data: object) -> BrowserTypeConfigParam | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    if not isinstance(data, dict):
        raise TypeError(f"unexpected {type(data).__name__} for type")
    type_type_0 = BrowserTypeConfigParam.from_dict(data)

    return type_type_0


def _parse_wait(data: object) -> BrowserWaitConfigParam | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    if not isinstance(data, dict):
        raise TypeError(f"unexpected {type(data).__name__} for wait")
    wait_type_0 = BrowserWaitConfigParam.from_dict(data)

    return wait_type_0


def _parse_zoom(data: object) -> BrowserZoomConfigParam | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    if not isinstance(data, dict):
        raise TypeError(f"unexpected {type(data).__name__} for zoom")
    zoom_type_0 = BrowserZoomConfigParam.from_dict(data)

    return zoom_type_0


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
        type_ (BrowserTypeConfigParam | None | Unset):
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
    type_: BrowserTypeConfigParam | None | Unset = UNSET
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
        if isinstance(self.type_, Unset):
            type_ = UNSET
        elif isinstance(self.type_, BrowserTypeConfigParam):
            type_ = self.type_.to_dict()
        else:
            type_ = self.type_

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
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not isinstance(src_dict, dict) and not isinstance(src_dict, Mapping):
            raise TypeError(f"{cls.__name__} expects a JSON object, got {type(src_dict).__name__}")
        if not _imported:
            _import_models()
        close_tab = _parse_close_tab(src_dict.get("close_tab", UNSET))

        double_click = _parse_double_click(src_dict.get("double_click", UNSET))

        file_upload = _parse_file_upload(src_dict.get("file_upload", UNSET))

        find = _parse_find(src_dict.get("find", UNSET))

        form_input = _parse_form_input(src_dict.get("form_input", UNSET))

        get_page_text = _parse_get_page_text(src_dict.get("get_page_text", UNSET))

        hold_key = _parse_hold_key(src_dict.get("hold_key", UNSET))

        hover = _parse_hover(src_dict.get("hover", UNSET))

        javascript_exec = _parse_javascript_exec(src_dict.get("javascript_exec", UNSET))

        key = _parse_key(src_dict.get("key", UNSET))

        left_click = _parse_left_click(src_dict.get("left_click", UNSET))

        left_click_drag = _parse_left_click_drag(src_dict.get("left_click_drag", UNSET))

        left_mouse_down = _parse_left_mouse_down(src_dict.get("left_mouse_down", UNSET))

        left_mouse_up = _parse_left_mouse_up(src_dict.get("left_mouse_up", UNSET))

        list_tabs = _parse_list_tabs(src_dict.get("list_tabs", UNSET))

        middle_click = _parse_middle_click(src_dict.get("middle_click", UNSET))

        mouse_move = _parse_mouse_move(src_dict.get("mouse_move", UNSET))

        navigate = _parse_navigate(src_dict.get("navigate", UNSET))

        new_tab = _parse_new_tab(src_dict.get("new_tab", UNSET))

        read_console = _parse_read_console(src_dict.get("read_console", UNSET))

        read_network = _parse_read_network(src_dict.get("read_network", UNSET))

        read_page = _parse_read_page(src_dict.get("read_page", UNSET))

        right_click = _parse_right_click(src_dict.get("right_click", UNSET))

        screenshot = _parse_screenshot(src_dict.get("screenshot", UNSET))

        scroll = _parse_scroll(src_dict.get("scroll", UNSET))

        scroll_to = _parse_scroll_to(src_dict.get("scroll_to", UNSET))

        switch_tab = _parse_switch_tab(src_dict.get("switch_tab", UNSET))

        triple_click = _parse_triple_click(src_dict.get("triple_click", UNSET))

        type_ = _parse_type_(src_dict.get("type", UNSET))

        wait = _parse_wait(src_dict.get("wait", UNSET))

        zoom = _parse_zoom(src_dict.get("zoom", UNSET))

        browser_toolset_configs_param = cls(
            close_tab=close_tab,
            double_click=double_click,
            file_upload=file_upload,
            find=find,
            form_input=form_input,
            get_page_text=get_page_text,
            hold_key=hold_key,
            hover=hover,
            javascript_exec=javascript_exec,
            key=key,
            left_click=left_click,
            left_click_drag=left_click_drag,
            left_mouse_down=left_mouse_down,
            left_mouse_up=left_mouse_up,
            list_tabs=list_tabs,
            middle_click=middle_click,
            mouse_move=mouse_move,
            navigate=navigate,
            new_tab=new_tab,
            read_console=read_console,
            read_network=read_network,
            read_page=read_page,
            right_click=right_click,
            screenshot=screenshot,
            scroll=scroll,
            scroll_to=scroll_to,
            switch_tab=switch_tab,
            triple_click=triple_click,
            type_=type_,
            wait=wait,
            zoom=zoom,
        )
        if not _KNOWN.issuperset(src_dict):
            browser_toolset_configs_param.additional_properties = _extra(src_dict)
        return browser_toolset_configs_param

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
