"""The hybrid planner: the model's reading is merged in where valid; the rules act either way."""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

import pytest
from langchain_core.messages import AIMessage

from agent.chat_llamacpp import ModelTimeout
from agent.planner_hybrid import Reading, merge_reading
from agent.service import ShoppingAgent
from agent.understanding import Intent, Understanding
from aisle.settings import Settings
from tests.agent.fake_chat import ScriptedChatModel
from tests.agent.shop import Shop
from tests.agent.talk import BUYER
from tests.agent.test_model_failures import FailingChatModel


def _reads(**form: Any) -> AIMessage:
    return AIMessage(json.dumps(form))


@pytest.fixture
def hybrid(settings: Settings) -> Settings:
    return settings.model_copy(update={"planner": "hybrid"})


def _agent(settings: Settings, shop: Shop, model: ScriptedChatModel) -> ShoppingAgent:
    return ShoppingAgent(settings, shop, understanding_model=model)


def _state(agent: ShoppingAgent, thread: str) -> dict[str, Any]:
    return agent.graph.get_state({"configurable": {"thread_id": thread}}).values


@pytest.fixture
def reader() -> Iterator[ScriptedChatModel]:
    yield ScriptedChatModel(responses=[])


_IT_IS = "ok the Ridgeline in blue, 10 it is"


def test_the_models_reading_fixes_what_the_rules_misread(
    hybrid: Settings, shop: Shop, reader: ScriptedChatModel
) -> None:
    reader.responses[:] = [
        _reads(intent="search", product="trail running shoes", max_price=120),
        _reads(intent="add", product="Ridgeline", colors=["blue"], size="10"),
    ]
    agent = _agent(hybrid, shop, reader)
    try:
        found = agent.chat(None, "I need trail running shoes under $120")
        # The rules read no order in "… it is"; the model reads an add.
        added = agent.chat(found.thread_id, _IT_IS)
        state = _state(agent, found.thread_id)
    finally:
        agent.close()
    assert state["intent"]["source"] == "llm" and state["intent"]["intent"] == "add"
    assert added.cart is not None and added.cart.lines[0].variant_id == "TRL1-BLU-10"


def test_the_rules_alone_read_the_same_message_wrongly(settings: Settings, shop: Shop) -> None:
    """The baseline for the test above, so it cannot pass by the rules alone."""
    agent = ShoppingAgent(settings, shop)
    try:
        found = agent.chat(None, "I need trail running shoes under $120")
        added = agent.chat(found.thread_id, _IT_IS)
    finally:
        agent.close()
    assert added.cart is None


def test_an_invalid_reading_leaves_the_rules_reading(
    hybrid: Settings, shop: Shop, reader: ScriptedChatModel
) -> None:
    reader.responses[:] = [AIMessage('{"intent": "buy everything", "quantity": 500}')]
    agent = _agent(hybrid, shop, reader)
    try:
        turn = agent.chat(None, "I need trail running shoes under $120")
        state = _state(agent, turn.thread_id)
    finally:
        agent.close()
    assert state["intent"]["source"] == "rules"
    assert state["model_fallback"].startswith("invalid reading")
    assert "Ridgeline" in turn.reply and turn.cart is None


def test_a_slow_or_dead_model_leaves_the_rules_reading(hybrid: Settings, shop: Shop) -> None:
    model = FailingChatModel(responses=[], error=ModelTimeout("took longer than 30 s"))
    agent = _agent(hybrid, shop, model)
    try:
        turn = agent.chat(None, "I need trail running shoes under $120")
        state = _state(agent, turn.thread_id)
    finally:
        agent.close()
    assert state["model_fallback"] == "model error: ModelTimeout"
    assert "Ridgeline" in turn.reply


def test_checkout_and_its_yes_stay_with_the_rules(
    hybrid: Settings, shop: Shop, reader: ScriptedChatModel
) -> None:
    reader.responses[:] = [
        _reads(intent="search", product="trail running shoes"),
        _reads(intent="add", product="Ridgeline", colors=["blue"], size="10"),
        _reads(intent="checkout"),
        _reads(intent="greet"),  # would be wrong; never asked for buyer details or the yes
    ]
    agent = _agent(hybrid, shop, reader)
    try:
        thread = agent.chat(None, "I need trail running shoes under $120").thread_id
        agent.chat(thread, "add the Ridgeline in blue, size 10")
        agent.chat(thread, "check out")
        summary = agent.chat(thread, BUYER)
        placed = agent.chat(thread, "yes")
    finally:
        agent.close()
    assert summary.awaiting_confirmation and "Total: $95.00 (USD)" in summary.reply
    assert placed.order is not None and placed.order.lines[0].variant_id == "TRL1-BLU-10"
    assert reader.i == 3


def test_a_reading_that_needs_a_list_falls_back_without_one() -> None:
    rules = Understanding(text="the second one", intent=Intent.SEARCH, confidence=0.5)
    merged = merge_reading(rules, Reading(intent="add", ordinals=[2]), False, False)
    assert merged.intent is Intent.SEARCH and not merged.allows_cart_change
    confirm = rules.model_copy(update={"intent": Intent.CONFIRM})
    assert merge_reading(confirm, Reading(intent="greet"), True, True).intent is Intent.CONFIRM


def test_exclusions_become_negations() -> None:
    rules = Understanding(text="boots but not brown, no suede", intent=Intent.SEARCH)
    reading = Reading(intent="search", product="boots", excluded=["brown", "suede"])
    merged = merge_reading(rules, reading, False, False)
    assert merged.negations.colors == ["brown"] and merged.negations.words == ["suede"]
    assert merged.source == "llm" and merged.slots.category


def test_slots_the_message_does_not_state_become_no_filter() -> None:
    rules = Understanding(text="sulfate free shampoo, 60 capsules, under 70 dollars")
    reading = Reading(
        intent="search", colors=["sulfate", "red"], size="60 capsules", max_price=80, quantity=3
    )
    merged = merge_reading(rules, reading, False, False)
    assert merged.slots.colors == [] and merged.slots.quantity is None
    assert merged.slots.size == "60 capsules"  # said word for word
    assert merged.slots.price_max is None  # 80 was never said


def test_x_free_is_wanted_not_excluded() -> None:
    rules = Understanding(text="paraben free shampoo, not the coconut one")
    reading = Reading(intent="search", excluded=["paraben", "coconut"])
    assert merge_reading(rules, reading, False, False).negations.words == ["coconut"]


def test_an_exclusion_needs_a_negation_in_the_message() -> None:
    rules = Understanding(text="cheese crisps low in carbs, nothing with garlic please")
    reading = Reading(intent="search", excluded=["carbs", "garlic"])
    assert merge_reading(rules, reading, False, False).negations.words == ["garlic"]
