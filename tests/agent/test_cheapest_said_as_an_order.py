"""The cheapest of the list said as an order ("the cheapest one pls", "ok cheapest one then")
puts it in the cart; asked as a question it is only named."""

from __future__ import annotations

import pytest

from agent.service import ShoppingAgent
from catalog.model import Product
from tests.agent.shop import sample_catalog_products
from tests.agent.talk import cart_lines, talk


@pytest.fixture
def products() -> list[Product]:
    """The sample catalog's chargers and power banks."""
    return sample_catalog_products({"Chargers & Power"}, leaf_only=True)


@pytest.mark.parametrize("message", ["the cheapest one pls", "ok cheapest one then"])
def test_the_cheapest_said_as_an_order_adds_it(agent: ShoppingAgent, message: str) -> None:
    listed, added = talk(agent, "phone chargers", message)
    cheapest = min(listed.products, key=lambda p: p.price.amount)
    assert [line[0] for line in cart_lines(added)] == [cheapest.id], added.reply


def test_the_cheapest_asked_is_only_named(agent: ShoppingAgent) -> None:
    listed, asked = talk(agent, "phone chargers", "which is the cheapest one?")
    cheapest = min(listed.products, key=lambda p: p.price.amount)
    assert cheapest.title in asked.reply, asked.reply
    assert cart_lines(asked) == []
