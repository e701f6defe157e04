"""Reading streamed bodies: SSE decoding, the stream accumulator, stream objects, JSON Lines."""
