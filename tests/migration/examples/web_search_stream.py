"""Stream a reply that uses web search: the query, the results and the citations."""

import json

import anthropic

client = anthropic.Anthropic()

with client.messages.stream(
    model="claude-sonnet-4-5",
    max_tokens=2048,
    tools=[{"type": "web_search_20250305", "name": "web_search", "max_uses": 2}],
    messages=[{"role": "user", "content": "Who won the last Tour de France?"}],
) as stream:
    for event in stream:
        if event.type == "content_block_start":
            print("start:", event.content_block.type)
        elif event.type == "input_json":
            print("query so far:", json.dumps(event.snapshot, sort_keys=True))
        elif event.type == "text":
            print("text:", json.dumps(event.text))
        elif event.type == "citation":
            print("citation:", event.citation.url, event.citation.cited_text)
        elif event.type == "content_block_stop":
            block = event.content_block
            if block.type == "web_search_tool_result":
                print("results:", [result.url for result in block.content])
    message = stream.get_final_message()

print("searches:", message.usage.server_tool_use.web_search_requests)
print([block.type for block in message.content])
