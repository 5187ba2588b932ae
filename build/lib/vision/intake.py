"""Safe image intake: size, format and pixel-count checks before decoding, then one downscale.

Every later step (colours, embedding, OCR) works on the small RGB copy made here, so a 25 MP
upload costs one decode, not four.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import io
import re
import warnings
from dataclasses import dataclass
from pathlib import Path

from PIL import Image, ImageOps, UnidentifiedImageError

from vision.errors import DecompressionBomb, ImageTooLarge, UndecodableImage, UnsupportedImage

ACCEPTED_FORMATS = ("JPEG", "PNG", "WEBP")
WORKING_SIDE = 512  # longest side of the copy every analysis step sees
TEXT_SIDE = 1600  # longest side of the copy OCR reads, decoded only when OCR runs
_DATA_URL = re.compile(r"^data:(?P<mime>[\w/+.-]*)(;[\w=.-]+)*?(?P<b64>;base64)?,", re.I)


@dataclass(frozen=True)
class IntakeImage:
    """An accepted upload: its original bytes, their sha256 and the working RGB copy."""

    data: bytes
    sha256: str
    format: str
    original_size: tuple[int, int]
    image: Image.Image

    def for_reading(self, max_pixels: int, side: int = TEXT_SIDE) -> Image.Image:
        """A sharper copy for OCR: small print needs more pixels than colours and embeddings."""
        if max(self.original_size) <= max(self.image.size):
            return self.image
        return decode_image(self.data, max_pixels, side)[0]


def read_image_source(source: bytes | Path | str, max_bytes: int) -> bytes:
    """Bytes of an upload given as raw bytes, a file path or a `data:` URL, within `max_bytes`."""
    if isinstance(source, bytes | bytearray | memoryview):
        data = bytes(source)
    elif isinstance(source, str) and source[:5].lower() == "data:":
        data = _decode_data_url(source, max_bytes)
    else:
        path = Path(source)
        if not path.is_file():
            raise UndecodableImage(f"no image file at {path}")
        if path.stat().st_size > max_bytes:
            raise ImageTooLarge(_too_large(path.stat().st_size, max_bytes))
        data = path.read_bytes()
    if len(data) > max_bytes:
        raise ImageTooLarge(_too_large(len(data), max_bytes))
    if not data:
        raise UndecodableImage("the image is empty")
    return data


def decode_image(
    data: bytes, max_pixels: int, working_side: int = WORKING_SIDE
) -> tuple[Image.Image, str, tuple[int, int]]:
    """The upright RGB working copy, its source format and its original size.

    The pixel budget is checked on the header (`im.size` after `open`, before `load`), so a
    small file that claims 20000×20000 pixels is refused without allocating them.
    """
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", Image.DecompressionBombWarning)
            image = Image.open(io.BytesIO(data), formats=list(ACCEPTED_FORMATS))
    except Image.DecompressionBombError as exc:
        raise DecompressionBomb(f"the image claims too many pixels ({exc})") from exc
    except UnidentifiedImageError as exc:
        raise UnsupportedImage(_unsupported_reason(data)) from exc
    except (OSError, SyntaxError, ValueError) as exc:
        raise UndecodableImage(f"the image could not be read: {exc}") from exc
    width, height = image.size
    if width <= 0 or height <= 0:
        raise UndecodableImage("the image has no pixels")
    if width * height > max_pixels:
        raise DecompressionBomb(
            f"the image is {width}×{height} = {width * height:,} pixels; "
            f"at most {max_pixels:,} are accepted"
        )
    fmt = image.format or "?"
    try:
        if fmt == "JPEG":
            image.draft("RGB", (working_side, working_side))  # decode at 1/2..1/8 scale
        image.load()
        upright = ImageOps.exif_transpose(image) or image
        upright.thumbnail((working_side, working_side), Image.Resampling.LANCZOS)
        return _to_rgb(upright), fmt, (width, height)
    except (OSError, SyntaxError, ValueError, Image.DecompressionBombError) as exc:
        raise UndecodableImage(f"the {fmt} image is damaged: {exc}") from exc


def load_image(
    source: bytes | Path | str, max_bytes: int, max_pixels: int, working_side: int = WORKING_SIDE
) -> IntakeImage:
    """Read, check and decode an upload; raises an `ImageRejected` subclass when refused."""
    data = read_image_source(source, max_bytes)
    image, fmt, size = decode_image(data, max_pixels, working_side)
    return IntakeImage(
        data=data,
        sha256=hashlib.sha256(data).hexdigest(),
        format=fmt,
        original_size=size,
        image=image,
    )


def accept_decoded(image: Image.Image, working_side: int = WORKING_SIDE) -> IntakeImage:
    """An image a caller already decoded, stored as PNG and brought to the working form."""
    buffer = io.BytesIO()
    image.save(buffer, format="PNG")
    data = buffer.getvalue()
    working = image.copy()
    working.thumbnail((working_side, working_side), Image.Resampling.LANCZOS)
    return IntakeImage(
        data=data,
        sha256=hashlib.sha256(data).hexdigest(),
        format="PNG",
        original_size=image.size,
        image=_to_rgb(working),
    )


def _to_rgb(image: Image.Image) -> Image.Image:
    """Flatten transparency onto white (how product shots are shown) and drop palettes."""
    if image.mode in ("RGBA", "LA", "PA") or (image.mode == "P" and "transparency" in image.info):
        rgba = image.convert("RGBA")
        background = Image.new("RGBA", rgba.size, (255, 255, 255, 255))
        return Image.alpha_composite(background, rgba).convert("RGB")
    return image.convert("RGB") if image.mode != "RGB" else image


def _decode_data_url(url: str, max_bytes: int) -> bytes:
    match = _DATA_URL.match(url)
    if not match:
        raise UndecodableImage("malformed data: URL")
    payload = url[match.end() :]
    if not match["b64"]:
        raise UnsupportedImage("data: URLs must be base64-encoded images")
    if len(payload) * 3 // 4 > max_bytes + 3:
        raise ImageTooLarge(_too_large(len(payload) * 3 // 4, max_bytes))
    try:
        return base64.b64decode(payload, validate=False)
    except (binascii.Error, ValueError) as exc:
        raise UndecodableImage("the data: URL is not valid base64") from exc


def _unsupported_reason(data: bytes) -> str:
    head = data[:12]
    known = {b"GIF8": "GIF", b"BM": "BMP", b"II*\x00": "TIFF", b"MM\x00*": "TIFF", b"%PDF": "PDF"}
    for magic, name in known.items():
        if head.startswith(magic):
            return f"{name} images are not accepted; send a JPEG, PNG or WebP"
    if head[4:12] in (b"ftypheic", b"ftypheix", b"ftypmif1", b"ftypavif"):
        return "HEIC/AVIF images are not accepted; send a JPEG, PNG or WebP"
    return "not a JPEG, PNG or WebP image"


def _too_large(size: int, limit: int) -> str:
    return f"the image is {size / 1e6:.1f} MB; at most {limit / 1e6:.1f} MB is accepted"
