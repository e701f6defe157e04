"""Ask with extended thinking, print the thinking and the answer, and continue."""

import anthropic

client = anthropic.Anthropic()
MODEL = "claude-sonnet-4-5"
THINKING = {"type": "enabled", "budget_tokens": 2048}

question = {"role": "user", "content": "Is 1001 a prime number?"}
response = client.messages.create(
    model=MODEL, max_tokens=4096, thinking=THINKING, messages=[question]
)
for block in response.content:
    if block.type == "thinking":
        print("thinking:", block.thinking)
        print("signature:", block.signature)
    elif block.type == "redacted_thinking":
        print("redacted:", block.data)
    elif block.type == "text":
        print("text:", block.text)
print("usage:", response.usage.input_tokens, response.usage.output_tokens)

followup = client.messages.create(
    model=MODEL,
    max_tokens=4096,
    thinking=THINKING,
    messages=[
        question,
        {"role": "assistant", "content": response.content},
        {"role": "user", "content": "And 1009?"},
    ],
)
print([block.type for block in followup.content])
print(followup.content[-1].text)
