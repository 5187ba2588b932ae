"""Answers from a product's own record: attributes by name, yes/no, per-variant stock."""

from __future__ import annotations

from agent.answers import answer, stock_answer
from agent.outcome import money_text
from agent.understanding import Slots, Understanding
from aisle.money import Money
from catalog.model import Product, Variant


def _product(**attributes: str) -> Product:
    price = Money(amount=2000, currency="USD")
    variants = [
        Variant(id="v1", options={"color": "white", "size": "M"}, price=price, stock=0),
        Variant(id="v2", options={"color": "off-white", "size": "M"}, price=price, stock=4),
    ]
    return Product(id="p", title="Camp Mug", variants=variants, attributes=attributes)


def _asking(*asked: str) -> Understanding:
    return Understanding(text="?", slots=Slots(asked=list(asked)))


def test_an_attribute_is_found_by_a_word_of_its_name() -> None:
    mug = _product(battery_life="60 hours", dishwasher_safe="no", case_size="42 mm")
    assert answer(mug, _asking("battery", "life"), money_text) == "Camp Mug: battery life 60 hours."
    assert answer(mug, _asking("washable", "dishwasher"), money_text) == (
        "No, Camp Mug is not dishwasher safe."
    )
    assert answer(mug, _asking("size", "case"), money_text) == "Camp Mug: case size 42 mm."


def test_what_the_record_does_not_say_is_said_so() -> None:
    assert answer(_product(), _asking("vegan"), money_text) == (
        "The catalog doesn't say whether Camp Mug is vegan."
    )


def test_stock_is_per_variant_and_exact_colours_win() -> None:
    mug = _product()
    assert stock_answer(mug, ["white"], "M").startswith("Sorry, Camp Mug is sold out")
    assert stock_answer(mug, ["off-white"], "M").startswith("Yes")
