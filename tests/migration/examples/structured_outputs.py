"""Ask for an answer in the shape of a pydantic model and read it back as one."""

import anthropic
import pydantic


class Order(pydantic.BaseModel):
    product: str
    quantity: int
    unit_price: float
    gift_wrap: bool


client = anthropic.Anthropic()
parsed = client.messages.parse(
    model="claude-sonnet-4-5",
    max_tokens=1024,
    messages=[
        {
            "role": "user",
            "content": "Extract the order: three blue mugs at 7.50 each, please gift wrap them.",
        }
    ],
    output_format=Order,
)
order = parsed.parsed_output
print(type(order).__name__, order.product, order.quantity, order.unit_price, order.gift_wrap)
print("total:", order.quantity * order.unit_price)
print("stop:", parsed.stop_reason, parsed.content[0].type)
