from __future__ import annotations

import numpy as np
from PIL import Image, ImageDraw

from tests.vision import scenes
from vision.colors import analysis_copy, color_summary, item_region, srgb_to_lab
from vision.mask import foreground_mask


def _mask_of(image: Image.Image) -> tuple[np.ndarray, float]:
    """The mask at analysis size and the scale from the scene's pixels to it."""
    small = np.asarray(analysis_copy(image))
    mask = foreground_mask(srgb_to_lab(small), small)
    return mask, mask.shape[1] / image.width


def test_the_backdrop_seen_through_an_arch_closed_by_its_shadow_stays_background() -> None:
    image = scenes.headphones_with_shadow()
    mask, scale = _mask_of(image)
    inside = mask[round(200 * scale) : round(280 * scale), round(120 * scale) : round(200 * scale)]
    assert inside.mean() < 0.1  # the hole under the band is not the item
    band = mask[round(190 * scale) : round(290 * scale), round(64 * scale) : round(78 * scale)]
    assert band.mean() > 0.8
    summary = color_summary(image)
    assert summary.main == "blue"
    assert summary.colors[0].share > 0.7  # at most the soft shadow is left beside the band


def test_a_white_item_enclosed_only_by_its_thin_outline_is_kept_whole() -> None:
    image = scenes.outlined_white_item()
    mask, scale = _mask_of(image)
    body = mask[round(130 * scale) : round(230 * scale), round(125 * scale) : round(175 * scale)]
    assert body.mean() > 0.8  # the white body, the backdrop's own colour, is the item
    assert color_summary(image).main == "white"


def test_a_hole_of_the_backdrop_in_a_solid_item_is_not_filled() -> None:
    image = Image.new("RGB", (300, 300), (245, 245, 245))
    ImageDraw.Draw(image).ellipse([50, 50, 250, 250], outline=(200, 30, 35), width=30)
    _, mask = item_region(image)
    centre = mask.shape[0] // 2
    assert not mask[centre - 5 : centre + 5, centre - 5 : centre + 5].any()
    assert color_summary(image).main == "red"
