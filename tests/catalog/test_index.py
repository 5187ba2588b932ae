"""The Qdrant index: products round-trip through the payload, ids are stable, vocabulary is live."""

from __future__ import annotations

from collections.abc import Iterator

import numpy as np
import pytest

from aisle.money import Money
from aisle.settings import Settings
from catalog.embed import HashingTextEncoder, product_text
from catalog.filters import SearchFilters
from catalog.index import CatalogIndex, VectorMismatch
from catalog.model import Product, StockLevel, Variant
from catalog.search import CatalogSearch
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


def test_vocabulary_knows_which_shopper_words_for_kinds_titles_use(index: CatalogIndex) -> None:
    put(index, [shoe("A1")])
    assert index.vocabulary().kind_words_used == frozenset()
    shades = shoe("B2").model_copy(update={"title": "Roller Window Shades"})
    put(index, [shades])
    assert index.vocabulary().kind_words_used == {"shades"}


def test_vocabulary_knows_colour_words_that_only_name_products(index: CatalogIndex) -> None:
    tea = shoe("T1", color="").model_copy(update={"title": "Jasmine Green Tea"})
    tee = shoe("G1", color="Forest Green").model_copy(update={"title": "Green Canvas Tee"})
    put(index, [tea, tee])

    # the tee comes in green; "jasmine green": the colour said after a word of the tea's name
    assert index.vocabulary().colour_names == {"green tea", "jasmine green"}


def test_during_bulk_writes_searches_keep_the_vocabulary_until_the_writes_end(
    index: CatalogIndex,
) -> None:
    put(index, [shoe("A1", color="Navy")])
    before = index.vocabulary()
    with index.bulk_writes():
        put(index, [shoe("B2", color="Red")])
        assert index.vocabulary() is before  # not rebuilt per batch of a live import
    assert index.vocabulary().colors == {"blue", "red"}


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


def tee(stock: dict[str, int]) -> Product:
    return Product(
        id="T1",
        title="Merino tee",
        variants=[
            Variant(
                id=f"T1-{size}",
                options={"size": size},
                price=Money(amount=3000, currency="USD"),
                stock=n,
            )
            for size, n in stock.items()
        ],
    )


def test_set_stock_moves_the_stored_product_and_the_in_stock_filter(index: CatalogIndex) -> None:
    put(index, [tee({"S": 1, "M": 2}), shoe("A1")])
    search = CatalogSearch(index, ENCODER)

    def buyable() -> dict[str, list[str]]:
        hits = search.search("merino tee", SearchFilters(in_stock=True)).hits
        return {h.product.id: h.variant_ids for h in hits}

    assert index.set_stock({"T1": {"T1-S": StockLevel(stock=0, available=True)}}) == 1
    assert buyable() == {"T1": ["T1-M"], "A1": ["A1-1"]}
    index.set_stock({"T1": {"T1-M": StockLevel(stock=0, available=True)}})
    assert buyable() == {"A1": ["A1-1"]}
    assert "T1" in [h.product.id for h in search.search("merino tee").hits]
    assert index.get("T1") == tee({"S": 0, "M": 0})

    index.set_stock({"T1": {"T1-S": StockLevel(stock=4, available=True)}})
    assert index.get("T1") == tee({"S": 4, "M": 0})
    assert buyable() == {"T1": ["T1-S"], "A1": ["A1-1"]}


def test_set_stock_keeps_the_feed_hash_and_skips_what_has_nothing_to_change(
    index: CatalogIndex,
) -> None:
    put(index, [tee({"S": 1})])
    index.set_stock({"T1": {"T1-S": StockLevel(stock=0, available=True)}})
    # re-importing the unchanged feed is still skipped, so it cannot reset commerce's stock
    assert index.content_hashes(["T1"]) == {"T1": tee({"S": 1}).content_hash()}
    unchanged = {"T1": {"T1-S": StockLevel(stock=0, available=True)}, "gone": {}}
    assert index.set_stock(unchanged) == 0
    stopped = index.set_stock({"T1": {"T1-S": StockLevel(stock=5, available=False)}})
    stored = index.get("T1")
    assert stopped == 1 and stored is not None and not stored.in_stock


def test_vocabulary_lists_the_top_level_departments_biggest_first(index: CatalogIndex) -> None:
    mug = shoe("M1").model_copy(update={"category": ["Kitchen", "Mugs"]})
    tee = shoe("T1").model_copy(update={"category": ["Apparel", "Tops"]})
    put(index, [shoe("A1"), shoe("A2"), mug, tee])
    assert index.vocabulary().departments == ("Shoes", "Apparel", "Kitchen")
