"""A dim frame is lifted so that a white item is white, but the lift does not make a light grey or
silver item white just because it is the brightest thing in the frame."""

from __future__ import annotations

import numpy as np

from tests.vision import scenes
from vision.colors import color_summary, item_region
from vision.exposure import MAX_EXPOSURE_GAIN, exposure_gain

HEATHER_GREY = (165, 165, 168)
SILVER = (190, 192, 198)


def test_a_white_shirt_in_dim_light_is_lifted_to_white() -> None:
    image = scenes.in_dim_light((245, 245, 242), (60, 55, 60))
    lab, mask = item_region(image)
    assert exposure_gain(lab, mask) > 1.3
    assert color_summary(image).main == "white"


def test_a_grey_hoodie_on_a_darker_backdrop_in_dim_light_is_not_white() -> None:
    image = scenes.in_dim_light(HEATHER_GREY, (120, 125, 110), exposure=0.85)
    assert color_summary(image).main in ("gray", "silver")


def test_a_silver_item_as_light_as_its_backdrop_in_dim_light_is_not_white() -> None:
    image = scenes.in_dim_light(SILVER, (205, 190, 170), exposure=0.85)
    lab, mask = item_region(image)
    assert exposure_gain(lab, mask) < 1.05
    assert color_summary(image).main in ("gray", "silver")


def test_a_dark_item_in_a_dim_frame_keeps_the_full_lift() -> None:
    image = scenes.in_dim_light((30, 50, 120), (150, 150, 150), exposure=0.6)
    lab, mask = item_region(image)
    white = float(np.percentile(lab[..., 0], 99))
    assert exposure_gain(lab, mask) == min(MAX_EXPOSURE_GAIN, 100 / white)
