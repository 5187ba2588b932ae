"""Tools for checkout and orders: open a session, take the buyer's details, report an order.

Nothing here completes an order: that happens only when the shopper approves the summary (see
agent/checkout.py), for the total `checkout_summary` shows.
"""

from __future__ import annotations

from contextlib import suppress
from typing import Any

from agent.addresses import ship_to_text
from agent.order_numbers import numbered_order, unknown_order_text
from agent.outcome import Outcome, ToolRun, money_text
from commerce.errors import CommerceError
from commerce.models import Address, Buyer, CheckoutSession


def start_checkout(run: ToolRun) -> Outcome:
    """Open a checkout session; with buyer details missing, ask for all of them in one go."""
    if not run.state.cart_id:
        return Outcome(False, "The cart is empty, so there is nothing to check out.")
    commerce = run.ctx.commerce
    cart = commerce.get_cart(run.state.cart_id)
    if not cart.lines:
        return Outcome(False, "The cart is empty, so there is nothing to check out.")
    buyer, address = buyer_models(run.state.buyer)
    if run.state.pending_checkout:
        with suppress(CommerceError):  # a stale session: the new one replaces it
            commerce.cancel_checkout(run.state.pending_checkout["session_id"])
    session = commerce.create_checkout(cart.id, buyer=buyer, shipping_address=address)
    return _session_outcome(session)


def give_checkout_details(run: ToolRun, name: str, email: str, address: dict[str, Any]) -> Outcome:
    pending = run.state.pending_checkout
    details = {"name": name, "email": email, "address": address}
    if not pending:  # given before checkout: kept for it
        data = {"noted": True, "draft": details, "missing": []}
        return Outcome(True, "Details noted for checkout.", data, {"buyer": details})
    try:
        buyer, shipping = buyer_models(details)
    except ValueError as exc:
        keep = {"awaiting": {"slots": ["details"], "draft": details}}
        return Outcome(False, f"Those details did not read right ({_first_error(exc)}).", {}, keep)
    session = run.ctx.commerce.update_checkout(
        pending["session_id"], buyer=buyer, shipping_address=shipping
    )
    outcome = _session_outcome(session)
    outcome.update["buyer"] = details
    if pending.get("ship_to") and outcome.update.get("awaiting") is None:
        outcome.update["preface"] = "Updated — here's your order with the new details."
    return outcome


def order_status(run: ToolRun, order_id: str | None = None) -> Outcome:
    commerce = run.ctx.commerce
    if order_id:  # "check on order #A-77812": only this conversation's orders are looked at
        order = numbered_order(commerce.orders_for_thread(run.thread_id), order_id)
        if order is None:
            return Outcome(False, unknown_order_text(order_id), {"unknown_order": order_id})
    elif run.state.last_order_id:
        order = commerce.get_order(run.state.last_order_id)
    else:
        orders = commerce.orders_for_thread(run.thread_id)
        if not orders:
            return Outcome(False, "No orders have been placed in this conversation yet.")
        order = orders[-1]
    data = {"order_id": order.id, "status": order.status, "total": order.total.model_dump()}
    items = ", ".join(  # "… make sure it's the 9.5": each line with its variant
        f"{li.quantity} × {li.title}" + (f" in {li.variant_title}" if li.variant_title else "")
        for li in order.line_items
    )
    text = f"Order {order.id} ({items}) is {order.status}; total {order.total.format()}."
    shipping = [s for s in run.ctx.settings.store_policies.split(". ") if "ship" in s.lower()]
    if order.status == "placed" and shipping:
        text += f" {shipping[0].rstrip('.')}."
    return Outcome(True, text, data, {"turn_order_id": order.id})


def checkout_summary(session: CheckoutSession) -> dict[str, Any]:
    """The pending checkout as kept in state and shown before the shopper says yes."""
    return {
        "session_id": session.id,
        "version": session.version,
        "status": session.status,
        "currency": session.currency,
        "lines": [
            {
                "title": li.title,
                "variant_title": li.variant_title,
                "quantity": li.quantity,
                "unit_price": li.unit_price.model_dump(),
                "subtotal": li.subtotal.model_dump(),
            }
            for li in session.line_items
        ],
        "totals": {t.type: t.amount.model_dump() for t in session.totals},
        "messages": [m.content for m in session.messages if m.type == "error"],
        "error_codes": [m.code for m in session.messages if m.type == "error"],
        "missing": [m.code for m in session.messages if m.code.startswith("missing_")],
        "ship_to": ship_to_text(session.buyer, session.shipping_address),
    }


def _session_outcome(session: CheckoutSession) -> Outcome:
    summary = checkout_summary(session)
    update: dict[str, Any] = {"pending_checkout": summary}
    if summary["missing"]:
        update["awaiting"] = {"slots": ["details"]}
        text = "Need the buyer's name, email and shipping address to continue."
        return Outcome(True, text, {"checkout": summary, "needs_details": True}, update)
    update["awaiting"] = None
    total = money_text(summary["totals"]["total"])
    return Outcome(True, f"Checkout ready: total {total}.", {"checkout": summary}, update)


def buyer_models(details: dict[str, Any] | None) -> tuple[Buyer | None, Address | None]:
    if not details or not details.get("name") or not details.get("email"):
        return None, None
    buyer = Buyer(name=details["name"], email=details["email"])
    raw = details.get("address") or {}
    if not raw:
        return buyer, None
    address = Address(
        name=details["name"],
        line_one=raw.get("line1") or raw.get("line_one") or "",
        line_two=raw.get("line2") or raw.get("line_two") or None,
        city=raw.get("city") or "",
        state=raw.get("region") or raw.get("state") or None,
        postal_code=raw.get("postal_code") or None,
        country=(raw.get("country") or "US")[:2].upper(),
    )
    return buyer, address


def _first_error(exc: ValueError) -> str:
    errors = getattr(exc, "errors", None)
    if callable(errors):
        first = errors()[0]
        return f"{'.'.join(str(p) for p in first['loc'])}: {first['msg']}"
    return str(exc)
