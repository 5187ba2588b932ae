"""The photo warm-up runs a made-up photo through the whole photo answer and keeps nothing."""

from __future__ import annotations

import pytest
from PIL import Image

from aisle.photos import PhotoAnswers
from aisle.settings import Settings
from tests.vision.fakes import FakeSearch, FakeUnderstanding, make_product
from vision import service as service_module
from vision.ocr import OcrResult


@pytest.fixture
def read(monkeypatch: pytest.MonkeyPatch) -> list[Image.Image]:
    """Every image given to OCR (tesseract itself is not needed here)."""
    images: list[Image.Image] = []

    def fake_ocr(image: Image.Image) -> OcrResult:
        images.append(image)
        return OcrResult(text="", attempt="fake")

    monkeypatch.setattr(service_module, "read_text", fake_ocr)
    return images


def test_the_photo_warm_up_reads_text_and_looks_for_look_alikes(
    settings: Settings, read: list[Image.Image]
) -> None:
    """A first photo turn would otherwise be the first to read text and query image vectors."""
    catalog = FakeSearch([make_product("tee", ["Apparel", "Tops", "T-Shirts"])])
    backend = FakeUnderstanding()
    PhotoAnswers(settings, catalog, backend=backend).warm_up()  # type: ignore[arg-type]
    assert backend.calls == 1
    assert len(read) == 1
    assert len(catalog.calls) == 1


def test_the_photo_warm_up_stores_no_image(settings: Settings, read: list[Image.Image]) -> None:
    answers = PhotoAnswers(settings, None, backend=FakeUnderstanding())
    answers.warm_up()
    assert read
    assert not settings.images_dir.exists() or not any(settings.images_dir.rglob("*"))
