"""Let the model search the web, then print the searches, results and cited text."""

import anthropic

client = anthropic.Anthropic()
MODEL = "claude-sonnet-4-5"
tools = [{"type": "web_search_20250305", "name": "web_search", "max_uses": 3}]
question = {"role": "user", "content": "What is the tallest building in the world?"}

response = client.messages.create(model=MODEL, max_tokens=2048, tools=tools, messages=[question])
for block in response.content:
    if block.type == "server_tool_use":
        print("search:", block.id, block.name, block.input["query"])
    elif block.type == "web_search_tool_result":
        print("results for", block.tool_use_id)
        for result in block.content:
            print("  ", result.title, result.url, result.page_age)
    elif block.type == "text":
        print("text:", block.text)
        for citation in block.citations or []:
            print("  cited:", citation.type, citation.url, citation.cited_text)
print("searches:", response.usage.server_tool_use.web_search_requests)

followup = client.messages.create(
    model=MODEL,
    max_tokens=2048,
    tools=tools,
    messages=[
        question,
        {"role": "assistant", "content": response.content},
        {"role": "user", "content": "How tall is it in feet?"},
    ],
)
print(followup.content[0].text)
