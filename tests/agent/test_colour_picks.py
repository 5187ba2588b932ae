"""A listed product picked by its colour ("the teal mat please", "add the speaker from before,
the red one") is taken in that colour, not searched again; two listed in the colour are asked
about, not guessed."""

from __future__ import annotations

import pytest

from agent.service import ShoppingAgent
from aisle.money import Money
from catalog.model import Product, Variant
from tests.agent.talk import cart_lines, talk


def _product(pid: str, title: str, kind: list[str], colours: list[str], price: str) -> Product:
    money = Money.from_decimal(price, "USD")
    variants = [
        Variant(id=f"{pid}-{c[:3].upper()}", options={"color": c}, price=money, stock=5)
        for c in colours
    ]
    return Product(id=pid, title=title, category=kind, variants=variants)


MATS = ["Fitness", "Yoga Mats"]
CATALOG = [
    _product("MAT1", "Cork Natural Yoga Mat", MATS, ["black", "teal"], "33.99"),
    _product("MAT2", "Cushion Plus Yoga Mat", MATS, ["lavender", "sage"], "33.95"),
    _product("MAT3", "Alignment Lines Yoga Mat", MATS, ["sand", "teal"], "40.99"),
    _product("SPK1", "Bike Mount Speaker", ["Audio", "Speakers"], ["navy", "red"], "44.00"),
    _product("HDP1", "Retro Wired Headphones", ["Audio", "Headphones"], ["blush"], "31.95"),
    _product("DBL1", "Hex Rubber Dumbbell", ["Fitness", "Dumbbells"], ["black"], "93.99"),
]  # fmt: skip


@pytest.mark.parametrize("products", [CATALOG])
@pytest.mark.parametrize(
    "taking", ["the sage mat please", "add the sage one", "I'll take the sage mat then"]
)
def test_the_one_listed_in_that_colour_is_added(agent: ShoppingAgent, taking: str) -> None:
    *_, took = talk(agent, "cushion plus or cork yoga mat", taking)
    assert cart_lines(took) == [("MAT2", "sage", 1)], took.reply


@pytest.mark.parametrize("products", [CATALOG])
@pytest.mark.parametrize(
    "taking",
    [
        "add the speaker from before, the red one",
        "the red speaker from before please",
        "ok just the red speaker from earlier",
    ],
)
def test_a_colour_of_a_product_listed_before_a_detour_is_added(
    agent: ShoppingAgent, taking: str
) -> None:
    *_, took = talk(agent, "bike speaker", "headphones", taking)
    assert cart_lines(took) == [("SPK1", "red", 1)], took.reply


@pytest.mark.parametrize("products", [CATALOG])
def test_two_listed_in_that_colour_are_asked_about(agent: ShoppingAgent) -> None:
    *_, asked = talk(agent, "yoga mats", "dumbbells", "add the teal mat from before")
    assert cart_lines(asked) == [], asked.reply
    assert "Cork Natural" in asked.reply and "Alignment Lines" in asked.reply, asked.reply
    assert "Cushion" not in asked.reply, asked.reply


@pytest.mark.parametrize("products", [CATALOG])
def test_a_colour_asked_about_is_no_order(agent: ShoppingAgent) -> None:
    *_, asked = talk(agent, "cushion plus or cork yoga mat", "is the sage mat in stock?")
    assert cart_lines(asked) == [], asked.reply
