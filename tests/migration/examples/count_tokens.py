"""Count the tokens of a prompt before sending it, with and without tools."""

import anthropic

client = anthropic.Anthropic()
MODEL = "claude-sonnet-4-5"

count = client.messages.count_tokens(
    model=MODEL,
    system="You are a terse assistant.",
    messages=[{"role": "user", "content": "Summarise the plot of Hamlet."}],
)
print("plain:", count.input_tokens)

with_tools = client.messages.count_tokens(
    model=MODEL,
    tools=[
        {
            "name": "lookup",
            "description": "Look a word up in the dictionary.",
            "input_schema": {
                "type": "object",
                "properties": {"word": {"type": "string"}},
                "required": ["word"],
            },
        }
    ],
    messages=[{"role": "user", "content": "What does 'sesquipedalian' mean?"}],
)
print("with tools:", with_tools.input_tokens)
