"""Stream a reply: first its text only, then every event with its type."""

import json

import anthropic

client = anthropic.Anthropic()
MODEL = "claude-sonnet-4-5"

with client.messages.stream(
    model=MODEL,
    max_tokens=1024,
    messages=[{"role": "user", "content": "Write a haiku about the sea."}],
) as stream:
    for text in stream.text_stream:
        print(text, end="", flush=True)
    print()
    message = stream.get_final_message()
print("stop:", message.stop_reason, "output tokens:", message.usage.output_tokens)

with client.messages.stream(
    model=MODEL,
    max_tokens=1024,
    messages=[{"role": "user", "content": "Now one about the mountains."}],
) as stream:
    for event in stream:
        if event.type == "message_start":
            print("start:", event.message.id, event.message.usage.input_tokens)
        elif event.type == "text":
            print("text:", json.dumps(event.text), "so far:", json.dumps(event.snapshot))
        elif event.type == "content_block_stop":
            print("block", event.index, "done:", event.content_block.type)
        elif event.type == "message_delta":
            print("delta:", event.delta.stop_reason, event.usage.output_tokens)
        elif event.type == "message_stop":
            print("message done:", event.message.stop_reason)
        else:
            print("event:", event.type)
    print(stream.get_final_text())
    print("snapshot blocks:", len(stream.current_message_snapshot.content))
