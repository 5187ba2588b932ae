"""Checkout asked for in the same message as the items ("add the Wool Beanie Hat in black and
check out. I'm Tomasz Nowak, …"): it opens only once every item named is in the cart, with the
details given, so the shopper sees the summary and total to confirm and nothing is bought before.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from agent.buyer import details_text, is_complete, missing_details
from agent.outcome import Outcome, ToolRun
from agent.tools_checkout import give_checkout_details, start_checkout
from agent.tools_orders import note_checkout_details

_ASK_DETAILS = (
    "Happy to check you out. I need your name, email and shipping address — please send them "
    "together, like: Ana Diaz, ana@example.com, 12 Main St, Austin, TX 78701"
)


def checkout_after_adds(run: ToolRun, product_ids: list[str], details: dict[str, Any]) -> Outcome:
    """Open checkout after this turn's adds; wait while one of them still asks a question."""
    pending = run.state.awaiting or {}
    if pending.get("product_id") or not _all_in_cart(run, product_ids):
        keep = {**pending, "then_checkout": True, "draft": details} if pending else None
        update: dict[str, Any] = {"awaiting": keep}
        if is_complete(details):
            update["buyer"] = details
        text = "Once that's settled, I'll take you straight to checkout."
        return Outcome(False, text, {"deferred": True}, update)
    if is_complete(details):
        noted = give_checkout_details(run, **details)
        opened = start_checkout(ToolRun(run.ctx, replace(run.state, **noted.update), run.thread_id))
        return Outcome(opened.ok, opened.message, opened.data, noted.update | opened.update)
    if details:
        kept = note_checkout_details(run, details)
        missing = missing_details(details)
        text = (
            f"Thanks — I have: {details_text(details)}. I still need your "
            f"{_join(missing)} to finish checking out."
        )
        return Outcome(kept.ok, text, kept.data, kept.update)
    opened = start_checkout(run)
    if opened.data.get("needs_details"):
        return Outcome(opened.ok, _ASK_DETAILS, opened.data, opened.update)
    return opened


def _all_in_cart(run: ToolRun, product_ids: list[str]) -> bool:
    if not run.state.cart_id:
        return False
    held = {line.product_id for line in run.ctx.commerce.get_cart(run.state.cart_id).lines}
    return set(product_ids) <= held


def _join(items: list[str]) -> str:
    names = [{"address": "shipping address"}.get(i, i) for i in items]
    return names[0] if len(names) == 1 else ", ".join(names[:-1]) + " and " + names[-1]
