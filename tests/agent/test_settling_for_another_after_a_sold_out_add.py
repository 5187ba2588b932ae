"""Through `ShoppingAgent.chat`: right after an add refused as sold out, another product named
by its title with a "then" ("ugh fine. the Coconut Curl Shampoo in 16 fl oz then") is the add of
it, not a search."""

from __future__ import annotations

from functools import partial

import pytest

from agent.service import ShoppingAgent
from catalog.model import Product
from tests.agent.shop import acme_product
from tests.agent.talk import cart_lines, talk

_product = partial(acme_product, brand=None, description="", first_id=0)

PRODUCTS = [
    _product("SHA1", "Sea Salt Volume Shampoo", ["Beauty", "Shampoo"], "14.99",
             colors=["charcoal"], sizes=["8 fl oz", "16 fl oz"], stock=0),
    _product("SHA2", "Coconut Curl Shampoo", ["Beauty", "Shampoo"], "17.99",
             colors=["white"], sizes=["8 fl oz", "16 fl oz"], stock=30),
    _product("SHA3", "Rosemary Mint Shampoo", ["Beauty", "Shampoo"], "24.99",
             colors=["green"], sizes=["16 fl oz"], stock=30),
]  # fmt: skip


@pytest.fixture
def products() -> list[Product]:
    return PRODUCTS


@pytest.mark.parametrize(
    ("settle", "size"),
    [
        ("ugh fine. the Coconut Curl Shampoo in 16 fl oz then", "white / 16 fl oz"),
        ("oh well, Coconut Curl Shampoo 8 fl oz then", "white / 8 fl oz"),
    ],
)
def test_the_other_product_then_is_added(agent: ShoppingAgent, settle: str, size: str) -> None:
    refused, settled = talk(agent, "add the Sea Salt Volume Shampoo, 16 oz", settle)
    assert "out of stock" in refused.reply, refused.reply
    assert cart_lines(settled) == [("SHA2", size, 1)], settled.reply
