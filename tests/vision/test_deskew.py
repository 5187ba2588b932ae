from __future__ import annotations

import pytest
from PIL import Image, ImageDraw, ImageFont

from vision.deskew import deskewed, estimate_skew


def label_page() -> Image.Image:
    """A label-like page: lines of text between solid section bars."""
    font = ImageFont.load_default(size=18)
    page = Image.new("L", (420, 600), 255)
    draw = ImageDraw.Draw(page)
    for i in range(18):
        top = 20 + 31 * i
        if i % 6 == 0:
            draw.rectangle((15, top, 405, top + 8), fill=0)
        else:
            draw.text((20, top), f"Total Fat {i}g {3 * i}%  Sodium {10 * i}mg", fill=0, font=font)
    return page


@pytest.mark.parametrize("degrees", [3.0, -3.0, 1.2, -4.5])
def test_the_tilt_of_a_rotated_label_is_recovered(degrees: float) -> None:
    tilted = label_page().rotate(degrees, Image.Resampling.BICUBIC, expand=True, fillcolor=255)
    assert estimate_skew(tilted) == pytest.approx(degrees, abs=0.5)


def test_straightened_label_reads_as_level() -> None:
    tilted = label_page().rotate(3.0, Image.Resampling.BICUBIC, expand=True, fillcolor=255)
    assert abs(estimate_skew(deskewed(tilted))) < 0.3


def test_level_and_blank_pages_are_left_alone() -> None:
    page = label_page()
    assert deskewed(page) is page
    assert estimate_skew(Image.new("L", (300, 300), 255)) == 0.0
