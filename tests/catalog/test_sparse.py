"""BM25 term weights: what the lexical half of search can and cannot match."""

from __future__ import annotations

from aisle.money import Money
from catalog.model import Product, Variant
from catalog.sparse import (
    Bm25Params,
    document_vector,
    query_vector,
    stem,
    token_index,
    tokenize,
)


def _product(title: str, category: list[str] | None = None) -> Product:
    price = Money(amount=1000, currency="USD")
    return Product(
        id=title, title=title, category=category or [], variants=[Variant(id="v", price=price)]
    )


def _score(query: str, product: Product) -> float:
    q = query_vector(query)
    d = document_vector(product)
    weights = dict(zip(d.indices, d.values, strict=True))
    return sum(weights.get(i, 0.0) * v for i, v in zip(q.indices, q.values, strict=True))


def test_plural_and_singular_queries_match_the_same_products() -> None:
    assert tokenize("Running Shoes") == tokenize("running shoe")
    assert stem("batteries") == "battery"
    assert stem("dress") == "dress"


def test_numbers_and_units_survive_so_pack_sizes_can_match() -> None:
    assert tokenize("4oz jar, Pack of 12") == ["4", "oz", "jar", "pack", "12"]
    assert tokenize("16 ounces") == ["16", "oz"]


def test_shopping_filler_is_not_searched_for() -> None:
    assert tokenize("i'm looking for a pair of red socks") == ["pair", "red", "sock"]


def test_non_ascii_words_are_kept() -> None:
    assert tokenize("Crème brûlée café") == ["crème", "brûlée", "café"]


def test_vectors_are_sorted_and_unique_as_qdrant_requires() -> None:
    vector = document_vector(_product("Red red RED shirt shirt", ["Clothing", "Shirts"]))
    assert vector.indices == sorted(set(vector.indices))
    assert len(vector.indices) == len(vector.values)


def test_token_hashing_is_stable_across_processes() -> None:
    import zlib

    assert token_index("shoe") == zlib.crc32(b"shoe")
    assert 0 <= token_index("anything") < 2**32


def test_a_short_title_outweighs_a_long_one_for_the_same_word() -> None:
    short = _product("Wool socks")
    long = _product("Wool blend everyday cushioned crew socks with arch support for hiking trips")
    assert _score("socks", short) > _score("socks", long)


def test_repeating_a_word_saturates_instead_of_growing_without_bound() -> None:
    once = document_vector(_product("socks"), Bm25Params(b=0.0))
    many = document_vector(_product("socks " * 50), Bm25Params(b=0.0))
    assert max(many.values) < (Bm25Params().k1 + 1) * 1.001
    assert max(many.values) > max(once.values)


def test_category_words_match_products_whose_title_lacks_them() -> None:
    product = _product("Trail Runner X2", ["Shoes", "Running Shoes"])
    assert _score("running shoes", product) > 0


def test_a_word_in_ie_and_its_plural_are_one_term() -> None:
    """ "beanies" must find the Wool Beanie Hat; "-ies" plurals of "-y" words still fold too."""
    assert tokenize("beanies") == tokenize("beanie") == tokenize("Beanie")
    assert tokenize("hoodies") == tokenize("hoodie")
    assert tokenize("batteries") == tokenize("battery")
    assert tokenize("ties") == tokenize("tie")
