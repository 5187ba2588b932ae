"""Through `ShoppingAgent.chat`: words in brackets are an aside about the thing asked for, never
its kind ("mineral (zinc oxide) sunscreen for my kids, spf 50" asks for sunscreen)."""

from __future__ import annotations

from functools import partial

import pytest

from agent.service import ShoppingAgent
from catalog.model import Product
from tests.agent.shop import acme_product
from tests.agent.talk import ids, talk

_product = partial(acme_product, stock=40, brand=None, first_id=0)

PRODUCTS = [
    _product("SUN1", "Kids Gentle Sunscreen SPF 50", ["Beauty", "Sun Care"], "14",
             colors=["white"], description="A mineral sunscreen with zinc oxide for kids."),
    _product("SUN2", "Sport Sunscreen SPF 30", ["Beauty", "Sun Care"], "12",
             colors=["white"], description="A chemical sunscreen for sport."),
    _product("LIP1", "Mineral Lip Balm", ["Beauty", "Lip Care"], "6", colors=["clear"]),
]  # fmt: skip


@pytest.fixture
def products() -> list[Product]:
    return PRODUCTS


def test_a_bracketed_aside_is_not_the_kind(agent: ShoppingAgent) -> None:
    (turn,) = talk(agent, "mineral (zinc oxide) sunscreen for my kids, spf 50")
    assert ids(turn) and ids(turn)[0] == "SUN1", turn.reply
    assert "LIP1" not in ids(turn), turn.reply
