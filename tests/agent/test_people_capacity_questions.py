""" "How many people fit in it?" asks the product's capacity, never its sizes."""

from __future__ import annotations

import pytest

from agent.service import ShoppingAgent
from aisle.money import Money
from catalog.model import Product, Variant
from tests.agent.shop import sample_products
from tests.agent.talk import talk


def _tent() -> Product:
    return Product(
        id="TNT",
        title="Ridgeback 3P Tent",
        variants=[
            Variant(
                id="TNT-OLV", options={"color": "olive"}, price=Money.from_decimal("199", "USD")
            )
        ],
        category=["Sports & Outdoors", "Camping", "Tents"],
        attributes={"material": "silnylon", "capacity": "3 person"},
    )


@pytest.fixture
def products() -> list[Product]:
    return [*sample_products(), _tent()]


@pytest.mark.parametrize(
    "message",
    [
        "how many people fit in the Ridgeback 3P Tent?",
        "Ridgeback 3P Tent: how many adults?",
        "does the Ridgeback 3P Tent fit 3 people?",
    ],
)
def test_how_many_people_answers_from_the_capacity(agent: ShoppingAgent, message: str) -> None:
    (turn,) = talk(agent, message)
    assert "3 person" in turn.reply
    assert "one size" not in turn.reply
