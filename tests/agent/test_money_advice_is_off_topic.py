"""Life admin and money advice asked of a shop ("how do i cancel netflix", "is it cheaper to drive
to work or take the bus") is off-topic even when a word in it is in the catalog; cancelling an
order and choosing between two things to buy stay the shop's business."""

from __future__ import annotations

import pytest

from agent.service import ShoppingAgent
from catalog.model import Product
from tests.agent.store import plain_product


@pytest.fixture
def products() -> list[Product]:
    return [
        plain_product("BAG1", "Zip Top Work Tote Bag", ["Bags", "Totes"], "86"),
        plain_product("BOO1", "Ironbark Work Boot", ["Shoes", "Boots"], "148"),
        plain_product("JUI1", "Not From Concentrate Orange Juice", ["Grocery", "Juice"], "6"),
        plain_product("MUG1", "Stoneware Diner Mug", ["Kitchen", "Mugs"], "21"),
    ]


@pytest.mark.parametrize(
    "message",
    [
        "how do i cancel netflix, trying to save money",
        "how can I unsubscribe from my gym membership?",
        "Is it cheaper to drive to work or take the bus, do you think?",
        "would it be better to rent or buy a house",
    ],
)
def test_money_advice_shows_no_products(agent: ShoppingAgent, message: str) -> None:
    turn = agent.chat(None, message)
    assert turn.products == [] and turn.cart is None, turn.reply
    assert "only help with shopping" in turn.reply, turn.reply


def test_asking_how_to_cancel_an_order_is_not_off_topic(agent: ShoppingAgent) -> None:
    turn = agent.chat(None, "how do i cancel my order?")
    assert "only help with shopping" not in turn.reply, turn.reply
