from __future__ import annotations

import base64
import struct
import time
import tracemalloc
import zlib
from pathlib import Path

import pytest
from PIL import Image

from tests.vision.fakes import png_bytes
from vision.errors import DecompressionBomb, ImageTooLarge, UndecodableImage, UnsupportedImage
from vision.intake import WORKING_SIDE, load_image

MB = 1024 * 1024
LIMITS = {"max_bytes": 10 * MB, "max_pixels": 25_000_000}


def _chunk(kind: bytes, payload: bytes) -> bytes:
    return (
        struct.pack(">I", len(payload))
        + kind
        + payload
        + struct.pack(">I", zlib.crc32(kind + payload) & 0xFFFFFFFF)
    )


def bomb_png(width: int, height: int) -> bytes:
    """A tiny PNG whose header claims width×height RGB pixels (1.2 GB for 20000×20000)."""
    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    rows = zlib.compress(b"\x00" * 64)
    chunks = _chunk(b"IHDR", header) + _chunk(b"IDAT", rows) + _chunk(b"IEND", b"")
    return b"\x89PNG\r\n\x1a\n" + chunks


@pytest.mark.parametrize("side", [20_000, 6_000])  # beyond Pillow's own guard, and only ours
def test_decompression_bomb_is_refused_before_decoding(side: int) -> None:
    data = bomb_png(side, side)
    assert len(data) < 200
    tracemalloc.start()
    started = time.perf_counter()
    with pytest.raises(DecompressionBomb, match="pixels"):
        load_image(data, **LIMITS)
    elapsed = time.perf_counter() - started
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    assert elapsed < 0.5
    assert peak < 5 * MB, f"peak {peak} bytes: pixels were allocated"  # decoding needs ≥108 MB


@pytest.mark.parametrize(("fmt", "reason"), [("GIF", "GIF"), ("BMP", "BMP"), ("TIFF", "TIFF")])
def test_formats_other_than_jpeg_png_webp_are_refused_with_their_name(
    fmt: str, reason: str
) -> None:
    data = png_bytes(Image.new("RGB", (10, 10), "red"), fmt=fmt)
    with pytest.raises(UnsupportedImage, match=reason):
        load_image(data, **LIMITS)


def test_text_pretending_to_be_an_image_is_refused() -> None:
    with pytest.raises(UnsupportedImage):
        load_image(b"hello, I am a plain text file\n" * 10, **LIMITS)


def test_oversize_file_is_refused_before_decoding(tmp_path: Path) -> None:
    data = png_bytes(Image.new("RGB", (64, 64), "red"))
    with pytest.raises(ImageTooLarge, match="MB"):
        load_image(data, max_bytes=len(data) - 1, max_pixels=LIMITS["max_pixels"])
    path = tmp_path / "big.png"
    path.write_bytes(data)
    with pytest.raises(ImageTooLarge):
        load_image(path, max_bytes=len(data) - 1, max_pixels=LIMITS["max_pixels"])


def test_truncated_png_is_undecodable() -> None:
    data = png_bytes(Image.effect_noise((200, 200), 50).convert("RGB"))
    with pytest.raises(UndecodableImage):
        load_image(data[: len(data) // 2], **LIMITS)


@pytest.mark.parametrize("fmt", ["JPEG", "PNG", "WEBP"])
def test_accepted_formats_become_a_small_rgb_working_copy(fmt: str) -> None:
    image = Image.new("RGB", (1600, 800), (10, 120, 200))
    accepted = load_image(png_bytes(image, fmt=fmt), **LIMITS)
    assert accepted.format == fmt
    assert accepted.image.mode == "RGB"
    assert max(accepted.image.size) <= WORKING_SIDE
    assert accepted.original_size == (1600, 800)
    assert len(accepted.sha256) == 64


def test_exif_orientation_is_applied() -> None:
    # A landscape photo whose EXIF says "rotate 90°": the shopper sees it portrait.
    image = Image.new("RGB", (400, 200), "white")
    image.paste((255, 0, 0), (0, 0, 200, 200))  # red on the left half
    exif = Image.Exif()
    exif[0x0112] = 6  # Orientation: rotate 90 CW to display
    accepted = load_image(png_bytes(image, fmt="JPEG", exif=exif), **LIMITS)
    width, height = accepted.image.size
    assert height > width
    top = accepted.image.getpixel((width // 2, height // 4))
    assert isinstance(top, tuple) and top[0] > 200 and top[1] < 60  # red is now on top


def test_transparent_png_is_flattened_onto_white() -> None:
    image = Image.new("RGBA", (50, 50), (0, 0, 0, 0))
    accepted = load_image(png_bytes(image), **LIMITS)
    assert accepted.image.getpixel((5, 5)) == (255, 255, 255)


def test_data_url_and_path_are_accepted(tmp_path: Path) -> None:
    data = png_bytes(Image.new("RGB", (20, 20), "blue"))
    url = "data:image/png;base64," + base64.b64encode(data).decode()
    path = tmp_path / "photo.png"
    path.write_bytes(data)
    from_url = load_image(url, **LIMITS)
    from_path = load_image(path, **LIMITS)
    assert from_url.sha256 == from_path.sha256 == load_image(data, **LIMITS).sha256
