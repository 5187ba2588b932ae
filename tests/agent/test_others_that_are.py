"""After "No, <product> is not <property>", "which ones are?" lists that product's kind with
the property, never "which one do you mean?"."""

from __future__ import annotations

from typing import Any

import pytest

from agent.service import ShoppingAgent
from aisle.money import Money
from catalog.model import Product, Variant
from tests.agent.talk import ids, talk


def _product(pid: str, title: str, category: list[str], **extra: Any) -> Product:
    price = Money.from_decimal("60", "USD")
    variant = Variant(id=f"{pid}-1", options={"color": "olive"}, price=price)
    return Product(id=pid, title=title, category=category, variants=[variant], **extra)


@pytest.fixture
def products() -> list[Product]:
    return [
        _product("JAC1", "Harbor Rain Jacket", ["Apparel", "Jackets"],
                 attributes={"waterproof": "no"}, description="A water-resistant shell."),
        _product("JAC2", "Summit Shell Jacket", ["Apparel", "Jackets"],
                 attributes={"waterproof": "yes"}, description="A taped shell."),
        _product("JAC3", "Ridge Storm Jacket", ["Apparel", "Jackets"],
                 attributes={"waterproof": "yes"}, description="A three-layer shell."),
        _product("SUN1", "Aviator Metal Sunglasses", ["Accessories", "Sunglasses"],
                 attributes={"polarized": "no"}, description="Metal aviators."),
        _product("SUN2", "Sport Wrap Sunglasses", ["Accessories", "Sunglasses"],
                 attributes={"polarized": "yes"}, description="Wraparound lenses."),
        _product("TEE1", "Everyday Crew Tee", ["Apparel", "T-Shirts"], description="Cotton."),
    ]  # fmt: skip


@pytest.mark.parametrize("then", ["which ones are", "which ones are then?", "ok any that are?"])
def test_which_ones_are_lists_the_kind_with_the_property(agent: ShoppingAgent, then: str) -> None:
    asked, turn = talk(agent, "harbor rain jacket waterproof?", then)
    assert ids(asked) == ["JAC1"] and "not waterproof" in asked.reply, asked.reply
    assert set(ids(turn)) == {"JAC2", "JAC3"}, turn.reply


def test_which_are_after_a_question_about_polarized_lenses(agent: ShoppingAgent) -> None:
    _, turn = talk(agent, "are the aviator metal sunglasses polarized?", "which ones are then")
    assert ids(turn) == ["SUN2"], turn.reply
