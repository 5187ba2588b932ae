from __future__ import annotations

from PIL import Image, ImageDraw

from tests.vision.fakes import shape_on_background
from vision.colors import dominant_colors, mean_color


def test_navy_shirt_on_white_is_blue_and_the_background_is_ignored() -> None:
    colors = dominant_colors(shape_on_background((25, 35, 80)))
    assert colors[0].name == "blue"
    assert colors[0].shade == "navy"
    assert "white" not in [c.name for c in colors]


def test_red_mug_on_grey_background_is_red() -> None:
    image = Image.new("RGB", (320, 240), (128, 128, 128))
    draw = ImageDraw.Draw(image)
    draw.rectangle([110, 60, 200, 190], fill=(200, 30, 35))
    draw.ellipse([185, 90, 240, 160], outline=(200, 30, 35), width=14)
    colors = dominant_colors(image)
    assert colors[0].name == "red"
    assert "gray" not in [c.name for c in colors]
    assert mean_color(image) != "red"  # the naive mean is fooled by the background


def test_two_coloured_item_reports_both_with_shares_summing_to_at_most_one() -> None:
    image = shape_on_background((200, 30, 35))
    ImageDraw.Draw(image).rectangle([90, 170, 210, 255], fill=(245, 210, 40))
    colors = dominant_colors(image)
    names = [c.name for c in colors]
    assert names[:2] == ["red", "yellow"]
    assert sum(c.share for c in colors) <= 1.0


def test_item_filling_the_frame_is_still_named() -> None:
    colors = dominant_colors(Image.new("RGB", (100, 100), (40, 150, 60)))
    assert colors[0].name == "green"
    assert colors[0].share > 0.9


def test_white_item_on_dark_background_is_white() -> None:
    assert dominant_colors(shape_on_background((245, 245, 245), (20, 20, 20)))[0].name == "white"
