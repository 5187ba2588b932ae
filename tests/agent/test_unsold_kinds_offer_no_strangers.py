"""What the store does not sell gets a plain "we don't carry" and, if anything, products of a
kind close to it: no water bottle for wine (only the container is shared), no tote bag for bin
bags or toilet paper. Through `ShoppingAgent.chat` with the real encoder (slow), since it is the
encoder's closeness of kinds that used to offer them.
"""

from __future__ import annotations

import pytest

from agent.service import ShoppingAgent
from catalog.model import Product
from tests.agent.store import item
from tests.agent.talk import ids, talk

BOTTLES = {"WB1", "WB2"}
TOTES = {"TB1", "TB2"}


@pytest.fixture
def products() -> list[Product]:
    """The catalog `real_agent` opens."""
    drinks, bottles = ["Grocery", "Beverages", "Juice"], ["Outdoor", "Water Bottles"]
    totes = ["Bags", "Tote Bags"]
    return [
        item("WB1", "Insulated Steel Water Bottle", 20, bottles),
        item("WB2", "Kids Straw Water Bottle", 18, bottles),
        item("JU1", "Cloudy Apple Juice", 5, drinks),
        item("JU2", "Cranberry Pomegranate Juice", 3, drinks),
        item("TB1", "Foldaway Nylon Tote Bag", 72, totes),
        item("TB2", "Market Canvas Tote Bag", 40, totes),
        item("MUG1", "Stoneware Diner Mug", 18, ["Home", "Mugs"]),
    ]


@pytest.mark.slow
@pytest.mark.parametrize("asked", ["do you sell wine", "wine?", "any red wine", "got any beer"])
def test_a_drink_not_sold_gets_no_water_bottles(real_agent: ShoppingAgent, asked: str) -> None:
    (turn,) = talk(real_agent, asked)
    assert "don't carry" in turn.reply, turn.reply
    assert not BOTTLES & set(ids(turn)), turn.reply


@pytest.mark.slow
@pytest.mark.parametrize(
    "asked",
    ["toilet paper, dish soap and bin bags", "trash bags and paper towels"],
)
def test_household_goods_not_sold_get_no_tote_bags(real_agent: ShoppingAgent, asked: str) -> None:
    (turn,) = talk(real_agent, asked)
    assert "don't carry" in turn.reply, turn.reply
    assert not TOTES & set(ids(turn)), turn.reply


@pytest.mark.slow
@pytest.mark.parametrize("asked", ["a water bottle", "tote bags", "juice"])
def test_what_is_sold_is_still_shown(real_agent: ShoppingAgent, asked: str) -> None:
    (turn,) = talk(real_agent, asked)
    assert "don't carry" not in turn.reply and ids(turn), turn.reply
