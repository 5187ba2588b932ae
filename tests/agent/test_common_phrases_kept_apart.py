"""English said around a product is not a product: "wears his beanie every day" names no
Everyday Tee, and "not the Clayfield ones" rules out a brand and keeps the mugs listed."""

from __future__ import annotations

import pytest

from agent.service import ShoppingAgent
from catalog.model import Product
from tests.agent.shop import acme_product, sample_catalog_products, shown_leaves
from tests.agent.talk import ids, talk


def _item(pid: str, title: str, category: list[str], brand: str) -> Product:
    return acme_product(pid, title, category, "20.00", brand=brand, description="")


@pytest.fixture
def products() -> list[Product]:
    mugs, hats = ["Kitchen", "Mugs"], ["Accessories", "Hats"]
    return [
        _item("MUG1", "Speckled Stoneware Mug", mugs, "Clayfield"),
        _item("MUG2", "Diner Stoneware Mug", mugs, "Kilnworks"),
        _item("HAT1", "Ribbed Wool Beanie", hats, "Northpine"),
        _item("TEE1", "Everyday Crew Tee", ["Apparel", "T-Shirts"], "Loomhouse"),
    ]


@pytest.mark.parametrize("products", [sample_catalog_products({"Hats", "T-Shirts"})])
def test_every_day_said_of_a_beanie_finds_beanies(agent: ShoppingAgent) -> None:
    (turn,) = talk(agent, "my dad wears his beanie every day, want to get him another one")
    assert turn.products and shown_leaves(turn) == {"Hats"}, turn.reply


def test_not_the_brand_ones_keeps_the_kind_listed(agent: ShoppingAgent) -> None:
    *_, refined = talk(
        agent,
        "I would like to look at some mugs for coffee",
        "Not the Clayfield ones please, I had one and the handle came off",
    )
    assert ids(refined) == ["MUG2"], refined.reply
