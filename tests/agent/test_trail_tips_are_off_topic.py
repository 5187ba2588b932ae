"""Which trails somewhere are best is a guide's tip, not a product ask: no pick of trail shoes
for "which trails in Patagonia are best for beginners?". Through `ShoppingAgent.chat`."""

from __future__ import annotations

import pytest

from agent.service import ShoppingAgent
from aisle.money import Money
from catalog.model import Product, Variant
from tests.agent.talk import ids, talk


def _shoe(pid: str, title: str) -> Product:
    price = Money.from_decimal("90", "USD")
    variants = [
        Variant(id=f"{pid}-{s}", options={"size": s}, price=price, stock=9) for s in ("9", "10")
    ]
    return Product(
        id=pid, title=title, category=["Footwear", "Trail Running Shoes"], variants=variants,
        description="A trail running shoe with a grippy outsole.",
    )  # fmt: skip


@pytest.fixture
def products() -> list[Product]:
    return [
        _shoe("SHO1", "Scree Runner Trail Running Shoe"),
        _shoe("SHO2", "Rootbound Trail Running Shoe"),
        _shoe("SHO3", "Mudline WP Trail Running Shoe"),
    ]


def test_asking_which_trails_are_best_somewhere_lists_no_products(agent: ShoppingAgent) -> None:
    tip, shoes = talk(
        agent, "which trails in Patagonia are best for beginners?", "trail running shoes"
    )
    assert not tip.products
    assert "SHO1" in ids(shoes)  # the shoes, asked for, are still found
