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

from aisle.colors import MULTICOLOUR, SHADES
from vision.facts import ColorShare
from vision.mask import foreground_mask

ANALYSIS_SIDE = 128  # pixels on the longest side; colour needs no detail
CHROMATIC_L_WEIGHT = 0.25  # lightness counts half when naming a coloured pixel by its shade
MIN_SHARE = 0.06  # families smaller than this are noise, not colours of the item
WHITE_POINT_PERCENTILE = 99.0  # of the frame's lightness, taken as paper white
MAX_EXPOSURE_GAIN = 1.6
ACHROMATIC_CHROMA = 7.0  # chroma below this (a little more at the extremes) has no hue
WARM_GRAY_CHROMA = 8.0  # warm light tints greys; a cool tint under this is still a hue (navy)
BLACK_BELOW_L = 24.0
WHITE_ABOVE_L = 85.0
NEUTRAL_MINOR_SHARE = 0.15  # a second neutral material covers at least this share of them ...
NEUTRAL_MATERIAL_GAP_L = 35.0  # ... and is this much lighter or darker
NEUTRAL_SEPARATION = 0.75  # share of the lightness variance the split must explain (uniform: 0.75)
NEUTRAL_LIT_PERCENTILE = 75.0  # a neutral material's lit level (is it white?)
NEUTRAL_LEVEL_PERCENTILE = 50.0  # a neutral material's level: its median, past shade and glare
LIT_PERCENTILE = 85.0  # of a coloured item's lightness: its colour where the light falls on it
SHADED_MIN_L = 15.0  # darker pixels carry too little colour to relight
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


_SHADE_NAMES = tuple(SHADES)
_SHADE_FAMILIES = tuple(SHADES[n][0] for n in _SHADE_NAMES)
_SHADE_LAB = srgb_to_lab(np.array([SHADES[n][1] for n in _SHADE_NAMES], dtype=np.float64))


def nearest_shade(lab: np.ndarray, family: str | None = None) -> tuple[str, str]:
    """(shade, family) closest to one Lab colour, optionally within one family."""
    distances = np.linalg.norm(_SHADE_LAB - lab, axis=1)
    if family is not None and family in _SHADE_FAMILIES:
        distances = np.where(np.array(_SHADE_FAMILIES) == family, distances, np.inf)
    best = int(np.argmin(distances))
    return _SHADE_NAMES[best], _SHADE_FAMILIES[best]


FAMILY_ORDER = (
    "black", "white", "gray", "red", "orange", "yellow", "green", "blue",
    "purple", "pink", "brown", "beige", "gold", "silver",
)  # fmt: skip


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
    i for i, f in enumerate(_SHADE_FAMILIES) if f not in ("black", "white", "gray", "silver")
]
_CHROMATIC_LAB = _SHADE_LAB[_CHROMATIC] * np.array([CHROMATIC_L_WEIGHT, 1.0, 1.0])
_CHROMATIC_FAMILY = np.array(
    [FAMILY_ORDER.index(_SHADE_FAMILIES[i]) for i in _CHROMATIC]
)  # fmt: skip


def _nearest_chromatic_family(lab: np.ndarray) -> np.ndarray:
    """Family of the nearest coloured shade of the shared vocabulary ("rust" is orange because
    the store says so), with lightness counting less: light and shadow change it most."""
    scaled = lab * np.array([CHROMATIC_L_WEIGHT, 1.0, 1.0])
    d2 = ((scaled[:, None, :] - _CHROMATIC_LAB[None, :, :]) ** 2).sum(axis=-1)
    return _CHROMATIC_FAMILY[np.argmin(d2, axis=1)]


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


def neutral_materials(item: np.ndarray, families: np.ndarray) -> np.ndarray:
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
    threshold = _otsu(lightness)
    low, high = lightness[lightness < threshold], lightness[lightness >= threshold]
    if _two_levels(lightness, low, high):
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


def _two_levels(
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


def _otsu(values: np.ndarray) -> float:
    histogram, edges = np.histogram(values, bins=50)
    centres = (edges[:-1] + edges[1:]) / 2
    weight = np.cumsum(histogram).astype(np.float64)
    total = weight[-1]
    mean = np.cumsum(histogram * centres)
    between = (mean[-1] * weight / total - mean) ** 2 / np.maximum(weight * (total - weight), 1e-9)
    return float(centres[int(np.argmax(between[:-1]))] + (edges[1] - edges[0]) / 2)


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
        threshold = _otsu(lightness)
        low_part, high_part = lightness[lightness < threshold], lightness[lightness >= threshold]
        if _two_levels(lightness, low_part, high_part, METAL_TWO_PART_GAP_L, METAL_TWO_PART_SPLIT):
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


def analysis_copy(image: Image.Image) -> Image.Image:
    small = image.convert("RGB")
    if max(small.size) > ANALYSIS_SIDE:
        small = small.copy()
        small.thumbnail((ANALYSIS_SIDE, ANALYSIS_SIDE), Image.Resampling.BOX)
    return small


def family_shares(colors: list[ColorShare]) -> dict[str, float]:
    out: dict[str, float] = defaultdict(float)
    for c in colors:
        out[c.name] += c.share
    return dict(out)
