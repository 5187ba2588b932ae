"""Children's ages said after a list ("whats good for the kids? theyre 4 and 6"): the kids'
ones of the list, never the 4th and 6th products read as positions."""

from __future__ import annotations

import pytest

from agent.service import ShoppingAgent
from catalog.model import Product
from tests.agent.shop import sample_catalog_products
from tests.agent.talk import ids, talk


@pytest.fixture
def products() -> list[Product]:
    return sample_catalog_products({"Sun Care"}, leaf_only=True)


@pytest.mark.parametrize(
    "message", ["whats good for the kids tho? theyre 4 and 6", "any for the kids? they are 4 & 6"]
)
def test_two_ages_are_no_list_positions(agent: ShoppingAgent, message: str) -> None:
    _, turn = talk(agent, "beach week w the fam, need sunscreen", message)
    assert ids(turn)[:1] == ["kids-gentle-sunscreen-spf-50"], turn.reply


def test_two_numbers_alone_still_pick_positions(agent: ShoppingAgent) -> None:
    first, turn = talk(agent, "sunscreen", "compare 2 and 3")
    assert set(ids(turn)) == set(ids(first)[1:3])
