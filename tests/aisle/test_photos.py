from __future__ import annotations

from pathlib import Path

import pytest

from aisle.photos import PhotoAnswers
from aisle.settings import Settings
from catalog.filters import SearchFilters
from tests.vision.fakes import FakeSearch, FakeUnderstanding, make_product, png_bytes
from tests.vision.fakes import shape_on_background as shirt
from tests.vision.test_nutrition import LABEL_LINES, render_label
from vision import service as service_module
from vision.ocr import OcrResult, OcrUnavailable


@pytest.fixture
def catalog() -> FakeSearch:
    return FakeSearch(
        [
            make_product("tee-navy", ["Apparel", "Tops", "T-Shirts"], price=2500),
            make_product("tee-red", ["Apparel", "Tops", "T-Shirts"], price=6500),
            make_product("hoodie", ["Apparel", "Tops", "Hoodies"], price=4500),
        ]
    )


def _vision(settings: Settings, search: FakeSearch | None) -> PhotoAnswers:
    return PhotoAnswers(settings, search, backend=FakeUnderstanding())  # type: ignore[arg-type]


def test_analyze_answers_colour_category_and_similar_items(
    settings: Settings, catalog: FakeSearch
) -> None:
    facts = _vision(settings, catalog).analyze_image(png_bytes(shirt((25, 35, 80))))
    payload = facts.model_dump(mode="json")
    assert payload["colors"][0]["name"] == "blue"
    assert payload["categories"][0]["label"] in {"Apparel", "Tops"}
    assert not payload["unsure"]
    assert [s["id"] for s in payload["similar"]] == ["tee-navy", "tee-red", "hoodie"]
    assert payload["text"] is None and payload["nutrition"] is None
    assert set(payload) >= {"image_id", "colors", "categories", "unsure", "similar", "warnings"}


def test_upload_is_stored_and_referred_to_by_id(settings: Settings, catalog: FakeSearch) -> None:
    data = png_bytes(shirt((25, 35, 80)))
    vision = _vision(settings, catalog)
    facts = vision.analyze_image(data)
    assert vision.store.get(facts.image_id).read_bytes() == data


def test_filters_restrict_similar_items_but_not_the_category_vote(
    settings: Settings, catalog: FakeSearch
) -> None:
    facts = _vision(settings, catalog).analyze_image(
        png_bytes(shirt((25, 35, 80))), filters=SearchFilters(price_max=5000)
    )
    assert [s.id for s in facts.similar] == ["tee-navy", "hoodie"]
    assert catalog.calls[0] is None or catalog.calls[0].is_empty()  # the vote saw everything


def test_without_a_catalog_colours_still_work(settings: Settings) -> None:
    facts = _vision(settings, None).analyze_image(png_bytes(shirt((200, 30, 35))))
    assert facts.colors[0].name == "red"
    assert facts.similar == []
    assert facts.warnings


def test_missing_tesseract_is_reported_and_the_rest_still_works(
    settings: Settings, catalog: FakeSearch, monkeypatch: pytest.MonkeyPatch
) -> None:
    def no_tesseract(*args: object, **kwargs: object) -> None:
        raise OcrUnavailable("Tesseract OCR is not installed")

    monkeypatch.setattr(service_module, "read_text", no_tesseract)
    facts = _vision(settings, catalog).analyze_image(
        png_bytes(render_label(LABEL_LINES)), question="how much sugar is in this?"
    )
    assert facts.text is None
    assert any("Tesseract" in w for w in facts.warnings)
    assert facts.colors and facts.similar


def test_plain_photos_skip_ocr(
    settings: Settings, catalog: FakeSearch, monkeypatch: pytest.MonkeyPatch
) -> None:
    def fail(*args: object, **kwargs: object) -> None:
        raise AssertionError("OCR ran on a plain photo")

    monkeypatch.setattr(service_module, "read_text", fail)
    facts = _vision(settings, catalog).analyze_image(shirt((25, 35, 80)), question="in red?")
    assert facts.text is None
    assert catalog.calls[-1] is not None and catalog.calls[-1].colors == ["red"]


def test_product_vectors_are_cached_by_image_hash(settings: Settings, tmp_path: Path) -> None:
    image_path = tmp_path / "tee.png"
    image_path.write_bytes(png_bytes(shirt((25, 35, 80))))
    products = [
        make_product("tee", ["Apparel"], image=str(image_path)),
        make_product("remote", ["Apparel"], image="https://example.com/tee.png"),
        make_product("no-image", ["Apparel"]),
    ]
    backend = FakeUnderstanding()
    vision = PhotoAnswers(settings, None, backend=backend)
    first = vision.embed_products(products)
    second = PhotoAnswers(settings, None, backend=backend).embed_products(products)
    assert first[0] is not None and first[1] is None and first[2] is None
    assert second[0] is not None and (second[0] == first[0]).all()
    assert backend.embedded == 1  # the second ingest read the vector from disk


def test_a_picture_of_a_label_is_read_without_being_asked(
    settings: Settings, catalog: FakeSearch, monkeypatch: pytest.MonkeyPatch
) -> None:
    label_text = "\n".join(LABEL_LINES)

    def fake_ocr(image: object) -> OcrResult:
        return OcrResult(text=label_text, attempt="fake", readings=(label_text,))

    monkeypatch.setattr(service_module, "read_text", fake_ocr)
    facts = _vision(settings, catalog).analyze_image(png_bytes(render_label(LABEL_LINES)))
    assert facts.text == label_text
    assert facts.nutrition is not None and facts.nutrition.total_sugars_g == 12
