"""Ruling out a family ("not ceramic", "a nut allergy", "nothing citrus", "not chocolate") rules
out its kinds the catalog names instead ("not decaf": no decaffeinated beans), and each of
several negations in one message counts."""

from __future__ import annotations

from typing import Any

import pytest

from agent.service import ShoppingAgent
from aisle.money import Money
from catalog.model import Product, Variant
from tests.agent.talk import ids, talk


def _item(pid: str, title: str, leaf: str, colors: list[str], **attributes: Any) -> Product:
    price = Money.from_decimal("20", "USD")
    variants = [
        Variant(id=f"{pid}-{c}", options={"color": c} if c else {}, price=price, stock=5)
        for c in colors or [""]
    ]
    return Product(
        id=pid, title=title, category=["Shop", leaf], variants=variants, attributes=attributes
    )


@pytest.fixture
def products() -> list[Product]:
    return [
        _item("MUG1", "Diner Mug", "Mugs", ["cream"], material="porcelain"),
        _item("MUG2", "Speckled Mug", "Mugs", ["rust"], material="glazed stoneware"),
        _item("MUG3", "Camp Mug", "Mugs", ["navy"], material="enamelled steel"),
        _item("BAR1", "Honey Oat Bar", "Snack Bars", [], ingredients="almonds and honey"),
        _item("BAR2", "Crunch Bar", "Snack Bars", [], ingredients="roasted peanuts"),
        _item("BAR3", "Dark Chocolate Bar", "Snack Bars", [], ingredients="whole grain oats"),
        _item("JUI1", "Ruby Grapefruit Juice", "Juice", [], ingredients="pressed fruit"),
        _item("JUI2", "Classic Lemonade Juice", "Juice", [], ingredients="fruit juice"),
        _item("JUI3", "Cloudy Apple Juice", "Juice", [], ingredients="pressed fruit"),
        _item("SNK1", "Court Sneaker", "Sneakers", ["black"], material="leather"),
        _item("SNK2", "Canvas Sneaker", "Sneakers", ["white"], material="canvas"),
        _item("SNK3", "Gum Sole Sneaker", "Sneakers", ["navy"], material="canvas"),
        _item("SNK4", "Platform Sneaker", "Sneakers", ["black", "white"], material="leather"),
        _item("CER1", "Cocoa Crunch Cereal", "Cereal", [], ingredients="whole wheat"),
        _item("CER2", "Cinnamon Squares Cereal", "Cereal", [], ingredients="whole grain oats"),
        _item("COF1", "Breakfast Blend Coffee", "Coffee", [], ingredients="decaffeinated beans"),
        _item("COF2", "French Roast Coffee", "Coffee", [], ingredients="single-origin beans"),
        _item("COF3", "Decaf Mountain Coffee", "Coffee", [], ingredients="arabica beans"),
    ]


@pytest.mark.parametrize(
    ("message", "shown"),
    [
        ("a mug that isn't ceramic, I'm clumsy", {"MUG3"}),
        ("granola bars, my son has a nut allergy", {"BAR3"}),
        ("granola bars for a lunchbox, my kid is allergic to nuts", {"BAR3"}),
        ("juice but nothing citrus please", {"JUI3"}),
        ("sneakers no black no white", {"SNK3"}),
        ("cereal under 25 bucks, just not the chocolate one", {"CER2"}),  # cocoa is chocolate
        ("coffee, but definitely NOT decaf. I need the caffeine", {"COF2"}),  # decaffeinated
    ],
)
def test_a_ruled_out_family_hides_its_kinds(
    agent: ShoppingAgent, message: str, shown: set[str]
) -> None:
    (turn,) = talk(agent, message)
    assert set(ids(turn)) == shown


def test_taking_back_a_colour_after_wait_narrows_the_list(agent: ShoppingAgent) -> None:
    _, turn = talk(agent, "black sneakers", "wait no, not black")
    assert "SNK1" not in ids(turn) and {"SNK2", "SNK3"} <= set(ids(turn))
