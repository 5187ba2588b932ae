"""Trip planners order a product by its title and say what it is for after the "please"
("…, back to school", " - ski trip to Niseko"), or check out "for my camping trip": the trip
changes nothing about the order. Through `ShoppingAgent.chat`."""

from __future__ import annotations

import pytest

from agent.service import ShoppingAgent
from aisle.money import Money
from catalog.model import Product, Variant
from tests.agent.talk import cart_lines, talk


def _product(pid: str, title: str, category: list[str], options: list[dict[str, str]]) -> Product:
    price = Money.from_decimal("40", "USD")
    variants = [
        Variant(id=f"{pid}-{n}", options=opts, price=price, stock=20)
        for n, opts in enumerate(options)
    ]
    return Product(id=pid, title=title, category=category, variants=variants)


@pytest.fixture
def products() -> list[Product]:
    return [
        _product(
            "BAG1", "Rolltop 28L Backpack", ["Bags", "Backpacks"],
            [{"color": "olive"}, {"color": "navy"}, {"color": "rust"}],
        ),
        _product(
            "JKT1", "Alpine Insulated Jacket", ["Apparel", "Jackets"],
            [{"color": c, "size": s} for c in ("black", "red") for s in ("S", "M", "L")],
        ),
        _product(
            "MUG1", "Travel Insulated Mug", ["Kitchen", "Mugs"],
            [{"color": c, "capacity": z} for c in ("navy", "rust") for z in ("12 oz", "16 oz")],
        ),
        _product("TNT1", "Backcountry 2P Tent", ["Outdoors", "Tents"], [{"color": "olive"}]),
    ]  # fmt: skip


@pytest.mark.parametrize(
    ("said", "product", "variant"),
    [
        ("Rolltop 28L Backpack in olive please, back to school", "BAG1", "olive"),
        ("Alpine Insulated Jacket, black, size M please - ski trip to Niseko", "JKT1", "black / m"),
    ],
)
def test_an_order_with_its_trip_after_the_please_is_an_add(
    agent: ShoppingAgent, said: str, product: str, variant: str
) -> None:
    (turn,) = talk(agent, said)
    assert [(pid, title) for pid, title, _ in cart_lines(turn)] == [(product, variant)]


def test_a_colour_asked_with_please_adds_and_the_capacity_is_picked(agent: ShoppingAgent) -> None:
    (turn,) = talk(agent, "Travel Insulated Mug in navy please, for the road trip")
    lines = cart_lines(turn)
    assert [pid for pid, _, _ in lines] == ["MUG1"]
    assert lines[0][1].startswith("navy")


def test_checking_out_for_a_trip_with_an_empty_cart_says_it_is_empty(agent: ShoppingAgent) -> None:
    (turn,) = talk(agent, "ok I'm ready to check out for my camping trip!")
    assert not turn.products
    assert "empty" in turn.reply.lower()


def test_asking_what_can_be_asked_gets_what_the_assistant_does(agent: ShoppingAgent) -> None:
    (turn,) = talk(agent, "first time here - what kinds of things can I ask you?")
    assert not turn.products
    assert not turn.reply.startswith("We sell")
    assert "cart" in turn.reply.lower()
