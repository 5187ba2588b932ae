"""Naming the item's pixels by colour family (CIE LCh against the shared vocabulary's shades).

Lightness decides black/gray/white, brown/orange, beige/yellow; coloured pixels in shade are named
as if lit (a shirt's folds are not a second, browner colour); neutral pixels are named as one or
two materials (a lightness split only when two distinct levels are there), each by its median
level, so folds do not make a white shirt grey and glare does not make black shoes grey.
"""

from __future__ import annotations

import numpy as np

from vision.colour_space import FAMILY_ORDER, SHADE_FAMILIES, SHADE_LAB, nearest_shade

CHROMATIC_L_WEIGHT = 0.25  # lightness counts half when naming a coloured pixel by its shade
ACHROMATIC_CHROMA = 7.0  # chroma below this (a little more at the extremes) has no hue
WARM_GRAY_CHROMA = 8.0  # warm light tints greys; a cool tint under this is still a hue (navy)
BLACK_BELOW_L = 24.0
WHITE_ABOVE_L = 85.0
NEUTRAL_MINOR_SHARE = 0.15  # a second neutral material covers at least this share of them ...
NEUTRAL_MATERIAL_GAP_L = 35.0  # ... and is this much lighter or darker
LIGHT_MINORITY_GAP_L = 15.0  # ... or this much lighter when it is the smaller part (not shade)
LIGHT_MINORITY_BACKDROP_L = 15.0  # ... and this much lighter than the backdrop (else it may be
# the visible rest of a white part lost into a light backdrop by the mask)
NEUTRAL_SEPARATION = 0.75  # share of the lightness variance the split must explain (uniform: 0.75)
NEUTRAL_LIT_PERCENTILE = 75.0  # a neutral material's lit level (is it white?)
NEUTRAL_LEVEL_PERCENTILE = 50.0  # a neutral material's level: its median, past shade and glare
LIT_PERCENTILE = 85.0  # of a coloured item's lightness: its colour where the light falls on it
SHADED_MIN_L = 15.0  # darker pixels carry too little colour to relight


def pixel_families(lab: np.ndarray) -> np.ndarray:
    """Index into FAMILY_ORDER of every (..., 3) Lab pixel."""
    lightness, a, b = lab[..., 0], lab[..., 1], lab[..., 2]
    chroma = np.hypot(a, b)
    hue = np.degrees(np.arctan2(b, a)) % 360
    names = np.full(lightness.shape, FAMILY_ORDER.index("gray"), dtype=np.int8)

    def put(where: np.ndarray, family: str) -> None:
        names[where] = FAMILY_ORDER.index(family)

    achromatic = chroma < ACHROMATIC_CHROMA + 0.06 * np.abs(lightness - 50)
    achromatic |= (chroma < WARM_GRAY_CHROMA) & ((hue < 200) | (hue > 320))  # warm-lit greys
    put(achromatic & (lightness < BLACK_BELOW_L), "black")
    put(achromatic & (lightness > WHITE_ABOVE_L), "white")
    chromatic = ~achromatic
    if chromatic.any():
        names[chromatic] = _nearest_chromatic_family(lab[chromatic])
    cool = (hue >= 190) & (hue < 345)  # navy and plum stay colours even when very dark
    put(chromatic & (lightness < 22) & ~cool, "black")
    return names


_NEUTRAL = [FAMILY_ORDER.index(f) for f in ("black", "gray", "white")]
_CHROMATIC = [
    i for i, f in enumerate(SHADE_FAMILIES) if f not in ("black", "white", "gray", "silver")
]
_CHROMATIC_LAB = SHADE_LAB[_CHROMATIC] * np.array([CHROMATIC_L_WEIGHT, 1.0, 1.0])
_CHROMATIC_FAMILY = np.array(
    [FAMILY_ORDER.index(SHADE_FAMILIES[i]) for i in _CHROMATIC]
)  # fmt: skip


def _nearest_chromatic_family(lab: np.ndarray) -> np.ndarray:
    """Family of the nearest coloured shade of the shared vocabulary ("rust" is orange because
    the store says so), with lightness counting less: light and shadow change it most."""
    scaled = lab * np.array([CHROMATIC_L_WEIGHT, 1.0, 1.0])
    d2 = ((scaled[:, None, :] - _CHROMATIC_LAB[None, :, :]) ** 2).sum(axis=-1)
    return _CHROMATIC_FAMILY[np.argmin(d2, axis=1)]


def lit_colours(item: np.ndarray, families: np.ndarray) -> np.ndarray:
    """Name the coloured pixels in shade by the colour they have in the light.

    A person names an object's colour where the light falls on it; the same saffron shirt is
    brown in its folds and a dusty pink shoe is brown on its shaded side, pixel by pixel, which
    split one colour into two or three families (then "multicolour"). Each coloured pixel darker
    than the item's lit level (a high percentile of its coloured pixels' lightness) is named as
    if lit: lightness raised to that level, chroma by the square root of the same ratio (shade
    dulls colour less than it darkens it). Neutral pixels are left to `neutral_materials`."""
    chromatic = ~np.isin(families, _NEUTRAL)
    if chromatic.sum() < 20:
        return families
    lightness = item[:, 0]
    lit = float(np.percentile(lightness[chromatic], LIT_PERCENTILE))
    shaded = chromatic & (lightness < lit) & (lightness > SHADED_MIN_L)
    if not shaded.any():
        return families
    ratio = lit / lightness[shaded]
    relit = item[shaded].copy()
    relit[:, 0] = lit
    relit[:, 1:] *= np.sqrt(ratio)[:, None]
    out = families.copy()
    out[shaded] = _nearest_chromatic_family(relit)
    return out


def neutral_materials(
    item: np.ndarray, families: np.ndarray, backdrop_l: float = 100.0
) -> np.ndarray:
    """Name the item's neutral pixels as materials, not one by one.

    Folds and shadows darken a white shirt's pixels into greys and glare lightens a black shoe's;
    a material is one lightness level with a shaded tail. The neutral pixels are split at the
    lightness that best separates two levels (Otsu) only when two clearly different materials are
    there (a black-and-white print, a white upper on a black sole); each material is named by its
    median level, so a shaded minority does not make white grey, nor glare make black grey."""
    neutral = np.isin(families, _NEUTRAL)
    if neutral.sum() < 20:
        return families
    lightness = item[neutral, 0]
    parts = [lightness]
    threshold = otsu(lightness)
    low, high = lightness[lightness < threshold], lightness[lightness >= threshold]
    # shade only darkens: a lighter minority at its own level is a second material (a white
    # watch face on a steel band), where a darker minority only this far below may be the folds
    light_minority = len(high) < len(low)
    light_minority &= bool(np.median(high) - backdrop_l >= LIGHT_MINORITY_BACKDROP_L)
    gap = LIGHT_MINORITY_GAP_L if light_minority else NEUTRAL_MATERIAL_GAP_L
    if two_levels(lightness, low, high, gap, NEUTRAL_SEPARATION):
        parts = [low, high]
    named = np.empty(len(lightness), dtype=families.dtype)
    colours = item[neutral]
    for part in parts:
        # shade only darkens a white and glare only lightens a black: a material is white when
        # its lit upper quartile is, black when its median is
        lit, level = np.percentile(part, [NEUTRAL_LIT_PERCENTILE, NEUTRAL_LEVEL_PERCENTILE])
        name = "black" if level < BLACK_BELOW_L else "white" if lit > WHITE_ABOVE_L else "gray"
        inside = (lightness >= part.min()) & (lightness <= part.max())
        if name == "gray" and nearest_shade(np.median(colours[inside], axis=0))[1] == "silver":
            name = "silver"  # the vocabulary's silver: a light grey with the cool cast of steel
        named[inside] = FAMILY_ORDER.index(name)
    out = families.copy()
    out[neutral] = named
    return out


def two_levels(
    values: np.ndarray,
    low: np.ndarray,
    high: np.ndarray,
    gap: float = NEUTRAL_MATERIAL_GAP_L,
    separation: float = NEUTRAL_SEPARATION,
) -> bool:
    """Two distinct lightness levels (a print, a two-part item), not one smooth spread (shading,
    polished metal): both sizeable, far apart, and the split explains most of the variance."""
    if min(len(low), len(high)) < NEUTRAL_MINOR_SHARE * len(values):
        return False
    if np.median(high) - np.median(low) < gap:
        return False
    within = (low.var() * len(low) + high.var() * len(high)) / len(values)
    return bool(1.0 - within / max(float(values.var()), 1e-9) >= separation)


def otsu(values: np.ndarray) -> float:
    histogram, edges = np.histogram(values, bins=50)
    centres = (edges[:-1] + edges[1:]) / 2
    weight = np.cumsum(histogram).astype(np.float64)
    total = weight[-1]
    mean = np.cumsum(histogram * centres)
    between = (mean[-1] * weight / total - mean) ** 2 / np.maximum(weight * (total - weight), 1e-9)
    return float(centres[int(np.argmax(between[:-1]))] + (edges[1] - edges[0]) / 2)
