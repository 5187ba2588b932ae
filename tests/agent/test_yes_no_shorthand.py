""" "y/n" after a question asks it as a yes/no question; it is no Spanish "y" ("and")."""

from __future__ import annotations

import pytest

from agent.service import ShoppingAgent
from aisle.money import Money
from catalog.model import Product, Variant
from tests.agent.talk import talk


def mugs() -> list[Product]:
    only = Variant(id="MUG1-1", price=Money.from_decimal("17.99", "USD"), stock=10)
    diner = Product(
        id="MUG1",
        title="Stoneware Diner Mug",
        brand="Clayfield",
        category=["Home", "Mugs"],
        variants=[only],
        attributes={"dishwasher_safe": "yes"},
    )
    return [diner]


@pytest.fixture
def products() -> list[Product]:
    return mugs()


def test_y_n_asks_a_yes_no_question(agent: ShoppingAgent) -> None:
    (turn,) = talk(agent, "Stoneware Diner Mug dishwasher safe y/n")
    assert turn.reply.lower().startswith("yes")
    assert "dishwasher safe" in turn.reply.lower()
