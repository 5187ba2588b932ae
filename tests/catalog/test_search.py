"""Search: hard filters hold for one and the same variant; sort, browse and similarity work."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from aisle.money import Money
from aisle.settings import Settings
from catalog.embed import HashingTextEncoder, load_text_encoder, product_text
from catalog.filters import SearchFilters
from catalog.index import TEXT, CatalogIndex
from catalog.ingest import ingest, ingest_records
from catalog.model import Product, Variant
from catalog.search import CatalogSearch, SearchHit

ENCODER = HashingTextEncoder()


def variant(vid: str, color: str, size: str, price: int, stock: int | None = None) -> Variant:
    return Variant(
        id=vid,
        options={"color": color, "size": size},
        price=Money(amount=price, currency="USD"),
        stock=stock,
    )


CATALOG = [
    Product(
        id="runner",
        title="Trail running shoe",
        brand="Stride",
        category=["Shoes", "Running Shoes"],
        variants=[
            variant("runner-red-9", "Red", "9", 7000),
            variant("runner-blue-10", "Navy", "10", 7500, stock=0),
        ],
    ),
    Product(
        id="racer",
        title="Road racing shoe",
        brand="Fleet",
        category=["Shoes", "Running Shoes"],
        variants=[
            variant("racer-red-10", "Crimson", "10", 9900),
            variant("racer-black-10", "Black", "10", 6000),
        ],
    ),
    Product(
        id="boot",
        title="Leather hiking boot",
        brand="Stride",
        category=["Shoes", "Boots"],
        variants=[variant("boot-brown-10", "Cognac", "10", 12000)],
    ),
    Product(
        id="mug",
        title="Ceramic coffee mug",
        category=["Kitchen", "Mugs"],
        variants=[variant("mug-white", "White", "One Size", 1200)],
    ),
]


@pytest.fixture
def search(settings: Settings) -> Iterator[CatalogSearch]:
    index = CatalogIndex.open(settings)
    ingest_records(CATALOG, index, ENCODER)
    yield CatalogSearch(index, ENCODER)
    index.close()


def ids(result_hits: list[SearchHit]) -> list[str]:
    return [hit.product.id for hit in result_hits]


def test_a_query_finds_the_product_it_names(search: CatalogSearch) -> None:
    assert ids(search.search("coffee mug").hits)[0] == "mug"


def test_colour_and_size_must_hold_for_the_same_variant(search: CatalogSearch) -> None:
    # "runner" has a red 9 and a blue 10: it is not a red 10.
    hits = search.search("shoe", SearchFilters(colors=["red"], sizes=["10"])).hits
    assert ids(hits) == ["racer"]
    assert hits[0].variant_ids == ["racer-red-10"]


def test_a_shade_filter_finds_its_family(search: CatalogSearch) -> None:
    assert ids(search.search("shoe", SearchFilters(colors=["blue"])).hits) == ["runner"]
    assert ids(search.search("shoe", SearchFilters(colors=["navy"])).hits) == ["runner"]


def test_price_range_applies_per_variant(search: CatalogSearch) -> None:
    hits = search.search("shoe", SearchFilters(price_max=6500, categories=["Shoes"])).hits
    assert ids(hits) == ["racer"]
    assert hits[0].variant_ids == ["racer-black-10"]
    assert set(ids(search.search("shoe", SearchFilters(price_min=9000)).hits)) == {
        "racer",
        "boot",
    }


def test_in_stock_hides_sold_out_variants(search: CatalogSearch) -> None:
    hits = search.search("shoe", SearchFilters(colors=["blue"], in_stock=True)).hits
    assert hits == []
    runner = search.search("trail", SearchFilters(in_stock=True, brands=["Stride"])).hits[0]
    assert runner.variant_ids == ["runner-red-9"]


def test_brand_and_category_filters(search: CatalogSearch) -> None:
    assert set(ids(search.search("shoe", SearchFilters(brands=["stride"])).hits)) == {
        "runner",
        "boot",
    }
    assert ids(search.search("leather", SearchFilters(categories=["Boots"])).hits) == ["boot"]


def test_excluded_and_restricted_ids(search: CatalogSearch) -> None:
    hits = search.search("shoe", SearchFilters(exclude_ids=["runner", "racer"])).hits
    assert "runner" not in ids(hits) and "racer" not in ids(hits)
    only = search.search("shoe", SearchFilters(product_ids=["boot"])).hits
    assert ids(only) == ["boot"]


def test_without_a_variant_filter_every_variant_is_offered(search: CatalogSearch) -> None:
    hit = search.search("road racing shoe").hits[0]
    assert hit.variant_ids == ["racer-red-10", "racer-black-10"]


def test_words_in_the_query_become_filters(search: CatalogSearch) -> None:
    result = search.search("red shoe in size 10 under $100")
    assert result.filters.price_max == 10000
    assert ids(result.hits) == ["racer"]


def test_explicit_filters_refine_the_parsed_ones(search: CatalogSearch) -> None:
    result = search.search("shoe under $100", SearchFilters(colors=["black"]))
    assert result.filters.price_max == 10000 and result.filters.colors == ["black"]
    assert ids(result.hits) == ["racer"]


def test_cheapest_first_orders_by_the_matching_variant(search: CatalogSearch) -> None:
    hits = search.search("cheapest shoe", SearchFilters(categories=["Running Shoes"])).hits
    assert ids(hits) == ["racer", "runner"]  # black racer 60.00 < red runner 70.00


def test_an_empty_query_with_filters_browses_the_catalog(search: CatalogSearch) -> None:
    hits = search.search("", SearchFilters(brands=["Stride"]), parse=False).hits
    assert set(ids(hits)) == {"runner", "boot"}
    dearest = search.search("most expensive", SearchFilters(categories=["Shoes"])).hits
    assert ids(dearest)[0] == "boot"


def test_paging_returns_the_next_hits(search: CatalogSearch) -> None:
    first = ids(search.search("shoe", limit=2).hits)
    second = ids(search.search("shoe", limit=2, offset=2).hits)
    assert len(first) == 2 and not set(first) & set(second)


def test_similar_to_vector_finds_the_nearest_and_honours_exclusions(
    search: CatalogSearch,
) -> None:
    vector = ENCODER.encode([product_text(CATALOG[0])])[0]
    hits = search.similar_to_vector(vector, using=TEXT, limit=2)
    assert ids(hits)[0] == "runner"
    others = search.similar_to_vector(vector, using=TEXT, exclude_ids=["runner"])
    assert "runner" not in ids(others)


def test_get_returns_a_stored_product(search: CatalogSearch) -> None:
    product = search.get("mug")
    assert product is not None and product.title == "Ceramic coffee mug"


def _item(pid: str, title: str, brand: str, category: list[str], price: int) -> Product:
    only = Variant(id=f"{pid}-1", price=Money(amount=price, currency="USD"))
    return Product(id=pid, title=title, brand=brand, category=category, variants=[only])


# "Apple" is a brand here, and another brand's title uses "apple" as a plain word.
ORCHARD_AND_APPLE = [
    _item("macbook", "MacBook Air 13 laptop", "Apple", ["Electronics", "Laptops"], 99900),
    _item("juice", "Organic apple juice", "Orchard Lane", ["Grocery", "Juice"], 499),
    _item("cider", "Sparkling pear cider", "Orchard Lane", ["Grocery", "Juice"], 599),
    _item("cable", "USB-C cable for Apple iPhone", "Voltnest", ["Electronics", "Cables"], 1299),
]


@pytest.fixture
def orchard_search(settings: Settings) -> Iterator[CatalogSearch]:
    index = CatalogIndex.open(settings)
    ingest_records(ORCHARD_AND_APPLE, index, ENCODER)
    yield CatalogSearch(index, ENCODER)
    index.close()


def test_the_catalog_tells_which_brands_are_also_everyday_words(
    orchard_search: CatalogSearch,
) -> None:
    # "apple juice" makes Apple ambiguous; "cable for Apple iPhone" names the brand as a brand.
    vocabulary = orchard_search.index.vocabulary()
    assert vocabulary.ambiguous_brands == {"Apple"}
    assert vocabulary.brands == {"Apple", "Orchard Lane", "Voltnest"}


def test_apple_juice_finds_the_juice_where_apple_is_also_a_brand(
    orchard_search: CatalogSearch,
) -> None:
    result = orchard_search.search("apple juice")
    assert ids(result.hits)[0] == "juice"
    assert result.filters.brands == []


@pytest.mark.parametrize("query", ["laptop by Apple", "something from Apple", "Apple brand"])
def test_naming_apple_as_the_brand_shows_only_apple(
    orchard_search: CatalogSearch, query: str
) -> None:
    assert ids(orchard_search.search(query).hits) == ["macbook"]


def test_an_unmarked_everyday_brand_still_ranks_its_products_first(
    orchard_search: CatalogSearch,
) -> None:
    assert ids(orchard_search.search("apple laptop").hits)[0] == "macbook"


SAMPLE = Path(__file__).resolve().parents[2] / "fixtures" / "sample" / "catalog.jsonl"


@pytest.fixture(scope="module")
def sample_search(tmp_path_factory: pytest.TempPathFactory) -> Iterator[CatalogSearch]:
    settings = Settings(data_dir=tmp_path_factory.mktemp("data"), _env_file=None)  # type: ignore[call-arg]
    index = CatalogIndex.open(settings)
    encoder = load_text_encoder(settings)
    report = ingest(SAMPLE, index, encoder)
    assert report.skipped == []
    yield CatalogSearch(index, encoder)
    index.close()


@pytest.mark.slow
@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("bootcut jeans", "bootcut-classic-jean"),
        ("ultralight tent for one person", "ultralight-1p-tent"),
        ("coconut shampoo for curly hair", "coconut-curl-shampoo"),
        ("open back headphones", "open-back-reference-headphones"),
        ("camp mug", "speckled-camp-mug"),
    ],
)
def test_the_sample_catalog_answers_obvious_queries(
    sample_search: CatalogSearch, query: str, expected: str
) -> None:
    assert sample_search.search(query).hits[0].product.id == expected


@pytest.mark.slow
def test_a_size_in_the_query_narrows_to_variants_of_that_size(
    sample_search: CatalogSearch,
) -> None:
    result = sample_search.search("alpine hiker boot in size 7.5")
    top = result.hits[0]
    assert top.product.id == "alpine-hiker-boot"
    sizes = {top.product.variant(v).size for v in top.variant_ids}  # type: ignore[union-attr]
    assert sizes == {"7.5"}


def _twin(pid: str) -> Product:
    return Product(
        id=pid, title="Canvas camp hat", brand="Acme", category=["Accessories", "Hats"],
        variants=[variant(f"{pid}-1", "Olive", "One Size", 2000)],
    )  # fmt: skip


@pytest.mark.parametrize("order", [["hat-c", "hat-a", "hat-b"], ["hat-b", "hat-c", "hat-a"]])
def test_equal_vector_scores_are_ordered_by_id_however_the_index_was_filled(
    settings: Settings, order: list[str]
) -> None:
    # Products photographed alike score exactly alike; Qdrant orders equal scores by where it
    # stored them, so two builds of one catalog listed a photo's look-alike hats in other orders.
    index = CatalogIndex.open(settings)
    for pid in order:  # one write each: each its own place in storage
        ingest_records([_twin(pid)], index, ENCODER)
    search = CatalogSearch(index, ENCODER)
    vector = ENCODER.encode([product_text(_twin("any"))])[0]
    try:
        assert ids(search.similar_to_vector(vector, using=TEXT, limit=3)) == [
            "hat-a",
            "hat-b",
            "hat-c",
        ]
        assert ids(search.similar_to_vector(vector, using=TEXT, limit=1)) == ["hat-a"]
    finally:
        index.close()
