"""A ceiling stays a ceiling when the shopper hedges the number ("under like 100 bucks", "below
about 80"), and a per-unit word after it ("under 25 a pair") does not turn it into search words."""

from __future__ import annotations

import pytest

from agent.service import ShoppingAgent
from catalog.model import Product
from tests.agent.shop import navy_sized_product
from tests.agent.talk import kinds, talk


def _item(pid: str, title: str, kind: str, price: float) -> Product:
    return navy_sized_product(pid, title, ["Gear", kind], price, ("S", "M", "L"))


@pytest.fixture
def products() -> list[Product]:
    return [
        _item("HP1", "Wireless Over-Ear Headphones", "Headphones", 240),
        _item("HP2", "Studio Monitor Headphones", "Headphones", 170),
        _item("HP3", "Retro Wired Headphones", "Headphones", 58),
        _item("HP4", "Kids Wireless Headphones", "Headphones", 32),
        _item("SK1", "Wool Boot Socks", "Socks", 27),
        _item("SK2", "Cushioned Crew Socks", "Socks", 23),
        _item("SK3", "Compression Knee Socks", "Socks", 19),
    ]


@pytest.mark.parametrize(
    "said",
    [
        "yo u got any of them wireless headphones for under like 100 bucks",
        "headphones under about 100",
        "headphones, below roughly $100 please",
    ],
)
def test_a_hedged_ceiling_is_a_ceiling(agent: ShoppingAgent, said: str) -> None:
    (turn,) = talk(agent, said)
    prices = [p.price.amount for p in turn.products]
    assert prices and max(prices) <= 10000, turn.reply
    assert kinds(turn) == {"HP"}


@pytest.mark.parametrize("said", ["size M, under 25 a pair", "under $25 a pair, size M"])
def test_a_per_unit_ceiling_after_a_list_narrows_it(agent: ShoppingAgent, said: str) -> None:
    _, turn = talk(agent, "need like 3 pairs of socks", said)
    prices = [p.price.amount for p in turn.products]
    assert prices and max(prices) <= 2500, turn.reply
    assert kinds(turn) == {"SK"}
