"""A manner word opening a request ("ok srsly, a beanie under 30", "honestly, a beanie") names no
kind: the request's kind is the one named after it, not "we don't carry that"."""

from __future__ import annotations

import pytest

from agent.service import ShoppingAgent
from catalog.model import Product
from tests.agent.shop import one_way_product
from tests.agent.talk import talk

_product = one_way_product


@pytest.fixture
def products() -> list[Product]:
    return [
        _product("HA1", "Wool Beanie Hat", ["Accessories", "Hats"], "28.5"),
        _product("HA2", "Dad Cap Washed Hat", ["Accessories", "Hats"], "19"),
        _product("SC1", "Lambswool Plaid Scarf", ["Accessories", "Scarves"], "26"),
    ]


@pytest.mark.parametrize(
    "said", ["ok srsly, a beanie under 30", "ok seriously, a beanie under 30", "honestly, a beanie"]
)
def test_a_manner_word_names_no_kind(agent: ShoppingAgent, said: str) -> None:
    _, turn = talk(agent, "555555 lol", said)
    assert turn.products and turn.products[0].id == "HA1", turn.reply
    assert all(p.id.startswith("HA") for p in turn.products), turn.reply
