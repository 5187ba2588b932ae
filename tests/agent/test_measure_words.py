"""A size said as a measure after the kind ("cast iron skillet 12 inch") names no kind itself."""

from __future__ import annotations

import pytest

from agent.service import ShoppingAgent
from aisle.money import Money
from catalog.model import Product, Variant
from tests.agent.talk import ids, talk
from tests.agent.test_adding import socks_and_skillets


@pytest.fixture
def products() -> list[Product]:
    boot = Product(
        id="BOOT1", title="Lumber 10-Inch Boot", category=["Footwear", "Boots"],
        variants=[Variant(id="BOOT1-10", price=Money.from_decimal("204.50", "USD"), stock=5)],
    )  # fmt: skip
    return [*socks_and_skillets(), boot]


@pytest.mark.parametrize("message", ["cast iron skillet 10 inch", "a skillet 10in"])
def test_a_measure_after_the_kind_is_no_kind_not_carried(
    agent: ShoppingAgent, message: str
) -> None:
    (turn,) = talk(agent, message)
    assert "don't carry" not in turn.reply
    assert ids(turn) and all(pid.startswith("PAN") for pid in ids(turn))
