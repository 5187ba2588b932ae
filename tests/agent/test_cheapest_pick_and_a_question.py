"""After a list, "the cheapest one" joined by "and" to a question picks one product and answers
the question about it, through `ShoppingAgent.chat`; the list is not re-ranked."""

from __future__ import annotations

import pytest

from agent.service import ShoppingAgent
from tests.agent.talk import ids, talk


@pytest.mark.parametrize(
    "message",
    [
        "cheapest one pls and is it in stock?",
        "the cheapest one, and is it in stock?",
        "cheapest pls - and is it in stock?",
    ],
)
def test_the_cheapest_is_picked_and_its_stock_answered(agent: ShoppingAgent, message: str) -> None:
    _, picked = talk(agent, "running shoes", message)
    assert ids(picked) == ["RD1"], picked.reply  # the $80 City Road Running Shoe
    assert "in stock" in picked.reply.lower() and "City Road" in picked.reply


def test_which_is_cheapest_alone_still_ranks_the_list(agent: ShoppingAgent) -> None:
    _, ranked = talk(agent, "running shoes", "which one is the cheapest?")
    assert ids(ranked) == ["RD1"] and "cheapest" in ranked.reply.lower()
