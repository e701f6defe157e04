"""Tools: the decorator, schemas from type hints, input checks and conversion, the loop."""
