"""The store's kind classifier is fitted on its image vectors and refitted when an import
changes the product types."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import numpy as np
import pytest
from PIL import Image

from aisle.money import Money
from aisle.photos import PhotoAnswers
from aisle.services import Services
from aisle.settings import Settings
from catalog.embed import HashingTextEncoder
from catalog.model import Product, Variant
from tests.aisle.test_services import write_feed
from tests.vision.fakes import shape_on_background
from vision.backends import PartialFacts

COLOURS = {"Mugs": (200, 30, 35), "Hats": (40, 70, 170), "Scarves": (40, 150, 60)}


class ColourEncoder:
    """1280-d vectors from an image's mean colour (plus a little per-image noise), no model."""

    name = "colour-fake"
    dim = 1280

    def analyze(self, image: Image.Image, question: str | None) -> PartialFacts:
        return PartialFacts(embedding=self.embed([image])[0])

    def embed(self, images: list[Image.Image]) -> np.ndarray:
        rows = np.zeros((len(images), self.dim), dtype=np.float32)
        for i, image in enumerate(images):
            pixels = np.asarray(image.convert("RGB"), dtype=np.float32)
            rows[i, :3] = pixels.mean(axis=(0, 1)) / 255
            seed = int(pixels[::7, ::7].sum()) % 2**32
            rows[i, 3:40] = np.random.default_rng(seed).normal(0, 0.05, 37)
        return rows / np.linalg.norm(rows, axis=1, keepdims=True)


def _products(kind: str, count: int, folder: Path) -> list[Product]:
    products = []
    for i in range(count):
        path = folder / f"{kind}-{i}.png"
        shade = tuple(max(0, min(255, c + 6 * i - 12)) for c in COLOURS[kind])
        shape_on_background(shade, size=(120 + 8 * i, 140)).save(path)  # type: ignore[arg-type]
        products.append(
            Product(
                id=f"{kind.lower()}-{i}",
                title=f"{kind} {i}",
                category=["Shop", kind],
                images=[str(path)],
                variants=[
                    Variant(id=f"{kind.lower()}-{i}-1", price=Money(amount=900, currency="USD"))
                ],
            )
        )
    return products


@pytest.fixture
def services(settings: Settings) -> Iterator[Services]:
    opened = Services(settings.model_copy(update={"image_test_time_views": False}))
    opened.__dict__["text_encoder"] = HashingTextEncoder()
    opened.__dict__["vision"] = PhotoAnswers(
        opened.settings, opened.search, backend=ColourEncoder()
    )
    yield opened
    opened.close()


def test_the_classifier_refits_after_an_import_adds_a_product_type(
    services: Services, tmp_path: Path
) -> None:
    photos: PhotoAnswers = services.vision
    first = _products("Mugs", 6, tmp_path) + _products("Hats", 6, tmp_path)
    services.ingest(write_feed(tmp_path / "first.jsonl", first))
    before = photos.kind_classifier()
    assert before is not None
    assert set(before.paths) == {("Shop", "Mugs"), ("Shop", "Hats")}
    green = shape_on_background(COLOURS["Scarves"])
    assert photos.analyze_image(green).categories[0].label != "Scarves"

    services.ingest(write_feed(tmp_path / "second.jsonl", _products("Scarves", 6, tmp_path)))

    after = photos.kind_classifier()
    assert after is not None and after is not before
    assert ("Shop", "Scarves") in after.paths and after.fitted_on == 18
    facts = photos.analyze_image(shape_on_background(COLOURS["Scarves"]))
    assert facts.categories[0].label in {"Scarves", "Shop"}
    assert "Scarves" in [c.label for c in facts.categories[:2]]


def test_a_store_too_small_to_learn_from_has_no_classifier(
    services: Services, tmp_path: Path
) -> None:
    services.ingest(write_feed(tmp_path / "tiny.jsonl", _products("Mugs", 3, tmp_path)))
    assert services.vision.kind_classifier() is None
