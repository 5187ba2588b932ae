"""The rules planner's calls for an order by titles: each item added with its own words, then,
when asked for, checkout with the buyer details given (the summary waits for the shopper's yes)."""

from __future__ import annotations

import uuid
from typing import Any

from agent.buyer import merge_details
from agent.slots import color_words_in, colors_in, size_in
from agent.state import ShoppingState
from agent.understanding import Understanding


def named_order_calls(state: ShoppingState, u: Understanding) -> list[dict[str, Any]]:
    """One add per item quoted by title, then checkout if the message asked for it."""
    calls = []
    for item in u.slots.items:
        words = str(item["words"])
        said = color_words_in(words) or colors_in(words)
        size = item.get("size") or size_in(words)
        calls.append(
            _call(
                "add_to_cart", product_id=item["product_id"], size=size,
                color=said[0] if said else None, quantity=int(item.get("quantity") or 1),
                words=words,
            )
        )  # fmt: skip
    return calls + checkout_after(state, u, [str(i["product_id"]) for i in u.slots.items])


def checkout_after(
    state: ShoppingState, u: Understanding, product_ids: list[str]
) -> list[dict[str, Any]]:
    """Checkout once these products are in, when the shopper asked for it with them."""
    if not u.slots.then_checkout or not product_ids:
        return []
    known = (state.awaiting or {}).get("draft") or state.buyer or state.noted
    details = merge_details(known, u.slots.details)
    return [_call("checkout_after_adds", product_ids=product_ids, details=details)]


def _call(tool: str, **args: Any) -> dict[str, Any]:
    return {"name": tool, "args": args, "id": f"call_{uuid.uuid4().hex[:12]}", "type": "tool_call"}
