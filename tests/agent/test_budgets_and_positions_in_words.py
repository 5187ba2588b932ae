"""Budgets and positions as shoppers say them: "somewhere between 50 and 75", "ok bump it to 70",
"and granola bars, same budget", "how much is number three?"."""

from __future__ import annotations

import pytest

from agent.service import ShoppingAgent
from catalog.model import Product
from tests.agent.shop import acme_product
from tests.agent.talk import ids, talk


def _item(pid: str, title: str, category: list[str], dollars: str) -> Product:
    return acme_product(pid, title, category, dollars, colors=[], stock=10, description="")


def budget_shop() -> list[Product]:
    return [
        _item("SAN1", "Recovery Slide Sandal", ["Footwear", "Sandals"], "25.95"),
        _item("SAN2", "Tideline Slide Sandal", ["Footwear", "Sandals"], "67.95"),
        _item("SAN3", "Hike Sport Sandal", ["Footwear", "Sandals"], "61.95"),
        _item("SAN4", "Leather Fisherman Sandal", ["Footwear", "Sandals"], "96.99"),
        _item("HOO1", "Summit Tech Hoodie", ["Clothing", "Hoodies"], "51.99"),
        _item("HOO2", "Fleece Zip Hoodie", ["Clothing", "Hoodies"], "70.95"),
        _item("HOO3", "Heavyweight Pullover Hoodie", ["Clothing", "Hoodies"], "89.00"),
        _item("BEL1", "Canvas Web Belt", ["Accessories", "Belts"], "61.99"),
        _item("CER1", "Cocoa Crunch Bites Cereal", ["Grocery", "Cereal"], "3.99"),
        _item("CER2", "Whole Grain Flakes Cereal", ["Grocery", "Cereal"], "4.49"),
        _item("BAR1", "Blueberry Yogurt Granola Bars", ["Grocery", "Granola Bars"], "4.99"),
        _item("BAR2", "Oats & Honey Crunchy Granola Bars", ["Grocery", "Granola Bars"], "5.99"),
        _item("BAR3", "Protein Peanut Crunch Granola Bars", ["Grocery", "Granola Bars"], "2.99"),
        _item("MUG1", "Speckled Camp Mug", ["Kitchen", "Mugs"], "14.99"),
        _item("MUG2", "Handthrown Reactive Mug", ["Kitchen", "Mugs"], "31.99"),
        _item("MUG3", "Espresso Cup Set Mug", ["Kitchen", "Mugs"], "30.99"),
    ]


@pytest.fixture
def products() -> list[Product]:
    return budget_shop()


def test_somewhere_between_two_prices_keeps_to_the_kind(agent: ShoppingAgent) -> None:
    (turn,) = talk(agent, "hoodie somewhere between 50 and 75 dollars pls")
    assert sorted(ids(turn)) == ["HOO1", "HOO2"]


def test_a_budget_bumped_after_a_list_searches_the_kind_again(agent: ShoppingAgent) -> None:
    first, bumped = talk(agent, "sandals under 30", "ok bump it to 70")
    assert ids(first) == ["SAN1"]
    assert sorted(ids(bumped)) == ["SAN1", "SAN2", "SAN3"]


def test_the_same_budget_carries_to_the_next_kind(agent: ShoppingAgent) -> None:
    _, bars = talk(agent, "cereal under 5 bucks", "and granola bars, same budget")
    assert sorted(ids(bars)) == ["BAR1", "BAR3"]


def test_a_position_in_words_after_number(agent: ShoppingAgent) -> None:
    listed, price = talk(agent, "mugs pls", "how much is number three?")
    third = listed.products[2]
    assert ids(price) == [third.id]
    assert third.title in price.reply and "$" in price.reply
