"""Problem-first shoppers before they say the problem: an offer to tell it gets a yes and an
invitation, "what do you sell? got problems to solve" gets the departments, and a why of
science ("what's the actual science") gets a redirect, never a product list."""

from __future__ import annotations

import pytest

from agent.service import ShoppingAgent


@pytest.mark.parametrize(
    "message",
    [
        "can you help me figure out what to buy if I just tell you what's bugging me?",
        "can i just tell you what's bugging me and you figure out what i should buy?",
        "if i tell you my problem can you suggest something?",
    ],
)
def test_an_offer_to_tell_the_problem_is_invited(agent: ShoppingAgent, message: str) -> None:
    turn = agent.chat(None, message)
    assert not turn.products, turn.reply
    assert "tell me what's bothering you" in turn.reply.lower(), turn.reply


def test_a_problem_told_is_still_a_search(agent: ShoppingAgent) -> None:
    turn = agent.chat(None, "my trail running shoes fall apart, can you help me find new ones?")
    assert turn.products, turn.reply


def test_what_is_sold_with_problems_to_solve_lists_departments(agent: ShoppingAgent) -> None:
    message = "what sorts of things do you even sell? got a few problems around the house to solve"
    turn = agent.chat(None, message)
    assert turn.reply.startswith("We sell "), turn.reply


def test_a_why_of_science_is_redirected(agent: ShoppingAgent) -> None:
    turn = agent.chat(
        None, "why does granola even go stale so fast? like what's the actual science"
    )
    assert not turn.products, turn.reply
    assert "can only help with shopping" in turn.reply, turn.reply
