"""The shopping graph: understand → act (tools) → respond, with checkout and contemplate branches.

understand ─┬─> act ─┬─> respond (─> confirm_checkout after a question at the confirmation)
            │        ├─> confirm_checkout (interrupt) ─┬─> place_order ──> respond
            │        │                                  └─> cancel_checkout ─> respond
            │        └─> assess_candidate ×N (Send) ─> recommend ─> respond
            ├─> call_model (llm planner) ⇄ act
            └─> place_order / cancel_checkout (a typed yes/no to a pending checkout)
"""

from __future__ import annotations

from typing import Any

from langchain_core.messages import AIMessage
from langgraph.checkpoint.base import BaseCheckpointSaver
from langgraph.graph import END, START, StateGraph
from langgraph.graph.state import CompiledStateGraph
from langgraph.runtime import Runtime
from langgraph.types import Send

from agent.checkout import (
    asks_again,
    can_confirm,
    cancel_checkout,
    confirm_checkout,
    is_ready,
    place_order,
)
from agent.context import Context
from agent.fanout import Candidate, assess_candidate, recommend, send_to_assessors
from agent.nodes import act, respond, understand
from agent.planner_llm import call_model, model_call_limit
from agent.state import ShoppingState
from agent.understanding import Intent

_STARTS_CONFIRMATION = {"start_checkout", "give_checkout_details", "checkout_after_adds"}


def route_after_understanding(state: ShoppingState, runtime: Runtime[Context]) -> str | list[Send]:
    kind = state.understanding.intent
    if kind is Intent.CONFIRM and can_confirm(state.pending_checkout):
        # A yes counts only as the answer to the summary shown just before it, so a yes typed
        # after the conversation moved on shows the items and total again first.
        return "confirm_checkout"
    if kind is Intent.DECLINE and state.pending_checkout:
        return "cancel_checkout"
    if runtime.context.chat_model is not None:
        return "call_model"
    last = state.messages[-1] if state.messages else None
    if isinstance(last, AIMessage) and last.tool_calls:
        return "act"
    if kind is Intent.RECOMMEND:
        return send_to_assessors(state) or "respond"
    return "respond"


def route_after_acting(state: ShoppingState, runtime: Runtime[Context]) -> str | list[Send]:
    succeeded = {e["tool"] for e in state.events if e["ok"]}
    reconfirm = any(e["ok"] and e["data"].get("reconfirm") for e in state.events)
    if is_ready(state.pending_checkout) and (succeeded & _STARTS_CONFIRMATION or reconfirm):
        return "confirm_checkout"
    if state.understanding.intent is Intent.RECOMMEND and state.shown:
        return send_to_assessors(state) or "respond"
    if runtime.context.chat_model is not None and state.steps < model_call_limit(runtime.context):
        return "call_model"
    return "respond"


def route_after_model(state: ShoppingState, runtime: Runtime[Context]) -> str:
    last = state.messages[-1]
    if isinstance(last, AIMessage) and last.tool_calls:
        return "act"
    return "respond"


def route_after_payment(state: ShoppingState) -> str:
    """A declined card or a new price goes back to the summary; the shopper decides again."""
    placed = bool(state.events) and state.events[-1]["ok"]
    return "respond" if placed or not can_confirm(state.pending_checkout) else "confirm_checkout"


def route_after_responding(state: ShoppingState) -> str:
    """A question answered at the confirmation: the order is shown again and waits for a yes."""
    return "confirm_checkout" if asks_again(state) else END


ShoppingGraph = CompiledStateGraph[ShoppingState, Context, ShoppingState, ShoppingState]


def build_graph(checkpointer: BaseCheckpointSaver[Any] | None = None) -> ShoppingGraph:
    builder = StateGraph(ShoppingState, context_schema=Context)
    builder.add_node("understand", understand)
    builder.add_node("call_model", call_model)
    builder.add_node("act", act)
    builder.add_node("assess_candidate", assess_candidate, input_schema=Candidate)
    builder.add_node("recommend", recommend)
    builder.add_node(
        "confirm_checkout",
        confirm_checkout,
        destinations=("place_order", "cancel_checkout", "understand"),
    )
    builder.add_node("place_order", place_order)
    builder.add_node("cancel_checkout", cancel_checkout)
    builder.add_node("respond", respond)

    builder.add_edge(START, "understand")
    builder.add_conditional_edges(
        "understand",
        route_after_understanding,
        ["confirm_checkout", "cancel_checkout", "call_model", "act", "assess_candidate", "respond"],
    )
    builder.add_conditional_edges("call_model", route_after_model, ["act", "respond"])
    builder.add_conditional_edges(
        "act",
        route_after_acting,
        ["confirm_checkout", "assess_candidate", "call_model", "respond"],
    )
    builder.add_edge("assess_candidate", "recommend")
    builder.add_edge("recommend", "respond")
    builder.add_conditional_edges(
        "place_order", route_after_payment, ["confirm_checkout", "respond"]
    )
    builder.add_edge("cancel_checkout", "respond")
    builder.add_conditional_edges("respond", route_after_responding, ["confirm_checkout", END])
    return builder.compile(checkpointer=checkpointer, name="aisle-shopping-agent")
