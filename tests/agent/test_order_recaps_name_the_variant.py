"""An order recap names the variant of each line, through `ShoppingAgent.chat`: "what did I
order again? want to make sure it's the 9.5 and not a 9" is answered with the size ordered."""

from __future__ import annotations

from functools import partial

import pytest

from agent.service import ShoppingAgent
from catalog.model import Product
from tests.agent.shop import acme_product
from tests.agent.talk import BUYER, talk

_product = partial(acme_product, stock=40, brand=None, description="", first_id=0)

PRODUCTS = [
    _product("RUN1", "Longhaul 7 Running Shoe", ["Footwear", "Running Shoes"], "120",
             colors=["light gray", "black"], sizes=["9", "9.5", "10"]),
]  # fmt: skip


@pytest.fixture
def products() -> list[Product]:
    return PRODUCTS


def test_the_order_recap_names_the_size_ordered(agent: ShoppingAgent) -> None:
    *_, recap = talk(
        agent, "add the Longhaul 7 Running Shoe in light gray, 9.5", f"checkout. {BUYER}", "yes",
        "what did I order again? want to make sure it's the 9.5 and not a 9",
    )  # fmt: skip
    assert "9.5" in recap.reply, recap.reply
    assert "longhaul" in recap.reply.lower(), recap.reply
