"""The offline planner: turns an understood message into tool calls, deterministically.

No model is involved, so it is fast and its behaviour is fixed by these rules and the tools.
"""

from __future__ import annotations

import uuid
from typing import Any

from agent.context import Context
from agent.intents import asks_about_something
from agent.references import named_products, resolve_products
from agent.state import ShoppingState

CONTEMPLATE_MAX = 4


def plan_tool_calls(state: ShoppingState, ctx: Context) -> list[dict[str, Any]]:
    """Tool calls for this turn, as a model would emit them ([] when the reply needs none)."""
    intent = state.intent
    kind = intent["kind"]
    if kind == "search":
        named = _named_product(state) if asks_about_something(intent["text"]) else None
        if named:
            return [_call("product_details", product_id=named)]
        return [_call("search_products", query=intent["text"])]
    if kind == "refine":
        return [_call("search_products", query=intent["text"], refine=True)]
    if kind == "details":
        ids = resolve_products(
            intent, state.shown, compared=state.compared, focus=state.focus, seen=state.seen
        )
        return [_call("product_details", product_id=ids[0])] if ids else []
    if kind == "compare":
        ids = resolve_products(intent, state.shown) if intent["ordinals"] else []
        ids = ids if len(ids) >= 2 else [p["id"] for p in state.shown[:3]]
        return [_call("compare_products", product_ids=ids)] if len(ids) >= 2 else []
    if kind == "contemplate":
        return [] if state.shown else [_call("search_products", query=intent["text"])]
    if kind == "photo":
        if not state.image_ids:
            return []
        return [_call("analyze_photo", image_id=state.image_ids[-1], question=intent["text"])]
    if kind == "photo_question":
        return [_call("label_question", question=intent["text"])]
    if kind == "add":
        return _add_calls(state)
    if kind in {"remove", "set_quantity"}:
        return _cart_line_calls(state, ctx)
    if kind == "view_cart":
        return [_call("view_cart")]
    if kind == "checkout":
        return [_call("start_checkout")]
    if kind == "give_details":
        details = intent.get("details") or {}
        if details.get("name") and details.get("email") and details.get("address"):
            return [_call("give_checkout_details", **details)]
        return []
    if kind == "order_status":
        return [_call("order_status")]
    return []


def contemplate_candidates(state: ShoppingState) -> list[str]:
    """The products to weigh: those named, else the last comparison, else the top of the list."""
    intent = state.intent
    if intent.get("ordinals"):
        named = resolve_products(intent, state.shown)
        if len(named) >= 2:
            return named
    if state.compared:
        return list(state.compared)
    return [p["id"] for p in state.shown[:CONTEMPLATE_MAX]]


def _add_calls(state: ShoppingState) -> list[dict[str, Any]]:
    """Add the product meant; a pending add keeps the size, colour and quantity already given."""
    intent = state.intent
    awaiting = state.awaiting or {}
    product_id = _product_to_add(state)
    if product_id is None:
        return []
    given = awaiting if product_id == awaiting.get("product_id") else {}
    answer = intent.get("answer") or {}
    said_color = intent["colors"][0] if intent["colors"] else None
    return [
        _call(
            "add_to_cart",
            product_id=product_id,
            size=answer.get("size") or intent["size"] or given.get("size"),
            color=answer.get("color") or said_color or given.get("color"),
            quantity=intent.get("quantity") or given.get("quantity") or 1,
        )
    ]


def _product_to_add(state: ShoppingState) -> str | None:
    """The product named now, else the one whose size or colour the agent asked for."""
    intent = state.intent
    pending = (state.awaiting or {}).get("product_id")
    if pending and intent.get("answer"):
        return str(pending)
    names_one = (
        intent.get("ordinals")
        or intent.get("cheaper")
        or intent.get("pricier")
        or named_products(intent["text"], state.shown, state.seen)
    )
    if pending and not names_one:
        return str(pending)
    ids = resolve_products(
        intent, state.shown, compared=state.compared, focus=state.focus, seen=state.seen
    ) or _only_if_one(state)
    return ids[0] if ids else None


def _named_product(state: ShoppingState) -> str | None:
    """A product shown in this conversation that the shopper calls by its name."""
    named = resolve_products({"text": state.intent["text"]}, state.shown, seen=state.seen)
    return named[0] if len(named) == 1 else None


def _only_if_one(state: ShoppingState) -> list[str]:
    return [state.shown[0]["id"]] if len(state.shown) == 1 else []


def _cart_line_calls(state: ShoppingState, ctx: Context) -> list[dict[str, Any]]:
    """Find the cart line meant: a product named or referred to, or the only line."""
    if not state.cart_id:
        return []
    intent = state.intent
    lines = ctx.commerce.get_cart(state.cart_id).lines
    in_cart = {line.product_id for line in lines}
    words = {w.strip("?.,!").lower() for w in intent["text"].split() if len(w) > 3}
    by_title = [li.product_id for li in lines if words & set(li.title.lower().split())]
    referred = [
        i
        for i in resolve_products(
            intent, state.shown, compared=state.compared, focus=state.focus, seen=state.seen
        )
        if i in in_cart
    ]
    ids = (by_title if len(by_title) == 1 else []) or referred
    if not ids and len(lines) == 1:
        ids = [lines[0].product_id]
    if not ids:
        return []
    quantity = 0 if intent["kind"] == "remove" else (intent.get("quantity") or 1)
    return [_call("change_cart_line", product_id=ids[0], quantity=quantity)]


def _call(tool: str, **args: Any) -> dict[str, Any]:
    return {"name": tool, "args": args, "id": f"call_{uuid.uuid4().hex[:12]}", "type": "tool_call"}
