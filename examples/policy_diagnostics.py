"""Diagnostics: each attempt as a curl command (credentials redacted), and event hooks."""

import logging

import claude

logging.basicConfig(format="%(message)s")
log = logging.getLogger("example")
log.setLevel(logging.INFO)


def on_response(response: object) -> None:
    status = getattr(response, "status_code", "?")
    log.info("<- %s %s", status, getattr(response, "headers", {}).get("request-id"))


hooks = {"request": [claude.curl_hook(print)], "response": [on_response]}
with claude.Client(event_hooks=hooks) as client:
    client.messages.count_tokens(
        model="claude-sonnet-4-5", messages=[{"role": "user", "content": "hi"}]
    )
    try:
        client.models.retrieve("no-such-model")
    except claude.NotFoundError as exc:
        print("replay the failed request with:\n ", claude.as_curl(exc))
