""" "Add the cheapest yoga mat you sell, in lavender" with nothing listed adds the cheapest product
of that kind with the colour in stock, never a product of another kind whose title has the word
("kettle" is no Kettle Chips). Through `ShoppingAgent.chat`."""

from __future__ import annotations

import pytest

from agent.service import ShoppingAgent
from aisle.money import Money
from catalog.model import Product, Variant
from tests.agent.talk import cart_lines, talk


def _product(pid: str, title: str, kind: str, price: str, colors: list[str]) -> Product:
    variants = [
        Variant(id=f"{pid}-{c}", options={"color": c}, price=Money.from_decimal(price, "USD"),
                stock=0 if c == "sold" else 30)
        for c in colors
    ]  # fmt: skip
    return Product(id=pid, title=title, category=["Home", kind], variants=variants)


@pytest.fixture
def products() -> list[Product]:
    return [
        _product("MAT1", "Cloud Comfort Yoga Mat", "Yoga Mats", "45", ["lavender", "sage"]),
        _product("MAT2", "Thin Travel Yoga Mat", "Yoga Mats", "19", ["sage"]),
        _product("MAT3", "Studio Grip Yoga Mat", "Yoga Mats", "29", ["lavender"]),
        _product("KET1", "Whistling Stovetop Kettle", "Kettles", "40", ["white"]),
        _product("CHIP1", "Salted Kettle Chips", "Snacks", "3", ["plain"]),
    ]


def test_the_cheapest_of_the_kind_in_the_colour_said(agent: ShoppingAgent) -> None:
    turn = talk(agent, "add the cheapest yoga mat you sell, in lavender")[-1]
    assert cart_lines(turn) == [("MAT3", "lavender", 1)], turn.reply


def test_the_cheapest_kettle_is_a_kettle(agent: ShoppingAgent) -> None:
    turn = talk(agent, "add the cheapest kettle")[-1]
    assert cart_lines(turn) == [("KET1", "white", 1)], turn.reply
