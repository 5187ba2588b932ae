"""The hand rules that turn named pixels into the item's colours (the model's fallback and inputs).

Shading folded into the main colour, polished metal (silver, gold) from its spread of
reflections, "multicolour" when no family covers enough of the item, after the frame's exposure is
normalised (`vision.exposure`).
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
from scipy import ndimage

from aisle.colors import MULTICOLOUR
from vision.colour_space import FAMILY_ORDER
from vision.exposure import exposure_normalised
from vision.mask import border_ring
from vision.pixel_names import lit_colours, neutral_materials, otsu, pixel_families, two_levels

SHADING_MAX_SHARE = 0.3  # achromatic parts smaller than this beside one main colour are shading
MULTICOLOUR_TOP_SHARE = 0.42  # the largest family covers less than this ...
MULTICOLOUR_OTHERS = 2  # ... and at least this many others cover MULTICOLOUR_OTHER_SHARE each
MULTICOLOUR_OTHER_SHARE = 0.1
METAL_SPREAD_L = 18.0  # lightness spread (std) of polished metal's reflections ...
METAL_RANGE_L = 45.0  # ... and the range between its dark and bright tenths
METAL_TWO_PART_GAP_L = 50.0  # a black upper on a white sole: two levels this far apart ...
METAL_TWO_PART_SPLIT = 0.75  # ... explaining this much of the variance is two parts, not metal
METAL_MAX_TEXTURE = 8.0  # median lightness gradient (per analysis pixel) above which it is a print


@dataclass(frozen=True)
class RuleReading:
    """What the rules see in the item: its pixels (exposure normalised) and their families at each
    step, the families' shares after shading and metal, the main colour and how sure."""

    item: np.ndarray
    raw: np.ndarray  # family index of every item pixel, named one by one
    lit: np.ndarray  # ... with coloured pixels in shade named as if lit
    families: np.ndarray  # ... with neutral pixels named as materials
    ranked: list[tuple[str, float]]  # families by share, after shading and metal
    main: str
    confidence: float


def read_by_rules(lab: np.ndarray, mask: np.ndarray) -> RuleReading | None:
    """The rules' reading of the item under `mask` (None when the mask is empty)."""
    normalised = exposure_normalised(lab, mask)
    item = normalised[mask]
    if len(item) == 0:
        return None
    raw = pixel_families(item)
    lit = lit_colours(item, raw)
    backdrop = float(np.median(normalised[border_ring(*mask.shape)][:, 0]))
    families = neutral_materials(item, lit, backdrop)
    counts = np.bincount(families, minlength=len(FAMILY_ORDER)).astype(np.float64)
    shares = {FAMILY_ORDER[i]: c / len(item) for i, c in enumerate(counts) if c}
    shares = without_shading(shares)
    found = metal(item, families, shares, lightness_gradient(lab)[mask])
    if found:
        tones = ("gray", "white") if found == "silver" else ("yellow", "gold", "brown", "beige")
        shares[found] = sum(shares.pop(tone, 0.0) for tone in tones)
    ranked = sorted(shares.items(), key=lambda kv: (-kv[1], kv[0]))
    main, confidence = main_colour(ranked, mask)
    return RuleReading(item, raw, lit, families, ranked, main, confidence)


def without_shading(shares: dict[str, float]) -> dict[str, float]:
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


def metal(
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


def lightness_gradient(lab: np.ndarray) -> np.ndarray:
    lightness = lab[..., 0]
    return np.hypot(ndimage.sobel(lightness, 0), ndimage.sobel(lightness, 1)) / 8.0


def main_colour(ranked: list[tuple[str, float]], mask: np.ndarray) -> tuple[str, float]:
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
