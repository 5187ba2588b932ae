"""A kind the titles name as a compound ("Ribbed Beanie Hat", "Mineral Sunscreen SPF 30") is
shown alone when asked for by that word, whatever the lead-in or the modifiers around it.

The word is not the titles' head noun (hat, spf), so the store's kinds do not hold it; without
the compound it would be ranked by meaning and padded with socks, towels or kids' headphones.
"""

from __future__ import annotations

import pytest

from agent.kind_scope import named_kinds
from agent.service import ShoppingAgent
from catalog.model import Product
from tests.agent.shop import Shop, acme_product
from tests.agent.talk import ids, talk


def _item(pid: str, title: str, price: float, category: list[str]) -> Product:
    about = f"The {title}, warm and soft for winter days at the beach or the lake."
    return acme_product(pid, title, category, price, description=about)


def _products() -> list[Product]:
    hats, sun = ["Accessories", "Hats"], ["Beauty", "Sun Care"]
    return [
        _item("HAT1", "Ribbed Beanie Hat", 24, hats),
        _item("HAT2", "Cuffed Beanie Hat", 30, hats),
        _item("SUN1", "Mineral Sunscreen SPF 30", 14, sun),
        _item("SUN2", "Kids Sport Sunscreen SPF 50", 16, sun),
        _item("SOC1", "Wool Winter Socks", 12, ["Apparel", "Socks"]),
        _item("JKT1", "Warm Winter Parka Jacket", 180, ["Apparel", "Jackets"]),
        _item("TWL1", "Striped Beach Towel", 35, ["Home", "Towels"]),
        _item("HP1", "Kids Foldable Headphones", 30, ["Electronics", "Headphones"]),
        _item("BAG1", "Beach Canvas Tote Bag", 40, ["Bags", "Totes"]),
        _item("LMP1", "Mushroom Table Lamp", 90, ["Home", "Lamps"]),
        _item("CHP1", "Sea Salt Potato Chips", 3, ["Grocery", "Snacks"]),
    ]


@pytest.fixture
def products() -> list[Product]:
    return _products()


@pytest.mark.parametrize(
    "said",
    [
        "any beanies?",
        "fine, forget it, just show me beanies",
        "i want a warm beanie for the winter",
        "got a tuque?",
    ],
)
def test_a_compound_kind_shows_only_that_kind(agent: ShoppingAgent, said: str) -> None:
    (turn,) = talk(agent, said)
    assert ids(turn) and {pid[:3] for pid in ids(turn)} == {"HAT"}


@pytest.mark.parametrize(
    "said", ["sunscreen for the kids, we're off to the beach", "need sunscreen for the lake"]
)
def test_a_modifier_narrows_within_the_kind_and_adds_none(agent: ShoppingAgent, said: str) -> None:
    (turn,) = talk(agent, said)
    assert ids(turn) and {pid[:3] for pid in ids(turn)} == {"SUN"}


def test_a_compound_whose_other_word_is_a_kind_is_not_that_compound(shop: Shop) -> None:
    assert named_kinds(shop.search, "cuffed beanie", []) == ["Hats"]
    assert named_kinds(shop.search, "a chips table for the den", []) == []  # no Table Lamp
