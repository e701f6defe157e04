"""Stream an answer in the shape of a pydantic model: partial objects, then the parsed one."""

import json

import anthropic
import pydantic


class Order(pydantic.BaseModel):
    product: str
    quantity: int
    unit_price: float
    gift_wrap: bool


client = anthropic.Anthropic()
with client.messages.stream(
    model="claude-sonnet-4-5",
    max_tokens=1024,
    messages=[{"role": "user", "content": "Extract the order: two red scarves at 12 each."}],
    output_format=Order,
) as stream:
    for event in stream:
        if event.type == "text":
            print(json.dumps(event.parsed_snapshot(), sort_keys=True))
    order = stream.get_final_message().parsed_output

print(type(order).__name__, order.product, order.quantity, order.unit_price, order.gift_wrap)
