"""Send a small PNG, written to a temporary file, as a base64 image block."""

import base64
import struct
import tempfile
import zlib
from pathlib import Path

import anthropic


def png(width: int, height: int, rgb: tuple[int, int, int]) -> bytes:
    """A PNG of one colour."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        body = kind + data
        return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body))

    row = b"\x00" + bytes(rgb) * width
    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    pixels = zlib.compress(row * height)
    return (
        b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", pixels) + chunk(b"IEND", b"")
    )


with tempfile.TemporaryDirectory() as folder:
    path = Path(folder) / "square.png"
    path.write_bytes(png(4, 4, (200, 30, 30)))
    image_data = base64.b64encode(path.read_bytes()).decode("utf-8")

client = anthropic.Anthropic()
message = client.messages.create(
    model="claude-sonnet-4-5",
    max_tokens=1024,
    messages=[
        {
            "role": "user",
            "content": [
                {
                    "type": "image",
                    "source": {"type": "base64", "media_type": "image/png", "data": image_data},
                },
                {"type": "text", "text": "What colour is this square?"},
            ],
        }
    ],
)
print(len(image_data), image_data[:12])
print(message.content[0].text)
print("usage:", message.usage.input_tokens, message.usage.output_tokens)
