""" "Back to the hoodies, same colour as before" or "a beanie in the same colour as the hoodie"
asks for the colour said or bought earlier, not for any colour."""

from __future__ import annotations

import pytest

from agent.service import ShoppingAgent
from aisle.money import Money
from catalog.model import Product, Variant
from tests.agent.talk import ids, talk


def _product(pid: str, title: str, kind: list[str], colours: list[str]) -> Product:
    money = Money.from_decimal("30.00", "USD")
    variants = [
        Variant(
            id=f"{pid}-{c[:3].upper()}-{size}",
            options={"color": c, "size": size},
            price=money,
            stock=5,
        )
        for c in colours
        for size in ("M", "L")
    ]
    return Product(id=pid, title=title, category=kind, variants=variants)


HOODIES, TEES, BEANIES = ["Apparel", "Hoodies"], ["Apparel", "T-Shirts"], ["Accessories", "Hats"]
CATALOG = [
    _product("HOO1", "Summit Tech Hoodie", HOODIES, ["navy", "black"]),
    _product("HOO2", "Campfire Pullover Hoodie", HOODIES, ["charcoal"]),
    _product("HOO3", "Featherfleece Hoodie", HOODIES, ["burgundy", "black"]),
    _product("TEE1", "Ringer Tee", TEES, ["white"]),
    _product("TEE2", "Pocket Tee", TEES, ["olive"]),
    _product("BEA1", "Wool Beanie", BEANIES, ["burgundy"]),
    _product("BEA2", "Cuffed Knit Beanie", BEANIES, ["charcoal", "olive"]),
]


@pytest.mark.parametrize("products", [CATALOG])
@pytest.mark.parametrize(
    "back",
    [
        "k back to the hoodies, same colour as before",
        "show me the hoodies again in the same color as earlier",
        "hoodies again, the same colour like last time",
    ],
)
def test_same_colour_as_before_is_the_colour_searched(agent: ShoppingAgent, back: str) -> None:
    *_, shown = talk(agent, "navy hoodie, size L", "what tees have you got", back)
    assert ids(shown) == ["HOO1"], shown.reply


@pytest.mark.parametrize("products", [CATALOG])
@pytest.mark.parametrize(
    "asked",
    [
        "any beanies in the same colour as the hoodie?",
        "a beanie, same colour as my hoodie",
    ],
)
def test_same_colour_as_a_cart_line_is_its_colour(agent: ShoppingAgent, asked: str) -> None:
    *_, shown = talk(agent, "featherfleece hoodie", "add it in burgundy, M", "tees", asked)
    assert ids(shown)[:1] == ["BEA1"] and "BEA2" not in ids(shown), shown.reply
