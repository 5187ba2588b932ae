"""A search that asks what is left ("any left in plum", "w32 navy, which are in stock") lists
only products that can be bought in the very shade and size said, not in another of its family."""

from __future__ import annotations

import pytest

from agent.service import ShoppingAgent
from catalog.model import Product
from tests.agent.store import item
from tests.agent.talk import ids, talk


def _products() -> list[Product]:
    mats, jeans = ["Fitness", "Yoga Mats"], ["Apparel", "Jeans"]
    return [
        item("MAT1", "Cork Studio Yoga Mat", 34, mats, {"plum": {"": 0}, "lavender": {"": 9}}),
        item("MAT2", "Grip Pro Yoga Mat", 85, mats, {"plum": {"": 0}, "lavender": {"": 4}}),
        item("MAT3", "Travel Fold Yoga Mat", 49, mats, {"plum": {"": 12}}),
        item("JN1", "Carpenter Jean", 130, jeans, {"navy": {"32": 3, "34": 2}}),
        item("JN2", "Double Knee Jean", 148, jeans, {"navy": {"32": 0}, "denim": {"32": 7}}),
        item("JN3", "Straight Jean", 63, jeans, {"navy": {"32": 0, "30": 5}}),
    ]


@pytest.fixture
def products() -> list[Product]:
    return _products()


def test_any_left_in_a_shade_hides_those_sold_out_in_it(agent: ShoppingAgent) -> None:
    (turn,) = talk(agent, "do u have any yoga mats left in plum")
    assert ids(turn) == ["MAT3"]  # not the mats whose plum is gone, though lavender is left


def test_a_waist_size_written_w32_with_in_stock_keeps_the_size_and_shade(
    agent: ShoppingAgent,
) -> None:
    (turn,) = talk(agent, "jeans w32 navy - which ones are actually in stock")
    assert ids(turn) == ["JN1"]  # navy 32 sold out on the others; denim 32 is no navy
