"""Names on the wire, written once: header names and the httpx extension keys the client uses.

Header names are lower case (httpx matches them case-insensitively). No imports: every module
may use this one without creating an import cycle.
"""

from __future__ import annotations

from typing import Final

__all__ = [
    "API_KEY_HEADER",
    "AUTHORIZATION_HEADER",
    "BETA_HEADER",
    "CONTENT_TYPE_HEADER",
    "CREDENTIAL_HEADERS",
    "JSON_CONTENT_TYPE",
    "MAX_RETRIES_KEY",
    "PROXY_AUTHORIZATION_HEADER",
    "REQUEST_ID_HEADER",
    "RETRIES_KEY",
    "RETRY_AFTER_HEADER",
    "RETRY_AFTER_MS_HEADER",
    "RETRY_HINT_KEY",
    "SHOULD_RETRY_HEADER",
    "TIMEOUT_KEY",
    "USER_AGENT_HEADER",
    "VERSION_HEADER",
]

# --- request headers ---------------------------------------------------------------------------
API_KEY_HEADER: Final = "x-api-key"
AUTHORIZATION_HEADER: Final = "authorization"  # "Bearer <auth token>"
PROXY_AUTHORIZATION_HEADER: Final = "proxy-authorization"
VERSION_HEADER: Final = "anthropic-version"
BETA_HEADER: Final = "anthropic-beta"  # comma-joined beta names
USER_AGENT_HEADER: Final = "user-agent"
CONTENT_TYPE_HEADER: Final = "content-type"
JSON_CONTENT_TYPE: Final = "application/json"

CREDENTIAL_HEADERS: Final = frozenset(
    {API_KEY_HEADER, AUTHORIZATION_HEADER, PROXY_AUTHORIZATION_HEADER}
)
"""Headers whose values are secrets: masked in reprs, redacted when errors are pickled."""

# --- response headers --------------------------------------------------------------------------
REQUEST_ID_HEADER: Final = "request-id"
SHOULD_RETRY_HEADER: Final = "x-should-retry"  # "true" / "false" overrides the status
RETRY_AFTER_MS_HEADER: Final = "retry-after-ms"
RETRY_AFTER_HEADER: Final = "retry-after"  # seconds or an HTTP date

# --- httpx request/response extensions -------------------------------------------------------
TIMEOUT_KEY: Final = "timeout"  # httpx's own: the timeout as a dict
MAX_RETRIES_KEY: Final = "claude.max_retries"  # request: retries allowed for this request
RETRIES_KEY: Final = "claude.retries"  # request and response: retries made
#: Set on a request by an inner transport (the policies of :mod:`claude._policies`) after a
#: failed attempt: ``"stop"`` ends the retries, ``"now"`` retries without waiting.
RETRY_HINT_KEY: Final = "claude.retry_hint"
