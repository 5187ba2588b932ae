"""Dominant colours of the item in a photo, named with the catalog's colour vocabulary.

The background is modelled from the border pixels (a smooth surface, so lit gradients work) and
masked with its soft shadow; the item's pixels are clustered in CIE Lab
(perceptually even, so "nearest shade" means what a person would say) and each cluster is named
by its nearest shade in `catalog.colors.SHADES`, reported by family ("navy" counts as blue).
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass

import numpy as np
from PIL import Image
from scipy import ndimage

from catalog.colors import SHADES
from vision.facts import ColorShare

ANALYSIS_SIDE = 192  # pixels on the longest side; colour needs no detail
BORDER = 4  # ring of pixels that estimates the background
BACKGROUND_DELTA_E = 5.0  # least Lab distance from the background model that counts as item
SHADOW_DELTA_L = 18.0  # a same-hue patch this much darker than the backdrop is its shadow
MIN_SHARE = 0.05  # families smaller than this are noise, not colours of the item
CLUSTERS = 5  # k of k-means: enough for an item's main colour, trim and shading
MAX_CLUSTERED = 4000  # pixels clustered at most; an even sample gives the same centres
OUTLINE_FILL_RATIO = 1.5  # filling holes grows the mask this much: it was only an outline
ACHROMATIC = frozenset({"black", "white", "gray", "silver"})
CHROMATIC_SHARE = 0.2  # a colourful part this large names the item (see prefer_chromatic)
_RNG_SEED = 7


@dataclass(frozen=True)
class _Palette:
    names: tuple[str, ...]
    families: tuple[str, ...]
    lab: np.ndarray


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


def _palette() -> _Palette:
    names = tuple(SHADES)
    return _Palette(
        names=names,
        families=tuple(SHADES[n][0] for n in names),
        lab=srgb_to_lab(np.array([SHADES[n][1] for n in names], dtype=np.float64)),
    )


_PALETTE = _palette()


def nearest_shade(lab: np.ndarray) -> tuple[str, str]:
    """(shade, family) closest to one Lab colour."""
    distances = np.linalg.norm(_PALETTE.lab - lab, axis=1)
    best = int(np.argmin(distances))
    return _PALETTE.names[best], _PALETTE.families[best]


def dominant_colors(image: Image.Image, limit: int = 3) -> list[ColorShare]:
    """Colour families of the item, largest first, with shares of the item's pixels (sum ≤ 1)."""
    lab, mask = item_region(image)
    item = lab[mask]
    item = item[:: max(1, len(item) // MAX_CLUSTERED)]  # an even sample clusters as well
    centres, counts = _kmeans(item, CLUSTERS)
    by_family: dict[str, float] = defaultdict(float)
    best_shade: dict[str, tuple[float, str]] = {}
    total = float(counts.sum())
    for centre, count in zip(centres, counts, strict=True):
        if count == 0:
            continue
        shade, family = nearest_shade(centre)
        by_family[family] += count / total
        if count > best_shade.get(family, (0.0, ""))[0]:
            best_shade[family] = (float(count), shade)
    ranked = prefer_chromatic(sorted(by_family.items(), key=lambda kv: kv[1], reverse=True))
    return [
        ColorShare(name=family, share=round(share, 3), shade=best_shade[family][1])
        for family, share in ranked[:limit]
        if share >= MIN_SHARE
    ]


def item_region(image: Image.Image) -> tuple[np.ndarray, np.ndarray]:
    """(Lab pixels of the analysis copy, mask of the item); colours and framing both need it,
    so the last answer is kept (one entry, checked by identity: safe across threads)."""
    global _last_region
    cached = _last_region
    if cached is not None and cached[0] is image:
        return cached[1], cached[2]
    lab = srgb_to_lab(np.asarray(analysis_copy(image)))
    mask = item_mask(foreground_mask(lab))
    _last_region = (image, lab, mask)
    return lab, mask


_last_region: tuple[Image.Image, np.ndarray, np.ndarray] | None = None


def prefer_chromatic(ranked: list[tuple[str, float]]) -> list[tuple[str, float]]:
    """A knife is "olive" for its handle, not "silver" for its blade: people name an item by
    its colourful part when one covers a good share, and that is how catalogs label variants."""
    if ranked and ranked[0][0] in ACHROMATIC:
        colourful = [kv for kv in ranked if kv[0] not in ACHROMATIC and kv[1] >= CHROMATIC_SHARE]
        if colourful:
            return [colourful[0], *(kv for kv in ranked if kv != colourful[0])]
    return ranked


def mean_color(image: Image.Image) -> str:
    """Family of the mean pixel: the naive baseline the benchmark compares against."""
    lab = srgb_to_lab(np.asarray(analysis_copy(image)).reshape(-1, 3).mean(axis=0))
    return nearest_shade(lab)[1]


def foreground_mask(lab: np.ndarray) -> np.ndarray:
    """True for pixels that are not background (nor the background's soft shadow).

    The background is modelled as a smooth quadratic surface in Lab fitted to the border ring,
    so flat studio backdrops and lit gradients both work; the tolerance adapts to the border's
    noise. When masking would leave almost nothing (the item fills the frame, or matches the
    background), the whole image counts as the item rather than answering from a few pixels.
    """
    height, width, _ = lab.shape
    ring = np.ones((height, width), dtype=bool)
    ring[BORDER:-BORDER, BORDER:-BORDER] = False
    ys, xs = np.mgrid[0:height, 0:width]
    x, y = xs / max(width - 1, 1) - 0.5, ys / max(height - 1, 1) - 0.5
    basis = np.stack([np.ones_like(x), x, y, x * x, y * y, x * y], axis=-1)
    coefficients, *_ = np.linalg.lstsq(basis[ring], lab[ring], rcond=None)
    expected = basis @ coefficients
    residual = np.linalg.norm(lab - expected, axis=-1)
    spread = 1.4826 * float(np.median(residual[ring]))  # robust std of the border's noise
    tolerance = max(BACKGROUND_DELTA_E, 3.5 * spread)
    darker = expected[..., 0] - lab[..., 0]
    chroma_shift = np.linalg.norm(lab[..., 1:] - expected[..., 1:], axis=-1)
    shadow = (darker > 0) & (darker < SHADOW_DELTA_L) & (chroma_shift < tolerance)
    mask = (residual > tolerance) & ~shadow
    if mask.mean() < 0.02:
        return np.ones((height, width), dtype=bool)
    return mask


def item_mask(foreground: np.ndarray) -> np.ndarray:
    """The item's pixels without their blended rim.

    A light item on a light backdrop shows only its outline and shading; when filling the
    outline grows the mask a lot, the filled silhouette is the item. Otherwise holes stay holes
    (the backdrop seen through a mug handle is not the mug).
    """
    filled = ndimage.binary_fill_holes(foreground)
    outline_only = filled.sum() >= OUTLINE_FILL_RATIO * max(int(foreground.sum()), 1)
    return _inner(filled if outline_only else foreground)


def _inner(mask: np.ndarray) -> np.ndarray:
    """The mask without its rim: edge pixels blend item and background into a third colour."""
    inner = mask.copy()
    inner[1:, :] &= mask[:-1, :]
    inner[:-1, :] &= mask[1:, :]
    inner[:, 1:] &= mask[:, :-1]
    inner[:, :-1] &= mask[:, 1:]
    return inner if inner.sum() >= 0.3 * mask.sum() else mask


def analysis_copy(image: Image.Image) -> Image.Image:
    small = image.convert("RGB")
    if max(small.size) > ANALYSIS_SIDE:
        small = small.copy()
        small.thumbnail((ANALYSIS_SIDE, ANALYSIS_SIDE), Image.Resampling.BOX)
    return small


def _kmeans(points: np.ndarray, k: int, iterations: int = 12) -> tuple[np.ndarray, np.ndarray]:
    """Deterministic k-means (k-means++ seeding): centres and member counts."""
    points = points.reshape(-1, 3)
    k = max(1, min(k, len(np.unique(points.round(1), axis=0))))
    rng = np.random.default_rng(_RNG_SEED)
    centres = [points[rng.integers(len(points))]]
    for _ in range(1, k):
        d2 = np.min(((points[:, None, :] - np.array(centres)[None]) ** 2).sum(-1), axis=1)
        if d2.sum() == 0:
            break
        centres.append(points[rng.choice(len(points), p=d2 / d2.sum())])
    centre_array = np.array(centres)
    labels = np.zeros(len(points), dtype=int)
    for _ in range(iterations):
        labels = np.argmin(((points[:, None, :] - centre_array[None]) ** 2).sum(-1), axis=1)
        updated = np.array(
            [
                points[labels == i].mean(axis=0) if np.any(labels == i) else centre_array[i]
                for i in range(len(centre_array))
            ]
        )
        if np.allclose(updated, centre_array):
            break
        centre_array = updated
    counts = np.bincount(labels, minlength=len(centre_array))
    return centre_array, counts
