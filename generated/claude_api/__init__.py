# Generated from openapi/claude-api.yaml by openapi-python-client. Do not edit by hand:
# change the spec (or openapi/generator-config.yaml) and run `nox -s generate`.
"""A client library for accessing Claude API"""

from claude_api.client import AuthenticatedClient, Client

__all__ = (
    "AuthenticatedClient",
    "Client",
)
