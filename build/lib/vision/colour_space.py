"""Colour arithmetic shared by the colour modules: sRGB to CIE Lab, the shared vocabulary's shades
in Lab, the family order, and the small analysis copy every colour measure works on."""

from __future__ import annotations

import numpy as np
from PIL import Image

from aisle.colors import SHADES

ANALYSIS_SIDE = 128  # pixels on the longest side; colour needs no detail


def srgb_to_lab(rgb: np.ndarray) -> np.ndarray:
    """(..., 3) uint8/float sRGB in 0..255 to CIE Lab (D65)."""
    c = np.asarray(rgb, dtype=np.float64) / 255.0
    linear = np.where(c <= 0.04045, c / 12.92, ((c + 0.055) / 1.055) ** 2.4)
    matrix = np.array(
        [[0.4124564, 0.3575761, 0.1804375],
         [0.2126729, 0.7151522, 0.0721750],
         [0.0193339, 0.1191920, 0.9503041]]
    )  # fmt: skip
    xyz = linear @ matrix.T / np.array([0.95047, 1.0, 1.08883])
    f = np.where(xyz > 216 / 24389, np.cbrt(xyz), (24389 / 27 * xyz + 16) / 116)
    lightness = 116 * f[..., 1] - 16
    a = 500 * (f[..., 0] - f[..., 1])
    b = 200 * (f[..., 1] - f[..., 2])
    return np.stack([lightness, a, b], axis=-1)


SHADE_NAMES = tuple(SHADES)
SHADE_FAMILIES = tuple(SHADES[n][0] for n in SHADE_NAMES)
SHADE_LAB = srgb_to_lab(np.array([SHADES[n][1] for n in SHADE_NAMES], dtype=np.float64))


def nearest_shade(lab: np.ndarray, family: str | None = None) -> tuple[str, str]:
    """(shade, family) closest to one Lab colour, optionally within one family."""
    distances = np.linalg.norm(SHADE_LAB - lab, axis=1)
    if family is not None and family in SHADE_FAMILIES:
        distances = np.where(np.array(SHADE_FAMILIES) == family, distances, np.inf)
    best = int(np.argmin(distances))
    return SHADE_NAMES[best], SHADE_FAMILIES[best]


FAMILY_ORDER = (
    "black", "white", "gray", "red", "orange", "yellow", "green", "blue",
    "purple", "pink", "brown", "beige", "gold", "silver",
)  # fmt: skip


def analysis_copy(image: Image.Image) -> Image.Image:
    small = image.convert("RGB")
    if max(small.size) > ANALYSIS_SIDE:
        small = small.copy()
        small.thumbnail((ANALYSIS_SIDE, ANALYSIS_SIDE), Image.Resampling.BOX)
    return small
