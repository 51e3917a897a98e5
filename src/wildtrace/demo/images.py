"""Deterministic placeholder photos for the demo marketplace, as small PNGs (stdlib only).

The demo must work offline and ship no binary assets, yet the crawler's evidence capture
needs real, distinct images to download, hash and store. Each picture is derived from a
hash of its name, so the same listing always shows the same photos and different listings
show different ones (useful for testing image de-duplication and perceptual hashing).
"""

from __future__ import annotations

import hashlib
import struct
import zlib
from functools import lru_cache

PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"
MIN_SIZE = 8
MAX_SIZE = 512

Colour = tuple[int, int, int]


def image_count(listing_id: str) -> int:
    """How many photos (1-3) a listing has, derived from its id."""
    return 1 + hashlib.sha256(f"count:{listing_id}".encode()).digest()[0] % 3


def image_names(listing_id: str) -> list[str]:
    """The image names of a listing, e.g. ``["L0001-1", "L0001-2"]`` (served as NAME.png)."""
    return [f"{listing_id}-{index}" for index in range(1, image_count(listing_id) + 1)]


def _chunk(kind: bytes, data: bytes) -> bytes:
    body = kind + data
    return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body))


def encode_png(width: int, height: int, rows: list[bytes]) -> bytes:
    """A truecolour 8-bit PNG from ``height`` rows of ``width * 3`` RGB bytes."""
    if len(rows) != height or any(len(row) != width * 3 for row in rows):
        raise ValueError("rows do not match the image size")
    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    raw = b"".join(b"\x00" + row for row in rows)  # filter type 0 (None) on every row
    return (
        PNG_SIGNATURE
        + _chunk(b"IHDR", header)
        + _chunk(b"IDAT", zlib.compress(raw, 9))
        + _chunk(b"IEND", b"")
    )


def _colour(seed: bytes, offset: int, *, light: bool) -> Colour:
    base = 150 if light else 20
    span = 256 - base if light else 140
    r, g, b = seed[offset : offset + 3]
    return (base + r % span, base + g % span, base + b % span)


def _picture(seed: bytes, size: int) -> list[bytes]:
    """Background, stripes, a disc and a box, all placed by bytes of ``seed``."""
    background = _colour(seed, 0, light=True)
    stripe = _colour(seed, 3, light=True)
    disc = _colour(seed, 6, light=False)
    box = _colour(seed, 9, light=False)
    vertical = seed[12] % 2 == 0
    period = max(2, size // (3 + seed[13] % 6))
    cx, cy = size * (25 + seed[14] % 50) // 100, size * (25 + seed[15] % 50) // 100
    radius = size * (12 + seed[16] % 18) // 100
    bx0, by0 = size * (seed[17] % 60) // 100, size * (seed[18] % 60) // 100
    bx1, by1 = bx0 + size * (15 + seed[19] % 25) // 100, by0 + size * (10 + seed[20] % 25) // 100
    rows = []
    for y in range(size):
        row = bytearray()
        for x in range(size):
            if (x - cx) ** 2 + (y - cy) ** 2 <= radius**2:
                colour = disc
            elif bx0 <= x < bx1 and by0 <= y < by1:
                colour = box
            elif ((x if vertical else y) // period) % 2:
                colour = stripe
            else:
                colour = background
            row.extend(colour)
        rows.append(bytes(row))
    return rows


@lru_cache(maxsize=512)
def listing_png(listing_id: str, size: int = 96) -> bytes:
    """A ``size`` x ``size`` PNG picture derived from ``listing_id`` (or an image name).

    Deterministic: the same arguments always give the same bytes.
    """
    if not MIN_SIZE <= size <= MAX_SIZE:
        raise ValueError(f"size must be between {MIN_SIZE} and {MAX_SIZE}, got {size}")
    seed = hashlib.sha256(f"picture:{listing_id}".encode()).digest()
    return encode_png(size, size, _picture(seed, size))
