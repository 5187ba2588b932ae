"""A follow-up that only changes a limit keeps the kind in focus: a budget said as "until 160"
or "under forty", and a property said as "it must be (really) waterproof"."""

from __future__ import annotations

import pytest

from agent.service import ShoppingAgent
from catalog.model import Product
from tests.agent.shop import acme_product
from tests.agent.talk import ids, talk


def _item(pid: str, title: str, category: list[str], dollars: str, **attrs: str) -> Product:
    return acme_product(
        pid, title, category, dollars, colors=[], stock=10, brand="Peak", description="",
        attributes=attrs,
    )  # fmt: skip


def shoes_jackets_and_more() -> list[Product]:
    shoes, jackets = ["Footwear", "Running Shoes"], ["Apparel", "Jackets"]
    return [
        _item("RUN1", "Swift Racer Running Shoe", shoes, "81.95"),
        _item("RUN2", "Cloud Tempo Running Shoe", shoes, "129.00"),
        _item("RUN3", "Carbon Elite Running Shoe", shoes, "240.00"),
        _item("MAT1", "Cork Yoga Mat", ["Sports", "Yoga Mats"], "33.99"),
        _item("MAT2", "Travel Yoga Mat", ["Sports", "Yoga Mats"], "58.00"),
        _item("JKT1", "Stormline Rain Jacket", jackets, "151.99", waterproof="yes"),
        _item("JKT2", "Packable Wind Jacket", jackets, "99.00", waterproof="no"),
        _item("JKT3", "Fleece Grid Jacket", jackets, "80.00", waterproof="no"),
        _item("BOO1", "Alpine Waterproof Hiker Boot", ["Footwear", "Boots"], "170.00"),
        _item("JUI1", "Orange Juice", ["Grocery", "Juice"], "5.99"),
        _item("MUG1", "Stoneware Diner Mug", ["Home", "Mugs"], "17.99", dishwasher_safe="yes"),
        _item("MUG2", "Handthrown Reactive Mug", ["Home", "Mugs"], "31.99", dishwasher_safe="no"),
        _item("DIS1", "Dishwasher Tablets", ["Home", "Cleaning"], "9.99"),
    ]


@pytest.fixture
def products() -> list[Product]:
    return shoes_jackets_and_more()


@pytest.mark.parametrize("follow_up", ["hmm not so nice. and until 160 then?", "ok till 160?"])
def test_a_ceiling_said_as_until_widens_the_budget_of_the_same_kind(
    agent: ShoppingAgent, follow_up: str
) -> None:
    first, wider = talk(agent, "running shoes for me, max 90 dollars", follow_up)
    assert ids(first) == ["RUN1"]
    assert set(ids(wider)) == {"RUN1", "RUN2"}


def test_a_ceiling_in_words_widens_the_budget_of_the_same_kind(agent: ShoppingAgent) -> None:
    _, wider = talk(agent, "yoga mats under 30", "hm ok what about under forty then")
    assert ids(wider) == ["MAT1"]


@pytest.mark.parametrize(
    "follow_up",
    [
        "he says it must be really waterproof, not only a bit resistant to water",
        "it has to be waterproof",
    ],
)
def test_a_property_the_list_must_have_narrows_the_jackets(
    agent: ShoppingAgent, follow_up: str
) -> None:
    _, narrowed = talk(agent, "jacket for rain for my husband", follow_up)
    assert ids(narrowed) == ["JKT1"]


def test_a_property_said_with_a_reason_narrows_the_mugs(agent: ShoppingAgent) -> None:
    said = "they should be dishwasher safe, we don't wash by hand"
    _, narrowed = talk(agent, "mugs please", said)
    assert ids(narrowed) == ["MUG1"]
