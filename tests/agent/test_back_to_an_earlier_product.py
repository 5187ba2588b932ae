"""After a detour to another kind, "ok back to that hoodie — does it come in green?" asks
about the hoodie talked about earlier, not the product now in focus."""

from __future__ import annotations

import pytest

from agent.service import ShoppingAgent
from aisle.money import Money
from catalog.model import Product, Variant
from tests.agent.talk import ids, talk


def _product(pid: str, title: str, kind: list[str], colours: list[str], **extra: object) -> Product:
    price = Money.from_decimal("12.99", "USD")
    variants = [
        Variant(id=f"{pid}-{c[:3].upper()}", options={"color": c}, price=price, stock=5)
        for c in colours
    ] or [Variant(id=f"{pid}-ONE", price=price, stock=5)]
    return Product(id=pid, title=title, category=kind, variants=variants, **extra)  # type: ignore[arg-type]


CATALOG = [
    _product(
        "TEA1", "Peppermint Tea", ["Grocery", "Tea"], [],
        attributes={"ingredients": "organic herbs"},
        description="A naturally caffeine-free herbal tea.",
    ),
    _product("HOO1", "Sherpa Lined Hoodie", ["Apparel", "Hoodies"], ["forest green", "navy"]),
    _product("SOK1", "Wool Boot Socks", ["Apparel", "Socks"], ["rust", "white"]),
    _product("SOK2", "Merino Hiker Socks", ["Apparel", "Socks"], ["gray"]),
    _product("MUG1", "Stoneware Diner Mug", ["Home", "Mugs"], ["sky blue", "cream"]),
    _product("MUG2", "Travel Insulated Mug", ["Home", "Mugs"], ["sky blue"]),
]  # fmt: skip


@pytest.mark.parametrize("products", [CATALOG])
def test_back_to_the_hoodie_after_socks(agent: ShoppingAgent) -> None:
    *_, asked = talk(
        agent,
        "show me the Sherpa Lined Hoodie",
        "unrelated but do you have wool socks?",
        "ok back to that hoodie — does it come in green?",
    )
    assert ids(asked) == ["HOO1"], asked.reply
    assert "forest green" in asked.reply.lower() and "Socks" not in asked.reply, asked.reply


@pytest.mark.parametrize("products", [CATALOG])
def test_the_word_one_of_an_earlier_list_is_that_product(agent: ShoppingAgent) -> None:
    *_, asked = talk(
        agent,
        "socks",
        "and mugs",
        "the merino one, do you have it in gray?",
    )
    assert ids(asked) == ["SOK2"], asked.reply  # "merino" names no mug in view, one sock before
    assert "gray" in asked.reply.lower() and "Mug" not in asked.reply, asked.reply


COLOURED_TITLES = [
    _product("LIP1", "Coral Glow Tinted Lip Balm", ["Beauty", "Lip Care"], ["plum"]),
    _product("LIP2", "Berry Tint Lip Balm", ["Beauty", "Lip Care"], ["berry"]),
    _product("TEE1", "Pima Crew Tee", ["Apparel", "T-Shirts"], ["coral", "navy"]),
    _product("TEE2", "Ringer Tee", ["Apparel", "T-Shirts"], ["white"]),
]  # fmt: skip


@pytest.mark.parametrize("products", [COLOURED_TITLES])
def test_a_colour_one_points_into_the_list_in_view_not_at_an_earlier_title(
    agent: ShoppingAgent,
) -> None:
    *_, asked = talk(agent, "lip balm", "and some tees", "is the coral one in stock?")
    # "the coral one" is the tee that comes in coral, not the lip balm whose title holds the word
    assert "Lip Balm" not in asked.reply and "LIP1" not in ids(asked), asked.reply


@pytest.mark.parametrize("products", [CATALOG])
def test_that_word_one_of_an_earlier_list_is_that_product(agent: ShoppingAgent) -> None:
    *_, asked = talk(agent, "socks", "and mugs", "back to that merino one - is it in gray?")
    assert ids(asked) == ["SOK2"], asked.reply
    assert "Mug" not in asked.reply, asked.reply
