"""Several listed products picked in one message, each with its own count: "add 2 boxes of the
first one and 1 of the second one". Through `ShoppingAgent.chat`."""

from __future__ import annotations

import pytest

from agent.service import ShoppingAgent
from catalog.model import Product
from tests.agent.store import item
from tests.agent.talk import cart_lines, ids, talk

_TEA = ["Grocery", "Tea"]


@pytest.fixture
def products() -> list[Product]:
    return [
        item("TEA1", "Peppermint Tea", 10, _TEA, {"": {"40 tea bags": 20}}),
        item("TEA2", "English Breakfast Tea", 7, _TEA, {"": {"40 tea bags": 20}}),
        item("TEA3", "Jasmine Green Tea", 12, _TEA, {"": {"40 tea bags": 20}}),
    ]


def test_each_pick_keeps_its_own_count(agent: ShoppingAgent) -> None:
    listed, added = talk(
        agent, "teas for the office kitchen", "add 2 boxes of the first one and 1 of the second one"
    )
    first, second = ids(listed)[:2]
    counts = {pid: n for pid, _, n in cart_lines(added)}
    assert counts == {first: 2, second: 1}, added.reply


def test_the_first_two_take_the_one_count(agent: ShoppingAgent) -> None:
    listed, added = talk(agent, "teas for the office kitchen", "add 2 of the first two")
    assert {pid: n for pid, _, n in cart_lines(added)} == {pid: 2 for pid in ids(listed)[:2]}
