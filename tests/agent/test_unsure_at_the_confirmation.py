"""An unsure answer at the order confirmation ("maybe? not sure"), through `ShoppingAgent.chat`:
never a yes, and not a no either: the order is asked about again, so a later yes places it."""

from __future__ import annotations

import pytest

from agent.service import ShoppingAgent
from tests.agent.talk import BUYER, talk


@pytest.mark.parametrize("unsure", ["maybe? not sure", "hmm idk", "i'm not sure tbh"])
def test_an_unsure_answer_keeps_the_order_waiting(agent: ShoppingAgent, unsure: str) -> None:
    *_, summary, hesitated = talk(agent, "add the granola", f"checkout: {BUYER}", unsure)
    assert summary.awaiting_confirmation
    assert hesitated.order is None
    assert hesitated.awaiting_confirmation and "No rush" in hesitated.reply, hesitated.reply
    placed = agent.chat(hesitated.thread_id, "ok yes, place it")
    assert placed.order is not None and placed.order.status == "placed", placed.reply


def test_maybe_not_still_declines(agent: ShoppingAgent) -> None:
    *_, declined = talk(agent, "add the granola", f"checkout: {BUYER}", "maybe not")
    assert not declined.awaiting_confirmation and declined.order is None
