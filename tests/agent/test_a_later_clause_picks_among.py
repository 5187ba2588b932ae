"""A later clause of a request that tells no trip only picks among what the first clause asked:
in "a meals with zero added sugar …, also choose applesauce flavored one" the flavour is an
option of the meals, not a kind of its own (a Flavored Water is not what is asked)."""

from __future__ import annotations

import pytest

from agent.service import ShoppingAgent
from catalog.model import Product
from tests.agent.shop import acme_product
from tests.agent.talk import ids, talk


@pytest.fixture
def products() -> list[Product]:
    water = ["Grocery", "Beverages", "Water", "Flavored Water"]
    return [
        acme_product(
            "MEAL1",
            "Yummy Organics Baby Food - Fruit Puree, Gluten-Free, No Added Sugar, BPA-Free Cups, "
            "Apple Banana Strawberry, 12 Pack",
            ["Baby Products", "Feeding", "Baby Foods", "Meals"],
            "27.26",
            colors=[],
            options=[{"flavor": "applesauce"}, {"flavor": "pear"}],
        ),
        acme_product(
            "WAT1",
            "Propel, Kiwi Strawberry, Zero Calorie Water Beverage with Electrolytes, 12 Pack",
            water,
            "18.19",
            colors=[],
            options=[{}],
        ),
        acme_product(
            "WAT2",
            "Propel, Berry, Zero Sugar Flavored Water Beverage, 12 Pack",
            water,
            "17.49",
            colors=[],
            options=[{}],
        ),
    ]


def test_the_flavour_chosen_later_keeps_the_meals_asked(agent: ShoppingAgent) -> None:
    said = (
        "i'm looking for a meals with zero added sugar and also free from gluten and bpa. also, "
        "choose applesauce flavored one, and price lower than 50.00 dollars"
    )
    (turn,) = talk(agent, said)
    assert ids(turn)[:1] == ["MEAL1"]
