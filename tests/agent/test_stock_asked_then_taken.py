"""A stock question, then an add without "if", through `ShoppingAgent.chat`: "is the first one
in stock? i'll take 2" answers the stock and adds two of it."""

from __future__ import annotations

import pytest

from agent.service import ShoppingAgent
from tests.agent.talk import cart_lines, ids, talk


@pytest.mark.parametrize(
    ("message", "count"),
    [
        ("is the first one in stock? i'll take 2", 2),
        ("is the first one available? I'd like two", 2),
        ("first one in stock? if so add 3", 3),
    ],
)
def test_the_stock_is_answered_and_the_count_added(
    agent: ShoppingAgent, message: str, count: int
) -> None:
    shown, taken = talk(agent, "daypack backpack", message)
    assert [(pid, n) for pid, _, n in cart_lines(taken)] == [(ids(shown)[0], count)], taken.reply
    assert "in stock" in taken.reply.lower()


def test_a_stock_question_alone_adds_nothing(agent: ShoppingAgent) -> None:
    _, asked = talk(agent, "daypack backpack", "is the first one in stock?")
    assert cart_lines(asked) == [] and "in stock" in asked.reply.lower()
