"""Create a message, print its text and usage, then continue with the reply as a turn."""

import anthropic

client = anthropic.Anthropic()
MODEL = "claude-sonnet-4-5"

messages = [{"role": "user", "content": "Name three primary colours, one per line."}]
response = client.messages.create(model=MODEL, max_tokens=1024, messages=messages)
print(response.id, response.type, response.role, response.model)
for block in response.content:
    if block.type == "text":
        print(block.text)
print("stop:", response.stop_reason, response.stop_sequence)
print("usage:", response.usage.input_tokens, response.usage.output_tokens)

messages.append({"role": "assistant", "content": response.content})
messages.append({"role": "user", "content": "Which of them is the warmest?"})
followup = client.messages.create(
    model=MODEL,
    max_tokens=1024,
    system="Answer in one short sentence.",
    messages=messages,
    stop_sequences=["\n\n"],
)
print(followup.content[0].text)
print("stop:", followup.stop_reason, followup.stop_sequence)
print("usage:", followup.usage.input_tokens, followup.usage.output_tokens)
