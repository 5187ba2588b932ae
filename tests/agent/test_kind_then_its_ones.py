"""A kind named, then one product of it picked by the rest of its title, through
`ShoppingAgent.chat`: "the socks for hiking boots, the merino hiker ones, grey, size L" adds the
Merino Hiker Socks in that colour and size, as the title said whole would."""

from __future__ import annotations

import pytest

from agent.service import ShoppingAgent
from aisle.money import Money
from catalog.model import Product, Variant
from tests.agent.talk import cart_lines, talk


def _socks(pid: str, title: str) -> Product:
    price = Money.from_decimal("25", "USD")
    variants = [
        Variant(id=f"{pid}-{c}-{s}", options={"color": c, "size": s}, price=price, stock=9)
        for c in ("heather gray", "black")
        for s in ("M", "L")
    ]
    return Product(id=pid, title=title, category=["Apparel", "Socks"], variants=variants)


@pytest.fixture
def products() -> list[Product]:
    return [
        _socks("SOC1", "Merino Hiker Socks"),
        _socks("SOC2", "Cushioned Crew Socks"),
        _socks("SOC3", "Run Light Quarter Socks"),
    ]


def test_the_ones_named_by_the_rest_of_a_title_are_added(agent: ShoppingAgent) -> None:
    (added,) = talk(agent, "the socks for hiking boots, the merino hiker ones, grey, size L")
    assert cart_lines(added) == [("SOC1", "heather gray / l", 1)], added.reply
