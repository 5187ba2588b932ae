"""A kind asked for by another name the shopper-words table lists ("daypack" for a backpack),
though the catalog uses that word only in one title (Daypack 18L Backpack): the kind's products,
never "we don't carry daypack" nor duffel bags beside them."""

from __future__ import annotations

import pytest

from agent.service import ShoppingAgent
from catalog.model import Product
from tests.agent.shop import sample_catalog_products, shown_leaves
from tests.agent.talk import talk


@pytest.fixture
def products() -> list[Product]:
    return sample_catalog_products({"Backpacks", "Duffels", "Totes", "Sneakers"}, leaf_only=True)


@pytest.mark.parametrize("message", ["small daypack for a city break", "daypack for a city break"])
def test_a_daypack_is_a_backpack(agent: ShoppingAgent, message: str) -> None:
    (turn,) = talk(agent, message)
    assert turn.products, turn.reply
    assert shown_leaves(turn) == {"Backpacks"}
