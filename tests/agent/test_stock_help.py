"""How to find out whether something is in stock in one's size, asked of no product, through
`ShoppingAgent.chat`: the way to ask, never a search for "something" or "stuff"; a stock question
about a product named is still answered from its record."""

from __future__ import annotations

import pytest

from agent.service import ShoppingAgent


@pytest.mark.parametrize(
    "message",
    [
        "how do i find out if u have something in my size",
        "what can u do? can u check if stuff is in stock for me",
        "how can I tell whether you have anything in my colour?",
    ],
)
def test_how_to_check_stock_gets_the_way_to_ask(agent: ShoppingAgent, message: str) -> None:
    turn = agent.chat(None, message)
    assert turn.products == [] and "I can check that for you" in turn.reply, turn.reply
    assert "size" in turn.reply and "stock" in turn.reply


def test_the_help_reply_says_stock_and_sizes_are_checked(agent: ShoppingAgent) -> None:
    turn = agent.chat(None, "what can you do?")
    assert "check stock in your size and colour" in turn.reply, turn.reply


def test_a_stock_question_about_a_named_product_is_no_help_request(agent: ShoppingAgent) -> None:
    turn = agent.chat(None, "can you check if the Ridgeline Trail Running Shoe is in stock in a 10")
    assert "I can check that for you" not in turn.reply and "Ridgeline" in turn.reply, turn.reply
