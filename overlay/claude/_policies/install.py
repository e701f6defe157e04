"""Putting the policy transport under a client's retry transport, and finding it again."""

from __future__ import annotations

import weakref
from typing import TYPE_CHECKING

from claude._retry import AsyncRetryTransport, RetryTransport

from .runtime import Runtime
from .transport import AsyncPolicyTransport, PolicyTransport, runtime_of

if TYPE_CHECKING:
    from .host import Host

__all__ = ["install"]


def install(client: Host) -> None:
    """Give *client* (just built, its retry transport in place) its policies."""
    policies = client._config.policies
    if policies is None:
        return
    runtime = None
    if policies.needs_transport:
        runtime = Runtime(policies, client._config.base_url)
        retry = client._http._transport
        if isinstance(retry, RetryTransport) and not isinstance(retry.transport, PolicyTransport):
            retry.transport = PolicyTransport(retry.transport, runtime)
        elif isinstance(retry, AsyncRetryTransport) and not isinstance(
            retry.transport, AsyncPolicyTransport
        ):
            retry.transport = AsyncPolicyTransport(retry.transport, runtime)
        else:
            runtime = runtime_of(client._http)
    if policies.reload_interval is not None and runtime is not None:
        from .dynamic import Reloader

        runtime.reloader = Reloader(weakref.ref(client), runtime)
