"""Building requests: the builder, content helpers, media, limits, the validation pipeline, reply helpers."""
