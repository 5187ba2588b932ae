"""How much to lift a dim frame's lightness before its item's colours are named.

The frame's brightest pixels are taken as paper white and the frame is lifted to make them white
(capped), so a white shirt photographed in a dim room is white, not grey. When the item itself is
about as light as that white point, the lift would make any light item white (a silver watch, a
heather-grey hoodie on a dark backdrop): then it is trusted in proportion to how far the item
stands above its background, since a white item is lighter than the walls, floors and beds around
it and a grey or silver one is about as light as they are. Darker and coloured items keep the
full lift.
"""

from __future__ import annotations

import numpy as np

from vision.mask import border_ring

WHITE_POINT_PERCENTILE = 99.0  # of the frame's lightness, taken as paper white
MAX_EXPOSURE_GAIN = 1.6
ITEM_LEVEL_PERCENTILE = 75.0  # the item's lit level
NEAR_WHITE_POINT = 0.85  # item level / white point from which the lift would make it white ...
NEUTRAL_CHROMA = 8.0  # ... if it is a neutral item (median chroma below this); colours keep it
UNTRUSTED_CONTRAST_L = 10.0  # item level above the background: at or below this no lift ...
TRUSTED_CONTRAST_L = 25.0  # ... at or above this the full lift, linear between


def exposure_gain(lab: np.ndarray, mask: np.ndarray | None = None) -> float:
    """The factor for the frame's lightness (1.0: leave it)."""
    lightness = lab[..., 0]
    white = float(np.percentile(lightness, WHITE_POINT_PERCENTILE))
    gain = min(MAX_EXPOSURE_GAIN, 100.0 / max(white, 1.0))
    if gain <= 1.0 or mask is None or mask.all() or not mask.any():
        return max(gain, 1.0)
    level = float(np.percentile(lightness[mask], ITEM_LEVEL_PERCENTILE))
    chroma = float(np.median(np.hypot(lab[..., 1][mask], lab[..., 2][mask])))
    if level < NEAR_WHITE_POINT * white or chroma >= NEUTRAL_CHROMA:
        return gain  # the lift cannot make this item white
    background = float(np.median(lightness[border_ring(*mask.shape)]))
    span = TRUSTED_CONTRAST_L - UNTRUSTED_CONTRAST_L
    trust = float(np.clip((level - background - UNTRUSTED_CONTRAST_L) / span, 0.0, 1.0))
    return 1.0 + (gain - 1.0) * trust


def exposure_normalised(lab: np.ndarray, mask: np.ndarray | None = None) -> np.ndarray:
    """Lab with lightness multiplied by `exposure_gain` (chroma by half as much)."""
    gain = exposure_gain(lab, mask)
    if gain <= 1.0:
        return lab
    out = lab.copy()
    out[..., 0] = np.minimum(100.0, lab[..., 0] * gain)
    out[..., 1:] = lab[..., 1:] * (1 + (gain - 1) * 0.5)
    return out
