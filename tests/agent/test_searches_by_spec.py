"""Searches by a spec the records give: a measure said of an attribute ("a 38mm case max", "a
4mm drop"), a hyphened value ("high-rise"), a value word beside a word of another product's
title said elsewhere ("silent switches ... shared office"), and a value said under a budget
that no product within it has ("knee length, under $80": none, said plainly)."""

from __future__ import annotations

import pytest

from agent.service import ShoppingAgent
from agent.turn import ChatTurn
from catalog.model import Product
from tests.agent.shop import sample_catalog_products
from tests.agent.talk import talk

_KINDS = {"Watches", "Trail Running Shoes", "Jeans", "Keyboards", "Dresses"}


@pytest.fixture
def products() -> list[Product]:
    return sample_catalog_products(_KINDS, leaf_only=True)


_RECORDS = {p.id: p for p in sample_catalog_products(_KINDS, leaf_only=True)}


def _values(turn: ChatTurn, key: str) -> set[str]:
    return {str(_RECORDS[p.id].attributes.get(key)) for p in turn.products}


def test_a_case_size_said_with_max_keeps_the_watches_within_it(agent: ShoppingAgent) -> None:
    (turn,) = talk(agent, "watch with a 38mm case max, my wrist is tiny (about 15cm)")
    assert turn.products and _values(turn, "case_size") == {"38 mm"}


def test_a_drop_said_as_an_amount_then_narrowed_to_the_waterproof_ones(
    agent: ShoppingAgent,
) -> None:
    first, second = talk(
        agent, "trail running shoes with a 4mm drop", "narrow that down to the waterproof ones"
    )
    assert first.products and _values(first, "drop") == {"4 mm"}
    assert second.products and _values(second, "waterproof") == {"yes"}
    assert _values(second, "drop") == {"4 mm"}


def test_a_hyphened_value_filters_by_its_attribute(agent: ShoppingAgent) -> None:
    (turn,) = talk(agent, "high-rise jeans, waist 30")
    assert turn.products and _values(turn, "rise") == {"high"}


def test_a_value_word_is_not_a_title_because_another_title_word_is_said_apart(
    agent: ShoppingAgent,
) -> None:
    (turn,) = talk(
        agent,
        "keybaord w/ silent switches pls, ANSI layout. shared office and my deskmate hates "
        "clicky stuff",
    )
    assert turn.products and _values(turn, "switch") == {"silent"}


def test_a_value_no_product_within_the_budget_has_is_said_to_be_missing(
    agent: ShoppingAgent,
) -> None:
    first, second = talk(
        agent,
        "linen dress, knee length, under $80",
        "ok forget the budget. knee-length linen, what have you got",
    )
    assert "couldn't find" in first.reply
    assert _values(first, "length") <= {"knee"}
    assert second.products and _values(second, "length") == {"knee"}
