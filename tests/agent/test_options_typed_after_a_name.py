"""A product's name then "sizes" or "colours", typed without a question ("oakridge belt sizes"),
asks which that product comes in: never a search, a size S or "we don't carry"."""

from __future__ import annotations

import pytest

from agent.service import ShoppingAgent
from aisle.money import Money
from catalog.model import Product, Variant
from tests.agent.talk import ids, talk


def _product(pid: str, title: str, category: list[str], options: list[dict[str, str]]) -> Product:
    price = Money.from_decimal("80", "USD")
    variants = [Variant(id=f"{pid}-{n}", options=o, price=price) for n, o in enumerate(options)]
    return Product(id=pid, title=title, category=category, variants=variants)


@pytest.fixture
def products() -> list[Product]:
    belt = [{"color": c, "size": s} for c in ("tan", "black") for s in ("30", "34", "40")]
    pack = [{"color": c} for c in ("burgundy", "olive", "charcoal")]
    return [
        _product("BLT1", "Oakridge Leather Belt", ["Accessories", "Belts"], belt),
        _product("BLT2", "Canvas Web Belt", ["Accessories", "Belts"], [{"color": "navy"}]),
        _product("BAG1", "Metro 22L Backpack", ["Bags", "Backpacks"], pack),
        _product("BAG2", "Trail 15L Backpack", ["Bags", "Backpacks"], [{"color": "black"}]),
    ]


@pytest.mark.parametrize("said", ["oakridge leather belt sizes", "oakridge belt size options"])
def test_sizes_after_a_name_lists_that_products_sizes(agent: ShoppingAgent, said: str) -> None:
    (turn,) = talk(agent, said)
    assert "30" in turn.reply and "40" in turn.reply and ids(turn) == ["BLT1"], turn.reply


@pytest.mark.parametrize("said", ["metro 22l colours", "metro 22l backpack colors"])
def test_colours_after_a_name_lists_that_products_colours(agent: ShoppingAgent, said: str) -> None:
    (turn,) = talk(agent, said)
    for colour in ("burgundy", "olive", "charcoal"):
        assert colour in turn.reply, turn.reply
    assert ids(turn) == ["BAG1"]


def test_sizes_after_a_kind_alone_still_lists_the_kind(agent: ShoppingAgent) -> None:
    (turn,) = talk(agent, "belt sizes")
    assert set(ids(turn)) == {"BLT1", "BLT2"}, turn.reply
