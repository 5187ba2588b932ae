"""Of two orders in one conversation, through `ShoppingAgent.chat`: "cancel the granola order,
but keep the backpack one" cancels the order holding the granola (not the latest), and the
question and the reply name what that order holds."""

from __future__ import annotations

from agent.service import ShoppingAgent
from tests.agent.talk import BUYER, talk


def test_cancel_picks_the_order_by_what_it_holds(agent: ShoppingAgent) -> None:
    turns = talk(
        agent,
        "add the granola",
        f"checkout: {BUYER}",
        "yes",
        "add the daypack 20l backpack",
        f"checkout: {BUYER}",
        "yes",
    )
    first, second = turns[2], turns[5]
    assert first.order is not None and second.order is not None
    asked = agent.chat(first.thread_id, "actually cancel the granola order, but keep the backpack")
    assert first.order.id in asked.reply and "Granola" in asked.reply, asked.reply
    done = agent.chat(first.thread_id, "yes, the granola one")
    assert done.order is not None and done.order.id == first.order.id, done.reply
    assert done.order.status == "canceled" and "Granola" in done.reply
