"""Submit a message batch with the async client, wait for it, and read its results."""

import asyncio
import os

import claude


async def main() -> None:
    async with claude.AsyncClient() as client:
        batch = await client.messages.batches.create(
            requests=[
                {
                    "custom_id": f"question-{i}",
                    "params": {
                        "model": "claude-haiku-4-5",
                        "max_tokens": 64,
                        "messages": [{"role": "user", "content": f"What is {i} + {i}?"}],
                    },
                }
                for i in range(3)
            ]
        )
        print(f"batch {batch.id}: {batch.processing_status}")
        poll = float(os.environ.get("EXAMPLE_POLL_SECONDS", "10"))
        while batch.processing_status != "ended":
            await asyncio.sleep(poll)
            batch = await client.messages.batches.retrieve(batch.id)
        async for line in await client.messages.batches.results(batch.id):
            print(f"{line.custom_id}: {line.result.type}")


asyncio.run(main())
