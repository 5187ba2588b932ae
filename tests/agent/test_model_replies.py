"""A model's words reach the shopper only if every figure in them came from a tool."""

from __future__ import annotations

from langchain_core.messages import AIMessage

from agent.model_replies import invented
from agent.service import ShoppingAgent
from aisle.settings import Settings
from tests.agent.fake_chat import ScriptedChatModel
from tests.agent.shop import Shop
from tests.agent.talk import BUYER


def _search(query: str) -> AIMessage:
    call = {"name": "search_products", "args": {"query": query}, "id": "s"}
    return AIMessage("", tool_calls=[call])


def test_numbers_and_stock_claims_must_come_from_the_sources() -> None:
    sources = ["1. Ridgeline Trail Running Shoe — $95.00 (in stock)"]
    assert invented("The Ridgeline is $95 and in stock.", sources) == []
    assert invented("The Ridgeline is $89.99!", sources) == ["89.99"]
    assert invented("Only 3 left, sold out soon", sources) == ["3", "sold out"]


def test_an_llm_reply_with_a_made_up_price_is_replaced_by_the_template(
    settings: Settings, shop: Shop
) -> None:
    model = ScriptedChatModel(
        responses=[_search("trail running shoes"), AIMessage("The Ridgeline is just $19.99 today!")]
    )
    agent = ShoppingAgent(settings.model_copy(update={"planner": "llm"}), shop, chat_model=model)
    try:
        turn = agent.chat(None, "I need trail running shoes under $120")
    finally:
        agent.close()
    assert "19.99" not in turn.reply
    assert "Ridgeline" in turn.reply and "$95.00" in turn.reply


def test_hybrid_model_replies_are_used_when_true_and_dropped_when_not(
    settings: Settings, shop: Shop
) -> None:
    reads = AIMessage('{"intent": "search", "product": "trail running shoes"}')
    model = ScriptedChatModel(
        responses=[
            reads,
            AIMessage("Good news: the Ridgeline is $95.00 and the Summit $110.00."),
            reads,
            AIMessage("The Ridgeline is $75 this week."),
        ]
    )
    on = settings.model_copy(update={"planner": "hybrid", "model_replies": True})
    agent = ShoppingAgent(on, shop, understanding_model=model)
    try:
        honest = agent.chat(None, "I need trail running shoes under $120")
        made_up = agent.chat(None, "I need trail running shoes under $120")
    finally:
        agent.close()
    assert honest.reply == "Good news: the Ridgeline is $95.00 and the Summit $110.00."
    assert "$75" not in made_up.reply and "Ridgeline" in made_up.reply


def test_checkout_summaries_are_never_reworded(settings: Settings, shop: Shop) -> None:
    model = ScriptedChatModel(
        responses=[
            AIMessage('{"intent": "search", "product": "trail running shoes"}'),
            AIMessage("Here they are."),
            AIMessage('{"intent": "add", "product": "Ridgeline", "colors": ["blue"], "size": 10}'),
            AIMessage("Added it."),
            AIMessage('{"intent": "checkout"}'),
            AIMessage("Your total is $1."),  # would be wrong; never asked for
        ]
    )
    on = settings.model_copy(update={"planner": "hybrid", "model_replies": True})
    agent = ShoppingAgent(on, shop, understanding_model=model)
    try:
        thread = agent.chat(None, "I need trail running shoes under $120").thread_id
        agent.chat(thread, "add the Ridgeline in blue, size 10")
        agent.chat(thread, "check out")
        summary = agent.chat(thread, BUYER)
    finally:
        agent.close()
    assert summary.awaiting_confirmation and "Total: $95.00 (USD)" in summary.reply
    assert summary.reply.startswith("Here's your order") and model.i == 5
