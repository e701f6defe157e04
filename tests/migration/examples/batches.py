"""Submit a message batch, poll it until it ends, then read every result."""

import anthropic

client = anthropic.Anthropic()
MODEL = "claude-sonnet-4-5"

batch = client.messages.batches.create(
    requests=[
        {
            "custom_id": "greeting",
            "params": {
                "model": MODEL,
                "max_tokens": 256,
                "messages": [{"role": "user", "content": "Say hello in French."}],
            },
        },
        {
            "custom_id": "farewell",
            "params": {
                "model": MODEL,
                "max_tokens": 256,
                "messages": [{"role": "user", "content": "Say goodbye in French."}],
            },
        },
    ]
)
print("created:", batch.id, batch.type, batch.processing_status)

for _ in range(10):
    batch = client.messages.batches.retrieve(batch.id)
    print("polled:", batch.processing_status, batch.request_counts.processing)
    if batch.processing_status == "ended":
        break
counts = batch.request_counts
print("counts:", counts.succeeded, counts.errored, counts.canceled, counts.expired)

for result in client.messages.batches.results(batch.id):
    print(result.custom_id, result.result.type)
    if result.result.type == "succeeded":
        print("  ", result.result.message.content[0].text)
    elif result.result.type == "errored":
        print("  ", result.result.error.error.type, result.result.error.error.message)
