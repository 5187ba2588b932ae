from __future__ import annotations

import numpy as np
import pytest
from PIL import Image, ImageFilter

from tests.vision.test_nutrition import EXPECTED, LABEL_LINES, render_label
from vision import ocr
from vision.nutrition import parse_nutrition
from vision.ocr import (
    SOFT_EDGES,
    OcrUnavailable,
    edge_steepness,
    otsu_threshold,
    read_text,
    tesseract_available,
    without_rules,
)


def test_missing_tesseract_is_a_clear_error(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(ocr, "tesseract_available", lambda: False)
    with pytest.raises(OcrUnavailable, match="tesseract-ocr"):
        read_text(Image.new("RGB", (50, 50), "white"))


def test_otsu_threshold_separates_ink_from_paper() -> None:
    pixels = np.concatenate([np.full(500, 30), np.full(1500, 220)]).astype(np.uint8)
    assert 30 <= otsu_threshold(pixels) < 220


def test_section_bars_are_painted_out_but_text_is_kept() -> None:
    page = np.full((1000, 700), 255, dtype=np.uint8)
    page[100:112, :] = 0  # a solid rule across the label
    page[300:320, 50:200] = 0  # a word
    cleaned = np.asarray(without_rules(Image.fromarray(page)))
    rule_row = cleaned[106 * cleaned.shape[0] // 1000]
    assert rule_row.min() > 200  # the bar is gone
    assert (cleaned < 128).any()  # the word is still there


def test_blurred_print_has_soft_edges_and_sharp_print_does_not() -> None:
    sharp = render_label(LABEL_LINES)
    assert edge_steepness(sharp) > SOFT_EDGES
    assert edge_steepness(sharp.filter(ImageFilter.GaussianBlur(1.2))) < SOFT_EDGES


@pytest.mark.slow
@pytest.mark.skipif(not tesseract_available(), reason="tesseract-ocr is not installed")
@pytest.mark.parametrize("noise", ["rotated", "blurred"])
def test_tilted_or_blurred_label_is_read_completely(noise: str) -> None:
    label = render_label(LABEL_LINES)
    if noise == "rotated":
        label = label.rotate(3.5, Image.Resampling.BICUBIC, expand=True, fillcolor="white")
    else:
        label = label.filter(ImageFilter.GaussianBlur(1.0))
    facts = parse_nutrition(read_text(label).all_text)
    assert facts is not None
    assert facts.model_dump() == EXPECTED
