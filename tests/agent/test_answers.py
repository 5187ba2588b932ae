"""Answers from a product's own record: attributes by name, yes/no, per-variant stock."""

from __future__ import annotations

import pytest

from agent.answers import answer, stock_answer
from agent.outcome import money_text
from agent.service import ShoppingAgent
from agent.understanding import Slots, Understanding
from aisle.money import Money
from catalog.model import Product, Variant
from tests.agent.shop import acme_product
from tests.agent.talk import ids, talk


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


def _item(
    pid: str, title: str, category: list[str], *, description: str = "",
    attributes: dict[str, str] | None = None,
) -> Product:  # fmt: skip
    return acme_product(
        pid, title, category, "84.50", colors=[], stock=6, brand=None, description=description,
        attributes=attributes,
    )  # fmt: skip


@pytest.fixture
def products() -> list[Product]:
    return [
        _item("KB1", "Compact 65 Mechanical Keyboard", ["Electronics", "Keyboards"],
              attributes={"layout": "ISO", "switch": "linear", "material": "aluminium"},
              description="A small keyboard with a gasket mount."),
        _item("KB2", "Office Membrane Keyboard", ["Electronics", "Keyboards"],
              attributes={"layout": "ANSI", "switch": "silent"},
              description="A quiet keyboard for shared offices."),
        _item("PAN1", "Carbon Steel Wok", ["Kitchen", "Cookware"],
              attributes={"material": "carbon steel"},
              description="A round-bottom wok. Oven-safe up to 450°F with the handle off."),
        _item("JN1", "Loose Straight Jean", ["Apparel", "Jeans"],
              attributes={"material": "rigid denim", "rise": "high"},
              description="Straight jeans in rigid denim."),
        _item("POT1", "Enamel Tea Kettle", ["Kitchen", "Kettles"],
              attributes={"material": "enamelled steel"}, description="A stovetop kettle."),
    ]  # fmt: skip


def test_each_thing_asked_about_a_named_product_is_answered(agent: ShoppingAgent) -> None:
    (turn,) = talk(agent, "how much is the Enamel Tea Kettle, and what's it made from?")
    assert "$84.50" in turn.reply and "enamelled steel" in turn.reply


def test_a_question_after_the_name_of_a_product_is_answered(agent: ShoppingAgent) -> None:
    """ "Title: A or B? and what …" and "Title - what …, is it …?" ask about that product."""
    (layout,) = talk(agent, "Compact 65 Mechanical Keyboard: ANSI or ISO? and which switches")
    assert "ISO" in layout.reply and "linear" in layout.reply and ids(layout) == ["KB1"]
    (noise,) = talk(agent, "the Office Membrane Keyboard - what switch is in it, is it loud?")
    assert "silent" in noise.reply and ids(noise) == ["KB2"]


def test_a_property_is_answered_from_the_sentence_that_states_it(
    agent: ShoppingAgent,
) -> None:
    (turn,) = talk(agent, "can the Carbon Steel Wok go in the oven? how hot")
    assert "450" in turn.reply and "doesn't say" not in turn.reply


def test_an_either_or_of_an_attribute_names_its_value(agent: ShoppingAgent) -> None:
    (turn,) = talk(agent, "Loose Straight Jean - high rise or mid rise?")
    assert "high rise" in turn.reply and "mid rise" not in turn.reply
