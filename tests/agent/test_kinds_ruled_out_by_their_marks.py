"""A kind ruled out by the words that mark it, not by colour, material or brand: "a blanket,
but not one of those heavy weighted ones" lists no Weighted Blanket, and never ranks it first
for saying "weighted"."""

from __future__ import annotations

import pytest

from agent.service import ShoppingAgent
from aisle.money import Money
from catalog.model import Product, Variant
from tests.agent.talk import ids, talk


def _blanket(pid: str, title: str, material: str) -> Product:
    price = Money.from_decimal("60.00", "USD")
    variants = [Variant(id=f"{pid}-CRM", options={"color": "cream"}, price=price, stock=5)]
    return Product(
        id=pid,
        title=title,
        category=["Home", "Blankets"],
        variants=variants,
        attributes={"material": material},
        description=f"A soft blanket of {material} for the couch.",
    )


CATALOG = [
    _blanket("BLA1", "Weighted 15 lb Blanket", "glass beads in cotton"),
    _blanket("BLA2", "Cotton Waffle Blanket", "cotton"),
    _blanket("BLA3", "Sherpa Fleece Blanket", "polyester fleece"),
]


@pytest.mark.parametrize("products", [CATALOG])
def test_not_one_of_those_weighted_ones(agent: ShoppingAgent) -> None:
    (turn,) = talk(agent, "a blanket for the couch, but not one of those heavy weighted ones")
    assert set(ids(turn)) == {"BLA2", "BLA3"}, turn.reply
