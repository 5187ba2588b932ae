"""Photos in chat: checked before anything is stored; told apart as a label, a package or an item.

`accept_photo` runs the vision intake's checks (size, format, pixel count, a full decode), so a
GIF, HEIC, SVG, corrupt or oversized upload is refused before the image store or the graph sees
it. `refusal_text` says why in the shopper's terms, for channels that answer in words (the CLI).
"""

from __future__ import annotations

from aisle.settings import Settings
from vision.errors import (
    DecompressionBomb,
    ImageRejected,
    ImageTooLarge,
    UnsupportedImage,
)
from vision.intake import load_image

ACCEPTED = "a JPEG, PNG or WebP photo"


def accept_photo(image: bytes | str, settings: Settings) -> bytes:
    """The upload's bytes once the intake accepts them; raises an `ImageRejected` subclass."""
    return load_image(image, settings.max_image_bytes, settings.max_image_pixels).data


def refusal_text(exc: ImageRejected) -> str:
    """A friendly reply for a refused photo; nothing was stored or searched."""
    if isinstance(exc, ImageTooLarge):
        return f"That photo is too large for me ({exc}). Could you send a smaller one?"
    if isinstance(exc, UnsupportedImage):
        return f"I can't open that kind of file ({exc}). Please send {ACCEPTED}."
    if isinstance(exc, DecompressionBomb):
        return f"That image has too many pixels for me ({exc}). Please send a smaller photo."
    return f"I couldn't read that photo ({exc}). Please try another one, as {ACCEPTED}."
