"""Rate limiting: a token bucket shared by every task of a client, following the server's
``anthropic-ratelimit-*`` headers so a fleet slows down before it is throttled."""

import asyncio
import time

import claude

MESSAGES = [{"role": "user", "content": "Count the tokens of this sentence."}]


async def main() -> None:
    limit = claude.RateLimit(requests_per_minute=240, burst=2)  # 4 a second, 2 at once
    async with claude.AsyncClient(rate_limit=limit) as client:
        started = time.perf_counter()

        async def one(i: int) -> str:
            tokens = await client.messages.count_tokens(
                model="claude-sonnet-4-5", messages=MESSAGES
            )
            return (
                f"task {i} at {time.perf_counter() - started:.2f} s: {tokens.input_tokens} tokens"
            )

        for line in await asyncio.gather(*(one(i) for i in range(6))):
            print(line)
        info = claude.response_info(tokens := await client.messages.count_tokens(
            model="claude-sonnet-4-5", messages=MESSAGES))  # fmt: skip
        print("server limits seen:", info.rate_limits or "none", tokens.input_tokens)

    # A wait longer than the call's timeout is refused before anything is sent.
    with claude.Client(rate_limit=claude.RateLimit(requests_per_minute=1), timeout=1) as client:
        client.messages.count_tokens(model="claude-sonnet-4-5", messages=MESSAGES)
        try:
            client.messages.count_tokens(model="claude-sonnet-4-5", messages=MESSAGES)
        except claude.RateLimitWaitError as exc:
            print("refused:", exc)


asyncio.run(main())
