"""Colours as the photo path names them, for the benchmarks: the item's embedding and early
activations from the encoder's one forward pass handed to `color_summary` (`Vision.look_at`)."""

from __future__ import annotations

from PIL import Image

from vision.colors import ColorSummary, color_summary
from vision.encoder import EfficientNetLite0Encoder


def photo_colours(image: Image.Image, encoder: EfficientNetLite0Encoder | None) -> ColorSummary:
    """`color_summary` with the encoder's vectors (None: the colour features alone)."""
    if encoder is None:
        return color_summary(image)
    encoded = encoder.encode([image])
    return color_summary(image, embedding=encoded.features[0], early=encoded.early[0])
