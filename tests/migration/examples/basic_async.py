"""The async client: one awaited message, then a streamed one."""

import asyncio

import anthropic


async def main() -> None:
    client = anthropic.AsyncAnthropic()
    message = await client.messages.create(
        model="claude-sonnet-4-5",
        max_tokens=1024,
        messages=[{"role": "user", "content": "Give me a one-line fun fact."}],
    )
    print(message.content[0].text)
    print("usage:", message.usage.input_tokens, message.usage.output_tokens)

    async with client.messages.stream(
        model="claude-sonnet-4-5",
        max_tokens=1024,
        messages=[{"role": "user", "content": "And another one."}],
    ) as stream:
        async for text in stream.text_stream:
            print(text, end="", flush=True)
        print()
        final = await stream.get_final_message()
    print("stop:", final.stop_reason, final.usage.output_tokens)


asyncio.run(main())
