"""What a shopper rules out is a `must_not` filter, on Qdrant local and on Qdrant Edge alike."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from qdrant_client import QdrantClient

from aisle.money import Money
from aisle.settings import Settings
from catalog.edge import EdgeClient
from catalog.embed import HashingTextEncoder
from catalog.filters import SearchFilters
from catalog.index import CatalogIndex
from catalog.ingest import ingest_records
from catalog.model import Product, Variant
from catalog.payload import product_words
from catalog.search import CatalogSearch


def _tote(pid: str, title: str, material: str, brand: str, colors: list[str]) -> Product:
    variants = [
        Variant(id=f"{pid}-{c}", options={"color": c}, price=Money(amount=3000, currency="USD"))
        for c in colors
    ]
    return Product(
        id=pid, title=title, brand=brand, category=["Bags", "Totes"],
        attributes={"material": material}, variants=variants,
    )  # fmt: skip


TOTES = [
    _tote("leather", "Carryall Tote", "full-grain leather", "Hidebound", ["brown"]),
    _tote("canvas", "Market Tote", "cotton canvas", "Loomhouse", ["black", "natural"]),
    _tote("nylon", "Foldaway Nylon Tote", "recycled nylon", "Packwell", ["black"]),
]


@pytest.fixture(params=["local", "edge"])
def search(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[CatalogSearch]:
    settings = Settings(data_dir=tmp_path, _env_file=None)  # type: ignore[call-arg]
    client = QdrantClient(":memory:") if request.param == "local" else EdgeClient(tmp_path / "e")
    index = CatalogIndex(client, settings)
    index.ensure_collection()
    encoder = HashingTextEncoder()
    ingest_records(TOTES, index, encoder)
    yield CatalogSearch(index, encoder)
    index.close()


def _ids(search: CatalogSearch, filters: SearchFilters) -> set[str]:
    return {hit.product.id for hit in search.search("tote", filters, limit=10).hits}


def test_the_material_is_among_a_products_words() -> None:
    assert "leather" in product_words(TOTES[0]) and "tote" in product_words(TOTES[0])


def test_an_excluded_word_or_material_drops_the_products_that_hold_it(
    search: CatalogSearch,
) -> None:
    assert _ids(search, SearchFilters(exclude_words=["leather"])) == {"canvas", "nylon"}
    assert _ids(search, SearchFilters(exclude_words=["Nylon"])) == {"leather", "canvas"}


def test_an_excluded_colour_keeps_products_with_another_colour(search: CatalogSearch) -> None:
    assert _ids(search, SearchFilters(exclude_colors=["black"])) == {"leather", "canvas"}
    hits = search.search("tote", SearchFilters(exclude_colors=["black"]), limit=10).hits
    canvas = next(h for h in hits if h.product.id == "canvas")
    assert canvas.variant_ids == ["canvas-natural"]  # the black variant is not offered


def test_an_excluded_brand_is_never_returned(search: CatalogSearch) -> None:
    assert _ids(search, SearchFilters(exclude_brands=["hidebound"])) == {"canvas", "nylon"}
