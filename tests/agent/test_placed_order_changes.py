"""After an order is placed, through `ShoppingAgent.chat`: a change asked of it ("can I change
that order to a large?") is answered honestly (it can be cancelled and ordered again, offered
with a yes/no), what it came to is its total, and a yes after it was cancelled says so."""

from __future__ import annotations

import pytest

from agent.service import ShoppingAgent
from tests.agent.talk import BUYER, talk


def _ordered(agent: ShoppingAgent) -> str:
    *_, placed = talk(agent, "add the granola", f"checkout: {BUYER}")
    done = agent.chat(placed.thread_id, "yes")
    assert done.order is not None and done.order.status == "placed", done.reply
    return done.thread_id


@pytest.mark.parametrize(
    "message",
    [
        "oh no I ordered the wrong size, can I change that order to a large?",
        "could you edit my order so it's the white one",
        "I picked the wrong colour, ugh",
    ],
)
def test_a_change_to_a_placed_order_offers_to_cancel_it(agent: ShoppingAgent, message: str) -> None:
    thread = _ordered(agent)
    asked = agent.chat(thread, message)
    assert "can't change" in asked.reply and "cancel" in asked.reply.lower(), asked.reply
    assert asked.order is None and not asked.products
    cancelled = agent.chat(thread, "ok cancel it then")
    assert cancelled.order is not None and cancelled.order.status == "canceled", cancelled.reply
    again = agent.chat(thread, "yes")
    assert "canceled" in again.reply and "placed;" not in again.reply, again.reply


@pytest.mark.parametrize(
    "message",
    ["what did that order come to in the end, with shipping?", "how much did my order cost?"],
)
def test_what_the_order_came_to_is_its_total(agent: ShoppingAgent, message: str) -> None:
    thread = _ordered(agent)
    answer = agent.chat(thread, message)
    assert answer.order is not None and not answer.products, answer.reply
    assert answer.order.total.format() in answer.reply
