"""A search that asks what is left ("any left in plum", "w32 navy, which are in stock") lists
only products that can be bought in the very shade and size said, not in another of its family;
"whatever u have in stock" after a sold kind in a colour is a search, never a question about the
shop."""

from __future__ import annotations

import pytest

from agent import reader_talk
from agent.service import ShoppingAgent
from agent.understanding import Intent
from catalog.model import Product
from tests.agent.store import item
from tests.agent.talk import ids, talk


def _products() -> list[Product]:
    mats, jeans, hats = ["Fitness", "Yoga Mats"], ["Apparel", "Jeans"], ["Accessories", "Hats"]
    return [
        item("MAT1", "Cork Studio Yoga Mat", 34, mats, {"plum": {"": 0}, "lavender": {"": 9}}),
        item("MAT2", "Grip Pro Yoga Mat", 85, mats, {"plum": {"": 0}, "lavender": {"": 4}}),
        item("MAT3", "Travel Fold Yoga Mat", 49, mats, {"plum": {"": 12}}),
        item("JN1", "Carpenter Jean", 130, jeans, {"navy": {"32": 3, "34": 2}}),
        item("JN2", "Double Knee Jean", 148, jeans, {"navy": {"32": 0}, "denim": {"32": 7}}),
        item("JN3", "Straight Jean", 63, jeans, {"navy": {"32": 0, "30": 5}}),
        item("HAT1", "Dad Cap Washed Hat", 19, hats, {"forest green": {"": 4}}),
        item("HAT2", "Bucket Canvas Hat", 17, hats, {"forest green": {"": 2}}),
        item("HAT3", "Trucker Mesh Hat", 21, hats, {"forest green": {"": 0}, "black": {"": 3}}),
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


def test_a_sold_kind_in_a_colour_is_never_left_to_the_talk_classifier(
    agent: ShoppingAgent, monkeypatch: pytest.MonkeyPatch
) -> None:
    def says_help(*_: object, **__: object) -> tuple[Intent, float]:
        return Intent.HELP, 0.9  # "whatever u have" is near "what stuff do you have"

    monkeypatch.setattr(reader_talk, "talk_intent", says_help)
    (turn,) = talk(agent, "forest green cap or hat, whatever u have in stock")
    assert ids(turn) and set(ids(turn)) <= {"HAT1", "HAT2"}, turn.reply
    assert "HAT3" not in ids(turn)  # its forest green is gone
