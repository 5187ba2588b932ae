"""A health question asked of the shop ("is that arthritis?"): the assistant cannot diagnose and
says a doctor is who to ask, with no products and no "we don't carry" answer; a health worry
with a product asked for ("do you sell knee braces?") stays shopping."""

from __future__ import annotations

import pytest

from agent.service import ShoppingAgent
from catalog.model import Product
from tests.agent.store import item
from tests.agent.talk import talk


@pytest.fixture
def products() -> list[Product]:
    return [
        item("BRC1", "Knee Support Brace", 30, ["Health", "Supports"]),
        item("SHO1", "Trail Running Shoe", 120, ["Footwear", "Running Shoes"]),
    ]


@pytest.mark.parametrize(
    "message",
    [
        "my knee clicks when I go up stairs, is that arthritis?",
        "my heel hurts every morning, could it be plantar fasciitis",
        "wrist sore after a fall, should i see a doctor?",
    ],
)
def test_a_health_question_points_to_a_doctor(agent: ShoppingAgent, message: str) -> None:
    (turn,) = talk(agent, message)
    assert "doctor" in turn.reply and not turn.products, turn.reply
    assert "carry" not in turn.reply, turn.reply
