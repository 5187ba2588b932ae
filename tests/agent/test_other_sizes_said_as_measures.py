"""Another size of the product just asked about, said as a measure in the shopper's words ("and
the 12 inch one?", "what about the 12 inch red?"), is the same question in that variant: its stock,
and its price when the question before asked the price."""

from __future__ import annotations

import pytest

from agent.service import ShoppingAgent
from catalog.model import Product
from tests.agent.shop import sample_catalog_products
from tests.agent.talk import talk


@pytest.fixture
def products() -> list[Product]:
    return sample_catalog_products({"Cookware"}, leaf_only=True)


def test_the_price_asked_before_is_given_for_the_size_said_next(agent: ShoppingAgent) -> None:
    _, turn = talk(agent, "how much is the Cast Iron Skillet?", "and the 12 inch one?")
    assert "$59.95" in turn.reply and "$39.95" not in turn.reply, turn.reply


def test_a_colour_and_size_said_as_a_measure_get_that_variants_stock(
    agent: ShoppingAgent,
) -> None:
    _, turn = talk(
        agent, "does the Cast Iron Skillet come in red 10 inch?", "what about the 12 inch red?"
    )
    assert "1 left" in turn.reply and "don't carry" not in turn.reply, turn.reply


def test_a_size_asked_its_price_after_a_list_gets_that_price(agent: ShoppingAgent) -> None:
    _, turn = talk(agent, "cast iron skillet", "how much is the 12 inch one of that")
    assert "$59.95" in turn.reply, turn.reply
