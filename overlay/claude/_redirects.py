"""Credentials stay with their origin: no redirect is followed, no request leaves ``base_url``.

The client never follows redirects, whatever ``http_client`` it was given (it sends with
``follow_redirects=False``), as the official SDK does not for POST: the API does not redirect,
so a 3xx comes from something in between (a proxy, a captive portal, a hostile server) and
following it would hand ``x-api-key``, ``Authorization`` and the request body to another host
(httpx strips only ``Authorization`` across origins). A 3xx is raised as an
:class:`~claude.APIStatusError` naming where it pointed.

A URL the API itself hands out (a batch's ``results_url``) must have the origin (scheme, host,
port) of ``base_url`` too; otherwise the call fails before anything is sent.
"""

from __future__ import annotations

import httpx

from ._errors import APIStatusError, ClaudeError
from ._status import status_error

__all__ = ["check_origin", "origin", "redirect_error"]


def origin(url: httpx.URL) -> tuple[str, str, int | None]:
    """(scheme, host, port) of *url*, the default port made explicit."""
    port = url.port
    if port is None:
        port = {"http": 80, "https": 443}.get(url.scheme)
    return url.scheme, url.host, port


def check_origin(request: httpx.Request, base_url: str) -> None:
    """Raise before sending *request* (with credentials) anywhere but *base_url*'s origin."""
    url = request.url
    base = httpx.URL(base_url)
    if origin(url) != origin(base):
        raise ClaudeError(
            f"refusing to send credentials to {url.scheme}://{url.netloc.decode()}: "
            f"not the origin of base_url ({base.scheme}://{base.netloc.decode()})"
        )


def redirect_error(response: httpx.Response) -> APIStatusError:
    """The error for a 3xx answer: redirects are never followed."""
    location = response.headers.get("location", "")
    target = "elsewhere"
    if location:
        try:
            url = response.request.url.join(location)
            target = f"{url.scheme}://{url.netloc.decode()}{url.path}"
        except (httpx.InvalidURL, RuntimeError):
            target = repr(location[:200])
    return status_error(
        response.status_code,
        f"the server redirected to {target}; redirects are not followed, so credentials "
        "stay with base_url",
        response=response,
        retries=response.extensions.get("claude.retries", 0),
    )
