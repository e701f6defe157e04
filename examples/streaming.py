"""Stream a reply: print text as it arrives, then the final message's stop reason and usage."""

import claude

with claude.Client() as client:
    request = (
        claude.MessageRequest("claude-sonnet-4-5", max_tokens=256)
        .with_system("Answer in one short sentence.")
        .user("Why is the sky blue?")
    )
    with client.messages.stream(request) as stream:
        for text in stream.text_stream:
            print(text, end="", flush=True)
        print()
        final = stream.get_final_message()
    print(f"stop_reason={final.stop_reason} output_tokens={final.usage.output_tokens}")
    print(f"request id: {stream.request_id}")
