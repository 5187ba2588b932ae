"""Whom or what occasion a request is for, said first ("it's for my dad's 60th, maybe a scarf
under 50", "it's my 30th next week so I'm treating myself to a watch, budget 150"), is the
shopper's reason: its words are not searched, so a Dad Cap or a Watch Cap Hat never joins the
scarves or watches asked for."""

from __future__ import annotations

import pytest

from agent.service import ShoppingAgent
from catalog.model import Product
from tests.agent.shop import one_way_product
from tests.agent.talk import kinds, talk

_product = one_way_product


@pytest.fixture
def products() -> list[Product]:
    return [
        _product("SC1", "Lambswool Plaid Scarf", ["Accessories", "Scarves"], "26"),
        _product("SC2", "Cashmere Blend Scarf", ["Accessories", "Scarves"], "39"),
        _product("HA1", "Dad Cap Washed Hat", ["Accessories", "Hats"], "19"),
        _product("HA2", "Ribbed Watch Cap Hat", ["Accessories", "Hats"], "17"),
        _product("WA1", "Chrono Sport Watch", ["Accessories", "Watches"], "122"),
        _product("WA2", "Solar Field Watch", ["Accessories", "Watches"], "127"),
        _product("WA3", "Dress Automatic Watch", ["Accessories", "Watches"], "320"),
    ]


@pytest.mark.parametrize(
    "said",
    ["it's for my dad's 60th, maybe a scarf under 50", "it's for my dad, a scarf under 50 pls"],
)
def test_who_it_is_for_is_not_searched(agent: ShoppingAgent, said: str) -> None:
    (turn,) = talk(agent, said)
    assert kinds(turn) == {"SC"}, turn.reply


def test_the_occasion_before_so_is_not_searched(agent: ShoppingAgent) -> None:
    (turn,) = talk(agent, "it's my 30th next week so I'm treating myself to a watch, budget 150")
    assert {p.id for p in turn.products} == {"WA1", "WA2"}, turn.reply


def test_the_occasion_then_what_is_thought_of(agent: ShoppingAgent) -> None:
    (turn,) = talk(agent, "my brother's 30th is next week, thinking a watch under $150")
    assert {p.id for p in turn.products} == {"WA1", "WA2"}, turn.reply
