"""The bigger size of a product that varies in a measure rather than a size: a 12 oz mug's is
its 16 oz, through `ShoppingAgent.chat`."""

from __future__ import annotations

import pytest

from agent.service import ShoppingAgent
from catalog.model import Product
from tests.agent.order_shop import ORDER_PRODUCTS
from tests.agent.talk import cart_lines, talk


@pytest.fixture
def products() -> list[Product]:
    return ORDER_PRODUCTS


def test_the_bigger_size_of_a_mug_is_its_next_capacity(agent: ShoppingAgent) -> None:
    turn = talk(
        agent,
        "add the Glazed Camp Mug in cream, 12 oz",
        "the camp mug, can you swap it to the bigger size?",
    )[-1]
    assert cart_lines(turn) == [("MUG1", "cream / 16 oz", 1)], turn.reply
