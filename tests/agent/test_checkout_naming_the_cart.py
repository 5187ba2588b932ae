""" "Checkout the matching set" asks to pay for what is in the cart, never a search for a "set":
with an empty cart the shop says so. Through `ShoppingAgent.chat`."""

from __future__ import annotations

import pytest

from agent.service import ShoppingAgent
from catalog.model import Product
from tests.agent.order_shop import ORDER_PRODUCTS
from tests.agent.talk import talk


@pytest.fixture
def products() -> list[Product]:
    return ORDER_PRODUCTS


def test_checkout_of_the_set_with_an_empty_cart_says_it_is_empty(agent: ShoppingAgent) -> None:
    turn = talk(agent, "ok checkout the matching set pls")[-1]
    assert "empty" in turn.reply.lower() and not turn.products, turn.reply
    assert not turn.awaiting_confirmation and turn.order is None
