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
    from claude_api.models.browser_state_change_download_completed_param import (
        BrowserStateChangeDownloadCompletedParam,
    )
    from claude_api.models.browser_state_change_download_failed_param import (
        BrowserStateChangeDownloadFailedParam,
    )
    from claude_api.models.browser_state_change_download_started_param import (
        BrowserStateChangeDownloadStartedParam,
    )
    from claude_api.models.browser_state_change_tab_opened_param import (
        BrowserStateChangeTabOpenedParam,
    )
    from claude_api.models.browser_state_tab_entry_param import BrowserStateTabEntryParam
    from claude_api.models.cache_control_ephemeral_param import CacheControlEphemeralParam


T = TypeVar("T", bound="BrowserStateBlockParam")


@_attrs_define
class BrowserStateBlockParam:
    """Input content block of type `browser_state`.

    Attributes:
        tabs (list[BrowserStateTabEntryParam]):
        type_ (Literal['browser_state']):  Default: 'browser_state'.
        cache_control (CacheControlEphemeralParam | None | Unset):
        state_changes (list[BrowserStateChangeDownloadCompletedParam | BrowserStateChangeDownloadFailedParam |
            BrowserStateChangeDownloadStartedParam | BrowserStateChangeTabOpenedParam] | None | Unset):
    """

    tabs: list[BrowserStateTabEntryParam]
    type_: Literal["browser_state"] = "browser_state"
    cache_control: CacheControlEphemeralParam | None | Unset = UNSET
    state_changes: (
        list[
            BrowserStateChangeDownloadCompletedParam
            | BrowserStateChangeDownloadFailedParam
            | BrowserStateChangeDownloadStartedParam
            | BrowserStateChangeTabOpenedParam
        ]
        | None
        | Unset
    ) = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from claude_api.models.browser_state_change_download_completed_param import (
            BrowserStateChangeDownloadCompletedParam,
        )
        from claude_api.models.browser_state_change_download_started_param import (
            BrowserStateChangeDownloadStartedParam,
        )
        from claude_api.models.browser_state_change_tab_opened_param import (
            BrowserStateChangeTabOpenedParam,
        )
        from claude_api.models.cache_control_ephemeral_param import (
            CacheControlEphemeralParam,  # noqa: PLC0415
        )

        tabs = []
        for tabs_item_data in self.tabs:
            tabs_item = tabs_item_data.to_dict()
            tabs.append(tabs_item)

        type_ = self.type_

        cache_control: dict[str, Any] | None | Unset
        if isinstance(self.cache_control, Unset):
            cache_control = UNSET
        elif isinstance(self.cache_control, CacheControlEphemeralParam):
            cache_control = self.cache_control.to_dict()
        else:
            cache_control = self.cache_control

        state_changes: list[dict[str, Any]] | None | Unset
        if isinstance(self.state_changes, Unset):
            state_changes = UNSET
        elif isinstance(self.state_changes, list):
            state_changes = []
            for state_changes_type_0_item_data in self.state_changes:
                state_changes_type_0_item: dict[str, Any]
                if isinstance(state_changes_type_0_item_data, dict):
                    state_changes_type_0_item = state_changes_type_0_item_data
                elif isinstance(state_changes_type_0_item_data, BrowserStateChangeTabOpenedParam):
                    state_changes_type_0_item = state_changes_type_0_item_data.to_dict()
                elif isinstance(
                    state_changes_type_0_item_data, BrowserStateChangeDownloadStartedParam
                ):
                    state_changes_type_0_item = state_changes_type_0_item_data.to_dict()
                elif isinstance(
                    state_changes_type_0_item_data, BrowserStateChangeDownloadCompletedParam
                ):
                    state_changes_type_0_item = state_changes_type_0_item_data.to_dict()
                else:
                    state_changes_type_0_item = state_changes_type_0_item_data.to_dict()

                state_changes.append(state_changes_type_0_item)

        else:
            state_changes = self.state_changes

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "tabs": tabs,
                "type": type_,
            }
        )
        if cache_control is not UNSET:
            field_dict["cache_control"] = cache_control
        if state_changes is not UNSET:
            field_dict["state_changes"] = state_changes

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from claude_api.models.browser_state_change_download_completed_param import (
            BrowserStateChangeDownloadCompletedParam,
        )
        from claude_api.models.browser_state_change_download_failed_param import (
            BrowserStateChangeDownloadFailedParam,
        )
        from claude_api.models.browser_state_change_download_started_param import (
            BrowserStateChangeDownloadStartedParam,
        )
        from claude_api.models.browser_state_change_tab_opened_param import (
            BrowserStateChangeTabOpenedParam,
        )
        from claude_api.models.browser_state_tab_entry_param import (
            BrowserStateTabEntryParam,  # noqa: PLC0415
        )
        from claude_api.models.cache_control_ephemeral_param import (
            CacheControlEphemeralParam,  # noqa: PLC0415
        )

        d = dict(src_dict)
        tabs = []
        _tabs = d.pop("tabs")
        for tabs_item_data in _tabs:
            tabs_item = BrowserStateTabEntryParam.from_dict(tabs_item_data)

            tabs.append(tabs_item)

        type_ = cast("Literal['browser_state']", d.pop("type"))
        if type_ != "browser_state":
            raise ValueError(f"type must match const 'browser_state', got '{type_}'")

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

        def _parse_state_changes(
            data: object,
        ) -> (
            list[
                BrowserStateChangeDownloadCompletedParam
                | BrowserStateChangeDownloadFailedParam
                | BrowserStateChangeDownloadStartedParam
                | BrowserStateChangeTabOpenedParam
            ]
            | None
            | Unset
        ):
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not isinstance(data, list):
                raise TypeError(f"unexpected {type(data).__name__} for state_changes")
            state_changes_type_0 = []
            _state_changes_type_0 = data
            for state_changes_type_0_item_data in _state_changes_type_0:

                def _parse_state_changes_type_0_item(
                    data: object,
                ) -> (
                    BrowserStateChangeDownloadCompletedParam
                    | BrowserStateChangeDownloadFailedParam
                    | BrowserStateChangeDownloadStartedParam
                    | BrowserStateChangeTabOpenedParam
                ):
                    if not isinstance(data, dict):
                        raise TypeError(f"expected a JSON object, got {type(data).__name__}")
                    tag = data.get("type")
                    if tag == "tab_opened":
                        return BrowserStateChangeTabOpenedParam.from_dict(data)
                    if tag == "download_started":
                        return BrowserStateChangeDownloadStartedParam.from_dict(data)
                    if tag == "download_completed":
                        return BrowserStateChangeDownloadCompletedParam.from_dict(data)
                    if tag == "download_failed":
                        return BrowserStateChangeDownloadFailedParam.from_dict(data)
                    # An unknown tag: keep the raw object so that newer API output still parses and round-trips.
                    return cast(
                        "BrowserStateChangeDownloadCompletedParam | BrowserStateChangeDownloadFailedParam | BrowserStateChangeDownloadStartedParam | BrowserStateChangeTabOpenedParam",
                        data,
                    )

                state_changes_type_0_item = _parse_state_changes_type_0_item(
                    state_changes_type_0_item_data
                )

                state_changes_type_0.append(state_changes_type_0_item)

            return state_changes_type_0

        state_changes = _parse_state_changes(d.pop("state_changes", UNSET))

        browser_state_block_param = cls(
            tabs=tabs,
            type_=type_,
            cache_control=cache_control,
            state_changes=state_changes,
        )

        browser_state_block_param.additional_properties = d
        return browser_state_block_param

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
