"""A title with its options said in words ("10 inch", "16 ounce") and who it is for is an add,
through `ShoppingAgent.chat`, as "10 in" is."""

from __future__ import annotations

import pytest

from agent.service import ShoppingAgent
from aisle.money import Money
from catalog.model import Product, Variant
from tests.agent.talk import cart_lines, talk


@pytest.fixture
def products() -> list[Product]:
    price = Money.from_decimal("40", "USD")
    variants = [
        Variant(id=f"SKL1-{c}-{s}", options={"color": c, "size": f"{s} in"}, price=price, stock=40)
        for c in ("sage", "red")
        for s in (8, 10, 12)
    ]
    return [
        Product(
            id="SKL1",
            title="Cast Iron Skillet",
            category=["Kitchen", "Cookware"],
            variants=variants,
        )
    ]


@pytest.mark.parametrize(
    "said",
    [
        "Cast Iron Skillet 10 inch in sage for my mother in law",
        "Cast Iron Skillet in sage, 10 inch, for my mum",
    ],
)
def test_a_title_with_a_size_in_words_for_someone_is_an_add(
    agent: ShoppingAgent, said: str
) -> None:
    (added,) = talk(agent, said)
    assert cart_lines(added) == [("SKL1", "sage / 10 in", 1)], added.reply
