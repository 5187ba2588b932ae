from __future__ import annotations

from PIL import Image, ImageDraw

from tests.vision import scenes
from tests.vision.fakes import shape_on_background
from vision.colors import color_summary, dominant_colors, item_region, mean_color


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


def test_colours_are_ranked_by_the_area_they_cover() -> None:
    image = Image.new("RGB", (300, 300), (255, 255, 255))
    draw = ImageDraw.Draw(image)
    draw.rectangle([60, 60, 240, 190], fill=(20, 20, 20))  # black: the larger part
    draw.rectangle([60, 190, 240, 250], fill=(115, 70, 40))  # brown: the smaller part
    colors = dominant_colors(image)
    assert [c.name for c in colors[:2]] == ["black", "brown"]
    assert colors[0].share > colors[1].share


def test_white_item_on_a_white_studio_backdrop_is_found_and_white() -> None:
    image = scenes.white_on_white()
    _, mask = item_region(image)
    assert 0.25 < mask.mean() < 0.6  # the shirt, not the whole frame nor only its shadow
    summary = color_summary(image)
    assert summary.main == "white"
    assert "gray" not in [c.name for c in summary.colors]


def test_a_worn_shirt_is_measured_without_skin_and_hair() -> None:
    summary = color_summary(scenes.worn_shirt((40, 70, 160)))
    assert summary.main == "blue"
    assert {"brown", "beige", "pink", "orange", "black"}.isdisjoint(c.name for c in summary.colors)


def test_a_beige_garment_is_not_removed_as_skin() -> None:
    assert color_summary(scenes.worn_shirt((200, 170, 130))).main == "beige"


def test_an_item_on_a_textured_wooden_floor() -> None:
    image = scenes.on_wooden_floor((190, 30, 40))
    _, mask = item_region(image)
    assert mask.mean() < 0.5  # the floorboards are background
    summary = color_summary(image)
    assert summary.main == "red"
    assert "brown" not in [c.name for c in summary.colors]


def test_polished_metals_are_named_silver_and_gold() -> None:
    assert color_summary(scenes.metal_watch("silver")).main == "silver"
    assert color_summary(scenes.metal_watch("gold")).main == "gold"


def test_a_flat_grey_item_is_grey_not_silver() -> None:
    assert color_summary(shape_on_background((128, 128, 128))).main == "gray"


def test_black_item_with_highlights_stays_black() -> None:
    image = shape_on_background((18, 18, 20))
    draw = ImageDraw.Draw(image)
    draw.rectangle([120, 100, 140, 220], fill=(95, 95, 100))  # glare along the item
    summary = color_summary(image)
    assert summary.main == "black"
    assert [c.name for c in summary.colors] == ["black"]


def test_no_dominant_colour_is_multicolour_and_confidence_follows_dominance() -> None:
    image = Image.new("RGB", (300, 300), (255, 255, 255))
    draw = ImageDraw.Draw(image)
    for i, fill in enumerate([(200, 30, 35), (40, 90, 200), (245, 210, 40), (40, 150, 60)]):
        draw.rectangle([60 + 45 * i, 60, 105 + 45 * i, 240], fill=fill)
    mixed = color_summary(image)
    assert mixed.main == "multicolour"
    plain = color_summary(shape_on_background((200, 30, 35)))
    assert plain.main == "red" and plain.confidence > 0.8


def test_a_white_shirt_with_shaded_folds_is_white_not_grey() -> None:
    summary = color_summary(scenes.shaded_white_shirt())
    assert summary.main == "white"
    assert [c.name for c in summary.colors] == ["white"]


def test_a_light_grey_item_on_a_white_backdrop_is_grey_not_white() -> None:
    assert color_summary(shape_on_background((190, 190, 190), (242, 242, 242))).main == "gray"


def test_a_white_upper_on_a_black_sole_is_two_colours_not_metal() -> None:
    image = Image.new("RGB", (300, 300), (240, 240, 236))
    draw = ImageDraw.Draw(image)
    draw.rectangle([50, 90, 250, 180], fill=(250, 250, 250), outline=(90, 90, 90), width=2)
    draw.rectangle([50, 180, 250, 215], fill=(20, 20, 20))
    names = [c.name for c in color_summary(image).colors]
    assert names[:2] == ["white", "black"]
    assert "silver" not in names


def test_the_shaded_folds_of_a_saffron_shirt_are_not_a_brown_part() -> None:
    summary = color_summary(scenes.folded_shirt((240, 180, 40), shade=0.5))
    assert summary.main == "yellow"
    assert "brown" not in [c.name for c in summary.colors]


def test_an_orange_shirt_with_folds_in_shadow_is_orange_not_multicolour() -> None:
    summary = color_summary(scenes.folded_shirt((215, 75, 40), shade=0.6))
    assert summary.main == "orange"
    assert "brown" not in [c.name for c in summary.colors]


def test_a_grey_item_with_a_smaller_white_part_is_named_by_its_grey() -> None:
    image = shape_on_background((172, 172, 176), (40, 40, 40))
    ImageDraw.Draw(image).rectangle([100, 80, 200, 150], fill=(250, 250, 250))  # a white panel
    summary = color_summary(image)
    assert summary.main in ("gray", "silver")
    assert [c.name for c in summary.colors][:2] in (["gray", "white"], ["silver", "white"])
