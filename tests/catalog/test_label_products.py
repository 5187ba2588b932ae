"""A nutrition label names the product whose own figures it prints, and nothing on too little."""

from __future__ import annotations

from qdrant_client import QdrantClient

from aisle.money import Money
from aisle.nutrition import NutritionFacts
from aisle.settings import Settings
from catalog.embed import HashingTextEncoder
from catalog.index import CatalogIndex
from catalog.ingest import ingest_records
from catalog.label_products import LabelProducts, label_products
from catalog.model import Product, Variant

MUESLI = {"calories": 190.0, "total_fat_g": 4.0, "sodium_mg": 95.0, "total_carbohydrate_g": 33.0,
          "total_sugars_g": 11.0, "protein_g": 5.0}  # fmt: skip
FLAKES = {"calories": 110.0, "total_fat_g": 0.5, "sodium_mg": 200.0, "total_carbohydrate_g": 25.0,
          "total_sugars_g": 3.0, "protein_g": 2.0}  # fmt: skip
PRODUCTS = LabelProducts([("muesli", MUESLI), ("flakes", FLAKES), ("socks", {})])


def test_the_figures_of_one_product_name_it() -> None:
    read = NutritionFacts(calories=190, total_fat_g=4, sodium_mg=95, total_sugars_g=11, protein_g=5)
    assert [m.product_id for m in PRODUCTS.matching(read)] == ["muesli"]


def test_one_misread_figure_is_forgiven_only_when_many_agree() -> None:
    many = NutritionFacts.model_validate({**MUESLI, "sodium_mg": 35.0})  # 6 figures, one read wrong
    assert [m.product_id for m in PRODUCTS.matching(many)] == ["muesli"]
    few = NutritionFacts(calories=190, total_fat_g=4, sodium_mg=35, protein_g=5)
    assert PRODUCTS.matching(few) == []


def test_a_blurred_label_with_few_figures_names_nothing() -> None:
    assert PRODUCTS.matching(NutritionFacts(calories=110, protein_g=2)) == []


def test_figures_two_products_share_name_neither() -> None:
    zero = dict.fromkeys(MUESLI, 0.0)  # every coffee and tea: no calories, fat, sugar, ...
    twins = LabelProducts([("coffee", zero), ("tea", zero), ("muesli", MUESLI)])
    assert twins.matching(NutritionFacts.model_validate(zero)) == []


def test_the_figures_are_read_from_the_index(settings: Settings) -> None:
    index = CatalogIndex(QdrantClient(":memory:"), settings)
    index.ensure_collection()
    price = Money(amount=499, currency="USD")
    products = [
        Product(id="muesli", title="Alpine Muesli", category=["Grocery", "Cereal"],
                nutrition=NutritionFacts.model_validate(MUESLI),
                variants=[Variant(id="m1", price=price)]),
        Product(id="mug", title="Diner Mug", category=["Kitchen", "Mugs"],
                variants=[Variant(id="g1", price=price)]),
    ]  # fmt: skip
    ingest_records(products, index, HashingTextEncoder())
    found = label_products(index).matching(NutritionFacts.model_validate(MUESLI))
    assert [m.product_id for m in found] == ["muesli"]
    index.close()
