"""The conversation's main steps: understand the shopper, act through tools, respond."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from langchain_core.messages import AIMessage, AnyMessage, HumanMessage, ToolMessage
from langgraph.config import get_config, get_stream_writer
from langgraph.runtime import Runtime

from agent.checkout import fresh_turn, is_ready
from agent.context import Context
from agent.intents import understand_message
from agent.model_replies import checked_model_reply, reword
from agent.outcome import ToolRun
from agent.planner_rules import plan_tool_calls
from agent.references import quotes_a_title
from agent.replies import compose_reply
from agent.state import ShoppingState, ToolEvent
from agent.tools import run_tool

_KEEPS_AWAITING = {"add", "give_details"}


def understand(state: ShoppingState, runtime: Runtime[Context]) -> dict[str, Any]:
    """Read the shopper's latest message; the rules planner also decides the tool calls here."""
    ctx = runtime.context
    message = last_human(state.messages)
    text = message.text if message else ""
    intent = understand_message(
        text,
        currency=ctx.settings.currency,
        has_image=bool(message and message.additional_kwargs.get("image_id")),
        awaiting=state.awaiting,
        has_pending_checkout=is_ready(state.pending_checkout),
        has_shown=bool(state.shown),
        has_cart=bool(state.cart_id),
        names_product=quotes_a_title(text, state.shown, state.seen),
    )
    if ctx.understanding_model is not None and text:
        intent = _read_with_model(intent, text, state, ctx)
    intent["sort"] = _sort_asked(intent)
    if intent["kind"] == "acknowledge" and state.turn_order_id:
        intent["kind"] = "confirm"  # a repeated yes to an order just placed: say so, pay nothing
    update: dict[str, Any] = fresh_turn() | {"intent": intent}
    if intent.get("model_fallback"):
        update["model_fallback"] = intent["model_fallback"]
    awaiting = state.awaiting or {}
    if intent["kind"] not in _KEEPS_AWAITING and "details" not in awaiting.get("slots", []):
        update["awaiting"] = None
    if ctx.chat_model is None:
        calls = plan_tool_calls(replace(state, intent=intent), ctx)
        if calls:
            update["messages"] = [AIMessage(content="", tool_calls=calls)]
    return update


def act(state: ShoppingState, runtime: Runtime[Context]) -> dict[str, Any]:
    """Run the planner's tool calls in order; each sees the state the previous one left."""
    last = state.messages[-1]
    calls = last.tool_calls if isinstance(last, AIMessage) else []
    thread_id = str(get_config().get("configurable", {}).get("thread_id", ""))
    working = state
    changes: dict[str, Any] = {}
    events: list[ToolEvent] = []
    replies: list[AnyMessage] = []
    write = get_stream_writer()

    def announce(note: str) -> None:
        write({"progress": note})

    for call in calls:
        run = ToolRun(runtime.context, working, thread_id)
        outcome = run_tool(call["name"], call["args"], run, announce)
        working = replace(working, **outcome.update)
        changes |= outcome.update
        events.append(
            ToolEvent(
                tool=call["name"],
                args=call["args"],
                ok=outcome.ok,
                message=outcome.message,
                data=outcome.data,
            )
        )
        replies.append(
            ToolMessage(content=outcome.message, tool_call_id=call["id"] or "", name=call["name"])
        )
    return changes | {"events": events, "messages": replies}


def respond(state: ShoppingState, runtime: Runtime[Context]) -> dict[str, Any]:
    """Template the reply from this turn's results, unless a model already answered in words.

    A model's words are sent only if every figure in them comes from this turn's tool results.
    """
    ctx = runtime.context
    settings = ctx.settings
    templated = compose_reply(state, settings.store_name, settings.currency)
    message = last_human(state.messages)
    said = message.text if message else ""
    if _model_answered(state, ctx):
        last = state.messages[-1]
        checked = checked_model_reply(last.text, state, templated, said)
        return {} if checked == last.text else {"messages": [AIMessage(checked)]}
    if settings.model_replies and ctx.understanding_model is not None:
        templated = reword(ctx.understanding_model, state, templated, said)
    return {"messages": [AIMessage(templated)]}


def _model_answered(state: ShoppingState, ctx: Context) -> bool:
    """The LLM planner's last word stands, unless checkout or a recommendation spoke after it."""
    last = state.messages[-1] if state.messages else None
    if ctx.chat_model is None or not isinstance(last, AIMessage) or last.tool_calls:
        return False
    templated = {"place_order", "cancel_checkout"} & {e["tool"] for e in state.events}
    return bool(last.text) and not state.ranking and not templated


def _read_with_model(
    intent: dict[str, Any], text: str, state: ShoppingState, ctx: Context
) -> dict[str, Any]:
    """The hybrid planner: the model's reading merged in, or the rules' alone if it failed."""
    from agent.planner_hybrid import merge_reading, read_message, reading_context

    assert ctx.understanding_model is not None
    has_shown, has_cart = bool(state.shown), bool(state.cart_id)
    if intent["kind"] in {"confirm", "decline", "give_details"} or intent.get("answer"):
        return intent | {"source": "rules"}  # certain from the conversation's state: no call
    reading, problem = read_message(
        ctx.understanding_model,
        text,
        reading_context(intent, has_shown, has_cart),
        ctx.settings.model_timeout_s,
    )
    if reading is None:
        return intent | {"source": "rules", "model_fallback": problem}
    return merge_reading(intent, reading, has_shown, has_cart)


def _sort_asked(intent: dict[str, Any]) -> str:
    if intent["cheaper"]:
        return "price_asc"
    return "price_desc" if intent["pricier"] else "relevance"


def last_human(messages: list[AnyMessage]) -> HumanMessage | None:
    return next((m for m in reversed(messages) if isinstance(m, HumanMessage)), None)
