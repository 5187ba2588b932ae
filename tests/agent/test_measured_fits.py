"""A measure asked against the record's: a 17 inch laptop in a 16-inch sleeve is no yes."""

from __future__ import annotations

import pytest

from agent.measured_fits import measured_against
from agent.service import ShoppingAgent
from catalog.model import Product
from tests.agent.shop import sample_catalog_products
from tests.agent.talk import talk


@pytest.fixture
def products() -> list[Product]:
    """The sample catalog's backpacks (the Campus Classic has a padded 16-inch laptop sleeve)."""
    return sample_catalog_products({"Backpacks"}, leaf_only=True)


def test_a_bigger_measure_than_the_record_gives_is_no_yes(agent: ShoppingAgent) -> None:
    *_, answered = talk(
        agent, "tell me about the Campus Classic Backpack", "does it fit a 17 inch laptop"
    )
    assert not answered.reply.startswith("Yes"), answered.reply
    assert "16" in answered.reply and "17" in answered.reply, answered.reply


def test_a_smaller_measure_is_still_a_yes(agent: ShoppingAgent) -> None:
    *_, answered = talk(
        agent, "tell me about the Campus Classic Backpack", "does it fit a 15 inch laptop"
    )
    assert answered.reply.startswith("Yes"), answered.reply


@pytest.mark.parametrize(
    ("answer", "question", "kept"),
    [
        ("Yes — X: capacity 28 L.", "will 30 litres fit?", False),
        ("Yes — X: capacity 28 L.", "is it at least 20 l?", True),
        ("Yes — X: a 16-inch sleeve.", "does a 40 cm laptop fit?", True),  # no same unit
        ("No — X: not waterproof.", "17 inch?", True),
    ],
)
def test_only_the_same_unit_is_compared(answer: str, question: str, kept: bool) -> None:
    assert (measured_against(answer, question) == answer) is kept
