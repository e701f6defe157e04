"""Failover: ordered base URLs; a failed attempt moves to the next endpoint at once."""

import os

import claude

PRIMARY = "http://127.0.0.1:9"  # down: connection refused
BACKUP = os.environ.get("ANTHROPIC_BASE_URL") or "https://api.anthropic.com"
seen: list[str] = []

failover = claude.Failover([PRIMARY, BACKUP], strategy="priority", cooldown=30)
hooks = {"request": [lambda request: seen.append(f"{request.url.host}:{request.url.port}")]}
with claude.Client(failover=failover, event_hooks=hooks, timeout=30) as client:
    message = client.messages.create(
        model="claude-sonnet-4-5",
        max_tokens=32,
        messages=[{"role": "user", "content": "Say hi."}],
    )
    print("answered:", claude.text_of(message))
    print("attempts went to:", seen)
    seen.clear()
    client.messages.count_tokens(
        model="claude-sonnet-4-5", messages=[{"role": "user", "content": "hi"}]
    )
    print("next call (primary cooling down) went to:", seen)
