"""A stock question at the confirmation ("wait, is it still in stock?") is answered and the
order is asked again: never a no that drops the checkout, never a summary with no answer."""

from __future__ import annotations

import pytest

from agent.service import ShoppingAgent
from catalog.model import Product
from tests.agent.store import item
from tests.agent.talk import BUYER, talk

_TEE = item("TEE1", "Merino Crew Tee", 32, ["Apparel", "T-Shirts"],
            {"black": {"M": 5, "L": 0}})  # fmt: skip


@pytest.fixture
def products() -> list[Product]:
    return [_TEE]


@pytest.mark.parametrize(
    "question", ["wait, is it still in stock?", "hold on, is the tee still available?"]
)
def test_a_stock_question_at_the_confirmation_is_answered(
    agent: ShoppingAgent, question: str
) -> None:
    *_, summary, asked, placed = talk(
        agent, "add the Merino Crew Tee in black, M", f"check out, {BUYER}", question, "ok, yes"
    )
    assert summary.awaiting_confirmation, summary.reply
    assert "in stock" in asked.reply.lower(), asked.reply
    assert "haven't placed" not in asked.reply, asked.reply
    assert asked.awaiting_confirmation and asked.order is None, asked.reply
    assert placed.order is not None, placed.reply
