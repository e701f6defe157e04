"""Realistic wire examples of the Claude API, as plain JSON data (dicts, lists, strings).

They follow what the API sends and accepts (the published reference and the official SDK's
types), one per content block type, tool version, citation location, delta, stream event, error
type, batch status and batch result type, plus full requests and responses. Tests import them
(``from spec import examples`` from a test module in ``tests/``, or ``from . import examples``
inside ``tests/spec``); `tests/spec/test_examples.py` checks that every one validates against
the spec, parses into the right generated class and round-trips.

Each group is a dict keyed by the union tag (the wire ``type``), so that a test can check that
a group covers every member of its union. ``*_VARIANTS`` hold further forms of the same types
(other sources, error results...), keyed ``"<type>/<what>"``. Treat everything as read-only:
copy before changing (``copy.deepcopy``).
"""

from __future__ import annotations

from typing import Any

JSON = dict[str, Any]

MODEL = "claude-sonnet-4-5-20250929"
REQUEST_ID = "req_011CSHoEeqs5C35K2UUqR7Fy"
TOOL_USE_ID = "toolu_01A09q90qw90lq917835lq9"
SERVER_TOOL_USE_ID = "srvtoolu_01WYG3ziw53XMcoyKL4XcZmE"
FILE_ID = "file_011CNha8iCJcU1wXNR6q4V8w"
BATCH_ID = "msgbatch_01HkcTjaV5uDC8jWR4ZsDV8d"
PNG_1PX = (  # a 1x1 PNG
    "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42"
    "mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg=="
)
PDF_BASE64 = (
    "JVBERi0xLjQKMSAwIG9iago8PCAvVHlwZSAvQ2F0YWxvZyA+PgplbmRvYmoKdHJhaWxlcgo8PD4+CiUlRU9GCg=="
)
WEATHER_INPUT_SCHEMA: JSON = {
    "type": "object",
    "properties": {
        "location": {"type": "string", "description": "The city and state, e.g. San Francisco, CA"},
        "unit": {"type": "string", "enum": ["celsius", "fahrenheit"]},
    },
    "required": ["location"],
}

# --- sources and callers -------------------------------------------------------------------

# Where an image comes from (`ImageSourceParam`), keyed by type.
IMAGE_SOURCES: dict[str, JSON] = {
    "base64": {"type": "base64", "media_type": "image/png", "data": PNG_1PX},
    "url": {
        "type": "url",
        "url": "https://upload.wikimedia.org/wikipedia/commons/a/a7/Camponotus_flavomarginatus_ant.jpg",
    },
    "file": {"type": "file", "file_id": FILE_ID},
}

# Where a document comes from (`DocumentSourceParam`), keyed by type.
DOCUMENT_SOURCES: dict[str, JSON] = {
    "base64": {"type": "base64", "media_type": "application/pdf", "data": PDF_BASE64},
    "text": {"type": "text", "media_type": "text/plain", "data": "Forecast: sunny, 21 °C."},
    "content": {
        "type": "content",
        "content": [
            {"type": "text", "text": "First section of the handbook."},
            {"type": "text", "text": "Second section of the handbook."},
            {
                "type": "image",
                "source": {
                    "type": "base64",
                    "media_type": "image/gif",
                    "data": "R0lGODlhAQABAAAAACw=",
                },
            },
        ],
    },
    "url": {"type": "url", "url": "https://example.com/whitepaper.pdf"},
    "file": {"type": "file", "file_id": FILE_ID},
}

# Who called a tool (`ToolCaller` in responses, `ToolCallerParam` in requests), keyed by type:
# the model directly, or code it ran in a code execution tool (programmatic tool calling).
TOOL_CALLERS: dict[str, JSON] = {
    "direct": {"type": "direct"},
    "code_execution_20250825": {
        "type": "code_execution_20250825",
        "tool_id": "srvtoolu_01A2B3C4D5E6F7G8H9J0K1L2M3",
    },
    "code_execution_20260120": {
        "type": "code_execution_20260120",
        "tool_id": "srvtoolu_01A2B3C4D5E6F7G8H9J0K1L2M3",
    },
}
TOOL_CALLER_PARAMS: dict[str, JSON] = TOOL_CALLERS

# --- citations ------------------------------------------------------------------------------

# Output citation locations (`TextCitation`), keyed by type.
TEXT_CITATIONS: dict[str, JSON] = {
    "char_location": {
        "type": "char_location",
        "cited_text": "The Eiffel Tower is 330 metres (1,083 ft) tall.",
        "document_index": 0,
        "document_title": "Eiffel Tower facts",
        "start_char_index": 0,
        "end_char_index": 47,
        "file_id": None,
    },
    "page_location": {
        "type": "page_location",
        "cited_text": "Revenue grew 12% year over year, to $4.2 billion.",
        "document_index": 1,
        "document_title": "Annual report 2024",
        "start_page_number": 3,
        "end_page_number": 4,
        "file_id": FILE_ID,
    },
    "content_block_location": {
        "type": "content_block_location",
        "cited_text": "Water boils at 100 °C at sea level.",
        "document_index": 2,
        "document_title": None,
        "start_block_index": 1,
        "end_block_index": 2,
        "file_id": None,
    },
    "web_search_result_location": {
        "type": "web_search_result_location",
        "cited_text": "The tower is 330 metres tall, about as high as an 81-storey building.",
        "url": "https://en.wikipedia.org/wiki/Eiffel_Tower",
        "title": "Eiffel Tower - Wikipedia",
        "encrypted_index": "EpMBCioIAhgBIiQ3YTgwN2E3Ny1hNWYzLTQ1ZjEtYTM4OS1hNGUxMjlkNGI0NTASDA",
    },
    "search_result_location": {
        "type": "search_result_location",
        "cited_text": "Run `pip install claude-openapi` to install the client.",
        "source": "https://docs.example.com/install",
        "title": "Installation guide",
        "search_result_index": 0,
        "start_block_index": 0,
        "end_block_index": 0,
    },
}

# Citation locations sent back in earlier turns (`TextCitationParam`), keyed by type.
TEXT_CITATION_PARAMS: dict[str, JSON] = {
    "char_location": {
        "type": "char_location",
        "cited_text": "The Eiffel Tower is 330 metres (1,083 ft) tall.",
        "document_index": 0,
        "document_title": "Eiffel Tower facts",
        "start_char_index": 0,
        "end_char_index": 47,
    },
    "page_location": {
        "type": "page_location",
        "cited_text": "Revenue grew 12% year over year, to $4.2 billion.",
        "document_index": 1,
        "document_title": None,
        "start_page_number": 3,
        "end_page_number": 4,
    },
    "content_block_location": {
        "type": "content_block_location",
        "cited_text": "Water boils at 100 °C at sea level.",
        "document_index": 2,
        "document_title": "Kitchen science",
        "start_block_index": 1,
        "end_block_index": 2,
    },
    "web_search_result_location": {
        "type": "web_search_result_location",
        "cited_text": "The tower is 330 metres tall, about as high as an 81-storey building.",
        "url": "https://en.wikipedia.org/wiki/Eiffel_Tower",
        "title": "Eiffel Tower - Wikipedia",
        "encrypted_index": "EpMBCioIAhgBIiQ3YTgwN2E3Ny1hNWYzLTQ1ZjEtYTM4OS1hNGUxMjlkNGI0NTASDA",
    },
    "search_result_location": {
        "type": "search_result_location",
        "cited_text": "Run `pip install claude-openapi` to install the client.",
        "source": "https://docs.example.com/install",
        "title": None,
        "search_result_index": 0,
        "start_block_index": 0,
        "end_block_index": 0,
    },
}

# --- output content blocks (`ContentBlock`) --------------------------------------------------

WEB_SEARCH_RESULT: JSON = {
    "type": "web_search_result",
    "url": "https://en.wikipedia.org/wiki/Eiffel_Tower",
    "title": "Eiffel Tower - Wikipedia",
    "encrypted_content": "EqgfCioIARgBIiQ3YTgwN2E3Ny1hNWYzLTQ1ZjEtYTM4OS1hNGUxMjlkNGI0NTASDJ",
    "page_age": "April 30, 2025",
}

CONTENT_BLOCKS: dict[str, JSON] = {
    "text": {
        "type": "text",
        "text": "The Eiffel Tower is 330 metres tall.",
        "citations": [TEXT_CITATIONS["char_location"]],
    },
    "thinking": {
        "type": "thinking",
        "thinking": "The user asks for the height. The document says 330 metres; answer with that.",
        "signature": "ErUBCkYIBRgCIkDcmL8MNkT5ODJQ8RDE4mJMPOoZyL0e2jkGqSKNwbtGSkPB5F2U0Q",
    },
    "redacted_thinking": {
        "type": "redacted_thinking",
        "data": "EmwKAhgBEgy3va3pzix/LafPsn4aDFIT2Xlxh0L5L8rLVyIwxtE3rAFBa8cr3qpPkNRj2YfWXGmKDxH",
    },
    "tool_use": {
        "type": "tool_use",
        "id": TOOL_USE_ID,
        "name": "get_weather",
        "input": {"location": "San Francisco, CA", "unit": "celsius"},
        "caller": {"type": "direct"},
    },
    "server_tool_use": {
        "type": "server_tool_use",
        "id": SERVER_TOOL_USE_ID,
        "name": "web_search",
        "input": {"query": "eiffel tower height"},
    },
    "web_search_tool_result": {
        "type": "web_search_tool_result",
        "tool_use_id": SERVER_TOOL_USE_ID,
        "content": [WEB_SEARCH_RESULT],
    },
    "web_fetch_tool_result": {
        "type": "web_fetch_tool_result",
        "tool_use_id": "srvtoolu_01VfcdvZnK8fV5BUi5MwmGdF",
        "content": {
            "type": "web_fetch_result",
            "url": "https://example.com/articles/eiffel",
            "retrieved_at": "2025-08-25T10:30:02.123456Z",
            "content": {
                "type": "document",
                "source": {
                    "type": "text",
                    "media_type": "text/plain",
                    "data": "The Eiffel Tower was completed in 1889 for the World's Fair.",
                },
                "title": "The Eiffel Tower",
                "citations": {"enabled": True},
            },
        },
    },
    "code_execution_tool_result": {
        "type": "code_execution_tool_result",
        "tool_use_id": "srvtoolu_01A2B3C4D5E6F7G8H9J0K1L2M3",
        "content": {
            "type": "code_execution_result",
            "stdout": "mean=4.5 std=2.87\n",
            "stderr": "",
            "return_code": 0,
            "content": [{"type": "code_execution_output", "file_id": FILE_ID}],
        },
    },
    "bash_code_execution_tool_result": {
        "type": "bash_code_execution_tool_result",
        "tool_use_id": "srvtoolu_01B2C3D4E5F6G7H8J9K0L1M2N3",
        "content": {
            "type": "bash_code_execution_result",
            "stdout": "total 8\n-rw-r--r-- 1 user user 42 Aug 25 10:30 data.csv\n",
            "stderr": "",
            "return_code": 0,
            "content": [{"type": "bash_code_execution_output", "file_id": FILE_ID}],
        },
    },
    "text_editor_code_execution_tool_result": {
        "type": "text_editor_code_execution_tool_result",
        "tool_use_id": "srvtoolu_01C2D3E4F5G6H7J8K9L0M1N2P3",
        "content": {
            "type": "text_editor_code_execution_view_result",
            "file_type": "text",
            "content": "def add(a, b):\n    return a + b\n",
            "num_lines": 2,
            "start_line": 1,
            "total_lines": 2,
        },
    },
    "tool_search_tool_result": {
        "type": "tool_search_tool_result",
        "tool_use_id": "srvtoolu_01D2E3F4G5H6J7K8L9M0N1P2Q3",
        "content": {
            "type": "tool_search_tool_search_result",
            "tool_references": [{"type": "tool_reference", "tool_name": "get_weather"}],
        },
    },
    "container_upload": {"type": "container_upload", "file_id": FILE_ID},
}

# The other forms of the output blocks: errors, other result kinds, other sources and callers.
CONTENT_BLOCK_VARIANTS: dict[str, JSON] = {
    "text/no citations": {
        "type": "text",
        "text": "Hello! How can I help you today?",
        "citations": None,
    },
    "tool_use/called from code execution": {
        "type": "tool_use",
        "id": "toolu_01Q2W3E4R5T6Y7U8I9O0P1A2S3",
        "name": "get_weather",
        "input": {"location": "Paris"},
        "caller": {
            "type": "code_execution_20250825",
            "tool_id": "srvtoolu_01A2B3C4D5E6F7G8H9J0K1L2M3",
        },
    },
    "server_tool_use/caller 20260120": {
        "type": "server_tool_use",
        "id": "srvtoolu_01R2T3Y4U5I6O7P8A9S0D1F2G3",
        "name": "web_fetch",
        "input": {"url": "https://example.com/articles/eiffel"},
        "caller": {
            "type": "code_execution_20260120",
            "tool_id": "srvtoolu_01A2B3C4D5E6F7G8H9J0K1L2M3",
        },
    },
    "web_search_tool_result/error": {
        "type": "web_search_tool_result",
        "tool_use_id": SERVER_TOOL_USE_ID,
        "content": {"type": "web_search_tool_result_error", "error_code": "max_uses_exceeded"},
    },
    "web_fetch_tool_result/pdf": {
        "type": "web_fetch_tool_result",
        "tool_use_id": "srvtoolu_01VfcdvZnK8fV5BUi5MwmGdF",
        "content": {
            "type": "web_fetch_result",
            "url": "https://example.com/report.pdf",
            "retrieved_at": None,
            "content": {
                "type": "document",
                "source": {"type": "base64", "media_type": "application/pdf", "data": PDF_BASE64},
                "title": None,
                "citations": None,
            },
        },
    },
    "web_fetch_tool_result/error": {
        "type": "web_fetch_tool_result",
        "tool_use_id": "srvtoolu_01VfcdvZnK8fV5BUi5MwmGdF",
        "content": {"type": "web_fetch_tool_result_error", "error_code": "url_not_accessible"},
    },
    "code_execution_tool_result/error": {
        "type": "code_execution_tool_result",
        "tool_use_id": "srvtoolu_01A2B3C4D5E6F7G8H9J0K1L2M3",
        "content": {
            "type": "code_execution_tool_result_error",
            "error_code": "execution_time_exceeded",
        },
    },
    "code_execution_tool_result/encrypted": {
        "type": "code_execution_tool_result",
        "tool_use_id": "srvtoolu_01A2B3C4D5E6F7G8H9J0K1L2M3",
        "content": {
            "type": "encrypted_code_execution_result",
            "encrypted_stdout": "EuQJCioIBRgCIiQ0ZjY2NjQ5Yy1hMDVkLTQ1ZjEtYTM4OS1hNGUxMjlkNGI0NTA",
            "stderr": "",
            "return_code": 0,
            "content": [],
        },
    },
    "bash_code_execution_tool_result/error": {
        "type": "bash_code_execution_tool_result",
        "tool_use_id": "srvtoolu_01B2C3D4E5F6G7H8J9K0L1M2N3",
        "content": {"type": "bash_code_execution_tool_result_error", "error_code": "unavailable"},
    },
    "text_editor_code_execution_tool_result/create": {
        "type": "text_editor_code_execution_tool_result",
        "tool_use_id": "srvtoolu_01C2D3E4F5G6H7J8K9L0M1N2P3",
        "content": {"type": "text_editor_code_execution_create_result", "is_file_update": False},
    },
    "text_editor_code_execution_tool_result/str_replace": {
        "type": "text_editor_code_execution_tool_result",
        "tool_use_id": "srvtoolu_01C2D3E4F5G6H7J8K9L0M1N2P3",
        "content": {
            "type": "text_editor_code_execution_str_replace_result",
            "old_start": 2,
            "old_lines": 1,
            "new_start": 2,
            "new_lines": 2,
            "lines": ["-    return a+b", "+    # integers only", "+    return int(a) + int(b)"],
        },
    },
    "text_editor_code_execution_tool_result/error": {
        "type": "text_editor_code_execution_tool_result",
        "tool_use_id": "srvtoolu_01C2D3E4F5G6H7J8K9L0M1N2P3",
        "content": {
            "type": "text_editor_code_execution_tool_result_error",
            "error_code": "file_not_found",
            "error_message": "File not found: /tmp/outputs/report.md",
        },
    },
    "tool_search_tool_result/error": {
        "type": "tool_search_tool_result",
        "tool_use_id": "srvtoolu_01D2E3F4G5H6J7K8L9M0N1P2Q3",
        "content": {
            "type": "tool_search_tool_result_error",
            "error_code": "too_many_requests",
            "error_message": None,
        },
    },
}

# --- input content blocks (`ContentBlockParam`, and the extra tool result content blocks) ----

TEXT_BLOCK_PARAM: JSON = {
    "type": "text",
    "text": "What is in this image?",
    "cache_control": {"type": "ephemeral", "ttl": "5m"},
}
IMAGE_BLOCK_PARAM: JSON = {
    "type": "image",
    "source": {"type": "base64", "media_type": "image/png", "data": PNG_1PX},
}
DOCUMENT_BLOCK_PARAM: JSON = {
    "type": "document",
    "source": {"type": "base64", "media_type": "application/pdf", "data": PDF_BASE64},
    "title": "Annual report 2024",
    "context": "Internal; do not quote outside the finance team.",
    "citations": {"enabled": True},
    "cache_control": {"type": "ephemeral", "ttl": "1h"},
}
SEARCH_RESULT_BLOCK_PARAM: JSON = {
    "type": "search_result",
    "source": "https://docs.example.com/install",
    "title": "Installation guide",
    "content": [
        {"type": "text", "text": "Run `pip install claude-openapi` to install the client."}
    ],
    "citations": {"enabled": True},
}

CONTENT_BLOCK_PARAMS: dict[str, JSON] = {
    "text": TEXT_BLOCK_PARAM,
    "image": IMAGE_BLOCK_PARAM,
    "document": DOCUMENT_BLOCK_PARAM,
    "search_result": SEARCH_RESULT_BLOCK_PARAM,
    "thinking": CONTENT_BLOCKS["thinking"],
    "redacted_thinking": CONTENT_BLOCKS["redacted_thinking"],
    "tool_use": {
        "type": "tool_use",
        "id": TOOL_USE_ID,
        "name": "get_weather",
        "input": {"location": "San Francisco, CA", "unit": "celsius"},
    },
    "tool_result": {
        "type": "tool_result",
        "tool_use_id": TOOL_USE_ID,
        "content": "15 degrees, partly cloudy",
        "is_error": False,
    },
    "server_tool_use": {
        "type": "server_tool_use",
        "id": SERVER_TOOL_USE_ID,
        "name": "web_search",
        "input": {"query": "eiffel tower height"},
    },
    "web_search_tool_result": {
        "type": "web_search_tool_result",
        "tool_use_id": SERVER_TOOL_USE_ID,
        "content": [{**WEB_SEARCH_RESULT, "page_age": None}],
    },
    "web_fetch_tool_result": {
        "type": "web_fetch_tool_result",
        "tool_use_id": "srvtoolu_01VfcdvZnK8fV5BUi5MwmGdF",
        "content": {
            "type": "web_fetch_result",
            "url": "https://example.com/articles/eiffel",
            "retrieved_at": "2025-08-25T10:30:02.123456Z",
            "content": {
                "type": "document",
                "source": {
                    "type": "text",
                    "media_type": "text/plain",
                    "data": "The Eiffel Tower was completed in 1889 for the World's Fair.",
                },
            },
        },
    },
    "code_execution_tool_result": {
        "type": "code_execution_tool_result",
        "tool_use_id": "srvtoolu_01A2B3C4D5E6F7G8H9J0K1L2M3",
        "content": {
            "type": "code_execution_result",
            "stdout": "mean=4.5 std=2.87\n",
            "stderr": "",
            "return_code": 0,
            "content": [{"type": "code_execution_output", "file_id": FILE_ID}],
        },
    },
    "bash_code_execution_tool_result": {
        "type": "bash_code_execution_tool_result",
        "tool_use_id": "srvtoolu_01B2C3D4E5F6G7H8J9K0L1M2N3",
        "content": {
            "type": "bash_code_execution_result",
            "stdout": "hello\n",
            "stderr": "",
            "return_code": 0,
            "content": [],
        },
    },
    "text_editor_code_execution_tool_result": {
        "type": "text_editor_code_execution_tool_result",
        "tool_use_id": "srvtoolu_01C2D3E4F5G6H7J8K9L0M1N2P3",
        "content": {"type": "text_editor_code_execution_create_result", "is_file_update": True},
    },
    "tool_search_tool_result": {
        "type": "tool_search_tool_result",
        "tool_use_id": "srvtoolu_01D2E3F4G5H6J7K8L9M0N1P2Q3",
        "content": {
            "type": "tool_search_tool_search_result",
            "tool_references": [{"type": "tool_reference", "tool_name": "get_weather"}],
        },
    },
    "container_upload": {
        "type": "container_upload",
        "file_id": FILE_ID,
        "cache_control": None,
    },
}

# Blocks that may appear inside a `tool_result`'s content (`ToolResultContentBlockParam`).
TOOL_RESULT_CONTENT_BLOCKS: dict[str, JSON] = {
    "text": {"type": "text", "text": "15 degrees, partly cloudy"},
    "image": {
        "type": "image",
        "source": {
            "type": "url",
            "url": "https://upload.wikimedia.org/wikipedia/commons/a/a7/Camponotus_flavomarginatus_ant.jpg",
        },
    },
    "search_result": SEARCH_RESULT_BLOCK_PARAM,
    "document": {
        "type": "document",
        "source": {"type": "text", "media_type": "text/plain", "data": "Forecast: sunny, 21 °C."},
        "title": "forecast.txt",
    },
    "tool_reference": {"type": "tool_reference", "tool_name": "get_weather"},
    "browser_state": {
        "type": "browser_state",
        "tabs": [
            {
                "tab_id": "tab_1",
                "title": "Example Domain",
                "url": "https://example.com/",
                "active": True,
            },
            {"tab_id": "tab_2", "title": "Downloads", "url": "https://example.com/files"},
        ],
        "state_changes": [
            {"type": "tab_opened", "tab_id": "tab_2"},
            {
                "type": "download_started",
                "download_id": "dl_1",
                "url": "https://example.com/report.pdf",
            },
            {
                "type": "download_completed",
                "download_id": "dl_1",
                "url": "https://example.com/report.pdf",
                "path": "/home/user/Downloads/report.pdf",
                "size_bytes": 48213,
            },
            {
                "type": "download_failed",
                "download_id": "dl_2",
                "url": "https://example.com/big.zip",
                "error": "Network error",
            },
        ],
    },
}

CONTENT_BLOCK_PARAM_VARIANTS: dict[str, JSON] = {
    "image/url": TOOL_RESULT_CONTENT_BLOCKS["image"],
    "image/file": {
        "type": "image",
        "source": {"type": "file", "file_id": FILE_ID},
        "transformations": {"oversized_image": "downsize"},
    },
    "document/text": TOOL_RESULT_CONTENT_BLOCKS["document"],
    "document/content": {
        "type": "document",
        "source": {
            "type": "content",
            "content": [
                {"type": "text", "text": "First section of the handbook."},
                {"type": "text", "text": "Second section of the handbook."},
                {
                    "type": "image",
                    "source": {
                        "type": "base64",
                        "media_type": "image/gif",
                        "data": "R0lGODlhAQABAAAAACw=",
                    },
                },
            ],
        },
        "citations": {"enabled": True},
    },
    "document/url": {
        "type": "document",
        "source": {"type": "url", "url": "https://example.com/whitepaper.pdf"},
    },
    "document/file": {"type": "document", "source": {"type": "file", "file_id": FILE_ID}},
    "text/with citations": {
        "type": "text",
        "text": "The Eiffel Tower is 330 metres tall.",
        "citations": list(TEXT_CITATION_PARAMS.values()),
    },
    "tool_result/blocks": {
        "type": "tool_result",
        "tool_use_id": TOOL_USE_ID,
        "content": list(TOOL_RESULT_CONTENT_BLOCKS.values()),
        "is_error": False,
        "cache_control": {"type": "ephemeral"},
    },
    "server_tool_use/with caller": {
        "type": "server_tool_use",
        "id": "srvtoolu_01R2T3Y4U5I6O7P8A9S0D1F2G3",
        "name": "web_fetch",
        "input": {"url": "https://example.com/articles/eiffel"},
        "caller": {
            "type": "code_execution_20260120",
            "tool_id": "srvtoolu_01A2B3C4D5E6F7G8H9J0K1L2M3",
        },
    },
    "web_fetch_tool_result/with caller": {
        "type": "web_fetch_tool_result",
        "tool_use_id": "srvtoolu_01R2T3Y4U5I6O7P8A9S0D1F2G3",
        "caller": {
            "type": "code_execution_20260120",
            "tool_id": "srvtoolu_01A2B3C4D5E6F7G8H9J0K1L2M3",
        },
        "content": {
            "type": "web_fetch_result",
            "url": "https://example.com/articles/eiffel",
            "content": {
                "type": "document",
                "source": {
                    "type": "text",
                    "media_type": "text/plain",
                    "data": "Completed in 1889.",
                },
            },
        },
    },
    "web_search_tool_result/with caller": {
        "type": "web_search_tool_result",
        "tool_use_id": SERVER_TOOL_USE_ID,
        "caller": {"type": "direct"},
        "content": [],
    },
    "tool_result/error": {
        "type": "tool_result",
        "tool_use_id": TOOL_USE_ID,
        "content": "Error: location not found",
        "is_error": True,
    },
    "tool_use/with caller": {
        "type": "tool_use",
        "id": "toolu_01Q2W3E4R5T6Y7U8I9O0P1A2S3",
        "name": "get_weather",
        "input": {"location": "Paris"},
        "caller": {
            "type": "code_execution_20250825",
            "tool_id": "srvtoolu_01A2B3C4D5E6F7G8H9J0K1L2M3",
        },
    },
    "web_search_tool_result/error": {
        "type": "web_search_tool_result",
        "tool_use_id": SERVER_TOOL_USE_ID,
        "content": {"type": "web_search_tool_result_error", "error_code": "too_many_requests"},
    },
    "web_fetch_tool_result/error": {
        "type": "web_fetch_tool_result",
        "tool_use_id": "srvtoolu_01VfcdvZnK8fV5BUi5MwmGdF",
        "content": {"type": "web_fetch_tool_result_error", "error_code": "url_too_long"},
    },
    "code_execution_tool_result/encrypted": {
        "type": "code_execution_tool_result",
        "tool_use_id": "srvtoolu_01A2B3C4D5E6F7G8H9J0K1L2M3",
        "content": {
            "type": "encrypted_code_execution_result",
            "encrypted_stdout": "EuQJCioIBRgCIiQ0ZjY2NjQ5Yy1hMDVkLTQ1ZjEtYTM4OS1hNGUxMjlkNGI0NTA",
            "stderr": "",
            "return_code": 0,
            "content": [],
        },
    },
    "code_execution_tool_result/error": {
        "type": "code_execution_tool_result",
        "tool_use_id": "srvtoolu_01A2B3C4D5E6F7G8H9J0K1L2M3",
        "content": {"type": "code_execution_tool_result_error", "error_code": "unavailable"},
    },
    "bash_code_execution_tool_result/error": {
        "type": "bash_code_execution_tool_result",
        "tool_use_id": "srvtoolu_01B2C3D4E5F6G7H8J9K0L1M2N3",
        "content": {
            "type": "bash_code_execution_tool_result_error",
            "error_code": "output_file_too_large",
        },
    },
    "text_editor_code_execution_tool_result/view": {
        "type": "text_editor_code_execution_tool_result",
        "tool_use_id": "srvtoolu_01C2D3E4F5G6H7J8K9L0M1N2P3",
        "content": {
            "type": "text_editor_code_execution_view_result",
            "file_type": "text",
            "content": "def add(a, b):\n    return a + b\n",
            "num_lines": 2,
            "start_line": 1,
            "total_lines": 2,
        },
    },
    "text_editor_code_execution_tool_result/str_replace": {
        "type": "text_editor_code_execution_tool_result",
        "tool_use_id": "srvtoolu_01C2D3E4F5G6H7J8K9L0M1N2P3",
        "content": {
            "type": "text_editor_code_execution_str_replace_result",
            "old_start": 2,
            "old_lines": 1,
            "new_start": 2,
            "new_lines": 1,
            "lines": ["-    return a+b", "+    return a + b"],
        },
    },
    "text_editor_code_execution_tool_result/error": {
        "type": "text_editor_code_execution_tool_result",
        "tool_use_id": "srvtoolu_01C2D3E4F5G6H7J8K9L0M1N2P3",
        "content": {
            "type": "text_editor_code_execution_tool_result_error",
            "error_code": "invalid_tool_input",
            "error_message": None,
        },
    },
    "tool_search_tool_result/error": {
        "type": "tool_search_tool_result",
        "tool_use_id": "srvtoolu_01D2E3F4G5H6J7K8L9M0N1P2Q3",
        "content": {"type": "tool_search_tool_result_error", "error_code": "unavailable"},
    },
}

# --- tools (`ToolUnionParam`), keyed by type; "custom" is a tool of the caller's own ---------

_CACHE_1H: JSON = {"type": "ephemeral", "ttl": "1h"}
TOOLS: dict[str, JSON] = {
    "custom": {
        "name": "get_weather",
        "description": "Get the current weather in a given location.",
        "input_schema": WEATHER_INPUT_SCHEMA,
        "input_examples": [{"location": "San Francisco, CA", "unit": "fahrenheit"}],
    },
    "bash_20250124": {"type": "bash_20250124", "name": "bash"},
    "code_execution_20250522": {"type": "code_execution_20250522", "name": "code_execution"},
    "code_execution_20250825": {"type": "code_execution_20250825", "name": "code_execution"},
    "code_execution_20260120": {"type": "code_execution_20260120", "name": "code_execution"},
    "code_execution_20260521": {
        "type": "code_execution_20260521",
        "name": "code_execution",
        "cache_control": _CACHE_1H,
    },
    "browser_toolset_20260801": {
        "type": "browser_toolset_20260801",
        "configs": {
            "navigate": {"enabled": True},
            "screenshot": {"enabled": True},
            "javascript_exec": {"enabled": False},
            "file_upload": None,
        },
    },
    "memory_20250818": {"type": "memory_20250818", "name": "memory"},
    "computer_toolset_20260801": {
        "type": "computer_toolset_20260801",
        "configs": {
            "screenshot": {"enabled": True},
            "zoom": {"enabled": True, "defer_loading": True},
        },
    },
    "text_editor_20250124": {"type": "text_editor_20250124", "name": "str_replace_editor"},
    "text_editor_20250429": {"type": "text_editor_20250429", "name": "str_replace_based_edit_tool"},
    "text_editor_20250728": {
        "type": "text_editor_20250728",
        "name": "str_replace_based_edit_tool",
        "max_characters": 10000,
    },
    "web_search_20250305": {
        "type": "web_search_20250305",
        "name": "web_search",
        "max_uses": 5,
        "allowed_domains": ["wikipedia.org", "britannica.com"],
        "user_location": {
            "type": "approximate",
            "city": "San Francisco",
            "region": "California",
            "country": "US",
            "timezone": "America/Los_Angeles",
        },
    },
    "web_fetch_20250910": {
        "type": "web_fetch_20250910",
        "name": "web_fetch",
        "max_uses": 3,
        "blocked_domains": ["private.example.com"],
        "citations": {"enabled": True},
        "max_content_tokens": 50000,
    },
    "web_search_20260209": {
        "type": "web_search_20260209",
        "name": "web_search",
        "allowed_callers": ["direct", "code_execution_20260120"],
    },
    "web_fetch_20260209": {
        "type": "web_fetch_20260209",
        "name": "web_fetch",
        "max_uses": 10,
        "url_sources": {"user_input": {"type": "all"}, "server_tool_results": {"type": "all"}},
    },
    "web_fetch_20260309": {"type": "web_fetch_20260309", "name": "web_fetch", "use_cache": False},
    "web_search_20260318": {
        "type": "web_search_20260318",
        "name": "web_search",
        "response_inclusion": "excluded",
    },
    "web_fetch_20260318": {
        "type": "web_fetch_20260318",
        "name": "web_fetch",
        "response_inclusion": "full",
        "url_sources": {
            "user_input": {"type": "none"},
            "client_tool_results": {
                "type": "only",
                "tools": [{"type": "tool_reference", "name": "get_weather"}],
            },
            "server_tool_results": {
                "type": "except",
                "tools": [{"type": "tool_reference", "name": "web_search"}],
            },
        },
    },
    "tool_search_tool_bm25_20251119": {
        "type": "tool_search_tool_bm25_20251119",
        "name": "tool_search_tool_bm25",
    },
    "tool_search_tool_bm25": {"type": "tool_search_tool_bm25", "name": "tool_search_tool_bm25"},
    "tool_search_tool_regex_20251119": {
        "type": "tool_search_tool_regex_20251119",
        "name": "tool_search_tool_regex",
    },
    "tool_search_tool_regex": {"type": "tool_search_tool_regex", "name": "tool_search_tool_regex"},
}

TOOL_VARIANTS: dict[str, JSON] = {
    "custom/explicit type": {
        "type": "custom",
        "name": "lookup_order",
        "description": "Look up an order by id.",
        "input_schema": {
            "type": "object",
            "properties": {"order_id": {"type": "string"}},
            "required": ["order_id"],
        },
        "strict": True,
        "cache_control": {"type": "ephemeral"},
        "defer_loading": True,
        "eager_input_streaming": None,
    },
}

# --- other request unions ------------------------------------------------------------------

# Conversation turns (`MessageParam`), keyed by role.
MESSAGE_PARAMS: dict[str, JSON] = {
    "user": {"role": "user", "content": "What's the weather in San Francisco?"},
    "assistant": {
        "role": "assistant",
        "content": [
            {"type": "text", "text": "Let me check."},
            {
                "type": "tool_use",
                "id": TOOL_USE_ID,
                "name": "get_weather",
                "input": {"location": "San Francisco, CA"},
                "caller": {"type": "direct"},
            },
        ],
    },
    "system": {
        "role": "system",
        "content": [{"type": "text", "text": "Answer in French from now on."}],
    },
}

THINKING_CONFIGS: dict[str, JSON] = {
    "enabled": {"type": "enabled", "budget_tokens": 10000, "display": "summarized"},
    "disabled": {"type": "disabled"},
    "between_tools": {"type": "between_tools"},
    "adaptive": {"type": "adaptive", "display": None},
}

TOOL_CHOICES: dict[str, JSON] = {
    "auto": {"type": "auto"},
    "any": {"type": "any", "disable_parallel_tool_use": True},
    "tool": {"type": "tool", "name": "get_weather"},
    "none": {"type": "none"},
}

# Why a prompt-cache read missed (`Diagnostics.cache_miss_reason`), keyed by type.
CACHE_MISS_REASONS: dict[str, JSON] = {
    "model_changed": {"type": "model_changed", "cache_missed_input_tokens": 4096},
    "system_changed": {"type": "system_changed", "cache_missed_input_tokens": 2048},
    "tools_changed": {"type": "tools_changed", "cache_missed_input_tokens": 1830},
    "messages_changed": {"type": "messages_changed", "cache_missed_input_tokens": 512},
    "previous_message_not_found": {"type": "previous_message_not_found"},
    "unavailable": {"type": "unavailable"},
}

# --- deltas and stream events ---------------------------------------------------------------

DELTAS: dict[str, JSON] = {
    "text_delta": {"type": "text_delta", "text": "The Eiffel"},
    "input_json_delta": {"type": "input_json_delta", "partial_json": '{"location": "San Fra'},
    "citations_delta": {"type": "citations_delta", "citation": TEXT_CITATIONS["page_location"]},
    "thinking_delta": {"type": "thinking_delta", "thinking": "Let me work out the height first."},
    "signature_delta": {
        "type": "signature_delta",
        "signature": "EqQBCgIYAhIM1gbcDa9GJwZA2b3hGgxBdjrkzLoky3dl1pkiMOYds",
    },
}

STREAM_EVENTS: dict[str, JSON] = {
    "message_start": {
        "type": "message_start",
        "message": {
            "id": "msg_01XFDUDYJgAACzvnptvVoYEL",
            "type": "message",
            "role": "assistant",
            "model": MODEL,
            "content": [],
            "stop_reason": None,
            "stop_sequence": None,
            "usage": {"input_tokens": 25, "output_tokens": 1},
        },
    },
    "content_block_start": {
        "type": "content_block_start",
        "index": 0,
        "content_block": {"type": "text", "text": ""},
    },
    "content_block_delta": {
        "type": "content_block_delta",
        "index": 0,
        "delta": DELTAS["text_delta"],
    },
    "content_block_stop": {"type": "content_block_stop", "index": 0},
    "message_delta": {
        "type": "message_delta",
        "delta": {"stop_reason": "end_turn", "stop_sequence": None},
        "usage": {"output_tokens": 15},
    },
    "message_stop": {"type": "message_stop"},
    "ping": {"type": "ping"},
    "error": {
        "type": "error",
        "error": {"type": "overloaded_error", "message": "Overloaded"},
    },
}

# Whole streams, as the `data` of each server-sent event in order (the SSE `event` field is the
# data's `type`), with the message that accumulating them gives.
TEXT_STREAM: list[JSON] = [
    {
        "type": "message_start",
        "message": {
            "id": "msg_01TextStream8Vx1q2w3e4r5t6",
            "type": "message",
            "role": "assistant",
            "model": MODEL,
            "content": [],
            "stop_reason": None,
            "stop_sequence": None,
            "usage": {"input_tokens": 12, "output_tokens": 1},
        },
    },
    {"type": "content_block_start", "index": 0, "content_block": {"type": "text", "text": ""}},
    {"type": "ping"},
    {"type": "content_block_delta", "index": 0, "delta": {"type": "text_delta", "text": "Hello"}},
    {
        "type": "content_block_delta",
        "index": 0,
        "delta": {"type": "text_delta", "text": "! How can I help?"},
    },
    {"type": "content_block_stop", "index": 0},
    {
        "type": "message_delta",
        "delta": {"stop_reason": "end_turn", "stop_sequence": None},
        "usage": {"output_tokens": 9},
    },
    {"type": "message_stop"},
]
TEXT_STREAM_MESSAGE: JSON = {
    "id": "msg_01TextStream8Vx1q2w3e4r5t6",
    "type": "message",
    "role": "assistant",
    "model": MODEL,
    "content": [{"type": "text", "text": "Hello! How can I help?"}],
    "stop_reason": "end_turn",
    "stop_sequence": None,
    "usage": {"input_tokens": 12, "output_tokens": 9},
}

TOOL_USE_STREAM: list[JSON] = [
    {
        "type": "message_start",
        "message": {
            "id": "msg_01ToolStream4Hk9j8h7g6f5d",
            "type": "message",
            "role": "assistant",
            "model": MODEL,
            "content": [],
            "stop_reason": None,
            "stop_sequence": None,
            "usage": {"input_tokens": 472, "output_tokens": 2},
        },
    },
    {"type": "content_block_start", "index": 0, "content_block": {"type": "text", "text": ""}},
    {
        "type": "content_block_delta",
        "index": 0,
        "delta": {"type": "text_delta", "text": "Let me check."},
    },
    {"type": "content_block_stop", "index": 0},
    {
        "type": "content_block_start",
        "index": 1,
        "content_block": {
            "type": "tool_use",
            "id": TOOL_USE_ID,
            "name": "get_weather",
            "input": {},
        },
    },
    {
        "type": "content_block_delta",
        "index": 1,
        "delta": {"type": "input_json_delta", "partial_json": ""},
    },
    {
        "type": "content_block_delta",
        "index": 1,
        "delta": {"type": "input_json_delta", "partial_json": '{"location": "San Fra'},
    },
    {
        "type": "content_block_delta",
        "index": 1,
        "delta": {"type": "input_json_delta", "partial_json": 'ncisco, CA", "unit": "celsius"}'},
    },
    {"type": "content_block_stop", "index": 1},
    {
        "type": "message_delta",
        "delta": {"stop_reason": "tool_use", "stop_sequence": None},
        "usage": {"output_tokens": 89},
    },
    {"type": "message_stop"},
]
TOOL_USE_STREAM_MESSAGE: JSON = {
    "id": "msg_01ToolStream4Hk9j8h7g6f5d",
    "type": "message",
    "role": "assistant",
    "model": MODEL,
    "content": [
        {"type": "text", "text": "Let me check."},
        {
            "type": "tool_use",
            "id": TOOL_USE_ID,
            "name": "get_weather",
            "input": {"location": "San Francisco, CA", "unit": "celsius"},
        },
    ],
    "stop_reason": "tool_use",
    "stop_sequence": None,
    "usage": {"input_tokens": 472, "output_tokens": 89},
}

THINKING_STREAM: list[JSON] = [
    {
        "type": "message_start",
        "message": {
            "id": "msg_01ThinkStream2Bn3m4k5j6h7",
            "type": "message",
            "role": "assistant",
            "model": MODEL,
            "content": [],
            "stop_reason": None,
            "stop_sequence": None,
            "usage": {"input_tokens": 40, "output_tokens": 3},
        },
    },
    {
        "type": "content_block_start",
        "index": 0,
        "content_block": {"type": "thinking", "thinking": "", "signature": ""},
    },
    {
        "type": "content_block_delta",
        "index": 0,
        "delta": {"type": "thinking_delta", "thinking": "27 * 453"},
    },
    {
        "type": "content_block_delta",
        "index": 0,
        "delta": {"type": "thinking_delta", "thinking": " = 12231."},
    },
    {"type": "content_block_delta", "index": 0, "delta": DELTAS["signature_delta"]},
    {"type": "content_block_stop", "index": 0},
    {"type": "content_block_start", "index": 1, "content_block": {"type": "text", "text": ""}},
    {
        "type": "content_block_delta",
        "index": 1,
        "delta": {"type": "text_delta", "text": "27 * 453 = 12,231"},
    },
    {
        "type": "content_block_delta",
        "index": 1,
        "delta": {"type": "citations_delta", "citation": TEXT_CITATIONS["content_block_location"]},
    },
    {"type": "content_block_stop", "index": 1},
    {
        "type": "message_delta",
        "delta": {"stop_reason": "end_turn", "stop_sequence": None},
        "usage": {"output_tokens": 61},
    },
    {"type": "message_stop"},
]
THINKING_STREAM_MESSAGE: JSON = {
    "id": "msg_01ThinkStream2Bn3m4k5j6h7",
    "type": "message",
    "role": "assistant",
    "model": MODEL,
    "content": [
        {
            "type": "thinking",
            "thinking": "27 * 453 = 12231.",
            "signature": DELTAS["signature_delta"]["signature"],
        },
        {
            "type": "text",
            "text": "27 * 453 = 12,231",
            "citations": [TEXT_CITATIONS["content_block_location"]],
        },
    ],
    "stop_reason": "end_turn",
    "stop_sequence": None,
    "usage": {"input_tokens": 40, "output_tokens": 61},
}

STREAMS: dict[str, tuple[list[JSON], JSON]] = {
    "text": (TEXT_STREAM, TEXT_STREAM_MESSAGE),
    "tool_use": (TOOL_USE_STREAM, TOOL_USE_STREAM_MESSAGE),
    "thinking": (THINKING_STREAM, THINKING_STREAM_MESSAGE),
}

# --- errors ---------------------------------------------------------------------------------

# The error envelope (`ErrorResponse`) for every error type of `ErrorObject`, keyed by type.
ERROR_RESPONSES: dict[str, JSON] = {
    error_type: {
        "type": "error",
        "error": {"type": error_type, "message": message},
        "request_id": REQUEST_ID,
    }
    for error_type, message in {
        "invalid_request_error": "max_tokens: Field required",
        "authentication_error": "invalid x-api-key",
        "billing_error": "Your credit balance is too low to access the Anthropic API.",
        "permission_error": "Your API key does not have permission to use the specified resource.",
        "not_found_error": "model: claude-nonexistent-1",
        "request_too_large": "Request exceeds the maximum allowed number of bytes.",
        "rate_limit_error": "Number of request tokens has exceeded your per-minute rate limit.",
        "timeout_error": "Request timed out.",
        "api_error": "Internal server error",
        "overloaded_error": "Overloaded",
    }.items()
}
# --- messages -------------------------------------------------------------------------------

USAGE: JSON = {
    "input_tokens": 2095,
    "output_tokens": 503,
    "cache_creation_input_tokens": 2051,
    "cache_read_input_tokens": 0,
    "cache_creation": {"ephemeral_5m_input_tokens": 2051, "ephemeral_1h_input_tokens": 0},
    "server_tool_use": None,
    "service_tier": "standard",
    "inference_geo": None,
}

MESSAGE: JSON = {
    "id": "msg_01XFDUDYJgAACzvnptvVoYEL",
    "type": "message",
    "role": "assistant",
    "model": MODEL,
    "content": [
        {
            "type": "text",
            "text": "The Eiffel Tower is 330 metres tall.",
            "citations": None,
        }
    ],
    "stop_reason": "end_turn",
    "stop_sequence": None,
    "usage": USAGE,
}

# A message with every output block type, as a code-execution-and-search turn would return.
MESSAGE_WITH_EVERY_BLOCK: JSON = {
    "id": "msg_01EveryBlock7a8s9d0f1g2h3j",
    "type": "message",
    "role": "assistant",
    "model": MODEL,
    "content": list(CONTENT_BLOCKS.values()),
    "container": {
        "id": "container_011CPR5CNjB747bTd36fQLFk",
        "expires_at": "2025-08-25T11:30:02.123456Z",
        "skills": [{"type": "anthropic", "skill_id": "pptx", "version": "latest"}],
    },
    "stop_reason": "pause_turn",
    "stop_sequence": None,
    "usage": {
        **USAGE,
        "server_tool_use": {"web_search_requests": 1, "web_fetch_requests": 1},
        "output_tokens_details": {"thinking_tokens": 118},
    },
    "diagnostics": {
        "cache_miss_reason": {"type": "tools_changed", "cache_missed_input_tokens": 1830}
    },
}

MESSAGE_REFUSAL: JSON = {
    "id": "msg_01Refusal5t6y7u8i9o0p1a2s",
    "type": "message",
    "role": "assistant",
    "model": MODEL,
    "content": [],
    "stop_reason": "refusal",
    "stop_sequence": None,
    "stop_details": {"type": "refusal", "category": "cyber", "explanation": None},
    "usage": {"input_tokens": 31, "output_tokens": 0},
}

MESSAGE_TOKENS_COUNT: JSON = {"input_tokens": 2095}

# --- requests -------------------------------------------------------------------------------

MESSAGE_CREATE_PARAMS: JSON = {
    "model": MODEL,
    "max_tokens": 1024,
    "messages": [{"role": "user", "content": "Hello, Claude"}],
}

# A multi-turn tool conversation with most request options.
MESSAGE_CREATE_PARAMS_FULL: JSON = {
    "model": MODEL,
    "max_tokens": 2048,
    "system": [
        {
            "type": "text",
            "text": "You are a weather assistant. Answer briefly.",
            "cache_control": {"type": "ephemeral"},
        }
    ],
    "messages": [
        {
            "role": "user",
            "content": [{"type": "text", "text": "What's the weather in San Francisco?"}],
        },
        {
            "role": "assistant",
            "content": [
                {"type": "text", "text": "Let me check."},
                CONTENT_BLOCK_PARAMS["tool_use"],
            ],
        },
        {"role": "user", "content": [CONTENT_BLOCK_PARAMS["tool_result"]]},
    ],
    "tools": [TOOLS["custom"], TOOLS["web_search_20250305"]],
    "tool_choice": {"type": "auto", "disable_parallel_tool_use": True},
    "metadata": {"user_id": "13803d75-b4b5-4c3e-b2a2-6f21399b021b"},
    "stop_sequences": ["\n\nHuman:"],
    "temperature": 0.5,
    "top_p": 0.9,
    "top_k": 40,
    "service_tier": "auto",
}

MESSAGE_CREATE_PARAMS_THINKING: JSON = {
    "model": MODEL,
    "max_tokens": 16000,
    "thinking": {"type": "enabled", "budget_tokens": 10000},
    "messages": [
        {
            "role": "user",
            "content": [
                DOCUMENT_BLOCK_PARAM,
                {"type": "text", "text": "Summarise the revenue section."},
            ],
        }
    ],
    "output_config": {"effort": "high"},
    "stream": True,
}

MESSAGE_COUNT_TOKENS_PARAMS: JSON = {
    "model": MODEL,
    "system": "You are a scientist.",
    "messages": [
        {"role": "user", "content": [IMAGE_BLOCK_PARAM, {"type": "text", "text": "Describe this."}]}
    ],
    "tools": [TOOLS["custom"]],
    "tool_choice": {"type": "tool", "name": "get_weather"},
    "thinking": {"type": "disabled"},
}

BATCH_CREATE_PARAMS: JSON = {
    "requests": [
        {"custom_id": "my-first-request", "params": MESSAGE_CREATE_PARAMS},
        {
            "custom_id": "my-second-request",
            "params": {
                "model": MODEL,
                "max_tokens": 256,
                "messages": [{"role": "user", "content": "Hi again, friend"}],
            },
        },
    ]
}

# --- models ---------------------------------------------------------------------------------

_SUPPORTED: JSON = {"supported": True}
_UNSUPPORTED: JSON = {"supported": False}
MODEL_CAPABILITIES: JSON = {
    "batch": _SUPPORTED,
    "citations": _SUPPORTED,
    "code_execution": _SUPPORTED,
    "context_management": {
        "supported": True,
        "clear_thinking_20251015": _SUPPORTED,
        "clear_tool_uses_20250919": _SUPPORTED,
        "compact_20260112": None,
    },
    "effort": {
        "supported": True,
        "low": _SUPPORTED,
        "medium": _SUPPORTED,
        "high": _SUPPORTED,
        "max": _UNSUPPORTED,
        "xhigh": None,
    },
    "image_input": _SUPPORTED,
    "pdf_input": _SUPPORTED,
    "server_tools": {"supported": True, "code_execution": _SUPPORTED, "web_search": _SUPPORTED},
    "structured_outputs": _SUPPORTED,
    "thinking": {
        "supported": True,
        "types": {
            "enabled": _SUPPORTED,
            "disabled": _SUPPORTED,
            "adaptive": _UNSUPPORTED,
            "between_tools": _UNSUPPORTED,
        },
    },
}

MODEL_INFO: JSON = {
    "type": "model",
    "id": MODEL,
    "display_name": "Claude Sonnet 4.5",
    "created_at": "2025-09-29T00:00:00Z",
    "lifecycle": "active",
    "line": "sonnet",
    "deprecated_at": None,
    "retires_at": None,
    "max_input_tokens": 200000,
    "max_tokens": 64000,
    "capabilities": MODEL_CAPABILITIES,
}

MODEL_INFO_DEPRECATED: JSON = {
    "type": "model",
    "id": "claude-3-5-haiku-20241022",
    "display_name": "Claude Haiku 3.5",
    "created_at": "2024-10-22T00:00:00Z",
    "lifecycle": "deprecated",
    "line": "haiku",
    "deprecated_at": "2025-10-28T00:00:00Z",
    "retires_at": "2026-02-19T00:00:00Z",
    "capabilities": None,
}

MODELS_PAGE: JSON = {
    "data": [MODEL_INFO, MODEL_INFO_DEPRECATED],
    "has_more": True,
    "first_id": MODEL,
    "last_id": "claude-3-5-haiku-20241022",
}

# --- message batches ------------------------------------------------------------------------

MESSAGE_BATCHES: dict[str, JSON] = {
    "in_progress": {
        "id": BATCH_ID,
        "type": "message_batch",
        "processing_status": "in_progress",
        "request_counts": {
            "processing": 2,
            "succeeded": 0,
            "errored": 0,
            "canceled": 0,
            "expired": 0,
        },
        "created_at": "2024-08-20T18:37:24.100435Z",
        "expires_at": "2024-08-21T18:37:24.100435Z",
        "ended_at": None,
        "archived_at": None,
        "cancel_initiated_at": None,
        "results_url": None,
    },
    "canceling": {
        "id": BATCH_ID,
        "type": "message_batch",
        "processing_status": "canceling",
        "request_counts": {
            "processing": 1,
            "succeeded": 1,
            "errored": 0,
            "canceled": 0,
            "expired": 0,
        },
        "created_at": "2024-08-20T18:37:24.100435Z",
        "expires_at": "2024-08-21T18:37:24.100435Z",
        "ended_at": None,
        "archived_at": None,
        "cancel_initiated_at": "2024-08-20T18:39:02.501113Z",
        "results_url": None,
    },
    "ended": {
        "id": BATCH_ID,
        "type": "message_batch",
        "processing_status": "ended",
        "request_counts": {
            "processing": 0,
            "succeeded": 1,
            "errored": 1,
            "canceled": 1,
            "expired": 1,
        },
        "created_at": "2024-08-20T18:37:24.100435Z",
        "expires_at": "2024-08-21T18:37:24.100435Z",
        "ended_at": "2024-08-20T18:45:11.000000Z",
        "archived_at": None,
        "cancel_initiated_at": "2024-08-20T18:39:02.501113Z",
        "results_url": f"https://api.anthropic.com/v1/messages/batches/{BATCH_ID}/results",
    },
}

BATCHES_PAGE: JSON = {
    "data": [MESSAGE_BATCHES["ended"], MESSAGE_BATCHES["in_progress"]],
    "has_more": False,
    "first_id": BATCH_ID,
    "last_id": BATCH_ID,
}
EMPTY_PAGE: JSON = {"data": [], "has_more": False, "first_id": None, "last_id": None}

DELETED_BATCH: JSON = {"id": BATCH_ID, "type": "message_batch_deleted"}

# One line of a batch's results (`MessageBatchIndividualResponse`) per result type.
BATCH_RESULTS: dict[str, JSON] = {
    "succeeded": {
        "custom_id": "my-first-request",
        "result": {"type": "succeeded", "message": MESSAGE},
    },
    "errored": {
        "custom_id": "my-second-request",
        "result": {
            "type": "errored",
            "error": {
                "type": "error",
                "error": {
                    "type": "invalid_request_error",
                    "message": "max_tokens: must be at least 1",
                },
                "request_id": None,
            },
        },
    },
    "canceled": {"custom_id": "my-third-request", "result": {"type": "canceled"}},
    "expired": {"custom_id": "my-fourth-request", "result": {"type": "expired"}},
}
