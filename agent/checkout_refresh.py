"""The order summary follows the cart: an edit at the confirmation is never approved stale.

A turn may change the cart while a summary waits for its yes ("actually make it a medium",
"swap it for the v-neck", "drop the socks and make the tee a large"). Whatever tools ran, once
they are done the summary waiting must show the cart as it is now: a new checkout is opened for
the cart and the buyer's details already given, and the old one can no longer be approved.
"""

from __future__ import annotations

from contextlib import suppress
from typing import Any

from agent.checkout import is_ready
from agent.outcome import ToolRun
from agent.state import ToolEvent
from agent.tools_checkout import buyer_models, checkout_summary
from commerce.errors import CommerceError
from commerce.models import Cart

Rows = list[tuple[str, str, int]]


def summary_rows(summary: dict[str, Any]) -> Rows:
    """(title, variant, quantity) of each line the summary shows."""
    return sorted(
        (li["title"], li.get("variant_title") or "", li["quantity"]) for li in summary["lines"]
    )


def cart_rows(cart: Cart) -> Rows:
    return sorted((li.title, li.variant_title or "", li.quantity) for li in cart.lines)


def refresh_checkout(run: ToolRun, events: list[ToolEvent]) -> dict[str, Any]:
    """State updates after a turn's tools: a fresh summary (marked for approval again) when the
    summary waiting no longer shows the cart, no checkout when the cart was emptied."""
    pending = run.state.pending_checkout
    if not is_ready(pending) or not run.state.cart_id:
        return {}
    assert pending is not None
    commerce = run.ctx.commerce
    cart = commerce.get_cart(run.state.cart_id)
    if cart_rows(cart) == summary_rows(pending):
        return {}
    with suppress(CommerceError):  # already completed or canceled: nothing is pending
        commerce.cancel_checkout(pending["session_id"])
    if not cart.lines:
        return {"pending_checkout": None, "awaiting": None}
    buyer, address = buyer_models(run.state.buyer)
    session = commerce.create_checkout(cart.id, buyer=buyer, shipping_address=address)
    summary = checkout_summary(session)
    changed = next((e for e in reversed(events) if e["ok"]), None)
    if changed is not None:  # the edit's event asks for the summary again (graph.py)
        changed["data"] = {**changed["data"], "checkout": summary, "reconfirm": True}
    return {"pending_checkout": summary}
