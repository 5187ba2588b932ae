"""What the learned colour namer sees of one photo: a fixed vector of numbers about the item.

Everything is measured on the item's pixels under the mask (exposure normalised, as the rules
see them) plus a little context from the frame (its white point, the background's colour):
- the share of each family at each step of the rules (pixels named one by one, relit, named as
  materials, and the final ranking after shading and metal), the rules' main colour and confidence;
- lightness and chroma percentiles, median a/b, a hue histogram of the coloured pixels, the
  chroma-weighted mean hue, a lightness histogram of the neutral pixels;
- the frame's white point, the background's Lab colour and the item's contrast with it, the
  mask's share of the frame and the item's texture.

The names are fixed (`FEATURE_NAMES`): the model file lists the names it was fitted on and is
refused when they differ.
"""

from __future__ import annotations

import numpy as np

from aisle.colors import MULTICOLOUR
from vision.colour_rules import RuleReading, lightness_gradient
from vision.colour_space import FAMILY_ORDER
from vision.mask import border_ring

CLASSES = (*FAMILY_ORDER, MULTICOLOUR)
COLOURED_CHROMA = 8.0  # a pixel with a hue for the histograms
HUE_BINS = 12
NEUTRAL_L_BINS = 8
_STEPS = ("raw", "lit", "mat", "fin")

FEATURE_NAMES: tuple[str, ...] = (
    *(f"{step}_{family}" for step in _STEPS for family in FAMILY_ORDER),
    *(f"rule_{name}" for name in CLASSES),
    "rule_confidence",
    *(f"L{p}" for p in (5, 25, 50, 75, 95)),
    *(f"C{p}" for p in (25, 50, 75, 95)),
    "a50",
    "b50",
    "coloured",
    *(f"hue{i}" for i in range(HUE_BINS)),
    "coloured_L",
    "coloured_C",
    "hue_cos",
    "hue_sin",
    *(f"neutral_L{i}" for i in range(NEUTRAL_L_BINS)),
    "white_point",
    "background_L",
    "background_a",
    "background_b",
    "background_C",
    "contrast",
    "contrast_L",
    "mask_share",
    "whole_frame",
    "texture",
    "L_spread",
)


def colour_features(lab: np.ndarray, mask: np.ndarray, reading: RuleReading) -> np.ndarray:
    """The feature vector (in FEATURE_NAMES order) of the item under `mask`."""
    item = reading.item
    count = max(len(item), 1)
    values: list[float] = []
    for families in (reading.raw, reading.lit, reading.families):
        values += list(np.bincount(families, minlength=len(FAMILY_ORDER)) / count)
    final = dict(reading.ranked)
    values += [final.get(family, 0.0) for family in FAMILY_ORDER]
    values += [float(reading.main == name) for name in CLASSES]
    values.append(reading.confidence)
    lightness, a, b = item[:, 0], item[:, 1], item[:, 2]
    chroma = np.hypot(a, b)
    hue = np.degrees(np.arctan2(b, a)) % 360
    values += list(np.percentile(lightness, [5, 25, 50, 75, 95]) / 100)
    values += list(np.percentile(chroma, [25, 50, 75, 95]) / 50)
    values += [float(np.median(a)) / 50, float(np.median(b)) / 50]
    coloured = chroma > COLOURED_CHROMA
    values.append(float(coloured.mean()))
    bins = (hue[coloured] // (360 / HUE_BINS)).astype(int) % HUE_BINS
    values += list(np.bincount(bins, minlength=HUE_BINS) / count)
    if coloured.sum() > 10:
        weights = chroma[coloured]
        radians = np.radians(hue[coloured])
        values += [
            float(np.median(lightness[coloured])) / 100,
            float(np.median(chroma[coloured])) / 50,
            float(np.average(np.cos(radians), weights=weights)),
            float(np.average(np.sin(radians), weights=weights)),
        ]
    else:
        values += [0.0, 0.0, 0.0, 0.0]
    levels = np.minimum(
        (lightness[~coloured] / (100 / NEUTRAL_L_BINS)).astype(int), NEUTRAL_L_BINS - 1
    )
    values += list(np.bincount(np.maximum(levels, 0), minlength=NEUTRAL_L_BINS) / count)
    values.append(float(np.percentile(lab[..., 0], 99)) / 100)
    background = np.median(lab[border_ring(*mask.shape)], axis=0)
    values += [background[0] / 100, background[1] / 50, background[2] / 50]
    values.append(float(np.hypot(background[1], background[2])) / 50)
    centre = np.median(item, axis=0)
    values += [float(np.linalg.norm(centre - background)) / 100, (centre[0] - background[0]) / 100]
    values += [float(mask.mean()), float(mask.all())]
    values.append(float(np.median(lightness_gradient(lab)[mask])) / 10)
    values.append(float(lightness.std()) / 30)
    return np.asarray(values, dtype=np.float64)
