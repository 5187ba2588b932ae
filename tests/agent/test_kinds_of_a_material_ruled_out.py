"""Ruling out a material rules out its named kinds: "no wool, it makes me itch" leaves out the
merino and lambswool ones too, which are wool."""

from __future__ import annotations

import pytest

from agent.service import ShoppingAgent
from aisle.money import Money
from catalog.model import Product, Variant
from tests.agent.talk import ids, talk


def _hat(pid: str, title: str, material: str) -> Product:
    price = Money.from_decimal("20.00", "USD")
    variants = [Variant(id=f"{pid}-BLK", options={"color": "black"}, price=price, stock=5)]
    return Product(
        id=pid,
        title=title,
        category=["Accessories", "Hats"],
        variants=variants,
        attributes={"material": material},
        description=f"A hat made from {material}, for cold mornings.",
    )


CATALOG = [
    _hat("HAT1", "Wool Beanie Hat", "wool"),
    _hat("HAT2", "Dad Cap Washed Hat", "merino rib knit"),
    _hat("HAT3", "Ribbed Watch Cap Hat", "recycled polyester mesh"),
    _hat("HAT4", "Bucket Canvas Hat", "washed cotton twill"),
    _hat("HAT5", "Cable Knit Hat", "lambswool blend"),
]


@pytest.mark.parametrize("products", [CATALOG])
def test_no_wool_leaves_out_merino_and_lambswool(agent: ShoppingAgent) -> None:
    (turn,) = talk(agent, "a hat for cold mornings but no wool at all, it makes my head itch")
    assert set(ids(turn)) == {"HAT3", "HAT4"}, turn.reply


@pytest.mark.parametrize("products", [CATALOG])
def test_no_merino_keeps_other_wool(agent: ShoppingAgent) -> None:
    (turn,) = talk(agent, "a hat, but no merino")
    assert "HAT2" not in ids(turn) and "HAT1" in ids(turn), turn.reply
