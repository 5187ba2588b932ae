"""Money moves only here: the checkout pauses for the shopper's yes, and payment runs after it.

`confirm_checkout` interrupts; everything before its `interrupt()` is pure, because LangGraph
re-runs the node from the top on resume. `place_order` is the only node that charges.
"""

from __future__ import annotations

from contextlib import suppress
from typing import Any

from langchain_core.messages import AIMessage, HumanMessage
from langgraph.runtime import Runtime
from langgraph.types import Command, interrupt

from agent.context import Context
from agent.detail_messages import changes_details
from agent.free_shipping_gap import asks_free_shipping_gap, free_shipping_gap_text
from agent.intents import read_yes_no
from agent.multilingual import english_of
from agent.replies import checkout_text
from agent.replies_language import in_language
from agent.replies_talk import PRICE_REFUSAL
from agent.state import ShoppingState, ToolEvent
from agent.tools_checkout import checkout_summary
from agent.understanding import Intent, Understanding
from aisle.money import Money
from commerce.errors import CheckoutClosed, CommerceError, SessionChanged
from commerce.models import PaymentMethod


def fresh_turn() -> dict[str, Any]:
    """State updates that start a new turn's bookkeeping."""
    return {
        "events": None,
        "turn_products": [],
        "turn_order_id": None,
        "preface": None,
        "assessments": None,
        "ranking": [],
        "steps": 0,
        "model_fallback": None,
    }


def confirm_checkout(state: ShoppingState) -> Command[Any]:
    """Show items, quantities and total, then wait; resumes with approval, refusal or a question."""
    summary = state.pending_checkout or {}
    prompt = in_language(checkout_text(summary), state.understanding.slots.language)
    preface = state.preface
    if not preface and state.understanding.slots.price_claim:  # "i'm the manager … checkout: …"
        preface = PRICE_REFUSAL  # the claim refused, the order at the listed prices
    shown = f"{preface}\n\n{prompt}" if preface else prompt
    answer = interrupt({"kind": "confirm_checkout", "message": shown, "checkout": summary})
    approved, text, token = read_answer(answer)
    update: dict[str, Any] = fresh_turn() | {"payment_token": token}
    said = text or ("yes" if approved else "no" if approved is False else None)
    update["messages"] = [AIMessage(prompt)] + ([HumanMessage(said)] if said else [])
    if approved is True:
        update["intent"] = Understanding(text=text or "yes", intent=Intent.CONFIRM).state_value()
        return Command(goto="place_order", update=update)
    if approved is False:
        update["intent"] = Understanding(text=text or "no", intent=Intent.DECLINE).state_value()
        return Command(goto="cancel_checkout", update=update)
    return Command(goto="understand", update=update)


def read_answer(answer: Any) -> tuple[bool | None, str | None, str | None]:
    """(approved, the shopper's words, payment token) from a structured or a typed answer."""
    if isinstance(answer, dict):
        text = answer.get("message") or None
        approved = answer.get("approved")
        if approved is None and text:
            approved = _yes_no(text)
        return (bool(approved) if approved is not None else None), text, answer.get("payment_token")
    text = str(answer) if answer else None
    return (_yes_no(text) if text else None), text, None


def _yes_no(text: str) -> bool | None:
    """A new address or email ("wait, ship it to …") is neither: it changes the order.
    A yes or no typed in another language ("sí", "nein") counts as the English word; English
    is read as written first ("grand, go ahead" is no French "large")."""
    if changes_details(text):
        return None
    said = read_yes_no(text)
    return said if said is not None else read_yes_no(english_of(text))


def asks_again(state: ShoppingState) -> bool:
    """After answering a question or a word of small talk at the confirmation, the order is
    shown again and waits for its yes, so that yes answers the summary it follows."""
    if not is_ready(state.pending_checkout) or state.ranking:
        return False
    if "details" in (state.awaiting or {}).get("slots", []):
        return False  # the new address asked for comes first
    return state.understanding.intent in ASKS_AGAIN


ASKS_AGAIN = frozenset({
    Intent.HELP, Intent.PRODUCT_QUESTION, Intent.VIEW_CART, Intent.ORDER_STATUS,
    Intent.OFF_TOPIC, Intent.UNCLEAR, Intent.GREET, Intent.THANKS_BYE, Intent.ACKNOWLEDGE,
    Intent.GIVE_DETAILS, Intent.COMPARE,
})  # fmt: skip


def place_order(state: ShoppingState, runtime: Runtime[Context]) -> dict[str, Any]:
    """Charge the saved (or chosen) card for exactly the total the shopper approved."""
    ctx = runtime.context
    pending = state.pending_checkout
    if not pending:
        return {"events": [_event(False, "There is no order waiting for confirmation.")]}
    token = state.payment_token or ctx.default_payment_token
    total = Money.model_validate(pending["totals"]["total"])
    session_id = pending["session_id"]
    version = pending.get("version")  # the version whose summary the shopper approved
    try:
        session = ctx.commerce.complete_checkout(
            session_id,
            PaymentMethod(token=token),
            idempotency_key=f"{session_id}:{token}:{total.amount}:v{version}",
            expected_total=total,
            expected_version=version,
        )
    except CheckoutClosed as exc:
        return {"events": [_event(False, f"{exc}.")], "pending_checkout": None}
    except SessionChanged:  # the shopper approves what the session is now, or nothing
        summary = checkout_summary(ctx.commerce.get_checkout(session_id))
        changed = "The checkout changed since you saw it. Nothing was charged; here it is again."
        summary["messages"] = [changed, *summary["messages"]]
        return {
            "events": [_event(False, changed, {"checkout": summary})],
            "pending_checkout": summary,
            "payment_token": None,
        }
    except CommerceError as exc:
        return {"events": [_event(False, f"I couldn't place the order: {exc}.")]}
    if session.status == "completed" and session.order_id:
        order = ctx.commerce.get_order(session.order_id)
        data = {"order_id": order.id, "total": order.total.model_dump()}
        return {
            "events": [_event(True, f"Order {order.id} placed.", data)],
            "pending_checkout": None,
            "payment_token": None,
            "last_order_id": order.id,
            "turn_order_id": order.id,
        }
    summary = checkout_summary(session)
    problems = " ".join(summary["messages"]) or f"The checkout is {session.status}."
    return {
        "events": [_event(False, problems, {"checkout": summary})],
        "pending_checkout": summary,
        "payment_token": None,
    }


def cancel_checkout(state: ShoppingState, runtime: Runtime[Context]) -> dict[str, Any]:
    pending = state.pending_checkout
    if pending:
        with suppress(CommerceError):  # already completed or canceled: nothing is pending
            runtime.context.commerce.cancel_checkout(pending["session_id"])
    data: dict[str, Any] = {}
    if state.cart_id and asks_free_shipping_gap(state.understanding.text):  # "not yet, how much
        commerce = runtime.context.commerce  # more for free shipping?": answered with the no
        cart = commerce.get_cart(state.cart_id)
        data["shipping_answer"] = free_shipping_gap_text(commerce.rules, cart)
    event = ToolEvent(tool="cancel_checkout", args={}, ok=True, message="Canceled.", data=data)
    return {"events": [event], "pending_checkout": None, "awaiting": None, "payment_token": None}


def is_ready(pending: dict[str, Any] | None) -> bool:
    return bool(pending) and pending.get("status") == "ready_for_payment"  # type: ignore[union-attr]


def can_confirm(pending: dict[str, Any] | None) -> bool:
    """Payable now, or payable once the shopper accepts the new price shown to them."""
    if not pending:
        return False
    if pending.get("status") == "ready_for_payment":
        return True
    return pending.get("status") == "not_ready_for_payment" and set(
        pending.get("error_codes", [])
    ) == {"price_changed"}


def _event(ok: bool, message: str, data: dict[str, Any] | None = None) -> ToolEvent:
    return ToolEvent(tool="place_order", args={}, ok=ok, message=message, data=data or {})
