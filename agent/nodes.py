"""The conversation's main steps: understand the shopper, act through tools, respond."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from langchain_core.messages import AIMessage, AnyMessage, HumanMessage, ToolMessage
from langgraph.config import get_config, get_stream_writer
from langgraph.runtime import Runtime

from agent.checkout import asks_again, fresh_turn
from agent.checkout_refresh import refresh_checkout
from agent.context import Context
from agent.kind_lists import as_going_back, kind_history, recalled
from agent.label_answers import label_follow_up
from agent.list_moves import list_history
from agent.listed_kinds import kind_in_view
from agent.model_replies import checked_model_reply, reword
from agent.openers import starts_over
from agent.outcome import ToolRun
from agent.pending import asks_variant
from agent.planner_rules import plan_tool_calls
from agent.reader import read_message
from agent.refused_asks import refused_product
from agent.replies import RESTATES, compose_reply
from agent.shipping_rule import policies_for
from agent.state import ShoppingState, ToolEvent
from agent.store_help import departments
from agent.tools import run_tool
from agent.understanding import Intent
from agent.unsure_answers import unsure

_KEEPS_AWAITING = {Intent.ADD, Intent.GIVE_DETAILS}
_ASIDES = {Intent.OFF_TOPIC, Intent.HELP}
"""An aside ("btw are you a bot?") leaves a pending "which colour?" open for the answer after it."""
# What a question about the last label photo reads as without it ("and how much protein?";
# the intent classifier may call "what's the nutrition like?" off-topic or unclear).
_LABEL_FOLLOW_UPS = {
    Intent.SEARCH, Intent.REFINE, Intent.PRODUCT_QUESTION, Intent.HELP, Intent.PHOTO_QUESTION,
    Intent.ADD, Intent.VIEW_CART, Intent.OFF_TOPIC, Intent.UNCLEAR,
}  # fmt: skip


STARTS_OVER: dict[str, Any] = {
    "query": "", "filters": {}, "shown": [], "focus": None, "compared": [], "photo": None,
}  # fmt: skip


def understand(state: ShoppingState, runtime: Runtime[Context]) -> dict[str, Any]:
    """Read the shopper's latest message once; the rules planner also decides the tool calls."""
    ctx = runtime.context
    message = last_human(state.messages)
    text = message.text if message else ""
    has_image = bool(message and message.additional_kwargs.get("image_id"))
    returned, asked = recalled(state, text, ctx.search)  # "back to the kettles": their list
    if not returned:  # "the sunscreen for kids" after sunscreen, towels and sandals were listed
        returned, asked = kind_in_view(state, asked, ctx.search)
    state = replace(state, **returned)
    understanding = as_going_back(read_message(state, ctx, asked, has_image=has_image), returned)
    guessed = understanding.source == "classifier"  # "protein?" may read as small talk
    if (understanding.intent in _LABEL_FOLLOW_UPS or guessed) and label_follow_up(
        understanding.text,  # in English words ("¿y proteínas?" -> "and protein?")
        understanding.intent.value,
        state.photo,
        has_image=has_image,
        has_shown=bool(state.shown),
        names_kind=lambda said: _names_a_kind(said, ctx),
    ):
        # About the label photo sent earlier, not a new photo: the label_question tool answers.
        references = understanding.references.model_copy(update={"photo": False})
        understanding = understanding.model_copy(
            update={"intent": Intent.PHOTO_QUESTION, "references": references}
        )
    fallback = None
    if ctx.understanding_model is not None and text:
        from agent.planner_hybrid import hybrid_understanding

        understanding, fallback = hybrid_understanding(understanding, state, ctx)
    intent = understanding.state_value()
    update: dict[str, Any] = fresh_turn() | returned | {"intent": intent}
    if fallback:
        update["model_fallback"] = fallback
    if understanding.intent is Intent.ACKNOWLEDGE and starts_over(understanding.text):
        update |= STARTS_OVER  # the search so far is dropped; the cart and orders stay
    if refused := refused_product(understanding, ctx.search):  # "set the X to $1", then "add it"
        update["focus"] = refused
    awaiting = state.awaiting or {}
    if not _keeps_awaiting(understanding.intent, awaiting):
        update["awaiting"] = None
    if ctx.chat_model is None:
        calls = plan_tool_calls(replace(state, intent=intent), understanding, ctx)
        if calls:
            update["messages"] = [AIMessage(content="", tool_calls=calls)]
    return update


def _names_a_kind(text: str, ctx: Context) -> bool:
    """The message names a kind of product the catalog has ("protein bars")."""
    from catalog.query import parse_query

    return bool(parse_query(text, ctx.search.index.vocabulary()).category_hints)


def _keeps_awaiting(intent: Intent, awaiting: dict[str, Any]) -> bool:
    """A pending question stays open while the shopper answers it or fills in details."""
    slots = awaiting.get("slots", [])
    if "details" in slots:
        return intent not in {Intent.DECLINE, Intent.CANCEL_ORDER}
    return intent in _KEEPS_AWAITING or (intent in _ASIDES and asks_variant(awaiting))


FOCUSED_LIMIT = 6


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

    asked: dict[str, Any] | None = None  # a question this turn asked about an item's option
    for call in calls:
        run = ToolRun(runtime.context, working, thread_id)
        outcome = run_tool(call["name"], call["args"], run, announce)
        update = _question_kept(outcome.update, asked)
        update = _questions_queued(update, asked)
        asked = update["awaiting"] if (update.get("awaiting") or {}).get("product_id") else asked
        working = replace(working, **update)
        changes |= update
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
    changes |= refresh_checkout(ToolRun(runtime.context, working, thread_id), events)
    changes |= list_history(state, changes)  # "go back" / "any more?" move through these
    changes |= kind_history(working, changes, runtime.context.search)  # "back to the kettles"
    if (focus := changes.get("focus")) and focus != state.focus:  # "the one you showed first"
        changes["focused"] = [*(f for f in state.focused if f != focus), focus][-FOCUSED_LIMIT:]
    return changes | {"events": events, "messages": replies}


def _question_kept(update: dict[str, Any], asked: dict[str, Any] | None) -> dict[str, Any]:
    """An add of another item later in the message ("the stovetop one and the gooseneck one")
    leaves the question just asked about the first one open for its answer."""
    if asked is None or "awaiting" not in update or update["awaiting"] is not None:
        return update
    if update.get("focus") == asked.get("product_id"):
        return update  # the item asked about, added after all
    return {k: v for k, v in update.items() if k != "awaiting"}


def _questions_queued(update: dict[str, Any], asked: dict[str, Any] | None) -> dict[str, Any]:
    """A second item's choice asked in the same turn ("Which color would you like for each?")
    waits after the first one's, so one answer can fill both (agent/joined_answers.py)."""
    new = update.get("awaiting") or {}
    if asked is None or not new.get("product_id") or new["product_id"] == asked["product_id"]:
        return update
    queued = [*(asked.get("next") or []), new]
    return update | {"awaiting": {**asked, "next": queued}}


def respond(state: ShoppingState, runtime: Runtime[Context]) -> dict[str, Any]:
    """Template the reply from this turn's results, unless a model already answered in words.

    A model's words are sent only if every figure in them comes from this turn's tool results.
    """
    ctx = runtime.context
    settings = ctx.settings
    sold = departments(ctx) if state.understanding.intent is Intent.HELP else ()
    message = last_human(state.messages)
    said = message.text if message else ""
    policies = policies_for(settings, said)
    templated = compose_reply(state, settings.store_name, settings.currency, policies, sold)
    if _model_answered(state, ctx):
        last = state.messages[-1]
        checked = checked_model_reply(last.text, state, templated, said)
        return _before_summary(state, checked, said=checked != last.text)
    if settings.model_replies and ctx.understanding_model is not None:
        templated = reword(ctx.understanding_model, state, templated, said)
    return _before_summary(state, templated)


def _before_summary(state: ShoppingState, reply: str, *, said: bool = True) -> dict[str, Any]:
    """The reply; when the order is asked about again after it, also the words shown before
    the summary (none when the reply only repeated the summary)."""
    update: dict[str, Any] = {"messages": [AIMessage(reply)]} if said else {}
    if not asks_again(state):
        return update
    restated = state.understanding.intent in RESTATES and not state.events
    if restated and not unsure(state.understanding.text.lower()):
        return {"preface": None}  # the reply was the summary itself
    return update | {"preface": reply}


def _model_answered(state: ShoppingState, ctx: Context) -> bool:
    """The LLM planner's last word stands, unless checkout or a recommendation spoke after it."""
    last = state.messages[-1] if state.messages else None
    if ctx.chat_model is None or not isinstance(last, AIMessage) or last.tool_calls:
        return False
    templated = {"place_order", "cancel_checkout"} & {e["tool"] for e in state.events}
    return bool(last.text) and not state.ranking and not templated


def last_human(messages: list[AnyMessage]) -> HumanMessage | None:
    return next((m for m in reversed(messages) if isinstance(m, HumanMessage)), None)
