"""Straighten a slightly tilted page before OCR: Tesseract drops or garbles lines of a label
photographed a few degrees off, and the section bars no longer span one pixel row.

The angle comes from a projection-profile search: the ink rows of a level page form sharp peaks
(text lines, rules), so the angle whose row profile changes most steeply is the page's tilt.
"""

from __future__ import annotations

import numpy as np
from PIL import Image, ImageOps

MAX_SKEW_DEG = 5.0  # photos of a label held by hand; beyond this is a different problem
COARSE_STEP_DEG = 0.5
FINE_STEP_DEG = 0.05
MIN_SKEW_DEG = 0.3  # the estimate's noise on level pages; below it rotating only blurs
ESTIMATE_SIDE = 600  # enough rows to resolve 0.1° across a label; keeps the search ~40 ms
INK_LEVEL = 96  # after autocontrast: darker than this is print, not paper or a tinted backdrop
MIN_INK_PIXELS = 200


def estimate_skew(image: Image.Image, max_deg: float = MAX_SKEW_DEG) -> float:
    """Degrees the page is turned counter-clockwise (Pillow's sense); 0.0 when there is no ink."""
    gray = ImageOps.grayscale(image)
    gray.thumbnail((ESTIMATE_SIDE, ESTIMATE_SIDE))
    pixels = np.asarray(ImageOps.autocontrast(gray, cutoff=1))
    ys, xs = np.nonzero(pixels < INK_LEVEL)
    if len(xs) < MIN_INK_PIXELS:
        return 0.0
    xs = xs - pixels.shape[1] / 2
    ys = ys - pixels.shape[0] / 2

    def sharpness(degrees: float) -> float:
        theta = np.deg2rad(degrees)
        rows = np.round(ys * np.cos(theta) + xs * np.sin(theta)).astype(np.int64)
        profile = np.bincount(rows - rows.min()).astype(np.float64)
        return float(np.square(np.diff(profile)).sum())

    coarse = np.arange(-max_deg, max_deg + 1e-9, COARSE_STEP_DEG)
    best = max(coarse, key=sharpness)
    fine = best + np.arange(-COARSE_STEP_DEG, COARSE_STEP_DEG + 1e-9, FINE_STEP_DEG)
    return round(float(max(fine, key=sharpness)), 2)


def deskewed(image: Image.Image, max_deg: float = MAX_SKEW_DEG) -> Image.Image:
    """The page turned level, corners filled with white; unchanged when already level."""
    angle = estimate_skew(image, max_deg)
    if abs(angle) < MIN_SKEW_DEG:
        return image
    fill = 255 if image.mode == "L" else (255,) * len(image.getbands())
    return image.rotate(-angle, resample=Image.Resampling.BICUBIC, expand=True, fillcolor=fill)
