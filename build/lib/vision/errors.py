"""Why an image was refused, so the API can answer 413, 415 or 422 with a reason."""

from __future__ import annotations


class ImageRejected(ValueError):
    """An image Aisle will not analyse; the message says why in words a shopper understands."""


class ImageTooLarge(ImageRejected):
    """More bytes than `max_image_bytes` (HTTP 413)."""


class UnsupportedImage(ImageRejected):
    """Not a JPEG, PNG or WebP file (HTTP 415)."""


class UndecodableImage(ImageRejected):
    """Claims a supported format but cannot be decoded (HTTP 422)."""


class DecompressionBomb(UndecodableImage):
    """More pixels than `max_image_pixels`; refused before any pixel is decoded (HTTP 422)."""


class UnknownImage(LookupError):
    """No stored image has this id."""
