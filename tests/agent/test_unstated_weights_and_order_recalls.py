"""Through `ShoppingAgent.chat`: a weight the catalog leaves out is said to be unlisted ("doesn't
list the weight"), and "remind me what exactly I ordered?" after an order recaps that order."""

from __future__ import annotations

from functools import partial

import pytest

from agent.service import ShoppingAgent
from catalog.model import Product
from tests.agent.shop import acme_product
from tests.agent.talk import BUYER, talk

_product = partial(acme_product, stock=40, brand=None, description="", first_id=0)

PRODUCTS = [
    _product("TEN1", "Ridgeline 2P Tent", ["Outdoors", "Tents"], "216", colors=["green"]),
    _product("TEA1", "Jasmine Green Tea", ["Grocery", "Tea"], "11.99", colors=["natural"]),
]  # fmt: skip


@pytest.fixture
def products() -> list[Product]:
    return PRODUCTS


def test_an_unlisted_weight_is_said_not_to_be_listed(agent: ShoppingAgent) -> None:
    (turn,) = talk(agent, "How much does the Ridgeline 2P Tent weigh? every gram counts")
    assert "doesn't list the weight" in turn.reply, turn.reply


@pytest.mark.parametrize(
    "ask",
    ["remind me what exactly I ordered?", "what exactly did I order?", "what again did we buy"],
)
def test_what_exactly_was_ordered_recaps_the_order(agent: ShoppingAgent, ask: str) -> None:
    *_, recap = talk(agent, "1 Jasmine Green Tea please", f"checkout. {BUYER}", "yes", ask)
    assert "Jasmine Green Tea" in recap.reply, recap.reply
