"""A product named, then taken back for another of its kind in the same message ("the commuter
backpack... no sorry i meant the rolltop one"): the question is about the one meant."""

from __future__ import annotations

import pytest

from agent.later_names import later_name
from agent.service import ShoppingAgent
from catalog.model import Product
from tests.agent.store import item
from tests.agent.talk import ids, talk


@pytest.fixture
def products() -> list[Product]:
    return [
        item("BAG1", "Commuter 22L Backpack", 80, ["Bags", "Backpacks"], capacity="22 L"),
        item("BAG2", "Rolltop 28L Backpack", 95, ["Bags", "Backpacks"], capacity="28 L"),
        item("JN1", "Relaxed Carpenter Jean", 70, ["Apparel", "Jeans"], rise="high"),
        item("JN2", "Selvedge Straight Jean", 120, ["Apparel", "Jeans"], rise="mid"),
    ]


@pytest.mark.parametrize(
    ("message", "meant", "answer"),
    [
        ("how many litres is the commuter backpack... no sorry i meant the rolltop one", "BAG2",
         "28 L"),
        ("whats the rise on the relaxed carpenter jean? actually wait, the selvedge straight "
         "one, thats the one i'm looking at", "JN2", "mid"),
    ],
)  # fmt: skip
def test_the_product_meant_is_the_one_named_last(
    agent: ShoppingAgent, message: str, meant: str, answer: str
) -> None:
    (turn,) = talk(agent, message)
    assert ids(turn) == [meant], turn.reply
    assert answer in turn.reply, turn.reply


@pytest.mark.parametrize(
    "message",
    [
        "is the red one in stock? no wait the blue one",
        "show me the cheap one... no the expensive one",
        "size large... no sorry, medium",
    ],
)
def test_values_and_pointers_are_no_names(message: str) -> None:
    assert later_name(message) == message
