"""Frame the item before embedding: crop to its silhouette with a small margin.

Catalog shots show the item large and centred; shoppers' photos show it smaller, tilted, on a
backdrop. Cropping both to the item makes their vectors comparable (measured in bench/vision.py:
photo → own product at rank 1 went from 21 to 33 of 60, leaf category from 43 to 52).
"""

from __future__ import annotations

import numpy as np
from PIL import Image

from vision.colors import item_region

MARGIN = 0.15  # of the item's longer side, so the outline stays in view


def frame_item(image: Image.Image) -> Image.Image:
    """A square-ish crop around the item, or the image itself when no item stands out."""
    box = item_box(image)
    return image if box is None else image.crop(box)


def item_box(image: Image.Image) -> tuple[int, int, int, int] | None:
    """The crop `frame_item` takes (left, top, right, bottom), or None for the whole image."""
    _, mask = item_region(image)
    if mask.all() or not mask.any():
        return None
    ys, xs = np.nonzero(mask)
    scale_x, scale_y = image.width / mask.shape[1], image.height / mask.shape[0]
    left, right = xs.min() * scale_x, (xs.max() + 1) * scale_x
    top, bottom = ys.min() * scale_y, (ys.max() + 1) * scale_y
    side = max(right - left, bottom - top) * (1 + MARGIN)
    cx, cy = (left + right) / 2, (top + bottom) / 2
    return (
        int(max(0, cx - side / 2)),
        int(max(0, cy - side / 2)),
        int(min(image.width, cx + side / 2)),
        int(min(image.height, cy + side / 2)),
    )


def item_cover(image: Image.Image, square: int, grid: int, frame: bool = True) -> np.ndarray:
    """How much of each cell of a `grid` x `grid` map the item covers (0..1), for the network's
    input: the (framed) image letterboxed into `square` pixels as `ImageOps.pad` does. Every cell
    is 1 when no item stands out (the whole photo is measured, as the colours do)."""
    _, mask = item_region(image)
    if mask.all() or not mask.any():
        return np.ones((grid, grid), dtype=np.float32)
    box = item_box(image) if frame else None
    left, top, right, bottom = box or (0, 0, image.width, image.height)
    width, height = right - left, bottom - top
    if width >= height:
        shown = (square, max(1, round(height / width * square)))
    else:
        shown = (max(1, round(width / height * square)), square)
    scale_x, scale_y = mask.shape[1] / image.width, mask.shape[0] / image.height
    region = (left * scale_x, top * scale_y, right * scale_x, bottom * scale_y)
    picture = Image.fromarray(mask.astype(np.uint8) * 255).resize(
        shown, Image.Resampling.BILINEAR, box=region
    )
    canvas = Image.new("L", (square, square), 0)
    canvas.paste(picture, (round((square - shown[0]) / 2), round((square - shown[1]) / 2)))
    cover = np.asarray(canvas.resize((grid, grid), Image.Resampling.BOX), dtype=np.float32)
    return cover / 255.0
