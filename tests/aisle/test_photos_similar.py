"""Similar-item search over a real local Qdrant index with real EfficientNet-Lite0 vectors."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from aisle.catalog_images import local_images
from aisle.photos import PhotoAnswers
from aisle.settings import Settings
from catalog.embed import HashingTextEncoder
from catalog.filters import SearchFilters
from catalog.importers import read_catalog
from catalog.index import CatalogIndex
from catalog.ingest import ingest_records
from catalog.model import Product
from catalog.search import CatalogSearch

SAMPLE = Path(__file__).resolve().parents[2] / "fixtures" / "sample" / "catalog.jsonl"
PICKED = (
    "everyday-crew-tee", "compression-knee-socks", "rolltop-28l-backpack", "field-38-watch",
)  # fmt: skip

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(not SAMPLE.is_file(), reason="fixtures/sample is not generated"),
]


@pytest.fixture(scope="module")
def products() -> list[Product]:
    wanted: list[Product] = []
    categories: set[tuple[str, ...]] = set()
    for record in read_catalog(SAMPLE):
        if not isinstance(record, Product) or not record.images:
            continue
        leaf = tuple(record.category)
        if record.id in PICKED or (leaf not in categories and len(wanted) < 24):
            wanted.append(record)
            categories.add(leaf)
    return wanted


def test_a_variant_photo_finds_its_own_product_first(
    settings: Settings, products: list[Product]
) -> None:
    index = CatalogIndex.open(settings)
    vision = PhotoAnswers.open(settings, CatalogSearch(index, encoder=HashingTextEncoder()))
    try:
        ingest_records(products, index, HashingTextEncoder(), image_embedder=vision.embed_products)
        tee = next(p for p in products if p.id == "everyday-crew-tee")
        navy = next(v for v in tee.variants if v.color == "navy")
        assert navy.image and navy.image != tee.images[0]  # not the picture that was indexed

        facts = vision.analyze_image(Path(navy.image), filters=SearchFilters(colors=["blue"]))

        assert facts.similar[0].id == "everyday-crew-tee"
        assert set(facts.similar[0].variant_ids) == {
            v.id for v in tee.variants if v.color == "navy"
        }
        assert facts.colors[0].name == "blue"
        assert "T-Shirts" in [c.label for c in facts.categories]
    finally:
        index.close()


def test_a_photo_of_a_later_colour_matches_that_colours_picture(
    settings: Settings, products: list[Product]
) -> None:
    index = CatalogIndex.open(settings)
    vision = PhotoAnswers.open(settings, CatalogSearch(index, encoder=HashingTextEncoder()))
    try:
        stored = vision.store_catalog_images(products)
        ingest_records(stored, index, HashingTextEncoder(), image_embedder=vision.embed_products)
        backpack = next(p for p in stored if p.id == "rolltop-28l-backpack")
        later = next(v for v in backpack.variants if v.image and v.image != backpack.images[0])
        picture = vision.store.get(str(later.image).removeprefix("image:"))  # not the indexed one

        facts = vision.analyze_image(picture)

        assert facts.similar[0].id == "rolltop-28l-backpack"
        assert facts.similar[0].score > 0.95  # scored by its own picture in that colour
    finally:
        index.close()


def test_reingest_reads_image_vectors_from_the_cache(
    settings: Settings, products: list[Product]
) -> None:
    first = PhotoAnswers.open(settings, None).embed_products(products[:4])
    cache_files = sorted((settings.images_dir / "vectors").rglob("*.npy"))
    pictures = {path for p in products[:4] for path in local_images(p)}
    assert len(cache_files) == len(pictures) > sum(v is not None for v in first) > 0
    marker = np.full(1280, 1 / np.sqrt(1280), dtype=np.float32)
    for path in cache_files:
        np.save(path, marker)  # a vector the model would never produce

    second = PhotoAnswers.open(settings, None).embed_products(products[:4])

    assert all(v is None or (v == marker).all() for v in second)
