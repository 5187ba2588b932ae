"""A problem told with the kind asked for by name ("what bottles don't leak?", "what mugs have
you got"): that kind is shown, with what fixes the problem, not the thing the problem is about
(the juice spilt, the coffee gone cold)."""

from __future__ import annotations

import pytest

from agent.service import ShoppingAgent
from catalog.model import Product
from tests.agent.store import item
from tests.agent.talk import kinds, talk


def _told(product: Product, description: str) -> Product:
    return product.model_copy(update={"description": description})


@pytest.fixture
def products() -> list[Product]:
    return [
        _told(
            item("MUG1", "Travel Insulated Mug", 24, ["Home", "Drinkware", "Mugs"]),
            "Made from porcelain with a lid that seals. Designed for morning coffee.",
        ),
        _told(
            item("COF1", "Espresso Dark Coffee", 21, ["Grocery", "Coffee"]),
            "Dark roast coffee beans for morning coffee.",
        ),
        _told(
            item("BTL1", "Kids Straw Water Bottle", 18, ["Outdoors", "Water Bottles"]),
            "Keeps drinks cold with a leakproof lid. Designed for school.",
        ),
        _told(
            item("JUI1", "Cloudy Apple Juice", 5, ["Grocery", "Juice"]),
            "Pressed apple juice for lunch boxes.",
        ),
    ]


@pytest.mark.parametrize(
    ("message", "kind"),
    [
        ("my kids spill juice in the car constantly, what bottles don't leak?", "BTL"),
        ("coffee's always cold by the time I sit down at my desk, what mugs have you got", "MUG"),
    ],
)
def test_the_kind_asked_with_a_problem_is_shown(
    agent: ShoppingAgent, message: str, kind: str
) -> None:
    (turn,) = talk(agent, message)
    assert kind in kinds(turn) and kinds(turn) <= {kind}, turn.reply
