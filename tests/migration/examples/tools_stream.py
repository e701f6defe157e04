"""Stream a reply that calls a tool: the input as it arrives, then the finished block."""

import json

import anthropic

client = anthropic.Anthropic()

tools = [
    {
        "name": "get_stock_price",
        "description": "The latest trading price of a stock.",
        "input_schema": {
            "type": "object",
            "properties": {
                "ticker": {"type": "string"},
                "exchange": {"type": "string"},
            },
            "required": ["ticker"],
        },
    }
]

with client.messages.stream(
    model="claude-sonnet-4-5",
    max_tokens=1024,
    tools=tools,
    messages=[{"role": "user", "content": "How is ACME trading on the NYSE?"}],
) as stream:
    for event in stream:
        if event.type == "text":
            print("text:", json.dumps(event.text))
        elif event.type == "input_json":
            print("partial:", json.dumps(event.partial_json))
            print("snapshot:", json.dumps(event.snapshot, sort_keys=True))
        elif event.type == "content_block_stop":
            block = event.content_block
            print("done:", block.type)
            if block.type == "tool_use":
                print("call:", block.id, block.name, json.dumps(block.input, sort_keys=True))
    message = stream.get_final_message()

print("stop:", message.stop_reason)
print("blocks:", [block.type for block in message.content])
