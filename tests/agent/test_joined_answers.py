"""One answer for the choice asked about two items at once ("Which color would you like for
each? …"): each part fills its own item, in the order asked or by the ordinal it says, and what
is said for "both" fills both; a lone value fills the one item offered in it."""

from __future__ import annotations

import pytest

from agent.service import ShoppingAgent
from catalog.model import Product
from tests.agent.shop import sample_catalog_products
from tests.agent.talk import cart_lines, talk


@pytest.fixture
def products() -> list[Product]:
    two = {"summit-tech-hoodie", "featherfleece-hoodie"}
    return [p for p in sample_catalog_products({"Hoodies"}, leaf_only=True) if p.id in two]


_COLOUR = {"summit-tech-hoodie": "black", "featherfleece-hoodie": "charcoal"}
"""A colour each hoodie has and the other lacks."""


def _two_hoodies_asked(agent: ShoppingAgent, add: str) -> tuple[str, list[str]]:
    """The thread after both hoodies' colours were asked, and their colours in listed order."""
    first, asked = talk(agent, "hoodies", add)
    assert "for each" in asked.reply, asked.reply
    return asked.thread_id, [_COLOUR[p.id] for p in first.products[:2]]


@pytest.mark.parametrize(
    ("add", "answer"),
    [
        ("add the first and the second", "{0} and {1}, both M"),
        ("add the first and the second", "{0}, {1} - both in M"),
        ("add the first two in M", "{0} and {1}"),
        ("add the first two in M", "the second in {1}, the first in {0}"),
        ("add the first and second, size M", "the first one {0}, the second one {1}"),
    ],
)
def test_each_part_of_the_answer_fills_its_own_item(
    agent: ShoppingAgent, add: str, answer: str
) -> None:
    thread, colours = _two_hoodies_asked(agent, add)
    turn = agent.chat(thread, answer.format(*colours))
    assert cart_lines(turn) == [
        ("featherfleece-hoodie", "charcoal / m", 1),
        ("summit-tech-hoodie", "black / m", 1),
    ], turn.reply


def test_a_lone_value_fills_the_item_offered_in_it(agent: ShoppingAgent) -> None:
    thread, _ = _two_hoodies_asked(agent, "add the first two in M")
    turn = agent.chat(thread, "charcoal")
    assert cart_lines(turn) == [("featherfleece-hoodie", "charcoal / m", 1)], turn.reply
