"""Colours of the item in a photo, ranked by the share of the item they cover.

1. `vision.mask` finds the item (border models + GrabCut, skin removed when worn).
2. Exposure is normalised on the whole frame (the brightest pixels are taken as white), so a white
   shirt photographed in a dim room is white, not gray.
3. Every item pixel is named by hue, chroma and lightness (CIE LCh) into a family of the shared
   vocabulary (`aisle.colors`); lightness decides black/gray/white, brown/orange, beige/yellow.
4. Highlights and shadows: coloured pixels in shade are named as if lit (a shirt's folds are
   not a second, browner colour); neutral pixels are named as one or two materials (a lightness
   split only when two distinct levels are there), each by its median level, so folds do not
   make a white shirt grey and glare does not make black shoes grey; a small black or grey part
   beside one main colour is its shading, not a colour.
5. Metals: silver and gold are named when an achromatic or yellow item shows the strong specular
   spread of polished metal; "multicolour" when no family covers enough of the item.

`color_summary` also says how sure it is, for the chat's answer.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass

import numpy as np
from PIL import Image
from scipy import ndimage

from aisle.colors import MULTICOLOUR
from vision.colour_space import FAMILY_ORDER, analysis_copy, nearest_shade, srgb_to_lab
from vision.facts import ColorShare
from vision.mask import foreground_mask
from vision.pixel_names import (
    lit_colours,
    neutral_materials,
    otsu,
    pixel_families,
    two_levels,
)

__all__ = ["FAMILY_ORDER", "analysis_copy", "srgb_to_lab"]

MIN_SHARE = 0.06  # families smaller than this are noise, not colours of the item
WHITE_POINT_PERCENTILE = 99.0  # of the frame's lightness, taken as paper white
MAX_EXPOSURE_GAIN = 1.6
SHADING_MAX_SHARE = 0.3  # achromatic parts smaller than this beside one main colour are shading
MULTICOLOUR_TOP_SHARE = 0.42  # the largest family covers less than this ...
MULTICOLOUR_OTHERS = 2  # ... and at least this many others cover MULTICOLOUR_OTHER_SHARE each
MULTICOLOUR_OTHER_SHARE = 0.1
METAL_SPREAD_L = 18.0  # lightness spread (std) of polished metal's reflections ...
METAL_RANGE_L = 45.0  # ... and the range between its dark and bright tenths
METAL_TWO_PART_GAP_L = 50.0  # a black upper on a white sole: two levels this far apart ...
METAL_TWO_PART_SPLIT = 0.75  # ... explaining this much of the variance is two parts, not metal
METAL_MAX_TEXTURE = 8.0  # median lightness gradient (per analysis pixel) above which it is a print
ACHROMATIC = frozenset({"black", "white", "gray", "silver"})


@dataclass(frozen=True)
class ColorSummary:
    """Families by area, the main colour ("multicolour" when none dominates), and confidence."""

    colors: list[ColorShare]
    main: str | None
    confidence: float


def dominant_colors(image: Image.Image, limit: int = 3) -> list[ColorShare]:
    """Colour families of the item, largest share first (shares of the item's pixels, sum ≤ 1)."""
    return color_summary(image, limit).colors


def color_summary(image: Image.Image, limit: int = 3) -> ColorSummary:
    lab, mask = item_region(image)
    item = exposure_normalised(lab, mask)[mask]
    if len(item) == 0:
        return ColorSummary([], None, 0.0)
    families = neutral_materials(item, lit_colours(item, pixel_families(item)))
    counts = np.bincount(families, minlength=len(FAMILY_ORDER)).astype(np.float64)
    shares = {FAMILY_ORDER[i]: c / len(item) for i, c in enumerate(counts) if c}
    shares = _without_shading(shares)
    metal = _metal(item, families, shares, _lightness_gradient(lab)[mask])
    if metal:
        tones = ("gray", "white") if metal == "silver" else ("yellow", "gold", "brown", "beige")
        shares[metal] = sum(shares.pop(tone, 0.0) for tone in tones)
    ranked = sorted(shares.items(), key=lambda kv: (-kv[1], kv[0]))
    colors = [
        ColorShare(name=family, share=round(share, 3), shade=_shade(item, families, family))
        for family, share in ranked[:limit]
        if share >= MIN_SHARE
    ]
    if not colors:
        return ColorSummary([], None, 0.0)
    main, confidence = _main_colour(ranked, mask)
    return ColorSummary(colors, main, confidence)


def _without_shading(shares: dict[str, float]) -> dict[str, float]:
    """Fold highlights/shadows into the main colour: a black shoe's glare is not a gray part.

    Only a lighter or darker achromatic neighbour of the main family counts as its shading:
    gray beside black or white, black beside a dark colour; never two real colours.
    """
    if not shares:
        return shares
    main = max(shares, key=lambda k: shares[k])
    merged = dict(shares)
    dark_colours = ("blue", "brown", "green", "purple", "red")
    neighbours = {"black": ("gray",), "white": ("gray",), "gray": ()}
    shading = neighbours.get(main, ("black",) if main in dark_colours else ())
    for family in shading:
        if 0 < merged.get(family, 0.0) <= SHADING_MAX_SHARE and merged[main] >= 0.4:
            merged[main] += merged.pop(family)
    return merged


def _metal(
    item: np.ndarray,
    families: np.ndarray,
    shares: dict[str, float],
    texture: np.ndarray | None = None,
) -> str | None:
    """'silver' or 'gold' when the item is mostly neutral (or yellow) with a metal's glare."""
    neutral = np.isin(families, [FAMILY_ORDER.index(f) for f in ("gray", "white", "black")])
    yellow = families == FAMILY_ORDER.index("yellow")
    yellow |= families == FAMILY_ORDER.index("gold")
    warm = yellow | np.isin(families, [FAMILY_ORDER.index(f) for f in ("brown", "beige")])
    for name, part in (("silver", neutral), ("gold", warm)):
        if part.mean() < 0.6:
            continue
        lightness = item[part, 0]
        low, high = np.percentile(lightness, [10, 90])
        if lightness.std() < METAL_SPREAD_L or high - low < METAL_RANGE_L:
            continue
        threshold = otsu(lightness)
        low_part, high_part = lightness[lightness < threshold], lightness[lightness >= threshold]
        if two_levels(lightness, low_part, high_part, METAL_TWO_PART_GAP_L, METAL_TWO_PART_SPLIT):
            continue  # two flat materials (a white upper on a black sole), not one reflection
        if name == "gold" and float(yellow.mean()) < 0.25:
            continue
        if name == "silver" and (shares.get("gray", 0) < 0.4 or shares.get("black", 0) > 0.25):
            continue  # a black-and-white print is not metal: polished metal is mostly mid-grey
        if texture is not None and float(np.median(texture[part])) > METAL_MAX_TEXTURE:
            continue  # sharp print edges everywhere, not the smooth gradients of reflections
        return name
    return None


def _lightness_gradient(lab: np.ndarray) -> np.ndarray:
    lightness = lab[..., 0]
    return np.hypot(ndimage.sobel(lightness, 0), ndimage.sobel(lightness, 1)) / 8.0


def _shade(item: np.ndarray, families: np.ndarray, family: str) -> str | None:
    if family in FAMILY_ORDER:
        part = item[families == FAMILY_ORDER.index(family)]
        centre = np.median(part, axis=0) if len(part) else np.median(item, axis=0)
    else:
        centre = np.median(item, axis=0)
    shade, found = nearest_shade(centre, family)
    return shade if found == family else family


def _main_colour(ranked: list[tuple[str, float]], mask: np.ndarray) -> tuple[str, float]:
    """The colour a person would name, and how sure: dominance of the top family over the next,
    discounted when the item could not be told from the background (the mask is the frame)."""
    top, top_share = ranked[0]
    second = ranked[1][1] if len(ranked) > 1 else 0.0
    others = [s for _, s in ranked[1:] if s >= MULTICOLOUR_OTHER_SHARE]
    if top_share < MULTICOLOUR_TOP_SHARE and (
        len(others) >= MULTICOLOUR_OTHERS or sum(s for _, s in ranked[1:]) > 1.3 * top_share
    ):
        spread = 1.0 - top_share
        return MULTICOLOUR, round(float(min(0.9, 0.4 + 0.5 * spread)), 2)
    confidence = 0.35 + 0.65 * min(1.0, top_share) * (1.0 - 0.5 * second / max(top_share, 1e-6))
    if mask.all():
        confidence *= 0.8
    return top, round(float(min(0.98, confidence)), 2)


def exposure_normalised(lab: np.ndarray, mask: np.ndarray | None = None) -> np.ndarray:
    """Lab with lightness rescaled so the frame's brightest pixels are white (capped gain)."""
    white = float(np.percentile(lab[..., 0], WHITE_POINT_PERCENTILE))
    gain = min(MAX_EXPOSURE_GAIN, 100.0 / max(white, 1.0))
    if gain <= 1.0:
        return lab
    out = lab.copy()
    out[..., 0] = np.minimum(100.0, lab[..., 0] * gain)
    out[..., 1:] = lab[..., 1:] * (1 + (gain - 1) * 0.5)
    return out


def item_region(image: Image.Image) -> tuple[np.ndarray, np.ndarray]:
    """(Lab pixels of the analysis copy, mask of the item); colours and framing both need it,
    so the last answer is kept (one entry, checked by identity: safe across threads)."""
    global _last_region
    cached = _last_region
    if cached is not None and cached[0] is image:
        return cached[1], cached[2]
    rgb = np.asarray(analysis_copy(image))
    lab = srgb_to_lab(rgb)
    mask = _inner(foreground_mask(lab, rgb))
    _last_region = (image, lab, mask)
    return lab, mask


_last_region: tuple[Image.Image, np.ndarray, np.ndarray] | None = None


def mean_color(image: Image.Image) -> str:
    """Family of the mean pixel: the naive baseline the benchmark compares against."""
    lab = srgb_to_lab(np.asarray(analysis_copy(image)).reshape(-1, 3).mean(axis=0))
    return nearest_shade(lab)[1]


def border_palette_color(image: Image.Image) -> str | None:
    """Baseline: the most common palette family after removing pixels near the border colour."""
    rgb = np.asarray(analysis_copy(image))
    lab = srgb_to_lab(rgb)
    ring = np.ones(lab.shape[:2], dtype=bool)
    ring[4:-4, 4:-4] = False
    border = np.median(lab[ring], axis=0)
    keep = np.linalg.norm(lab - border, axis=-1) > 10.0
    pixels = lab[keep] if keep.any() else lab.reshape(-1, 3)
    pixels = pixels[:: max(1, len(pixels) // 3000)]
    names = [nearest_shade(p)[1] for p in pixels]
    return max(set(names), key=names.count) if names else None


def _inner(mask: np.ndarray) -> np.ndarray:
    """The mask without its rim: edge pixels blend item and background into a third colour."""
    if mask.all():
        return mask
    inner = ndimage.binary_erosion(mask, iterations=1)
    return inner if inner.sum() >= 0.3 * mask.sum() else mask


def family_shares(colors: list[ColorShare]) -> dict[str, float]:
    out: dict[str, float] = defaultdict(float)
    for c in colors:
        out[c.name] += c.share
    return dict(out)
