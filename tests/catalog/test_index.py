"""The Qdrant index: products round-trip through the payload, ids are stable, vocabulary is live."""

from __future__ import annotations

from collections.abc import Iterator

import numpy as np
import pytest

from aisle.money import Money
from aisle.settings import Settings
from catalog.embed import HashingTextEncoder, product_text
from catalog.index import CatalogIndex, VectorMismatch
from catalog.model import Product, Variant
from catalog.sparse import document_vector

ENCODER = HashingTextEncoder()


def shoe(product_id: str, color: str = "Navy", size: str = "10", price: int = 5000) -> Product:
    return Product(
        id=product_id,
        title=f"Trail runner {product_id}",
        brand="Stride",
        category=["Shoes", "Running Shoes"],
        variants=[
            Variant(
                id=f"{product_id}-1",
                options={"color": color, "size": size},
                price=Money(amount=price, currency="USD"),
            )
        ],
    )


def put(index: CatalogIndex, products: list[Product]) -> None:
    vectors = ENCODER.encode([product_text(p) for p in products])
    index.upsert(products, vectors, [document_vector(p) for p in products])


@pytest.fixture
def index(settings: Settings) -> Iterator[CatalogIndex]:
    opened = CatalogIndex.open(settings)
    yield opened
    opened.close()


def test_a_stored_product_comes_back_whole(index: CatalogIndex) -> None:
    product = shoe("A1")
    put(index, [product])
    assert index.get("A1") == product
    assert index.get("missing") is None


def test_get_many_keeps_the_order_asked_and_skips_unknown_ids(index: CatalogIndex) -> None:
    put(index, [shoe("A1"), shoe("B2"), shoe("C3")])
    assert [p.id for p in index.get_many(["C3", "nope", "A1"])] == ["C3", "A1"]


def test_upserting_the_same_product_twice_keeps_one_point(index: CatalogIndex) -> None:
    put(index, [shoe("A1")])
    put(index, [shoe("A1", price=4000)])
    assert index.count() == 1
    stored = index.get("A1")
    assert stored is not None and stored.min_price.amount == 4000


def test_delete_and_all_ids(index: CatalogIndex) -> None:
    put(index, [shoe("A1"), shoe("B2"), shoe("C3")])
    index.delete(["B2"])
    assert sorted(index.all_ids()) == ["A1", "C3"]


def test_content_hashes_tell_which_products_changed(index: CatalogIndex) -> None:
    product = shoe("A1")
    put(index, [product])
    assert index.content_hashes(["A1", "zz"]) == {"A1": product.content_hash()}


def test_vocabulary_lists_what_the_catalog_has_and_follows_writes(index: CatalogIndex) -> None:
    put(index, [shoe("A1", color="Navy", size="10")])
    first = index.vocabulary()
    assert first.colors == {"blue"} and first.sizes == {"10"}
    assert first.brands == {"Stride"} and "Running Shoes" in first.categories
    put(index, [shoe("B2", color="Burgundy", size="XL")])
    assert index.vocabulary().colors == {"blue", "red"}
    assert "XL" in index.vocabulary().sizes


def test_the_index_survives_a_reopen(settings: Settings) -> None:
    first = CatalogIndex.open(settings)
    put(first, [shoe("A1")])
    first.close()
    again = CatalogIndex.open(settings)
    try:
        assert again.count() == 1
    finally:
        again.close()


def test_mismatched_vectors_are_refused(index: CatalogIndex) -> None:
    with pytest.raises(VectorMismatch):
        index.upsert([shoe("A1")], np.zeros((2, ENCODER.dim), np.float32), [])
