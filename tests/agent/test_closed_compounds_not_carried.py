"""A closed compound ending in a kind the store sells names a kind of its own: "skateboards" are
no cutting boards, "stopwatch" no wristwatch; a variety close to the products ("wristwatch") is
still that kind. Through `ShoppingAgent.chat` on a store with the real encoder (slow), since it
is the encoder's closeness of "skateboard" to "board" that used to carry it.
"""

from __future__ import annotations

import pytest

from agent.kinds import KindIndex, compound_ending
from agent.service import ShoppingAgent
from catalog.model import Product
from tests.agent.store import item
from tests.agent.talk import ids, talk

BOARDS = {"CB1", "CB2"}


def _products() -> list:
    boards = ["Kitchen", "Prep", "Cutting Boards"]
    return [
        item("CB1", "End Grain Walnut Cutting Board", 58, boards),
        item("CB2", "Bamboo Set Cutting Board", 64, boards),
        item("SK1", "Skate Pro Sneaker", 82, ["Footwear", "Sneakers"]),
        item("SN1", "Canvas Low Sneaker", 45, ["Footwear", "Sneakers"]),
        item("W1", "Field 38 Watch", 193, ["Accessories", "Watches"]),
        item("W2", "Chrono Sport Watch", 122, ["Accessories", "Watches"]),
        item("MUG1", "Stoneware Diner Mug", 18, ["Home", "Mugs"]),
    ]


@pytest.fixture
def products() -> list[Product]:
    """The catalog `real_agent` opens."""
    return _products()


@pytest.mark.slow
def test_skateboards_are_no_cutting_boards(real_agent: ShoppingAgent) -> None:
    (turn,) = talk(real_agent, "do you sell skateboards?")
    assert "don't carry skateboards" in turn.reply, turn.reply
    assert not BOARDS & set(ids(turn)), turn.reply


@pytest.mark.slow
def test_a_variety_close_to_the_products_is_still_carried(real_agent: ShoppingAgent) -> None:
    (turn,) = talk(real_agent, "any wristwatches?")
    assert "don't carry" not in turn.reply and set(ids(turn)) <= {"W1", "W2"}, turn.reply


def test_a_closed_compound_ends_with_the_kind_it_is_not() -> None:
    kinds = KindIndex({"title": p.title, "category": list(p.category)} for p in _products())
    assert compound_ending("skateboards", kinds) == "boards"
    assert compound_ending("stopwatch", kinds) == "watch"
    assert compound_ending("boards", kinds) is None  # the kind itself
    assert compound_ending("wristwatch", kinds) is None  # a shopper word for the kind
