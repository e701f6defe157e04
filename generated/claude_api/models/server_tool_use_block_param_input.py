# Generated from openapi/claude-api.yaml by openapi-python-client. Do not edit by hand:
# change the spec (or openapi/generator-config.yaml) and run `nox -s generate`.
from __future__ import annotations

from typing import TYPE_CHECKING, Any, TypeAlias

if TYPE_CHECKING:
    ServerToolUseBlockParamInput: TypeAlias = dict[str, Any]
else:
    ServerToolUseBlockParamInput = dict
