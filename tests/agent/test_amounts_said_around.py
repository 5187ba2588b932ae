"""A bare amount closing a request ("hoodie for my son, around 60") is the price the shopper
has in mind; a size, a waist or a count said "around" is not."""

from __future__ import annotations

import pytest

from agent.service import ShoppingAgent
from agent.slots import price_bounds
from catalog.model import Product
from tests.agent.shop import sample_catalog_products
from tests.agent.talk import talk


@pytest.fixture
def products() -> list[Product]:
    """The sample catalog's hoodies ($50.99 to $106.99)."""
    return sample_catalog_products({"Hoodies"}, leaf_only=True)


@pytest.mark.parametrize(
    "message", ["hoodie for my son, around 60", "a hoodie about 60 or so", "hoodie around 60ish"]
)
def test_an_amount_said_around_bounds_the_prices(agent: ShoppingAgent, message: str) -> None:
    (turn,) = talk(agent, message)
    assert turn.products, turn.reply
    assert all(4800 <= p.price.amount <= 7200 for p in turn.products), turn.reply


@pytest.mark.parametrize(
    "text",
    [
        "running shoes, size around 10",
        "jeans, waist around 32",
        "a tent for around 6",
        "a backpack around 30 litres",
        "hoodie around 60",
    ],
)
def test_only_a_closing_amount_is_a_price(text: str) -> None:
    expected = (4800, 7200) if text == "hoodie around 60" else (None, None)
    assert price_bounds(text, "USD") == expected
