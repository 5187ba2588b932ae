""" "Do you do dumbells" asks for a kind the store sells, misspelt or not, through
`ShoppingAgent.chat`: the kind is shown, never a "didn't catch that"."""

from __future__ import annotations

import pytest

from agent.service import ShoppingAgent
from catalog.model import Product
from tests.agent.shop import sample_catalog_products, shown_leaves
from tests.agent.talk import talk


@pytest.fixture
def products() -> list[Product]:
    return sample_catalog_products({"Yoga Mats", "Dumbbells", "Kettles"}, leaf_only=True)


@pytest.mark.parametrize("asked", ["do you do dumbells", "do u sell any dumbbells?"])
def test_do_you_sell_a_kind_after_a_list_shows_it(agent: ShoppingAgent, asked: str) -> None:
    *_, turn = talk(agent, "yoga mat pls", asked)
    assert shown_leaves(turn) == {"Dumbbells"}, turn.reply
