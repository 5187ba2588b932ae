"""A count of the one product in view by its options is an add: "great, twelve of the sky blue
ones in 16 oz then" after "do the camp mugs come in blue?". Through `ShoppingAgent.chat`."""

from __future__ import annotations

import pytest

from agent.service import ShoppingAgent
from catalog.model import Product
from tests.agent.order_shop import ORDER_PRODUCTS
from tests.agent.talk import cart_lines, talk


@pytest.fixture
def products() -> list[Product]:
    return ORDER_PRODUCTS


def test_a_count_of_the_colour_ones_adds_the_product_asked_about(agent: ShoppingAgent) -> None:
    asked, added = talk(
        agent,
        "do the Glazed Camp Mugs come in blue?",
        "great, twelve of the sky blue ones in 16 oz then",
    )
    assert "sky blue" in asked.reply.lower()
    assert cart_lines(added) == [("MUG1", "sky blue / 16 oz", 12)], added.reply
