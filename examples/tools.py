"""Let the model call a Python function: the tool loop runs it and sends back the result."""

from typing import Literal

import claude


@claude.tool
def get_weather(city: str, unit: Literal["celsius", "fahrenheit"] = "celsius") -> str:
    """Get the current weather in a city.

    Args:
        city: The city name, such as "Paris".
        unit: The temperature unit.
    """
    return f"18 degrees {unit} and sunny in {city}"


with claude.Client() as client:
    request = claude.MessageRequest("claude-sonnet-4-5", max_tokens=512).user(
        "What is the weather in Paris?"
    )
    result = claude.run_tools(client, request, [get_weather], max_iterations=5)
    print(claude.text_of(result.message))
    print(f"model calls: {result.iterations}, finished: {result.complete}")
