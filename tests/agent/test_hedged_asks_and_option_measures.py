""" "And a lid brush if you have one" asks for a lid brush (the "one" points at nothing shown);
"how big is it?" of a bottle sold by capacity answers with the capacities."""

from __future__ import annotations

import pytest

from agent.service import ShoppingAgent
from catalog.model import Product
from tests.agent.shop import sample_catalog_products
from tests.agent.talk import cart_lines, talk


@pytest.fixture
def products() -> list[Product]:
    """The sample catalog's water bottles and mugs."""
    return sample_catalog_products({"Water Bottles", "Mugs"}, leaf_only=True)


@pytest.mark.parametrize(
    "message", ["and a lid brush if you have one", "and a bottle brush if u got any"]
)
def test_a_hedged_ask_after_an_add_is_not_the_added_product(
    agent: ShoppingAgent, message: str
) -> None:
    *_, added, asked = talk(agent, "water bottle", "add the first one in white, 20 oz", message)
    assert len(cart_lines(added)) == 1, added.reply
    assert cart_lines(asked) == cart_lines(added), asked.reply
    assert "which colo" not in asked.reply.lower(), asked.reply


def test_a_hedged_ask_for_a_sold_kind_lists_it(agent: ShoppingAgent) -> None:
    *_, asked = talk(agent, "water bottle", "add the first one in white, 20 oz",
                     "and a mug too if you've got one")  # fmt: skip
    assert asked.products, asked.reply
    assert all("mug" in p.title.lower() for p in asked.products), asked.reply


def test_how_big_a_bottle_is_says_its_capacities(agent: ShoppingAgent) -> None:
    *_, answered = talk(agent, "tell me about the Filter Bottle Water Bottle", "how big is it?")
    assert "20 oz" in answered.reply and "32 oz" in answered.reply, answered.reply
    assert "doesn't give" not in answered.reply, answered.reply
