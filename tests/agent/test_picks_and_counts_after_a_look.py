"""After a look at two products: "I'll take the bigger one in forest green" adds the one that
measures more; "put the X and the Y side by side" compares them (never an add), so "which one
is cheaper?" is one of the two; "ok then 2 in sand, bath sheet" adds two."""

from __future__ import annotations

import pytest

from agent.service import ShoppingAgent
from catalog.model import Product
from tests.agent.shop import sample_catalog_products
from tests.agent.talk import cart_lines, ids, talk


@pytest.fixture
def products() -> list[Product]:
    return sample_catalog_products({"Backpacks", "Kettles", "Towels"}, leaf_only=True)


def test_the_bigger_of_two_compared_is_added_in_the_colour_said(agent: ShoppingAgent) -> None:
    _, turn = talk(
        agent,
        "Summit 35L vs Rolltop 28L backpack: which one holds more and which one's cheaper?",
        "I'll take the bigger one in forest green",
    )
    assert cart_lines(turn) == [("summit-35l-backpack", "forest green", 1)]


def test_side_by_side_compares_the_two_named(agent: ShoppingAgent) -> None:
    first, second = talk(
        agent,
        "can you put the Variable Temp Kettle and the Gooseneck Electric Kettle side by side "
        "for me",
        "which one is cheaper, and by how much?",
    )
    assert ids(first) == ["variable-temp-kettle", "gooseneck-electric-kettle"]
    assert ids(second) == ["variable-temp-kettle"]


def test_a_count_before_in_and_a_colour_is_the_quantity(agent: ShoppingAgent) -> None:
    *_, turn = talk(
        agent,
        "Turkish Cotton Bath Towel — what sizes does it come in?",
        "is the sage bath sheet in stock?",
        "ok then 2 in sand, bath sheet",
    )
    assert cart_lines(turn) == [("turkish-cotton-bath-towel", "sand / bath sheet", 2)]
