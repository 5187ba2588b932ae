"""Ruling something out of the list shown, with the reason said around it, narrows that list."""

from __future__ import annotations

import pytest

from agent.service import ShoppingAgent
from catalog.model import Product
from tests.agent.shop import sample_catalog_products, shown_leaves
from tests.agent.talk import talk


@pytest.fixture
def products() -> list[Product]:
    return sample_catalog_products({"Totes", "Running Shoes", "Mugs"}, leaf_only=True)


def _colours(product: Product) -> set[str]:
    return {v.options.get("color", "").lower() for v in product.variants}


def test_vegan_said_as_a_reason_still_rules_out_leather(
    agent: ShoppingAgent, products: list[Product]
) -> None:
    turns = talk(
        agent,
        "leather tote for work",
        "wait actually scratch the leather, its for my sister and she's vegan",
    )
    materials = {p.id: str(p.attributes.get("material", "")).lower() for p in products}
    shown = [p.id for p in turns[-1].products]
    assert shown and shown_leaves(turns[-1]) == {"Totes"}
    assert not [pid for pid in shown if "leather" in materials[pid]]


@pytest.mark.parametrize(
    ("first", "then", "leaf", "out"),
    [
        (
            "black running shoes",
            "on second thought no black, literally everything i own is black lol",
            "Running Shoes",
            {"black"},
        ),
        (
            "plain white mug",
            "ugh actually my kitchen is all white already, anything BUT white or cream",
            "Mugs",
            {"white", "cream"},
        ),
    ],
)
def test_a_colour_ruled_out_with_a_story_narrows_the_list(
    agent: ShoppingAgent, products: list[Product], first: str, then: str, leaf: str, out: set[str]
) -> None:
    turns = talk(agent, first, then)
    colours = {p.id: _colours(p) for p in products}
    shown = [p.id for p in turns[-1].products]
    assert shown and shown_leaves(turns[-1]) == {leaf}
    assert not [pid for pid in shown if colours[pid] <= out]


@pytest.mark.parametrize(
    "products", [sample_catalog_products({"T-Shirts"}, leaf_only=True)], ids=["tees"]
)
def test_a_brand_ruled_out_in_a_long_story_is_a_request(
    agent: ShoppingAgent, products: list[Product]
) -> None:
    said = "tshirts for the whole team (8 ppl), any brand except loomhouse, the last batch shrank"
    turn = talk(agent, said)[-1]
    brands = {p.id: (p.brand or "").lower() for p in products}
    assert turn.products and shown_leaves(turn) == {"T-Shirts"}
    assert "loomhouse" not in {brands[p.id] for p in turn.products}
