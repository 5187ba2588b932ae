"""A second named order that says its size as the first one's again ("and the River Strap in
olive too, also a 9") is added in that size, not asked for it."""

from __future__ import annotations

import pytest

from agent.service import ShoppingAgent
from catalog.model import Product
from tests.agent.shop import sample_catalog_products
from tests.agent.talk import cart_lines, talk


@pytest.fixture
def products() -> list[Product]:
    """The sample catalog's sandals."""
    return sample_catalog_products({"Sandals"}, leaf_only=True)


def test_also_a_number_is_the_size_of_the_second_order(agent: ShoppingAgent) -> None:
    _, turn = talk(
        agent,
        "add the Cork Footbed Two-Strap Sandal in olive, size 9",
        "and the River Strap in olive too, also a 9, I'll compare at home",
    )
    assert ("river-strap-sandal", "olive / 9", 1) in cart_lines(turn), turn.reply
    assert len(cart_lines(turn)) == 2, turn.reply
