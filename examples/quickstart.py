"""Create a message, count tokens, and list models."""

import claude

with claude.Client() as client:
    request = {
        "model": "claude-sonnet-4-5",
        "max_tokens": 256,
        "messages": [{"role": "user", "content": "Say hello in five words."}],
    }
    tokens = client.messages.count_tokens(**{k: v for k, v in request.items() if k != "max_tokens"})
    print(f"input tokens: {tokens.input_tokens}")

    message = client.messages.create(**request)
    info = claude.response_info(message)
    print(f"reply ({message.stop_reason}, request {info.request_id}):")
    for block in message.content:
        if getattr(block, "type", None) == "text":
            print("  ", block.text)

    for model in client.models.list(limit=5):
        print(f"model: {model.id} ({model.display_name})")
        break
