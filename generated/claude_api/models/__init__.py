# Generated from openapi/claude-api.yaml by openapi-python-client. Do not edit by hand:
# change the spec (or openapi/generator-config.yaml) and run `nox -s generate`.
"""The data models used in requests and responses, imported on first access."""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from claude_api.models.api_error import APIError
    from claude_api.models.assistant_message_param import AssistantMessageParam
    from claude_api.models.authentication_error import AuthenticationError
    from claude_api.models.base_64_image_source_param import Base64ImageSourceParam
    from claude_api.models.base_64_image_source_param_media_type import (
        Base64ImageSourceParamMediaType,
    )
    from claude_api.models.base_64pdf_source import Base64PDFSource
    from claude_api.models.base_64pdf_source_param import Base64PDFSourceParam
    from claude_api.models.bash_code_execution_output_block import (
        BashCodeExecutionOutputBlock,
    )
    from claude_api.models.bash_code_execution_output_block_param import (
        BashCodeExecutionOutputBlockParam,
    )
    from claude_api.models.bash_code_execution_result_block import (
        BashCodeExecutionResultBlock,
    )
    from claude_api.models.bash_code_execution_result_block_param import (
        BashCodeExecutionResultBlockParam,
    )
    from claude_api.models.bash_code_execution_tool_result_block import (
        BashCodeExecutionToolResultBlock,
    )
    from claude_api.models.bash_code_execution_tool_result_block_param import (
        BashCodeExecutionToolResultBlockParam,
    )
    from claude_api.models.bash_code_execution_tool_result_error_object import (
        BashCodeExecutionToolResultErrorObject,
    )
    from claude_api.models.bash_code_execution_tool_result_error_object_error_code import (
        BashCodeExecutionToolResultErrorObjectErrorCode,
    )
    from claude_api.models.bash_code_execution_tool_result_error_param import (
        BashCodeExecutionToolResultErrorParam,
    )
    from claude_api.models.batch_create_params import BatchCreateParams
    from claude_api.models.billing_error import BillingError
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
    from claude_api.models.browser_hold_key_config_param import (
        BrowserHoldKeyConfigParam,
    )
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
    from claude_api.models.browser_navigate_config_param import (
        BrowserNavigateConfigParam,
    )
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
    from claude_api.models.browser_state_block_param import BrowserStateBlockParam
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
        BrowserStateTabEntryParam,
    )
    from claude_api.models.browser_switch_tab_config_param import (
        BrowserSwitchTabConfigParam,
    )
    from claude_api.models.browser_toolset_20260801_param import (
        BrowserToolset20260801Param,
    )
    from claude_api.models.browser_toolset_configs_param import (
        BrowserToolsetConfigsParam,
    )
    from claude_api.models.browser_triple_click_config_param import (
        BrowserTripleClickConfigParam,
    )
    from claude_api.models.browser_type_config_param import BrowserTypeConfigParam
    from claude_api.models.browser_wait_config_param import BrowserWaitConfigParam
    from claude_api.models.browser_zoom_config_param import BrowserZoomConfigParam
    from claude_api.models.cache_control_ephemeral_param import (
        CacheControlEphemeralParam,
    )
    from claude_api.models.cache_control_ttl import CacheControlTtl
    from claude_api.models.cache_creation import CacheCreation
    from claude_api.models.cache_miss_messages_changed import CacheMissMessagesChanged
    from claude_api.models.cache_miss_model_changed import CacheMissModelChanged
    from claude_api.models.cache_miss_previous_message_not_found import (
        CacheMissPreviousMessageNotFound,
    )
    from claude_api.models.cache_miss_system_changed import CacheMissSystemChanged
    from claude_api.models.cache_miss_tools_changed import CacheMissToolsChanged
    from claude_api.models.cache_miss_unavailable import CacheMissUnavailable
    from claude_api.models.capability_support import CapabilitySupport
    from claude_api.models.citation_char_location import CitationCharLocation
    from claude_api.models.citation_char_location_param import CitationCharLocationParam
    from claude_api.models.citation_content_block_location import (
        CitationContentBlockLocation,
    )
    from claude_api.models.citation_content_block_location_param import (
        CitationContentBlockLocationParam,
    )
    from claude_api.models.citation_page_location import CitationPageLocation
    from claude_api.models.citation_page_location_param import CitationPageLocationParam
    from claude_api.models.citation_search_result_location_param import (
        CitationSearchResultLocationParam,
    )
    from claude_api.models.citation_web_search_result_location_param import (
        CitationWebSearchResultLocationParam,
    )
    from claude_api.models.citations_config import CitationsConfig
    from claude_api.models.citations_config_param import CitationsConfigParam
    from claude_api.models.citations_delta import CitationsDelta
    from claude_api.models.citations_search_result_location import (
        CitationsSearchResultLocation,
    )
    from claude_api.models.citations_web_search_result_location import (
        CitationsWebSearchResultLocation,
    )
    from claude_api.models.code_execution_output_block import CodeExecutionOutputBlock
    from claude_api.models.code_execution_output_block_param import (
        CodeExecutionOutputBlockParam,
    )
    from claude_api.models.code_execution_result_block import CodeExecutionResultBlock
    from claude_api.models.code_execution_result_block_param import (
        CodeExecutionResultBlockParam,
    )
    from claude_api.models.code_execution_tool_20250522_param import (
        CodeExecutionTool20250522Param,
    )
    from claude_api.models.code_execution_tool_20250825_param import (
        CodeExecutionTool20250825Param,
    )
    from claude_api.models.code_execution_tool_20260120_param import (
        CodeExecutionTool20260120Param,
    )
    from claude_api.models.code_execution_tool_20260521_param import (
        CodeExecutionTool20260521Param,
    )
    from claude_api.models.code_execution_tool_result_block import (
        CodeExecutionToolResultBlock,
    )
    from claude_api.models.code_execution_tool_result_block_param import (
        CodeExecutionToolResultBlockParam,
    )
    from claude_api.models.code_execution_tool_result_error_object import (
        CodeExecutionToolResultErrorObject,
    )
    from claude_api.models.code_execution_tool_result_error_object_error_code import (
        CodeExecutionToolResultErrorObjectErrorCode,
    )
    from claude_api.models.code_execution_tool_result_error_param import (
        CodeExecutionToolResultErrorParam,
    )
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
    from claude_api.models.computer_toolset_20260801_param import (
        ComputerToolset20260801Param,
    )
    from claude_api.models.computer_toolset_configs_param import (
        ComputerToolsetConfigsParam,
    )
    from claude_api.models.computer_triple_click_config_param import (
        ComputerTripleClickConfigParam,
    )
    from claude_api.models.computer_type_config_param import ComputerTypeConfigParam
    from claude_api.models.computer_wait_config_param import ComputerWaitConfigParam
    from claude_api.models.computer_zoom_config_param import ComputerZoomConfigParam
    from claude_api.models.container import Container
    from claude_api.models.container_params import ContainerParams
    from claude_api.models.container_skill import ContainerSkill
    from claude_api.models.container_skill_type import ContainerSkillType
    from claude_api.models.container_upload_block import ContainerUploadBlock
    from claude_api.models.container_upload_block_param import ContainerUploadBlockParam
    from claude_api.models.content_block_delta_event import ContentBlockDeltaEvent
    from claude_api.models.content_block_source_param import ContentBlockSourceParam
    from claude_api.models.content_block_start_event import ContentBlockStartEvent
    from claude_api.models.content_block_stop_event import ContentBlockStopEvent
    from claude_api.models.context_management_capability import (
        ContextManagementCapability,
    )
    from claude_api.models.deleted_message_batch import DeletedMessageBatch
    from claude_api.models.diagnostics import Diagnostics
    from claude_api.models.diagnostics_param import DiagnosticsParam
    from claude_api.models.direct_caller import DirectCaller
    from claude_api.models.direct_caller_param import DirectCallerParam
    from claude_api.models.document_block import DocumentBlock
    from claude_api.models.document_block_param import DocumentBlockParam
    from claude_api.models.effort_capability import EffortCapability
    from claude_api.models.encrypted_code_execution_result_block import (
        EncryptedCodeExecutionResultBlock,
    )
    from claude_api.models.encrypted_code_execution_result_block_param import (
        EncryptedCodeExecutionResultBlockParam,
    )
    from claude_api.models.error_event import ErrorEvent
    from claude_api.models.error_response import ErrorResponse
    from claude_api.models.error_type import ErrorType
    from claude_api.models.file_document_source_param import FileDocumentSourceParam
    from claude_api.models.file_image_source_param import FileImageSourceParam
    from claude_api.models.gateway_timeout_error import GatewayTimeoutError
    from claude_api.models.image_block_param import ImageBlockParam
    from claude_api.models.image_transformations_param import ImageTransformationsParam
    from claude_api.models.image_transformations_param_oversized_image import (
        ImageTransformationsParamOversizedImage,
    )
    from claude_api.models.input_json_delta import InputJSONDelta
    from claude_api.models.input_schema import InputSchema
    from claude_api.models.input_schema_properties_type_0 import (
        InputSchemaPropertiesType0,
    )
    from claude_api.models.invalid_request_error import InvalidRequestError
    from claude_api.models.json_output_format_param import JSONOutputFormatParam
    from claude_api.models.json_output_format_param_schema import (
        JSONOutputFormatParamSchema,
    )
    from claude_api.models.list_message_batches_response import (
        ListMessageBatchesResponse,
    )
    from claude_api.models.list_models_response import ListModelsResponse
    from claude_api.models.memory_tool_20250818_param import MemoryTool20250818Param
    from claude_api.models.memory_tool_20250818_param_input_examples_item import (
        MemoryTool20250818ParamInputExamplesItem,
    )
    from claude_api.models.message import Message
    from claude_api.models.message_batch import MessageBatch
    from claude_api.models.message_batch_canceled_result import (
        MessageBatchCanceledResult,
    )
    from claude_api.models.message_batch_errored_result import MessageBatchErroredResult
    from claude_api.models.message_batch_expired_result import MessageBatchExpiredResult
    from claude_api.models.message_batch_individual_response import (
        MessageBatchIndividualResponse,
    )
    from claude_api.models.message_batch_processing_status import (
        MessageBatchProcessingStatus,
    )
    from claude_api.models.message_batch_request_counts import MessageBatchRequestCounts
    from claude_api.models.message_batch_request_param import MessageBatchRequestParam
    from claude_api.models.message_batch_succeeded_result import (
        MessageBatchSucceededResult,
    )
    from claude_api.models.message_count_tokens_params import MessageCountTokensParams
    from claude_api.models.message_create_params import MessageCreateParams
    from claude_api.models.message_create_params_service_tier import (
        MessageCreateParamsServiceTier,
    )
    from claude_api.models.message_delta import MessageDelta
    from claude_api.models.message_delta_event import MessageDeltaEvent
    from claude_api.models.message_delta_usage import MessageDeltaUsage
    from claude_api.models.message_start_event import MessageStartEvent
    from claude_api.models.message_stop_event import MessageStopEvent
    from claude_api.models.message_tokens_count import MessageTokensCount
    from claude_api.models.metadata_param import MetadataParam
    from claude_api.models.model_capabilities import ModelCapabilities
    from claude_api.models.model_info import ModelInfo
    from claude_api.models.model_info_lifecycle import ModelInfoLifecycle
    from claude_api.models.model_info_line import ModelInfoLine
    from claude_api.models.not_found_error import NotFoundError
    from claude_api.models.output_config_param import OutputConfigParam
    from claude_api.models.output_config_param_effort import OutputConfigParamEffort
    from claude_api.models.output_tokens_details import OutputTokensDetails
    from claude_api.models.overloaded_error import OverloadedError
    from claude_api.models.permission_error import PermissionError_
    from claude_api.models.ping_event import PingEvent
    from claude_api.models.plain_text_source import PlainTextSource
    from claude_api.models.plain_text_source_param import PlainTextSourceParam
    from claude_api.models.rate_limit_error import RateLimitError
    from claude_api.models.redacted_thinking_block import RedactedThinkingBlock
    from claude_api.models.redacted_thinking_block_param import (
        RedactedThinkingBlockParam,
    )
    from claude_api.models.refusal_stop_details import RefusalStopDetails
    from claude_api.models.refusal_stop_details_category import (
        RefusalStopDetailsCategory,
    )
    from claude_api.models.request_too_large_error import RequestTooLargeError
    from claude_api.models.search_result_block_param import SearchResultBlockParam
    from claude_api.models.server_tool_caller import ServerToolCaller
    from claude_api.models.server_tool_caller_20260120 import ServerToolCaller20260120
    from claude_api.models.server_tool_caller_20260120_param import (
        ServerToolCaller20260120Param,
    )
    from claude_api.models.server_tool_caller_param import ServerToolCallerParam
    from claude_api.models.server_tool_usage import ServerToolUsage
    from claude_api.models.server_tool_use_block import ServerToolUseBlock
    from claude_api.models.server_tool_use_block_input import ServerToolUseBlockInput
    from claude_api.models.server_tool_use_block_name import ServerToolUseBlockName
    from claude_api.models.server_tool_use_block_param import ServerToolUseBlockParam
    from claude_api.models.server_tool_use_block_param_input import (
        ServerToolUseBlockParamInput,
    )
    from claude_api.models.server_tools_capability import ServerToolsCapability
    from claude_api.models.signature_delta import SignatureDelta
    from claude_api.models.skill_params import SkillParams
    from claude_api.models.skill_params_type import SkillParamsType
    from claude_api.models.speed import Speed
    from claude_api.models.stop_reason import StopReason
    from claude_api.models.system_message_param import SystemMessageParam
    from claude_api.models.text_block import TextBlock
    from claude_api.models.text_block_param import TextBlockParam
    from claude_api.models.text_delta import TextDelta
    from claude_api.models.text_editor_code_execution_create_result_block import (
        TextEditorCodeExecutionCreateResultBlock,
    )
    from claude_api.models.text_editor_code_execution_create_result_block_param import (
        TextEditorCodeExecutionCreateResultBlockParam,
    )
    from claude_api.models.text_editor_code_execution_str_replace_result_block import (
        TextEditorCodeExecutionStrReplaceResultBlock,
    )
    from claude_api.models.text_editor_code_execution_str_replace_result_block_param import (
        TextEditorCodeExecutionStrReplaceResultBlockParam,
    )
    from claude_api.models.text_editor_code_execution_tool_result_block import (
        TextEditorCodeExecutionToolResultBlock,
    )
    from claude_api.models.text_editor_code_execution_tool_result_block_param import (
        TextEditorCodeExecutionToolResultBlockParam,
    )
    from claude_api.models.text_editor_code_execution_tool_result_error_object import (
        TextEditorCodeExecutionToolResultErrorObject,
    )
    from claude_api.models.text_editor_code_execution_tool_result_error_object_error_code import (
        TextEditorCodeExecutionToolResultErrorObjectErrorCode,
    )
    from claude_api.models.text_editor_code_execution_tool_result_error_param import (
        TextEditorCodeExecutionToolResultErrorParam,
    )
    from claude_api.models.text_editor_code_execution_view_result_block import (
        TextEditorCodeExecutionViewResultBlock,
    )
    from claude_api.models.text_editor_code_execution_view_result_block_file_type import (
        TextEditorCodeExecutionViewResultBlockFileType,
    )
    from claude_api.models.text_editor_code_execution_view_result_block_param import (
        TextEditorCodeExecutionViewResultBlockParam,
    )
    from claude_api.models.thinking_block import ThinkingBlock
    from claude_api.models.thinking_block_param import ThinkingBlockParam
    from claude_api.models.thinking_capability import ThinkingCapability
    from claude_api.models.thinking_config_adaptive_param import (
        ThinkingConfigAdaptiveParam,
    )
    from claude_api.models.thinking_config_between_tools_param import (
        ThinkingConfigBetweenToolsParam,
    )
    from claude_api.models.thinking_config_disabled_param import (
        ThinkingConfigDisabledParam,
    )
    from claude_api.models.thinking_config_enabled_param import (
        ThinkingConfigEnabledParam,
    )
    from claude_api.models.thinking_delta import ThinkingDelta
    from claude_api.models.thinking_display import ThinkingDisplay
    from claude_api.models.thinking_types import ThinkingTypes
    from claude_api.models.tool_allowed_caller import ToolAllowedCaller
    from claude_api.models.tool_bash_20250124_param import ToolBash20250124Param
    from claude_api.models.tool_bash_20250124_param_input_examples_item import (
        ToolBash20250124ParamInputExamplesItem,
    )
    from claude_api.models.tool_choice_any_param import ToolChoiceAnyParam
    from claude_api.models.tool_choice_auto_param import ToolChoiceAutoParam
    from claude_api.models.tool_choice_none_param import ToolChoiceNoneParam
    from claude_api.models.tool_choice_tool_param import ToolChoiceToolParam
    from claude_api.models.tool_param import ToolParam
    from claude_api.models.tool_param_input_examples_item import (
        ToolParamInputExamplesItem,
    )
    from claude_api.models.tool_param_input_schema_type_1 import (
        ToolParamInputSchemaType1,
    )
    from claude_api.models.tool_reference_block import ToolReferenceBlock
    from claude_api.models.tool_reference_block_param import ToolReferenceBlockParam
    from claude_api.models.tool_result_block_param import ToolResultBlockParam
    from claude_api.models.tool_search_tool_bm_2520251119_param import (
        ToolSearchToolBm2520251119Param,
    )
    from claude_api.models.tool_search_tool_bm_2520251119_param_type import (
        ToolSearchToolBm2520251119ParamType,
    )
    from claude_api.models.tool_search_tool_regex_20251119_param import (
        ToolSearchToolRegex20251119Param,
    )
    from claude_api.models.tool_search_tool_regex_20251119_param_type import (
        ToolSearchToolRegex20251119ParamType,
    )
    from claude_api.models.tool_search_tool_result_block import (
        ToolSearchToolResultBlock,
    )
    from claude_api.models.tool_search_tool_result_block_param import (
        ToolSearchToolResultBlockParam,
    )
    from claude_api.models.tool_search_tool_result_error_object import (
        ToolSearchToolResultErrorObject,
    )
    from claude_api.models.tool_search_tool_result_error_param import (
        ToolSearchToolResultErrorParam,
    )
    from claude_api.models.tool_search_tool_search_result_block import (
        ToolSearchToolSearchResultBlock,
    )
    from claude_api.models.tool_search_tool_search_result_block_param import (
        ToolSearchToolSearchResultBlockParam,
    )
    from claude_api.models.tool_text_editor_20250124_param import (
        ToolTextEditor20250124Param,
    )
    from claude_api.models.tool_text_editor_20250124_param_input_examples_item import (
        ToolTextEditor20250124ParamInputExamplesItem,
    )
    from claude_api.models.tool_text_editor_20250429_param import (
        ToolTextEditor20250429Param,
    )
    from claude_api.models.tool_text_editor_20250429_param_input_examples_item import (
        ToolTextEditor20250429ParamInputExamplesItem,
    )
    from claude_api.models.tool_text_editor_20250728_param import (
        ToolTextEditor20250728Param,
    )
    from claude_api.models.tool_text_editor_20250728_param_input_examples_item import (
        ToolTextEditor20250728ParamInputExamplesItem,
    )
    from claude_api.models.tool_use_block import ToolUseBlock
    from claude_api.models.tool_use_block_input import ToolUseBlockInput
    from claude_api.models.tool_use_block_param import ToolUseBlockParam
    from claude_api.models.tool_use_block_param_input import ToolUseBlockParamInput
    from claude_api.models.url_image_source_param import URLImageSourceParam
    from claude_api.models.urlpdf_source_param import URLPDFSourceParam
    from claude_api.models.usage import Usage
    from claude_api.models.usage_service_tier import UsageServiceTier
    from claude_api.models.user_location_param import UserLocationParam
    from claude_api.models.user_message_param import UserMessageParam
    from claude_api.models.web_fetch_block import WebFetchBlock
    from claude_api.models.web_fetch_block_param import WebFetchBlockParam
    from claude_api.models.web_fetch_tool_20250910_param import (
        WebFetchTool20250910Param,
    )
    from claude_api.models.web_fetch_tool_20260209_param import (
        WebFetchTool20260209Param,
    )
    from claude_api.models.web_fetch_tool_20260309_param import (
        WebFetchTool20260309Param,
    )
    from claude_api.models.web_fetch_tool_20260318_param import (
        WebFetchTool20260318Param,
    )
    from claude_api.models.web_fetch_tool_20260318_param_response_inclusion import (
        WebFetchTool20260318ParamResponseInclusion,
    )
    from claude_api.models.web_fetch_tool_result_block import WebFetchToolResultBlock
    from claude_api.models.web_fetch_tool_result_block_param import (
        WebFetchToolResultBlockParam,
    )
    from claude_api.models.web_fetch_tool_result_error_block import (
        WebFetchToolResultErrorBlock,
    )
    from claude_api.models.web_fetch_tool_result_error_block_error_code import (
        WebFetchToolResultErrorBlockErrorCode,
    )
    from claude_api.models.web_fetch_tool_result_error_block_param import (
        WebFetchToolResultErrorBlockParam,
    )
    from claude_api.models.web_fetch_url_source_all_param import (
        WebFetchURLSourceAllParam,
    )
    from claude_api.models.web_fetch_url_source_except_param import (
        WebFetchURLSourceExceptParam,
    )
    from claude_api.models.web_fetch_url_source_none_param import (
        WebFetchURLSourceNoneParam,
    )
    from claude_api.models.web_fetch_url_source_only_param import (
        WebFetchURLSourceOnlyParam,
    )
    from claude_api.models.web_fetch_url_source_tool_reference_param import (
        WebFetchURLSourceToolReferenceParam,
    )
    from claude_api.models.web_fetch_url_sources_param import WebFetchURLSourcesParam
    from claude_api.models.web_search_result_block import WebSearchResultBlock
    from claude_api.models.web_search_result_block_param import (
        WebSearchResultBlockParam,
    )
    from claude_api.models.web_search_tool_20250305_param import (
        WebSearchTool20250305Param,
    )
    from claude_api.models.web_search_tool_20260209_param import (
        WebSearchTool20260209Param,
    )
    from claude_api.models.web_search_tool_20260318_param import (
        WebSearchTool20260318Param,
    )
    from claude_api.models.web_search_tool_request_error_object_param import (
        WebSearchToolRequestErrorObjectParam,
    )
    from claude_api.models.web_search_tool_request_error_object_param_error_code import (
        WebSearchToolRequestErrorObjectParamErrorCode,
    )
    from claude_api.models.web_search_tool_result_block import WebSearchToolResultBlock
    from claude_api.models.web_search_tool_result_block_param import (
        WebSearchToolResultBlockParam,
    )
    from claude_api.models.web_search_tool_result_error_object import (
        WebSearchToolResultErrorObject,
    )

_MODULES: dict[str, str] = {
    "APIError": ".api_error",
    "AssistantMessageParam": ".assistant_message_param",
    "AuthenticationError": ".authentication_error",
    "Base64ImageSourceParam": ".base_64_image_source_param",
    "Base64ImageSourceParamMediaType": ".base_64_image_source_param_media_type",
    "Base64PDFSource": ".base_64pdf_source",
    "Base64PDFSourceParam": ".base_64pdf_source_param",
    "BashCodeExecutionOutputBlock": ".bash_code_execution_output_block",
    "BashCodeExecutionOutputBlockParam": ".bash_code_execution_output_block_param",
    "BashCodeExecutionResultBlock": ".bash_code_execution_result_block",
    "BashCodeExecutionResultBlockParam": ".bash_code_execution_result_block_param",
    "BashCodeExecutionToolResultBlock": ".bash_code_execution_tool_result_block",
    "BashCodeExecutionToolResultBlockParam": ".bash_code_execution_tool_result_block_param",
    "BashCodeExecutionToolResultErrorObject": ".bash_code_execution_tool_result_error_object",
    "BashCodeExecutionToolResultErrorObjectErrorCode": ".bash_code_execution_tool_result_error_object_error_code",
    "BashCodeExecutionToolResultErrorParam": ".bash_code_execution_tool_result_error_param",
    "BatchCreateParams": ".batch_create_params",
    "BillingError": ".billing_error",
    "BrowserCloseTabConfigParam": ".browser_close_tab_config_param",
    "BrowserDoubleClickConfigParam": ".browser_double_click_config_param",
    "BrowserFileUploadConfigParam": ".browser_file_upload_config_param",
    "BrowserFindConfigParam": ".browser_find_config_param",
    "BrowserFormInputConfigParam": ".browser_form_input_config_param",
    "BrowserGetPageTextConfigParam": ".browser_get_page_text_config_param",
    "BrowserHoldKeyConfigParam": ".browser_hold_key_config_param",
    "BrowserHoverConfigParam": ".browser_hover_config_param",
    "BrowserJavascriptExecConfigParam": ".browser_javascript_exec_config_param",
    "BrowserKeyConfigParam": ".browser_key_config_param",
    "BrowserLeftClickConfigParam": ".browser_left_click_config_param",
    "BrowserLeftClickDragConfigParam": ".browser_left_click_drag_config_param",
    "BrowserLeftMouseDownConfigParam": ".browser_left_mouse_down_config_param",
    "BrowserLeftMouseUpConfigParam": ".browser_left_mouse_up_config_param",
    "BrowserListTabsConfigParam": ".browser_list_tabs_config_param",
    "BrowserMiddleClickConfigParam": ".browser_middle_click_config_param",
    "BrowserMouseMoveConfigParam": ".browser_mouse_move_config_param",
    "BrowserNavigateConfigParam": ".browser_navigate_config_param",
    "BrowserNewTabConfigParam": ".browser_new_tab_config_param",
    "BrowserReadConsoleConfigParam": ".browser_read_console_config_param",
    "BrowserReadNetworkConfigParam": ".browser_read_network_config_param",
    "BrowserReadPageConfigParam": ".browser_read_page_config_param",
    "BrowserRightClickConfigParam": ".browser_right_click_config_param",
    "BrowserScreenshotConfigParam": ".browser_screenshot_config_param",
    "BrowserScrollConfigParam": ".browser_scroll_config_param",
    "BrowserScrollToConfigParam": ".browser_scroll_to_config_param",
    "BrowserStateBlockParam": ".browser_state_block_param",
    "BrowserStateChangeDownloadCompletedParam": ".browser_state_change_download_completed_param",
    "BrowserStateChangeDownloadFailedParam": ".browser_state_change_download_failed_param",
    "BrowserStateChangeDownloadStartedParam": ".browser_state_change_download_started_param",
    "BrowserStateChangeTabOpenedParam": ".browser_state_change_tab_opened_param",
    "BrowserStateTabEntryParam": ".browser_state_tab_entry_param",
    "BrowserSwitchTabConfigParam": ".browser_switch_tab_config_param",
    "BrowserToolset20260801Param": ".browser_toolset_20260801_param",
    "BrowserToolsetConfigsParam": ".browser_toolset_configs_param",
    "BrowserTripleClickConfigParam": ".browser_triple_click_config_param",
    "BrowserTypeConfigParam": ".browser_type_config_param",
    "BrowserWaitConfigParam": ".browser_wait_config_param",
    "BrowserZoomConfigParam": ".browser_zoom_config_param",
    "CacheControlEphemeralParam": ".cache_control_ephemeral_param",
    "CacheControlTtl": ".cache_control_ttl",
    "CacheCreation": ".cache_creation",
    "CacheMissMessagesChanged": ".cache_miss_messages_changed",
    "CacheMissModelChanged": ".cache_miss_model_changed",
    "CacheMissPreviousMessageNotFound": ".cache_miss_previous_message_not_found",
    "CacheMissSystemChanged": ".cache_miss_system_changed",
    "CacheMissToolsChanged": ".cache_miss_tools_changed",
    "CacheMissUnavailable": ".cache_miss_unavailable",
    "CapabilitySupport": ".capability_support",
    "CitationCharLocation": ".citation_char_location",
    "CitationCharLocationParam": ".citation_char_location_param",
    "CitationContentBlockLocation": ".citation_content_block_location",
    "CitationContentBlockLocationParam": ".citation_content_block_location_param",
    "CitationPageLocation": ".citation_page_location",
    "CitationPageLocationParam": ".citation_page_location_param",
    "CitationSearchResultLocationParam": ".citation_search_result_location_param",
    "CitationWebSearchResultLocationParam": ".citation_web_search_result_location_param",
    "CitationsConfig": ".citations_config",
    "CitationsConfigParam": ".citations_config_param",
    "CitationsDelta": ".citations_delta",
    "CitationsSearchResultLocation": ".citations_search_result_location",
    "CitationsWebSearchResultLocation": ".citations_web_search_result_location",
    "CodeExecutionOutputBlock": ".code_execution_output_block",
    "CodeExecutionOutputBlockParam": ".code_execution_output_block_param",
    "CodeExecutionResultBlock": ".code_execution_result_block",
    "CodeExecutionResultBlockParam": ".code_execution_result_block_param",
    "CodeExecutionTool20250522Param": ".code_execution_tool_20250522_param",
    "CodeExecutionTool20250825Param": ".code_execution_tool_20250825_param",
    "CodeExecutionTool20260120Param": ".code_execution_tool_20260120_param",
    "CodeExecutionTool20260521Param": ".code_execution_tool_20260521_param",
    "CodeExecutionToolResultBlock": ".code_execution_tool_result_block",
    "CodeExecutionToolResultBlockParam": ".code_execution_tool_result_block_param",
    "CodeExecutionToolResultErrorObject": ".code_execution_tool_result_error_object",
    "CodeExecutionToolResultErrorObjectErrorCode": ".code_execution_tool_result_error_object_error_code",
    "CodeExecutionToolResultErrorParam": ".code_execution_tool_result_error_param",
    "ComputerCursorPositionConfigParam": ".computer_cursor_position_config_param",
    "ComputerDoubleClickConfigParam": ".computer_double_click_config_param",
    "ComputerHoldKeyConfigParam": ".computer_hold_key_config_param",
    "ComputerKeyConfigParam": ".computer_key_config_param",
    "ComputerLeftClickConfigParam": ".computer_left_click_config_param",
    "ComputerLeftClickDragConfigParam": ".computer_left_click_drag_config_param",
    "ComputerLeftMouseDownConfigParam": ".computer_left_mouse_down_config_param",
    "ComputerLeftMouseUpConfigParam": ".computer_left_mouse_up_config_param",
    "ComputerMiddleClickConfigParam": ".computer_middle_click_config_param",
    "ComputerMouseMoveConfigParam": ".computer_mouse_move_config_param",
    "ComputerRightClickConfigParam": ".computer_right_click_config_param",
    "ComputerScreenshotConfigParam": ".computer_screenshot_config_param",
    "ComputerScrollConfigParam": ".computer_scroll_config_param",
    "ComputerToolset20260801Param": ".computer_toolset_20260801_param",
    "ComputerToolsetConfigsParam": ".computer_toolset_configs_param",
    "ComputerTripleClickConfigParam": ".computer_triple_click_config_param",
    "ComputerTypeConfigParam": ".computer_type_config_param",
    "ComputerWaitConfigParam": ".computer_wait_config_param",
    "ComputerZoomConfigParam": ".computer_zoom_config_param",
    "Container": ".container",
    "ContainerParams": ".container_params",
    "ContainerSkill": ".container_skill",
    "ContainerSkillType": ".container_skill_type",
    "ContainerUploadBlock": ".container_upload_block",
    "ContainerUploadBlockParam": ".container_upload_block_param",
    "ContentBlockDeltaEvent": ".content_block_delta_event",
    "ContentBlockSourceParam": ".content_block_source_param",
    "ContentBlockStartEvent": ".content_block_start_event",
    "ContentBlockStopEvent": ".content_block_stop_event",
    "ContextManagementCapability": ".context_management_capability",
    "DeletedMessageBatch": ".deleted_message_batch",
    "Diagnostics": ".diagnostics",
    "DiagnosticsParam": ".diagnostics_param",
    "DirectCaller": ".direct_caller",
    "DirectCallerParam": ".direct_caller_param",
    "DocumentBlock": ".document_block",
    "DocumentBlockParam": ".document_block_param",
    "EffortCapability": ".effort_capability",
    "EncryptedCodeExecutionResultBlock": ".encrypted_code_execution_result_block",
    "EncryptedCodeExecutionResultBlockParam": ".encrypted_code_execution_result_block_param",
    "ErrorEvent": ".error_event",
    "ErrorResponse": ".error_response",
    "ErrorType": ".error_type",
    "FileDocumentSourceParam": ".file_document_source_param",
    "FileImageSourceParam": ".file_image_source_param",
    "GatewayTimeoutError": ".gateway_timeout_error",
    "ImageBlockParam": ".image_block_param",
    "ImageTransformationsParam": ".image_transformations_param",
    "ImageTransformationsParamOversizedImage": ".image_transformations_param_oversized_image",
    "InputJSONDelta": ".input_json_delta",
    "InputSchema": ".input_schema",
    "InputSchemaPropertiesType0": ".input_schema_properties_type_0",
    "InvalidRequestError": ".invalid_request_error",
    "JSONOutputFormatParam": ".json_output_format_param",
    "JSONOutputFormatParamSchema": ".json_output_format_param_schema",
    "ListMessageBatchesResponse": ".list_message_batches_response",
    "ListModelsResponse": ".list_models_response",
    "MemoryTool20250818Param": ".memory_tool_20250818_param",
    "MemoryTool20250818ParamInputExamplesItem": ".memory_tool_20250818_param_input_examples_item",
    "Message": ".message",
    "MessageBatch": ".message_batch",
    "MessageBatchCanceledResult": ".message_batch_canceled_result",
    "MessageBatchErroredResult": ".message_batch_errored_result",
    "MessageBatchExpiredResult": ".message_batch_expired_result",
    "MessageBatchIndividualResponse": ".message_batch_individual_response",
    "MessageBatchProcessingStatus": ".message_batch_processing_status",
    "MessageBatchRequestCounts": ".message_batch_request_counts",
    "MessageBatchRequestParam": ".message_batch_request_param",
    "MessageBatchSucceededResult": ".message_batch_succeeded_result",
    "MessageCountTokensParams": ".message_count_tokens_params",
    "MessageCreateParams": ".message_create_params",
    "MessageCreateParamsServiceTier": ".message_create_params_service_tier",
    "MessageDelta": ".message_delta",
    "MessageDeltaEvent": ".message_delta_event",
    "MessageDeltaUsage": ".message_delta_usage",
    "MessageStartEvent": ".message_start_event",
    "MessageStopEvent": ".message_stop_event",
    "MessageTokensCount": ".message_tokens_count",
    "MetadataParam": ".metadata_param",
    "ModelCapabilities": ".model_capabilities",
    "ModelInfo": ".model_info",
    "ModelInfoLifecycle": ".model_info_lifecycle",
    "ModelInfoLine": ".model_info_line",
    "NotFoundError": ".not_found_error",
    "OutputConfigParam": ".output_config_param",
    "OutputConfigParamEffort": ".output_config_param_effort",
    "OutputTokensDetails": ".output_tokens_details",
    "OverloadedError": ".overloaded_error",
    "PermissionError_": ".permission_error",
    "PingEvent": ".ping_event",
    "PlainTextSource": ".plain_text_source",
    "PlainTextSourceParam": ".plain_text_source_param",
    "RateLimitError": ".rate_limit_error",
    "RedactedThinkingBlock": ".redacted_thinking_block",
    "RedactedThinkingBlockParam": ".redacted_thinking_block_param",
    "RefusalStopDetails": ".refusal_stop_details",
    "RefusalStopDetailsCategory": ".refusal_stop_details_category",
    "RequestTooLargeError": ".request_too_large_error",
    "SearchResultBlockParam": ".search_result_block_param",
    "ServerToolCaller": ".server_tool_caller",
    "ServerToolCaller20260120": ".server_tool_caller_20260120",
    "ServerToolCaller20260120Param": ".server_tool_caller_20260120_param",
    "ServerToolCallerParam": ".server_tool_caller_param",
    "ServerToolUsage": ".server_tool_usage",
    "ServerToolUseBlock": ".server_tool_use_block",
    "ServerToolUseBlockInput": ".server_tool_use_block_input",
    "ServerToolUseBlockName": ".server_tool_use_block_name",
    "ServerToolUseBlockParam": ".server_tool_use_block_param",
    "ServerToolUseBlockParamInput": ".server_tool_use_block_param_input",
    "ServerToolsCapability": ".server_tools_capability",
    "SignatureDelta": ".signature_delta",
    "SkillParams": ".skill_params",
    "SkillParamsType": ".skill_params_type",
    "Speed": ".speed",
    "StopReason": ".stop_reason",
    "SystemMessageParam": ".system_message_param",
    "TextBlock": ".text_block",
    "TextBlockParam": ".text_block_param",
    "TextDelta": ".text_delta",
    "TextEditorCodeExecutionCreateResultBlock": ".text_editor_code_execution_create_result_block",
    "TextEditorCodeExecutionCreateResultBlockParam": ".text_editor_code_execution_create_result_block_param",
    "TextEditorCodeExecutionStrReplaceResultBlock": ".text_editor_code_execution_str_replace_result_block",
    "TextEditorCodeExecutionStrReplaceResultBlockParam": ".text_editor_code_execution_str_replace_result_block_param",
    "TextEditorCodeExecutionToolResultBlock": ".text_editor_code_execution_tool_result_block",
    "TextEditorCodeExecutionToolResultBlockParam": ".text_editor_code_execution_tool_result_block_param",
    "TextEditorCodeExecutionToolResultErrorObject": ".text_editor_code_execution_tool_result_error_object",
    "TextEditorCodeExecutionToolResultErrorObjectErrorCode": ".text_editor_code_execution_tool_result_error_object_error_code",
    "TextEditorCodeExecutionToolResultErrorParam": ".text_editor_code_execution_tool_result_error_param",
    "TextEditorCodeExecutionViewResultBlock": ".text_editor_code_execution_view_result_block",
    "TextEditorCodeExecutionViewResultBlockFileType": ".text_editor_code_execution_view_result_block_file_type",
    "TextEditorCodeExecutionViewResultBlockParam": ".text_editor_code_execution_view_result_block_param",
    "ThinkingBlock": ".thinking_block",
    "ThinkingBlockParam": ".thinking_block_param",
    "ThinkingCapability": ".thinking_capability",
    "ThinkingConfigAdaptiveParam": ".thinking_config_adaptive_param",
    "ThinkingConfigBetweenToolsParam": ".thinking_config_between_tools_param",
    "ThinkingConfigDisabledParam": ".thinking_config_disabled_param",
    "ThinkingConfigEnabledParam": ".thinking_config_enabled_param",
    "ThinkingDelta": ".thinking_delta",
    "ThinkingDisplay": ".thinking_display",
    "ThinkingTypes": ".thinking_types",
    "ToolAllowedCaller": ".tool_allowed_caller",
    "ToolBash20250124Param": ".tool_bash_20250124_param",
    "ToolBash20250124ParamInputExamplesItem": ".tool_bash_20250124_param_input_examples_item",
    "ToolChoiceAnyParam": ".tool_choice_any_param",
    "ToolChoiceAutoParam": ".tool_choice_auto_param",
    "ToolChoiceNoneParam": ".tool_choice_none_param",
    "ToolChoiceToolParam": ".tool_choice_tool_param",
    "ToolParam": ".tool_param",
    "ToolParamInputExamplesItem": ".tool_param_input_examples_item",
    "ToolParamInputSchemaType1": ".tool_param_input_schema_type_1",
    "ToolReferenceBlock": ".tool_reference_block",
    "ToolReferenceBlockParam": ".tool_reference_block_param",
    "ToolResultBlockParam": ".tool_result_block_param",
    "ToolSearchToolBm2520251119Param": ".tool_search_tool_bm_2520251119_param",
    "ToolSearchToolBm2520251119ParamType": ".tool_search_tool_bm_2520251119_param_type",
    "ToolSearchToolRegex20251119Param": ".tool_search_tool_regex_20251119_param",
    "ToolSearchToolRegex20251119ParamType": ".tool_search_tool_regex_20251119_param_type",
    "ToolSearchToolResultBlock": ".tool_search_tool_result_block",
    "ToolSearchToolResultBlockParam": ".tool_search_tool_result_block_param",
    "ToolSearchToolResultErrorObject": ".tool_search_tool_result_error_object",
    "ToolSearchToolResultErrorParam": ".tool_search_tool_result_error_param",
    "ToolSearchToolSearchResultBlock": ".tool_search_tool_search_result_block",
    "ToolSearchToolSearchResultBlockParam": ".tool_search_tool_search_result_block_param",
    "ToolTextEditor20250124Param": ".tool_text_editor_20250124_param",
    "ToolTextEditor20250124ParamInputExamplesItem": ".tool_text_editor_20250124_param_input_examples_item",
    "ToolTextEditor20250429Param": ".tool_text_editor_20250429_param",
    "ToolTextEditor20250429ParamInputExamplesItem": ".tool_text_editor_20250429_param_input_examples_item",
    "ToolTextEditor20250728Param": ".tool_text_editor_20250728_param",
    "ToolTextEditor20250728ParamInputExamplesItem": ".tool_text_editor_20250728_param_input_examples_item",
    "ToolUseBlock": ".tool_use_block",
    "ToolUseBlockInput": ".tool_use_block_input",
    "ToolUseBlockParam": ".tool_use_block_param",
    "ToolUseBlockParamInput": ".tool_use_block_param_input",
    "URLImageSourceParam": ".url_image_source_param",
    "URLPDFSourceParam": ".urlpdf_source_param",
    "Usage": ".usage",
    "UsageServiceTier": ".usage_service_tier",
    "UserLocationParam": ".user_location_param",
    "UserMessageParam": ".user_message_param",
    "WebFetchBlock": ".web_fetch_block",
    "WebFetchBlockParam": ".web_fetch_block_param",
    "WebFetchTool20250910Param": ".web_fetch_tool_20250910_param",
    "WebFetchTool20260209Param": ".web_fetch_tool_20260209_param",
    "WebFetchTool20260309Param": ".web_fetch_tool_20260309_param",
    "WebFetchTool20260318Param": ".web_fetch_tool_20260318_param",
    "WebFetchTool20260318ParamResponseInclusion": ".web_fetch_tool_20260318_param_response_inclusion",
    "WebFetchToolResultBlock": ".web_fetch_tool_result_block",
    "WebFetchToolResultBlockParam": ".web_fetch_tool_result_block_param",
    "WebFetchToolResultErrorBlock": ".web_fetch_tool_result_error_block",
    "WebFetchToolResultErrorBlockErrorCode": ".web_fetch_tool_result_error_block_error_code",
    "WebFetchToolResultErrorBlockParam": ".web_fetch_tool_result_error_block_param",
    "WebFetchURLSourceAllParam": ".web_fetch_url_source_all_param",
    "WebFetchURLSourceExceptParam": ".web_fetch_url_source_except_param",
    "WebFetchURLSourceNoneParam": ".web_fetch_url_source_none_param",
    "WebFetchURLSourceOnlyParam": ".web_fetch_url_source_only_param",
    "WebFetchURLSourceToolReferenceParam": ".web_fetch_url_source_tool_reference_param",
    "WebFetchURLSourcesParam": ".web_fetch_url_sources_param",
    "WebSearchResultBlock": ".web_search_result_block",
    "WebSearchResultBlockParam": ".web_search_result_block_param",
    "WebSearchTool20250305Param": ".web_search_tool_20250305_param",
    "WebSearchTool20260209Param": ".web_search_tool_20260209_param",
    "WebSearchTool20260318Param": ".web_search_tool_20260318_param",
    "WebSearchToolRequestErrorObjectParam": ".web_search_tool_request_error_object_param",
    "WebSearchToolRequestErrorObjectParamErrorCode": ".web_search_tool_request_error_object_param_error_code",
    "WebSearchToolResultBlock": ".web_search_tool_result_block",
    "WebSearchToolResultBlockParam": ".web_search_tool_result_block_param",
    "WebSearchToolResultErrorObject": ".web_search_tool_result_error_object",
}


def __getattr__(name: str) -> Any:
    module = _MODULES.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(module, __name__), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(_MODULES)


__all__ = (
    "APIError",
    "AssistantMessageParam",
    "AuthenticationError",
    "Base64ImageSourceParam",
    "Base64ImageSourceParamMediaType",
    "Base64PDFSource",
    "Base64PDFSourceParam",
    "BashCodeExecutionOutputBlock",
    "BashCodeExecutionOutputBlockParam",
    "BashCodeExecutionResultBlock",
    "BashCodeExecutionResultBlockParam",
    "BashCodeExecutionToolResultBlock",
    "BashCodeExecutionToolResultBlockParam",
    "BashCodeExecutionToolResultErrorObject",
    "BashCodeExecutionToolResultErrorObjectErrorCode",
    "BashCodeExecutionToolResultErrorParam",
    "BatchCreateParams",
    "BillingError",
    "BrowserCloseTabConfigParam",
    "BrowserDoubleClickConfigParam",
    "BrowserFileUploadConfigParam",
    "BrowserFindConfigParam",
    "BrowserFormInputConfigParam",
    "BrowserGetPageTextConfigParam",
    "BrowserHoldKeyConfigParam",
    "BrowserHoverConfigParam",
    "BrowserJavascriptExecConfigParam",
    "BrowserKeyConfigParam",
    "BrowserLeftClickConfigParam",
    "BrowserLeftClickDragConfigParam",
    "BrowserLeftMouseDownConfigParam",
    "BrowserLeftMouseUpConfigParam",
    "BrowserListTabsConfigParam",
    "BrowserMiddleClickConfigParam",
    "BrowserMouseMoveConfigParam",
    "BrowserNavigateConfigParam",
    "BrowserNewTabConfigParam",
    "BrowserReadConsoleConfigParam",
    "BrowserReadNetworkConfigParam",
    "BrowserReadPageConfigParam",
    "BrowserRightClickConfigParam",
    "BrowserScreenshotConfigParam",
    "BrowserScrollConfigParam",
    "BrowserScrollToConfigParam",
    "BrowserStateBlockParam",
    "BrowserStateChangeDownloadCompletedParam",
    "BrowserStateChangeDownloadFailedParam",
    "BrowserStateChangeDownloadStartedParam",
    "BrowserStateChangeTabOpenedParam",
    "BrowserStateTabEntryParam",
    "BrowserSwitchTabConfigParam",
    "BrowserToolset20260801Param",
    "BrowserToolsetConfigsParam",
    "BrowserTripleClickConfigParam",
    "BrowserTypeConfigParam",
    "BrowserWaitConfigParam",
    "BrowserZoomConfigParam",
    "CacheControlEphemeralParam",
    "CacheControlTtl",
    "CacheCreation",
    "CacheMissMessagesChanged",
    "CacheMissModelChanged",
    "CacheMissPreviousMessageNotFound",
    "CacheMissSystemChanged",
    "CacheMissToolsChanged",
    "CacheMissUnavailable",
    "CapabilitySupport",
    "CitationCharLocation",
    "CitationCharLocationParam",
    "CitationContentBlockLocation",
    "CitationContentBlockLocationParam",
    "CitationPageLocation",
    "CitationPageLocationParam",
    "CitationsConfig",
    "CitationsConfigParam",
    "CitationsDelta",
    "CitationSearchResultLocationParam",
    "CitationsSearchResultLocation",
    "CitationsWebSearchResultLocation",
    "CitationWebSearchResultLocationParam",
    "CodeExecutionOutputBlock",
    "CodeExecutionOutputBlockParam",
    "CodeExecutionResultBlock",
    "CodeExecutionResultBlockParam",
    "CodeExecutionTool20250522Param",
    "CodeExecutionTool20250825Param",
    "CodeExecutionTool20260120Param",
    "CodeExecutionTool20260521Param",
    "CodeExecutionToolResultBlock",
    "CodeExecutionToolResultBlockParam",
    "CodeExecutionToolResultErrorObject",
    "CodeExecutionToolResultErrorObjectErrorCode",
    "CodeExecutionToolResultErrorParam",
    "ComputerCursorPositionConfigParam",
    "ComputerDoubleClickConfigParam",
    "ComputerHoldKeyConfigParam",
    "ComputerKeyConfigParam",
    "ComputerLeftClickConfigParam",
    "ComputerLeftClickDragConfigParam",
    "ComputerLeftMouseDownConfigParam",
    "ComputerLeftMouseUpConfigParam",
    "ComputerMiddleClickConfigParam",
    "ComputerMouseMoveConfigParam",
    "ComputerRightClickConfigParam",
    "ComputerScreenshotConfigParam",
    "ComputerScrollConfigParam",
    "ComputerToolset20260801Param",
    "ComputerToolsetConfigsParam",
    "ComputerTripleClickConfigParam",
    "ComputerTypeConfigParam",
    "ComputerWaitConfigParam",
    "ComputerZoomConfigParam",
    "Container",
    "ContainerParams",
    "ContainerSkill",
    "ContainerSkillType",
    "ContainerUploadBlock",
    "ContainerUploadBlockParam",
    "ContentBlockDeltaEvent",
    "ContentBlockSourceParam",
    "ContentBlockStartEvent",
    "ContentBlockStopEvent",
    "ContextManagementCapability",
    "DeletedMessageBatch",
    "Diagnostics",
    "DiagnosticsParam",
    "DirectCaller",
    "DirectCallerParam",
    "DocumentBlock",
    "DocumentBlockParam",
    "EffortCapability",
    "EncryptedCodeExecutionResultBlock",
    "EncryptedCodeExecutionResultBlockParam",
    "ErrorEvent",
    "ErrorResponse",
    "ErrorType",
    "FileDocumentSourceParam",
    "FileImageSourceParam",
    "GatewayTimeoutError",
    "ImageBlockParam",
    "ImageTransformationsParam",
    "ImageTransformationsParamOversizedImage",
    "InputJSONDelta",
    "InputSchema",
    "InputSchemaPropertiesType0",
    "InvalidRequestError",
    "JSONOutputFormatParam",
    "JSONOutputFormatParamSchema",
    "ListMessageBatchesResponse",
    "ListModelsResponse",
    "MemoryTool20250818Param",
    "MemoryTool20250818ParamInputExamplesItem",
    "Message",
    "MessageBatch",
    "MessageBatchCanceledResult",
    "MessageBatchErroredResult",
    "MessageBatchExpiredResult",
    "MessageBatchIndividualResponse",
    "MessageBatchProcessingStatus",
    "MessageBatchRequestCounts",
    "MessageBatchRequestParam",
    "MessageBatchSucceededResult",
    "MessageCountTokensParams",
    "MessageCreateParams",
    "MessageCreateParamsServiceTier",
    "MessageDelta",
    "MessageDeltaEvent",
    "MessageDeltaUsage",
    "MessageStartEvent",
    "MessageStopEvent",
    "MessageTokensCount",
    "MetadataParam",
    "ModelCapabilities",
    "ModelInfo",
    "ModelInfoLifecycle",
    "ModelInfoLine",
    "NotFoundError",
    "OutputConfigParam",
    "OutputConfigParamEffort",
    "OutputTokensDetails",
    "OverloadedError",
    "PermissionError_",
    "PingEvent",
    "PlainTextSource",
    "PlainTextSourceParam",
    "RateLimitError",
    "RedactedThinkingBlock",
    "RedactedThinkingBlockParam",
    "RefusalStopDetails",
    "RefusalStopDetailsCategory",
    "RequestTooLargeError",
    "SearchResultBlockParam",
    "ServerToolCaller",
    "ServerToolCaller20260120",
    "ServerToolCaller20260120Param",
    "ServerToolCallerParam",
    "ServerToolsCapability",
    "ServerToolUsage",
    "ServerToolUseBlock",
    "ServerToolUseBlockInput",
    "ServerToolUseBlockName",
    "ServerToolUseBlockParam",
    "ServerToolUseBlockParamInput",
    "SignatureDelta",
    "SkillParams",
    "SkillParamsType",
    "Speed",
    "StopReason",
    "SystemMessageParam",
    "TextBlock",
    "TextBlockParam",
    "TextDelta",
    "TextEditorCodeExecutionCreateResultBlock",
    "TextEditorCodeExecutionCreateResultBlockParam",
    "TextEditorCodeExecutionStrReplaceResultBlock",
    "TextEditorCodeExecutionStrReplaceResultBlockParam",
    "TextEditorCodeExecutionToolResultBlock",
    "TextEditorCodeExecutionToolResultBlockParam",
    "TextEditorCodeExecutionToolResultErrorObject",
    "TextEditorCodeExecutionToolResultErrorObjectErrorCode",
    "TextEditorCodeExecutionToolResultErrorParam",
    "TextEditorCodeExecutionViewResultBlock",
    "TextEditorCodeExecutionViewResultBlockFileType",
    "TextEditorCodeExecutionViewResultBlockParam",
    "ThinkingBlock",
    "ThinkingBlockParam",
    "ThinkingCapability",
    "ThinkingConfigAdaptiveParam",
    "ThinkingConfigBetweenToolsParam",
    "ThinkingConfigDisabledParam",
    "ThinkingConfigEnabledParam",
    "ThinkingDelta",
    "ThinkingDisplay",
    "ThinkingTypes",
    "ToolAllowedCaller",
    "ToolBash20250124Param",
    "ToolBash20250124ParamInputExamplesItem",
    "ToolChoiceAnyParam",
    "ToolChoiceAutoParam",
    "ToolChoiceNoneParam",
    "ToolChoiceToolParam",
    "ToolParam",
    "ToolParamInputExamplesItem",
    "ToolParamInputSchemaType1",
    "ToolReferenceBlock",
    "ToolReferenceBlockParam",
    "ToolResultBlockParam",
    "ToolSearchToolBm2520251119Param",
    "ToolSearchToolBm2520251119ParamType",
    "ToolSearchToolRegex20251119Param",
    "ToolSearchToolRegex20251119ParamType",
    "ToolSearchToolResultBlock",
    "ToolSearchToolResultBlockParam",
    "ToolSearchToolResultErrorObject",
    "ToolSearchToolResultErrorParam",
    "ToolSearchToolSearchResultBlock",
    "ToolSearchToolSearchResultBlockParam",
    "ToolTextEditor20250124Param",
    "ToolTextEditor20250124ParamInputExamplesItem",
    "ToolTextEditor20250429Param",
    "ToolTextEditor20250429ParamInputExamplesItem",
    "ToolTextEditor20250728Param",
    "ToolTextEditor20250728ParamInputExamplesItem",
    "ToolUseBlock",
    "ToolUseBlockInput",
    "ToolUseBlockParam",
    "ToolUseBlockParamInput",
    "URLImageSourceParam",
    "URLPDFSourceParam",
    "Usage",
    "UsageServiceTier",
    "UserLocationParam",
    "UserMessageParam",
    "WebFetchBlock",
    "WebFetchBlockParam",
    "WebFetchTool20250910Param",
    "WebFetchTool20260209Param",
    "WebFetchTool20260309Param",
    "WebFetchTool20260318Param",
    "WebFetchTool20260318ParamResponseInclusion",
    "WebFetchToolResultBlock",
    "WebFetchToolResultBlockParam",
    "WebFetchToolResultErrorBlock",
    "WebFetchToolResultErrorBlockErrorCode",
    "WebFetchToolResultErrorBlockParam",
    "WebFetchURLSourceAllParam",
    "WebFetchURLSourceExceptParam",
    "WebFetchURLSourceNoneParam",
    "WebFetchURLSourceOnlyParam",
    "WebFetchURLSourcesParam",
    "WebFetchURLSourceToolReferenceParam",
    "WebSearchResultBlock",
    "WebSearchResultBlockParam",
    "WebSearchTool20250305Param",
    "WebSearchTool20260209Param",
    "WebSearchTool20260318Param",
    "WebSearchToolRequestErrorObjectParam",
    "WebSearchToolRequestErrorObjectParamErrorCode",
    "WebSearchToolResultBlock",
    "WebSearchToolResultBlockParam",
    "WebSearchToolResultErrorObject",
)
