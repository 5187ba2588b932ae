"""A product question that asks two facts gets both: "is it a stability or a neutral shoe? and
what's the heel drop" (the either/or ends at its question mark, and the shoe's own support
value answers it), "what's it made of and how long does it keep drinks cold?", and "how water
resistant is it?" read from a description saying "100 m water resistance"."""

from __future__ import annotations

import pytest

from agent.service import ShoppingAgent
from catalog.model import Product
from tests.agent.shop import sample_catalog_products
from tests.agent.talk import talk


@pytest.fixture
def products() -> list[Product]:
    return sample_catalog_products({"Running Shoes", "Watches", "Water Bottles"}, leaf_only=True)


def test_an_either_or_and_a_second_question_are_both_answered(agent: ShoppingAgent) -> None:
    (turn,) = talk(
        agent,
        "Stability Pro Running Shoe — is it a stability or a neutral shoe? and what's the heel "
        "drop",
    )
    assert "neutral" in turn.reply and "8 mm" in turn.reply


def test_what_it_is_made_of_comes_with_how_long_it_keeps_drinks_cold(
    agent: ShoppingAgent,
) -> None:
    (turn,) = talk(
        agent, "Kids Straw Water Bottle — what's it made of and how long does it keep drinks cold?"
    )
    assert "stainless steel" in turn.reply and "24 hours" in turn.reply


def test_how_water_resistant_is_read_from_the_water_resistance_described(
    agent: ShoppingAgent,
) -> None:
    _, turn = talk(
        agent,
        "how much is the Field 38 Watch",
        "what's the case size, and how water resistant is it?",
    )
    assert "38 mm" in turn.reply and "100 m water resistance" in turn.reply
