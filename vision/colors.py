"""Colours of the item in a photo, ranked by the share of the item they cover.

1. `vision.mask` finds the item (border models + GrabCut, skin removed when worn).
2. `vision.pixel_names` names every item pixel by family (shaded colours as if lit, neutral
   pixels as materials); `vision.colour_rules` folds shading, finds metal and multicolour.
3. `vision.colour_namer`, a small learned model over `vision.colour_features` (fitted on
   hand-labelled real photos and the sample catalog's images, and also reading the item's image
   embedding and early activations when the caller has them), names the main colour and says
   how sure; when it names another colour than the largest family, that family's pixels take its
   name. Without the model file, or when the model is unsure, the rules' answer stands.

`color_summary` also says how sure it is, for the chat's answer.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass

import numpy as np
from PIL import Image
from scipy import ndimage

from aisle.colors import MULTICOLOUR
from vision.colour_features import colour_features
from vision.colour_namer import shipped_namer
from vision.colour_rules import read_by_rules
from vision.colour_space import FAMILY_ORDER, analysis_copy, nearest_shade, srgb_to_lab
from vision.exposure import exposure_normalised
from vision.facts import ColorShare
from vision.mask import foreground_mask

__all__ = ["FAMILY_ORDER", "analysis_copy", "exposure_normalised", "srgb_to_lab"]

MIN_SHARE = 0.06  # families smaller than this are noise, not colours of the item


@dataclass(frozen=True)
class ColorSummary:
    """Families by area, the main colour ("multicolour" when none dominates), and confidence."""

    colors: list[ColorShare]
    main: str | None
    confidence: float


def dominant_colors(image: Image.Image, limit: int = 3) -> list[ColorShare]:
    """Colour families of the item, largest share first (shares of the item's pixels, sum ≤ 1)."""
    return color_summary(image, limit).colors


def color_summary(
    image: Image.Image,
    limit: int = 3,
    embedding: np.ndarray | None = None,
    early: np.ndarray | None = None,
) -> ColorSummary:
    """The item's colours by area, its main colour and how sure (see the module's steps).

    `embedding` and `early` are the item's vectors from the encoder the namer was fitted on
    (`vision.encoder.Encoded`; the photo path has them already: `Vision.look_at`); without them
    the namer reads the colour features alone."""
    lab, mask = item_region(image)
    reading = read_by_rules(lab, mask)
    if reading is None:
        return ColorSummary([], None, 0.0)
    ranked, main, confidence = reading.ranked, reading.main, reading.confidence
    sources: dict[str, tuple[str, ...]] = {family: (family,) for family, _ in ranked}
    namer = shipped_namer()
    named = None
    if namer is not None:
        named = namer.name(colour_features(lab, mask, reading), reading.main, embedding, early)
    if named is not None:
        main, confidence = named[0], round(named[1], 2)
        ranked, sources = _led_by(ranked, main, sources)
    colors = [
        ColorShare(
            name=family,
            share=round(share, 3),
            shade=_shade(reading.item, reading.families, family, sources[family]),
        )
        for family, share in ranked[:limit]
        if share >= MIN_SHARE
    ]
    if not colors:
        return ColorSummary([], None, 0.0)
    return ColorSummary(colors, main, confidence)


def _led_by(
    ranked: list[tuple[str, float]], main: str, sources: dict[str, tuple[str, ...]]
) -> tuple[list[tuple[str, float]], dict[str, tuple[str, ...]]]:
    """The ranking when the model names the main colour otherwise than the pixels' largest family:
    that family's pixels are the model's colour (the pixels named grey are the white shirt in
    shade), joined with any pixels already named so; the list stays ordered by area."""
    top = ranked[0][0]
    if main in (MULTICOLOUR, top):
        return ranked, sources
    shares = dict(ranked)
    shares[main] = shares.pop(top) + shares.get(main, 0.0)
    sources = {**sources, main: (top, *sources.get(main, ()))}
    return sorted(shares.items(), key=lambda kv: (-kv[1], kv[0])), sources


def _shade(
    item: np.ndarray, families: np.ndarray, family: str, named_from: tuple[str, ...]
) -> str | None:
    """The vocabulary's shade of `family` nearest the median of the pixels it was named from."""
    indices = [FAMILY_ORDER.index(f) for f in named_from if f in FAMILY_ORDER]
    if indices:
        part = item[np.isin(families, indices)]
        centre = np.median(part, axis=0) if len(part) else np.median(item, axis=0)
    else:
        centre = np.median(item, axis=0)
    shade, found = nearest_shade(centre, family)
    return shade if found == family else family


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
