"""Catalog text is data: only the shopper's own words move the cart or start checkout."""

from __future__ import annotations

from langchain_core.messages import AIMessage

from agent.planner_llm import model_call_limit
from agent.service import ShoppingAgent
from agent.tools import TOOLS, blocked_reason
from aisle.settings import Settings
from tests.agent.fake_chat import ScriptedChatModel
from tests.agent.shop import Shop
from tests.agent.talk import talk


def test_an_injected_product_description_changes_nothing(agent: ShoppingAgent) -> None:
    search, details = talk(agent, "trail running sock", "tell me more about the first one")
    assert search.products[0].id == "INJ1"
    assert details.cart is None and not details.awaiting_confirmation
    assert "$12.00" in details.reply


def test_cart_tools_are_refused_unless_the_shopper_asked() -> None:
    browsing = {"kind": "details", "allows_cart_change": False, "allows_checkout": False}
    assert blocked_reason(TOOLS["add_to_cart"], browsing)
    assert blocked_reason(TOOLS["start_checkout"], browsing)
    assert blocked_reason(TOOLS["product_details"], browsing) is None


def test_a_turn_cannot_run_away(settings: Settings, shop: Shop) -> None:
    """A model that calls tools forever is cut off at the step limit and the turn still answers."""
    looping = [
        AIMessage("", tool_calls=[{"name": "view_cart", "args": {}, "id": f"c{i}"}])
        for i in range(50)
    ]
    model = ScriptedChatModel(responses=looping)
    agent = ShoppingAgent(settings, shop, chat_model=model)
    try:
        turn = agent.chat(None, "show my cart")
        assert "cart is empty" in turn.reply
        assert model.i == model_call_limit(agent.context) < 50
    finally:
        agent.close()
