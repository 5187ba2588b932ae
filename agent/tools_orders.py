"""Tools for an order after it is placed (cancel, with a yes/no first) and for buyer details
given a piece at a time."""

from __future__ import annotations

from typing import Any

from agent.buyer import missing_details
from agent.orders_by_contents import order_by_contents, order_titles
from agent.outcome import Outcome, ToolRun
from commerce.errors import CommerceError


def ask_cancel_order(run: ToolRun, order_id: str | None = None) -> Outcome:
    """Find the order meant and ask the shopper to confirm; nothing changes yet."""
    order = _order(run, order_id)
    if order is None:
        return Outcome(False, "There is no order in this conversation to cancel.", {"none": True})
    if order.status == "canceled":
        return Outcome(True, f"Order {order.id} is already canceled.", {"order_id": order.id})
    if order.status != "placed":
        text = f"Order {order.id} is {order.status}, so it can no longer be canceled."
        return Outcome(False, text, {"order_id": order.id, "status": order.status})
    data = {"order_id": order.id, "total": order.total.model_dump(), "ask": True}
    data |= _holds(run, order)
    update = {"awaiting": {"slots": ["cancel_order"], "order_id": order.id}}
    text = f"Cancel order {order.id} (total {order.total.format()})? (yes / no)"
    return Outcome(True, text, data, update)


def cancel_order(run: ToolRun, order_id: str | None = None) -> Outcome:
    """Cancel through commerce (stock goes back, the charge is refunded); after a yes only."""
    order = _order(run, order_id)
    if order is None:
        return Outcome(False, "There is no order in this conversation to cancel.", {"none": True})
    try:
        order = run.ctx.commerce.cancel_order(order.id)
    except CommerceError as exc:
        return Outcome(False, f"Order {order.id} could not be canceled: {exc}.")
    data = {"order_id": order.id, "status": order.status, "total": order.total.model_dump()}
    data |= _holds(run, order)
    text = f"Order {order.id} is canceled; the {order.total.format()} charge is refunded."
    return Outcome(True, text, data, {"turn_order_id": order.id, "awaiting": None})


def _order(run: ToolRun, order_id: str | None) -> Any:
    """The order named by its products ("the mug order"), else by id, else the latest one of
    this conversation; only this thread's orders."""
    orders = run.ctx.commerce.orders_for_thread(run.thread_id)
    placed = [o for o in orders if o.status == "placed"]
    by_contents = order_by_contents(str((run.state.intent or {}).get("text", "")), placed)
    if by_contents is not None:
        return by_contents
    if order_id:
        return next((o for o in orders if o.id == order_id), None)
    return orders[-1] if orders else None


def _holds(run: ToolRun, order: Any) -> dict[str, str]:
    """What the order holds, when the conversation has several orders to tell apart."""
    several = len(run.ctx.commerce.orders_for_thread(run.thread_id)) > 1
    return {"holds": order_titles(order)} if several else {}


def note_checkout_details(run: ToolRun, details: dict[str, Any], change: str = "") -> Outcome:
    """Keep the buyer details given so far and ask only for what is still missing (or, when the
    shopper wants to change one, for its new value)."""
    missing = missing_details(details)
    awaiting = {"slots": ["details"], "draft": details}
    data = {"draft": details, "missing": missing, "change": change}
    update = {"awaiting": awaiting, "noted": details}
    return Outcome(True, f"Still needed: {', '.join(missing)}.", data, update)
