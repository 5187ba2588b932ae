"""A shade said with the search ("light blue mugs") picks the product's one near shade of it
(sky blue, not navy) at "add two of the first one", instead of asking the colour again."""

from __future__ import annotations

import pytest

from agent.service import ShoppingAgent
from aisle.money import Money
from catalog.model import Product, Variant
from tests.agent.talk import cart_lines, talk


@pytest.fixture
def products() -> list[Product]:
    price = Money.from_decimal("20", "USD")
    variants = [
        Variant(id=f"MUG1-{i}", options={"color": color}, price=price, stock=10)
        for i, color in enumerate(["navy", "sky blue", "white"])
    ]
    return [Product(id="MUG1", title="Travel Mug", category=["Kitchen", "Mugs"], variants=variants)]


def test_a_light_blue_search_adds_the_sky_blue_one(agent: ShoppingAgent) -> None:
    _, added = talk(agent, "a light blue mug", "add two of the first one")
    assert cart_lines(added) == [("MUG1", "sky blue", 2)], added.reply
