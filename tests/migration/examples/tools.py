"""Offer a tool, run the call the model asks for, and send the result back."""

import json

import anthropic

client = anthropic.Anthropic()
MODEL = "claude-sonnet-4-5"

tools = [
    {
        "name": "get_weather",
        "description": "Get the current weather in a given city.",
        "input_schema": {
            "type": "object",
            "properties": {
                "city": {"type": "string", "description": "The city, e.g. Lisbon"},
                "unit": {"type": "string", "enum": ["celsius", "fahrenheit"]},
            },
            "required": ["city"],
        },
    }
]
user_turn = {"role": "user", "content": "What is the weather like in Lisbon?"}

response = client.messages.create(model=MODEL, max_tokens=1024, tools=tools, messages=[user_turn])
print("stop:", response.stop_reason)
for block in response.content:
    if block.type == "text":
        print("text:", block.text)
    elif block.type == "tool_use":
        print("tool:", block.id, block.name, json.dumps(block.input, sort_keys=True))

tool_use = next(block for block in response.content if block.type == "tool_use")
forecast = f"18 degrees {tool_use.input.get('unit', 'celsius')}, light wind"
followup = client.messages.create(
    model=MODEL,
    max_tokens=1024,
    tools=tools,
    tool_choice={"type": "auto"},
    messages=[
        user_turn,
        {"role": "assistant", "content": response.content},
        {
            "role": "user",
            "content": [{"type": "tool_result", "tool_use_id": tool_use.id, "content": forecast}],
        },
    ],
)
print("stop:", followup.stop_reason)
print(followup.content[0].text)
