from __future__ import annotations

import json
from pathlib import Path

import pytest
from PIL import Image, ImageDraw, ImageFont

from aisle.photos import PhotoAnswers
from aisle.settings import Settings
from tests.vision.fakes import FakeUnderstanding
from vision.nutrition import clean_ocr_text, parse_nutrition, parse_size
from vision.ocr import read_text, tesseract_available

LABEL_LINES = [
    "Nutrition Facts",
    "8 servings per container",
    "Serving size 2/3 cup (55g)",
    "Amount per serving",
    "Calories 230",
    "% Daily Value*",
    "Total Fat 8g 10%",
    "Saturated Fat 1g 5%",
    "Trans Fat 0g",
    "Cholesterol 0mg 0%",
    "Sodium 160mg 7%",
    "Total Carbohydrate 37g 13%",
    "Dietary Fiber 4g 14%",
    "Total Sugars 12g",
    "Includes 10g Added Sugars 20%",
    "Protein 3g",
]
EXPECTED = {
    "serving_size": "2/3 cup (55g)",
    "servings_per_container": 8,
    "calories": 230,
    "total_fat_g": 8,
    "saturated_fat_g": 1,
    "trans_fat_g": 0,
    "cholesterol_mg": 0,
    "sodium_mg": 160,
    "total_carbohydrate_g": 37,
    "dietary_fiber_g": 4,
    "total_sugars_g": 12,
    "protein_g": 3,
}


def test_clean_label_text_is_read_completely() -> None:
    facts = parse_nutrition("\n".join(LABEL_LINES))
    assert facts is not None
    assert facts.model_dump() == EXPECTED


@pytest.mark.parametrize(
    ("ocr_line", "field", "value"),
    [
        ("Total Sugars 12g", "total_sugars_g", 12),
        ("Total Sugars 129", "total_sugars_g", 12),  # 'g' read as '9'; 129 g is implausible
        ("Sodium 160mg", "sodium_mg", 160),
        ("Sodium 16O rng 7%", "sodium_mg", 160),  # O for 0, rng for mg
        ("Saturated Fat l9 5%", "saturated_fat_g", 1),  # 'l9' = '1g', checked against 5% DV
        ("Total Fat 0.59 1%", "total_fat_g", 0.5),  # labels print one decimal at most
        ("Trans Fat Og", "trans_fat_g", 0),
        ("Protein l2g", "protein_g", 12),
        ("Cholesterol 5mg 2%", "cholesterol_mg", 5),
        ("Total Carb. 37g 13%", "total_carbohydrate_g", 37),
        ("Dietary Fibre 4g", "dietary_fiber_g", 4),
        ("Total Fat <1g", "total_fat_g", 0.5),
    ],
)
def test_typical_ocr_errors_are_repaired(ocr_line: str, field: str, value: float) -> None:
    text = f"Nutrition Facts\n4 servings per container\nCalories 100\n{ocr_line}"
    facts = parse_nutrition(text)
    assert facts is not None
    assert getattr(facts, field) == pytest.approx(value)


@pytest.mark.parametrize(
    ("ocr_line", "field", "value"),
    [
        ("Sodium 126mg 5%", "sodium_mg", 125),  # 5-140 mg is declared in steps of 5
        ("Total Fat 4.6g 6%", "total_fat_g", 4.5),  # under 5 g, steps of 0.5 g
        ("Sodium 66mg 2%", "sodium_mg", 55),  # 65 mg would be 3% DV
        ("Total Carbohydrate 16g 5%", "total_carbohydrate_g", 15),  # 16 g would be 6% DV
        ("Sodium 65mg 0%", "sodium_mg", 5),  # a bold "5" read as "65"
        ("Sodium 125mg 6%", "sodium_mg", 125),  # agrees with its percent: left alone
        ("Saturated Fat 19g 5%", "saturated_fat_g", 1),  # "1g" read as "19g"
    ],
)
def test_a_bold_five_read_as_six_is_undone_when_the_label_contradicts_it(
    ocr_line: str, field: str, value: float
) -> None:
    facts = parse_nutrition(f"Nutrition Facts\nCalories 100\nProtein 2g\n{ocr_line}")
    assert facts is not None
    assert getattr(facts, field) == pytest.approx(value)


@pytest.mark.parametrize(
    ("ocr_line", "field", "value"),
    [
        ("Sodium 260mg 11%", "sodium_mg", 260),  # 250 mg is 11% too: nothing says it is wrong
        ("Sodium 160mg 7%", "sodium_mg", 160),
        ("Protein 6g", "protein_g", 6),
        ("Total Sugars 16g", "total_sugars_g", 16),
    ],
)
def test_values_the_label_agrees_with_are_kept(ocr_line: str, field: str, value: float) -> None:
    facts = parse_nutrition(f"Nutrition Facts\nCalories 100\nTotal Fat 1g 1%\n{ocr_line}")
    assert facts is not None
    assert getattr(facts, field) == pytest.approx(value)


def test_specks_before_the_serving_size_are_dropped() -> None:
    facts = parse_nutrition("Serving size \u20181 cup (40g)\nCalories 100\nSodium 5mg\nProtein 2g")
    assert facts is not None and facts.serving_size == "1 cup (40g)"


def test_added_sugars_are_not_taken_for_total_sugars() -> None:
    text = "Calories 100\nSodium 5mg\nIncludes 10g Added Sugars 20%\nSugars 14g\nProtein 2g"
    facts = parse_nutrition(text)
    assert facts is not None and facts.total_sugars_g == 14


def test_calories_on_the_line_below_and_calories_from_fat_ignored() -> None:
    facts = parse_nutrition("Calories from Fat 70\nCalories\n250\nTotal Fat 8g\nSodium 20mg")
    assert facts is not None and facts.calories == 250


def test_text_that_is_not_a_label_gives_no_facts() -> None:
    assert parse_nutrition("CRUNCHWELL\nSea Salt Kettle Chips\nNET WT 8 OZ (226g)") is None


def test_digits_inside_words_are_left_alone() -> None:
    assert clean_ocr_text("Total Sodium lOmg") == "Total Sodium 10mg"


@pytest.mark.parametrize(
    ("text", "size"),
    [
        ("Morning Meadow\nHoney Oat Clusters\nNET WT 12 OZ (340g)", "12 OZ"),
        ("Orchard Lane apple juice 500 ml", "500 ml"),
        ("Cold brew 11 fl oz", "11 fl oz"),
        ("no size here", None),
    ],
)
def test_package_size_is_read(text: str, size: str | None) -> None:
    assert parse_size(text) == size


def render_label(lines: list[str], size: int = 16) -> Image.Image:
    font = ImageFont.load_default(size=size)
    image = Image.new("RGB", (340, 26 * len(lines) + 24), "white")
    draw = ImageDraw.Draw(image)
    for i, line in enumerate(lines):
        draw.text((12, 12 + 26 * i), line, fill="black", font=font)
    return image


@pytest.mark.slow
@pytest.mark.skipif(not tesseract_available(), reason="tesseract-ocr is not installed")
def test_rendered_label_is_read_by_ocr() -> None:
    facts = parse_nutrition(read_text(render_label(LABEL_LINES)).text)
    assert facts is not None
    assert facts.model_dump() == EXPECTED


SAMPLE_LABELS = Path(__file__).resolve().parents[2] / "fixtures" / "sample" / "labels"


@pytest.mark.slow
@pytest.mark.skipif(not tesseract_available(), reason="tesseract-ocr is not installed")
@pytest.mark.skipif(not SAMPLE_LABELS.is_dir(), reason="fixtures/sample is not generated")
def test_sample_label_photo_answers_how_much_sugar(settings: Settings) -> None:
    entry = json.loads((SAMPLE_LABELS / "labels.jsonl").read_text().splitlines()[0])
    vision = PhotoAnswers(settings, None, backend=FakeUnderstanding())
    facts = vision.analyze_image(SAMPLE_LABELS / entry["file"], question="how much sugar?")
    assert facts.text and "Nutrition" in facts.text
    assert facts.nutrition is not None
    assert facts.nutrition.total_sugars_g == entry["nutrition"]["total_sugars_g"]
    assert facts.nutrition.calories == entry["nutrition"]["calories"]
