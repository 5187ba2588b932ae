"""A cart line of several split between two colours in the shopper's words, through
`ShoppingAgent.chat`: "make one of them olive", "one black one olive", "he wants the olive,
mine stays black" move only one; the rest keep their colour."""

from __future__ import annotations

import pytest

from agent.service import ShoppingAgent
from aisle.money import Money
from catalog.model import Product, Variant
from tests.agent.talk import cart_lines, talk


def _product(pid: str, title: str, category: list[str], colors: list[str], size: str) -> Product:
    price = Money.from_decimal("20", "USD")
    variants = [
        Variant(id=f"{pid}-{c}", options={"color": c, "size": size}, price=price, stock=40)
        for c in colors
    ]
    return Product(id=pid, title=title, category=category, variants=variants)


PRODUCTS = [
    _product("HAT1", "Ribbed Knit Beanie", ["Apparel", "Hats"], ["black", "olive"], "One Size"),
    _product("TEE1", "Field Graphic Tee", ["Apparel", "T-Shirts"], ["black", "white", "navy"], "M"),
]


@pytest.fixture
def products() -> list[Product]:
    return PRODUCTS


@pytest.mark.parametrize(
    "said",
    [
        "my brother says he want the olive, not black. mine stay black",
        "make one of them olive",
        "actually one black one olive",
    ],
)
def test_one_of_a_line_moves_to_the_colour_said(agent: ShoppingAgent, said: str) -> None:
    _, split = talk(agent, "add 2 Ribbed Knit Beanie in black", said)
    assert cart_lines(split) == [
        ("HAT1", "black / one size", 1),
        ("HAT1", "olive / one size", 1),
    ], split.reply


def test_a_split_keeps_the_other_options_and_leaves_other_lines(agent: ShoppingAgent) -> None:
    *_, split = talk(
        agent, "add 2 Ribbed Knit Beanie in black", "add 3 Field Graphic Tee in black, M",
        "change one of the tees to white",
    )  # fmt: skip
    assert cart_lines(split) == [
        ("HAT1", "black / one size", 2),
        ("TEE1", "black / m", 2),
        ("TEE1", "white / m", 1),
    ], split.reply


def test_one_more_in_another_colour_is_no_split(agent: ShoppingAgent) -> None:
    _, more = talk(agent, "add 2 Ribbed Knit Beanie in black", "and one in olive")
    assert ("HAT1", "black / one size", 2) in cart_lines(more), more.reply
