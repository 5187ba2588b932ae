"""'ok yes place it' outside a confirmation asks for the checkout (never an order: the total is
still shown and confirmed first), and with an empty cart says there is nothing to check out,
through `ShoppingAgent.chat`. On main both were 'we don't carry yes place'."""

from __future__ import annotations

import pytest

from agent.service import ShoppingAgent
from catalog.model import Product
from tests.agent.store import item
from tests.agent.talk import talk

DETAILS = "Sam Lee, sam@example.com, 4 High St, Leeds LS1 4AB, UK"


@pytest.fixture
def products() -> list[Product]:
    return [item("BEA", "Wool Beanie Hat", 28, ["Accessories", "Hats"], {"black": {"One Size": 9}})]


@pytest.mark.parametrize(
    "place", ["ok yes place it", "go ahead and place it", "yep, place them please", "place it"]
)
def test_place_it_starts_the_checkout_and_orders_nothing(agent: ShoppingAgent, place: str) -> None:
    asked, shown = talk(agent, "add the wool beanie hat in black", place, DETAILS)[1:]
    assert "name, email and shipping address" in asked.reply, asked.reply
    assert asked.order is None and not asked.awaiting_confirmation
    assert shown.awaiting_confirmation and shown.order is None
    assert "Total: $33.99" in shown.reply, shown.reply


@pytest.mark.parametrize("place", ["ok yes place it", "yes place the order"])
def test_place_it_with_an_empty_cart_says_there_is_nothing(
    agent: ShoppingAgent, place: str
) -> None:
    (turn,) = talk(agent, place)
    assert "cart is empty" in turn.reply, turn.reply
    assert "carry" not in turn.reply


def test_where_to_place_it_is_no_checkout(agent: ShoppingAgent) -> None:
    asked = talk(agent, "add the wool beanie hat in black", "where do i place it?")[-1]
    assert not asked.awaiting_confirmation and "shipping address" not in asked.reply
