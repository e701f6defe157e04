"""Stream a reply with extended thinking: thinking, signature and text events."""

import anthropic

client = anthropic.Anthropic()

with client.messages.stream(
    model="claude-sonnet-4-5",
    max_tokens=4096,
    thinking={"type": "enabled", "budget_tokens": 2048},
    messages=[{"role": "user", "content": "What is 27 times 43?"}],
) as stream:
    block_type = None
    for event in stream:
        if event.type == "content_block_start":
            block_type = event.content_block.type
            print(f"[{block_type}]")
        elif event.type == "thinking":
            print("thinking:", event.thinking)
        elif event.type == "signature":
            print("signature:", event.signature)
        elif event.type == "text":
            print("text:", event.text)
        elif event.type == "content_block_stop":
            print(f"[/{block_type}]")
    final = stream.get_final_message()

thinking = final.content[0]
print("final:", thinking.type, len(thinking.thinking), thinking.signature)
print("answer:", final.content[1].text)
