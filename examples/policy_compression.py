"""Compression: request bodies above a threshold are sent gzip-compressed.

Use it with gateways that accept ``Content-Encoding: gzip`` request bodies; responses are
decompressed either way.
"""

import claude

long_text = "The quick brown fox jumps over the lazy dog. " * 400  # ~18 KB of JSON
sizes: list[str] = []


def on_request(request: object) -> None:
    headers = getattr(request, "headers", {})
    sizes.append(
        f"{headers.get('content-encoding', 'identity')}, {headers.get('content-length')} bytes"
    )


with claude.Client(compress_requests=4096, event_hooks={"request": [on_request]}) as client:
    try:
        tokens = client.messages.count_tokens(
            model="claude-sonnet-4-5", messages=[{"role": "user", "content": long_text}]
        )
        print(f"sent {sizes[-1]} for {len(long_text):,} characters: {tokens.input_tokens} tokens")
    except claude.APIStatusError as exc:
        print(f"this endpoint does not take gzip request bodies ({exc.status_code}); "
              "leave compress_requests off for it")  # fmt: skip
    client.messages.count_tokens(
        model="claude-sonnet-4-5", messages=[{"role": "user", "content": "hi"}]
    )
    print(f"a small body stays as it is: {sizes[-1]}")
