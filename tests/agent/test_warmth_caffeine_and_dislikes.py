"""A garment's warmth and a drink's caffeine answered from the record, and a dislike of a feel
("he hates anything itchy") ruling out the material that has it, never "anything"."""

from __future__ import annotations

import pytest

from agent.service import ShoppingAgent
from aisle.money import Money
from catalog.model import Product, Variant
from tests.agent.shop import acme_product
from tests.agent.talk import ids, talk


def _item(pid: str, title: str, category: list[str], material: str, description: str) -> Product:
    return acme_product(
        pid, title, category, "40.00", brand=None, description=description,
        attributes={"material": material},
    )  # fmt: skip


@pytest.fixture
def products() -> list[Product]:
    jackets = ["Apparel", "Outerwear", "Jackets"]
    tea = ["Grocery", "Tea"]
    scarves = ["Accessories", "Scarves"]
    return [
        _item("JKT1", "Summit Puffer Jacket", jackets, "800-fill goose down",
              "Designed for winter hikes."),
        _item("JKT2", "Breeze Shell Jacket", jackets, "ripstop nylon", "Designed for city walks."),
        _item("JKT3", "Harbour Rain Jacket", jackets, "coated polyester", "For wet commutes."),
        _item("TEA1", "Mint Leaf Infusion", tea, "organic herbs", "A calming herbal cup."),
        _item("TEA2", "Assam Morning Tea", tea, "whole-leaf black tea", "A strong cup."),
        _item("SCF1", "Highland Wool Scarf", scarves, "lambswool", "A classic scarf."),
        _item("SCF2", "Silk Twill Scarf", scarves, "mulberry silk", "A smooth scarf."),
        _jeans("JEAN1", "Straight Leg Jean", ["28", "30", "32"]),
        _jeans("JEAN2", "Petite Skinny Jean", ["24", "26"]),
    ]  # fmt: skip


def _jeans(pid: str, title: str, sizes: list[str]) -> Product:
    price = Money.from_decimal("60.00", "USD")
    variants = [
        Variant(id=f"{pid}-{s}", options={"color": "indigo", "size": s}, price=price, stock=5)
        for s in sizes
    ]
    category = ["Apparel", "Bottoms", "Jeans"]
    return Product(id=pid, title=title, category=category, variants=variants)


def test_warm_enough_said_short_is_answered_from_the_product_in_view(agent: ShoppingAgent) -> None:
    _, asked = talk(agent, "show me the Summit Puffer Jacket", "warm enough snow?")
    assert "don't carry" not in asked.reply
    assert "down" in asked.reply.lower()


def test_named_product_before_it_is_the_one_asked_about(agent: ShoppingAgent) -> None:
    _, asked = talk(agent, "rain jackets", "the Summit Puffer Jacket, is it warm enough for snow?")
    assert "which one" not in asked.reply.lower()
    assert "down" in asked.reply.lower()


def test_no_warmth_words_says_the_catalog_doesnt_say(agent: ShoppingAgent) -> None:
    _, asked = talk(agent, "show me the Breeze Shell Jacket", "is it warm enough for winter?")
    assert "doesn't say how warm" in asked.reply


def test_herbal_tea_has_no_caffeine(agent: ShoppingAgent) -> None:
    _, asked = talk(agent, "show me the Mint Leaf Infusion", "does it have caffeine?")
    assert asked.reply.lower().startswith("no")
    assert "herbal" in asked.reply.lower()


def test_black_tea_has_caffeine(agent: ShoppingAgent) -> None:
    _, asked = talk(agent, "show me the Assam Morning Tea", "does it have caffeine?")
    assert asked.reply.lower().startswith("yes")
    assert "doesn't say" not in asked.reply


def test_a_disliked_feel_rules_out_its_material_not_anything(agent: ShoppingAgent) -> None:
    (turn,) = talk(agent, "a scarf for my husband, he hates anything itchy")
    assert "not anything" not in turn.reply
    assert ids(turn) == ["SCF2"]


def test_a_size_said_of_the_wearer_is_the_size_asked(agent: ShoppingAgent) -> None:
    (turn,) = talk(agent, "jeans for my wife, she wears a 30")
    assert "size 30" in turn.reply
    assert ids(turn) == ["JEAN1"]


@pytest.mark.parametrize(
    "said",
    [
        "will the summit puffer jacket keep me warm at minus 5?",
        "is the summit puffer jacket ok in minus 10 degrees?",
    ],
)
def test_a_temperature_below_zero_asks_warmth_not_fewer(agent: ShoppingAgent, said: str) -> None:
    (asked,) = talk(agent, said)  # "minus 5" is the weather, not one fewer in the cart
    assert "cart" not in asked.reply.lower()
    assert "down" in asked.reply.lower()
