"""A colour change that says what it should go with ("olive would go better with my jacket,
switch it to olive") changes the cart line, though the store sells jackets too."""

from __future__ import annotations

from functools import partial

import pytest

from agent.service import ShoppingAgent
from catalog.model import Product
from tests.agent.shop import acme_product
from tests.agent.talk import cart_lines, talk

_product = partial(acme_product, stock=40, brand=None, description="", first_id=0)

PRODUCTS = [
    _product("BAG1", "Rolltop Daypack", ["Bags", "Backpacks"], "59", colors=["navy", "olive"]),
    _product("JKT1", "Rain Shell Jacket", ["Apparel", "Jackets"], "90", colors=["olive"],
             sizes=["M", "L"]),
]  # fmt: skip


@pytest.fixture
def products() -> list[Product]:
    return PRODUCTS


@pytest.mark.parametrize(
    "change",
    [
        "hmm actually olive would go better with my jacket, switch it to olive",
        "switch it to olive, it goes better with my jacket",
    ],
)
def test_the_line_changes_colour_when_the_shopper_names_what_it_goes_with(
    agent: ShoppingAgent, change: str
) -> None:
    *_, changed = talk(agent, "add the rolltop daypack in navy", change)
    assert cart_lines(changed) == [("BAG1", "olive", 1)], changed.reply
