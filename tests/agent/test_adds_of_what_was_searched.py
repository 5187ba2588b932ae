"""An add of "it" or "those" right after a search takes what the search said, through
`ShoppingAgent.chat`: the shade ("turquoise hike sport sandals in size 9", then "add those" is the
turquoise pair, though navy is blue too), the product named by its title words beside a colour
and a capacity ("the mustard diner mug, 16 oz", then "add it please"), and that capacity."""

from __future__ import annotations

import pytest

from agent.service import ShoppingAgent
from aisle.money import Money
from catalog.model import Product, Variant
from tests.agent.store import item
from tests.agent.talk import cart_lines, talk

FEET = {"8": 5, "9": 5, "10": 5}


def _mug(pid: str, title: str, colors: list[str]) -> Product:
    variants = [
        Variant(
            id=f"{pid}-{color[:3]}-{oz}",
            options={"color": color, "capacity": f"{oz} oz"},
            price=Money.from_decimal("18", "USD"),
            stock=9,
        )
        for color in colors
        for oz in (12, 16)
    ]
    return Product(
        id=pid, title=title, brand="Acme", category=["Home", "Mugs"], description=f"The {title}.",
        variants=variants,
    )  # fmt: skip


@pytest.fixture
def products() -> list[Product]:
    sandals = ["Footwear", "Sandals"]
    return [
        item("HSS", "Hike Sport Sandal", 72, sandals, {"navy": FEET, "turquoise": FEET}),
        item("TSS", "Tideline Slide Sandal", 68, sandals, {"teal": FEET}),
        item("RSS", "River Strap Sandal", 52, sandals, {"black": FEET}),
        _mug("SDM", "Stoneware Diner Mug", ["mustard", "sage"]),
        _mug("ECM", "Espresso Cup Set Mug", ["mustard", "cream"]),
        _mug("DGM", "Double Wall Glass Mug", ["mustard"]),
    ]


def test_add_those_keeps_the_shade_and_size_searched(agent: ShoppingAgent) -> None:
    *_, added = talk(agent, "turquoise hike sport sandals in size 9", "add those to my cart")
    assert cart_lines(added) == [("HSS", "turquoise / 9", 1)], added.reply


def test_add_it_takes_the_product_and_capacity_searched(agent: ShoppingAgent) -> None:
    listed, added = talk(agent, "I'd like the mustard diner mug, 16 oz", "add it please")
    assert len(listed.products) > 1 and listed.products[0].id == "SDM"
    assert cart_lines(added) == [("SDM", "mustard / 16 oz", 1)], added.reply
