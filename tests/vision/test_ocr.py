from __future__ import annotations

import numpy as np
import pytest
from PIL import Image

from vision import ocr
from vision.ocr import OcrUnavailable, otsu_threshold, read_text, without_rules


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
