"""Usage and cost: add up tokens per model across calls and streams; a budget stops a loop."""

import claude

prices = {
    "claude-sonnet-4-5": claude.Price(input=3.0, output=15.0, cache_write=3.75, cache_read=0.3)
}
tracker = claude.UsageTracker(prices, max_tokens=150)
request = {
    "model": "claude-sonnet-4-5",
    "max_tokens": 40,
    "messages": [{"role": "user", "content": "Name a colour."}],
}

with claude.Client(usage=tracker) as client:
    client.messages.create(**request)
    with client.messages.stream(**request) as stream:
        stream.get_final_message()
    for model, usage in tracker.by_model().items():
        print(f"{model}: {usage.requests} messages, {usage.input_tokens} in, "
              f"{usage.output_tokens} out")  # fmt: skip
    print(f"cost so far: ${tracker.cost():.6f}")
    calls = 0
    try:
        while True:
            client.messages.create(**request)
            calls += 1
    except claude.BudgetExceededError as exc:
        print(f"stopped after {calls} more calls: {exc}")
