"""A property asked in a few words right after a search that named one product whole is asked of
that product ("low profile 75 keyboard", then "switches?"), never a search for a kind so named."""

from __future__ import annotations

from typing import Any

import pytest

from agent.service import ShoppingAgent
from aisle.money import Money
from catalog.model import Product, Variant
from tests.agent.talk import ids, talk


def _product(pid: str, title: str, category: list[str], **extra: Any) -> Product:
    variant = Variant(
        id=f"{pid}-1", options={"color": "gray"}, price=Money.from_decimal("40", "USD")
    )
    return Product(id=pid, title=title, category=category, variants=[variant], **extra)


@pytest.fixture
def products() -> list[Product]:
    return [
        _product("KEY1", "Low Profile 75% Keyboard", ["Electronics", "Keyboards"],
                 attributes={"switch": "silent", "layout": "ANSI"},
                 description="A low profile keyboard with hot-swappable switches."),
        _product("KEY2", "Ergo Split Keyboard", ["Electronics", "Keyboards"],
                 attributes={"switch": "linear"}, description="A split keyboard."),
        _product("MAT1", "Alignment Lines Yoga Mat", ["Fitness", "Yoga Mats"],
                 attributes={"thickness": "5 mm", "material": "natural tree rubber"},
                 description="A yoga mat with alignment lines."),
        _product("MAT2", "Cushion Plus Yoga Mat", ["Fitness", "Yoga Mats"],
                 attributes={"thickness": "8 mm"}, description="A thick yoga mat."),
    ]  # fmt: skip


@pytest.mark.parametrize("asked", ["switches?", "what switches?", "which switch does it use"])
def test_a_part_asked_after_a_named_search_is_answered_from_the_product(
    agent: ShoppingAgent, asked: str
) -> None:
    _, turn = talk(agent, "low profile 75 keyboard", asked)
    assert "silent" in turn.reply and ids(turn) == ["KEY1"], turn.reply


@pytest.mark.parametrize("asked", ["how thick", "how thick is it", "thickness?"])
def test_a_measure_asked_without_a_question_mark_is_of_the_named_product(
    agent: ShoppingAgent, asked: str
) -> None:
    _, turn = talk(agent, "alignment lines yoga mat", asked)
    assert "5 mm" in turn.reply and "don't carry" not in turn.reply, turn.reply


def test_the_kind_asked_after_a_named_search_still_lists_that_kind(agent: ShoppingAgent) -> None:
    _, turn = talk(agent, "alignment lines yoga mat", "yoga mats?")
    assert len(ids(turn)) > 1, turn.reply
