"""A model that misbehaves never breaks a turn: one retry with the error, then the rules act."""

from __future__ import annotations

from typing import Any

import httpx2
import openai
from langchain_core.messages import AIMessage, BaseMessage, HumanMessage
from langchain_core.outputs import ChatResult

from agent.chat_llamacpp import ModelTimeout
from agent.planner_llm import tool_call_problem
from agent.service import ShoppingAgent
from aisle.settings import Settings
from tests.agent.fake_chat import ScriptedChatModel
from tests.agent.shop import Shop


def _call(name: str, args: dict[str, Any]) -> AIMessage:
    return AIMessage("", tool_calls=[{"name": name, "args": args, "id": "c1"}])


def _broken(raw: str) -> AIMessage:
    bad = {"type": "invalid_tool_call", "id": "c1", "name": None, "args": raw, "error": "bad json"}
    return AIMessage("", invalid_tool_calls=[bad])


class FailingChatModel(ScriptedChatModel):
    """Raises the given error on every call, as a dead or overloaded model server does."""

    error: Exception

    def _generate(self, messages: list[BaseMessage], *args: Any, **kwargs: Any) -> ChatResult:
        self.calls.append(list(messages))
        raise self.error


def _agent(settings: Settings, shop: Shop, model: ScriptedChatModel) -> ShoppingAgent:
    return ShoppingAgent(settings.model_copy(update={"planner": "llm"}), shop, chat_model=model)


def test_an_invalid_tool_call_is_sent_back_once_with_the_error(
    settings: Settings, shop: Shop
) -> None:
    model = ScriptedChatModel(
        responses=[
            _call("search_products", {"refine": "yes please"}),  # no query, refine not a bool
            _call("search_products", {"query": "trail running shoes"}),
            AIMessage("Here are trail running shoes."),
        ]
    )
    agent = _agent(settings, shop, model)
    try:
        turn = agent.chat(None, "trail running shoes")
    finally:
        agent.close()
    retry = model.calls[1]
    assert isinstance(retry[-1], HumanMessage)
    assert "search_products arguments are invalid" in retry[-1].text
    assert "query" in retry[-1].text
    assert turn.reply == "Here are trail running shoes."
    assert {p.id for p in turn.products} >= {"TRL1", "TRL2"}


def test_two_invalid_answers_hand_the_turn_to_the_rules(settings: Settings, shop: Shop) -> None:
    model = ScriptedChatModel(responses=[_broken("{'name': search"), _call("fly_to_moon", {})])
    agent = _agent(settings, shop, model)
    try:
        turn = agent.chat(None, "trail running shoes")
        state = agent.graph.get_state({"configurable": {"thread_id": turn.thread_id}}).values
    finally:
        agent.close()
    assert model.i == 2
    assert "invalid tool call" in state["model_fallback"]
    assert {p.id for p in turn.products} >= {"TRL1", "TRL2"}  # the rules searched
    assert "Ridgeline" in turn.reply and turn.cart is None


def test_malformed_output_cannot_touch_the_cart(settings: Settings, shop: Shop) -> None:
    found = ScriptedChatModel(
        responses=[_call("search_products", {"query": "trail running shoes"}), AIMessage("Found.")]
    )
    agent = _agent(settings, shop, found)
    try:
        thread = agent.chat(None, "trail running shoes").thread_id
        garbage = _broken('<tool_call>{"name": "add_to_cart", "arguments": {"product_id"')
        agent.context.chat_model.responses[:] = [garbage, garbage]  # type: ignore[union-attr]
        found.i = 0
        turn = agent.chat(thread, "what is the second one made of?")
    finally:
        agent.close()
    assert turn.cart is None
    assert turn.reply  # the rules answered the question from the catalog
    assert shop.commerce.orders_for_thread(thread) == []


def test_a_model_timeout_ends_in_the_rules_reply(settings: Settings, shop: Shop) -> None:
    model = FailingChatModel(responses=[], error=ModelTimeout("took longer than 30 s"))
    agent = _agent(settings, shop, model)
    try:
        turn = agent.chat(None, "trail running shoes")
    finally:
        agent.close()
    assert len(model.calls) == 1  # a timeout is not retried: the shopper is already waiting
    assert "Ridgeline" in turn.reply and turn.cart is None


def test_a_model_server_that_is_down_or_rate_limits_still_answers(
    settings: Settings, shop: Shop
) -> None:
    # openai (3.x) is built on httpx2; its errors carry httpx2 requests and responses.
    request = httpx2.Request("POST", "http://127.0.0.1:9/v1/chat/completions")
    errors: list[Exception] = [
        openai.APIConnectionError(request=request),
        openai.RateLimitError(
            "rate limited", response=httpx2.Response(429, request=request), body=None
        ),
    ]
    for error in errors:
        agent = _agent(settings, shop, FailingChatModel(responses=[], error=error))
        try:
            searched = agent.chat(None, "I need trail running shoes under $120")
            added = agent.chat(searched.thread_id, "add the Ridgeline in blue, size 10")
        finally:
            agent.close()
        assert "Ridgeline" in searched.reply
        assert added.cart is not None  # the shopper asked, so the rules added it
        assert added.cart.lines[0].variant_id == "TRL1-BLU-10"


def test_a_failure_after_tools_ran_replies_from_their_results(
    settings: Settings, shop: Shop
) -> None:
    model = ScriptedChatModel(
        responses=[_call("search_products", {"query": "trail running shoes"}), _broken("{")]
    )
    agent = _agent(settings, shop, model)
    try:
        turn = agent.chat(None, "trail running shoes")
    finally:
        agent.close()
    assert model.i == 3  # search, a broken answer, its retry (broken again)
    assert "Ridgeline" in turn.reply  # templated from the search the model ran


def test_tool_call_problems_name_the_tool_and_the_field() -> None:
    assert tool_call_problem(_call("view_cart", {})) is None
    assert "no tool named 'buy'" in (tool_call_problem(_call("buy", {})) or "")
    problem = tool_call_problem(_call("add_to_cart", {"product_id": "X", "quantity": 99}))
    assert problem and "quantity" in problem
