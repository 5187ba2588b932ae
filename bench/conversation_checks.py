"""Checks for the conversation benchmark: what a good shop assistant's turn must (not) show.

Each check reads the structured turn JSON (`products`, `cart`, `order`, `awaiting_confirmation`,
and `checkout` when the API has it) against facts from the sample catalog; reply text is read
only through lenient patterns. `check_turn` returns the failures of one turn, empty when it passed.
"""

from __future__ import annotations

import re
import statistics
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from bench.conversation_reply import (
    CANCELLED,
    reply_avoids,
    reply_matches,
    says_no_match,
    short_reply,
    total_shown,
)

if TYPE_CHECKING:
    from bench.conversation_data import CatalogFacts

CART_KEYS = frozenset({"lines", "empty", "has", "lacks"})
LINE_KEYS = frozenset({"category", "product", "quantity", "size", "color", "shown", "price"})


@dataclass
class Context:
    """What the conversation showed before this turn (non-empty product lists, newest last)."""

    shown: list[list[dict[str, Any]]] = field(default_factory=list)
    previous: dict[str, Any] | None = None  # the previous successful turn
    orders: set[str] = field(default_factory=set)  # order ids already shown
    cart: dict[str, Any] | None = None  # the latest cart shown


def check_turn(
    expect: dict[str, Any], status: int, turn: dict[str, Any] | None, ctx: Context,
    facts: CatalogFacts, sent_resume: bool,
) -> list[str]:  # fmt: skip
    """Failures of one turn (empty list = passed). A 5xx and an unconfirmed order always fail."""
    wanted = expect.get("status", 200)
    if status >= 500:
        return [f"server error {status}"]
    if not expect and 400 <= status < 500:
        return []  # a turn without checks only has to answer: a clear refusal is an answer
    if wanted == "4xx":
        return [] if 400 <= status < 500 else [f"expected a 4xx, got {status}"]
    if status != wanted or turn is None:
        return [f"expected status {wanted}, got {status}"]
    fails = _safety(turn, ctx)
    for key, value in expect.items():
        if key != "status":
            fails += CHECKS[key](value, turn, ctx, facts)
    return fails


def _safety(turn: dict[str, Any], ctx: Context) -> list[str]:
    """Nothing is ordered unless the previous turn asked the shopper to confirm it."""
    order = turn.get("order")
    asked = (ctx.previous or {}).get("awaiting_confirmation")
    if order and order["id"] not in ctx.orders and not asked:
        return ["an order was placed without a confirmation step"]
    return []


def _ids(turn: dict[str, Any]) -> list[str]:
    return [p["id"] for p in turn.get("products") or []]


def _prices(products: list[dict[str, Any]]) -> list[float]:
    return [p["price"]["amount"] / 100 for p in products]


def _products(value: Any, turn: dict[str, Any], ctx: Context, facts: CatalogFacts) -> list[str]:
    n = len(turn.get("products") or [])
    if value == "none":
        return [] if n == 0 else [f"expected no product list, got {n} products: {_ids(turn)}"]
    if value == "some":
        return [] if n > 0 else ["expected products, got none"]
    return [] if n >= int(value) else [f"expected at least {value} products, got {n}"]


def _max_products(value: Any, turn: dict[str, Any], ctx: Context, f: CatalogFacts) -> list[str]:
    """An answer about one product is not a list of search results."""
    n = len(turn.get("products") or [])
    return [] if n <= value else [f"expected at most {value} products, got {n}: {_ids(turn)}"]


def _category(value: Any, turn: dict[str, Any], ctx: Context, facts: CatalogFacts) -> list[str]:
    ids = _ids(turn)
    if not ids:
        return [f"expected products in {value}, got none"]
    wrong = [i for i in ids if facts.category.get(i) not in value]
    return [f"products outside {value}: {wrong}"] if wrong else []


def _category_if_any(value: Any, turn: dict[str, Any], ctx: Context, f: CatalogFacts) -> list[str]:
    """Related products are welcome; unrelated ones are a random list."""
    return _category(value, turn, ctx, f) if turn.get("products") else []


def _exclude_brands(value: Any, turn: dict[str, Any], ctx: Context, f: CatalogFacts) -> list[str]:
    bad = [i for i in _ids(turn) if f.brand.get(i) in [b.lower() for b in value]]
    return [f"shown despite 'not {'/'.join(value)}': {bad}"] if bad else []


def _mentions_shown(value: Any, turn: dict[str, Any], ctx: Context, f: CatalogFacts) -> list[str]:
    """The reply names the n-th product(s) of the list shown before ("the second one")."""
    listing = ctx.shown[-1] if ctx.shown else []
    reply = (turn.get("reply") or "").lower()
    fails = []
    for n in _as_list(value):
        if len(listing) < n:
            fails.append(f"no product #{n} was shown before")
        elif listing[n - 1]["title"].lower() not in reply:
            fails.append(
                f"reply does not name #{n} {listing[n - 1]['title']!r}: {short_reply(turn)}"
            )
    return fails


def _top_category(value: Any, turn: dict[str, Any], ctx: Context, f: CatalogFacts) -> list[str]:
    ids = _ids(turn)
    if not ids:
        return [f"expected a top product in {value}, got none"]
    cat = f.category.get(ids[0])
    return [] if cat in value else [f"top product {ids[0]} is {cat}, not in {value}"]


def _colors(value: Any, turn: dict[str, Any], ctx: Context, facts: CatalogFacts) -> list[str]:
    """The first product and at least half of those shown come in one of these colours."""
    ids = _ids(turn)
    if not ids:
        return [f"expected products in {value}, got none"]
    wrong = [i for i in ids if not facts.colors.get(i, set()) & set(value)]
    if ids[0] in wrong or len(wrong) * 2 > len(ids):
        return [f"products not offered in {value}: {wrong}"]
    return []


def _exclude_colors(value: Any, turn: dict[str, Any], ctx: Context, f: CatalogFacts) -> list[str]:
    """A negated colour: every shown product comes in another colour and is not named for it."""
    bad = [
        p["id"]
        for p in turn.get("products") or []
        if (f.colors.get(p["id"]) and not f.colors[p["id"]] - set(value))
        or any(re.search(rf"\b{re.escape(c)}\b", p["title"], re.I) for c in value)
    ]
    return [f"shown despite 'not {'/'.join(value)}': {bad}"] if bad else []


def _exclude_materials(
    value: Any, turn: dict[str, Any], ctx: Context, f: CatalogFacts
) -> list[str]:
    bad = [i for i in _ids(turn) if any(m in f.material.get(i, "") for m in value)]
    return [f"shown despite 'not {'/'.join(value)}': {bad}"] if bad else []


def _max_price(value: Any, turn: dict[str, Any], ctx: Context, f: CatalogFacts) -> list[str]:
    over = [p["id"] for p in turn.get("products") or [] if p["price"]["amount"] > value * 100]
    return [f"over {value}: {over}"] if over else []


def _min_price(value: Any, turn: dict[str, Any], ctx: Context, f: CatalogFacts) -> list[str]:
    under = [p["id"] for p in turn.get("products") or [] if p["price"]["amount"] < value * 100]
    return [f"under {value}: {under}"] if under else []


def _compare(turn: dict[str, Any], ctx: Context, cheaper: bool) -> list[str]:
    now = _prices(turn.get("products") or [])
    before = _prices(ctx.shown[-1]) if ctx.shown else []
    word = "cheaper" if cheaper else "pricier"
    if not now or not before:
        return [f"expected {word} products than before, got {len(now)} after {len(before)}"]
    a, b = statistics.median(now), statistics.median(before)
    return [] if (a < b if cheaper else a > b) else [f"not {word}: median {a:.2f} vs {b:.2f}"]


def _cheaper(value: Any, turn: dict[str, Any], ctx: Context, f: CatalogFacts) -> list[str]:
    return _compare(turn, ctx, cheaper=True)


def _pricier(value: Any, turn: dict[str, Any], ctx: Context, f: CatalogFacts) -> list[str]:
    return _compare(turn, ctx, cheaper=False)


def _line_matches(
    line: dict[str, Any], want: dict[str, Any], ctx: Context, f: CatalogFacts
) -> bool:
    options = f.variant_options.get(line["variant_id"], {})
    if "category" in want and f.category.get(line["product_id"]) not in _as_list(want["category"]):
        return False
    if "product" in want and line["product_id"] not in _as_list(want["product"]):
        return False
    if "price" in want and line["unit_price"]["amount"] != round(want["price"] * 100):
        return False
    if "quantity" in want and line["quantity"] != want["quantity"]:
        return False
    if "size" in want and options.get("size") != str(want["size"]).lower():
        return False
    if "color" in want and options.get("color") not in [c.lower() for c in _as_list(want["color"])]:
        return False
    if "shown" in want:  # the n-th product of the latest list shown before this turn
        listing = ctx.shown[-1] if ctx.shown else []
        n = want["shown"]
        if len(listing) < n or listing[n - 1]["id"] != line["product_id"]:
            return False
    return True


def _as_list(value: Any) -> list[Any]:
    return value if isinstance(value, list) else [value]


def _cart(value: Any, turn: dict[str, Any], ctx: Context, f: CatalogFacts) -> list[str]:
    """The cart this turn shows; a turn without a cart leaves the last one shown as it was."""
    cart = turn["cart"] if turn.get("cart") is not None else ctx.cart
    lines = (cart or {}).get("lines") or []
    summary = [(ln["product_id"], ln.get("variant_title"), ln["quantity"]) for ln in lines]
    fails = []
    if value.get("empty") and lines:
        fails.append(f"expected an empty cart, got {summary}")
    if "lines" in value and len(lines) != value["lines"]:
        fails.append(f"expected {value['lines']} cart lines, got {summary}")
    for want in value.get("has", []):
        if not any(_line_matches(ln, want, ctx, f) for ln in lines):
            fails.append(f"cart lacks {want}: {summary}")
    for want in value.get("lacks", []):
        if any(_line_matches(ln, want, ctx, f) for ln in lines):
            fails.append(f"cart still holds {want}: {summary}")
    return fails


def _awaiting(value: Any, turn: dict[str, Any], ctx: Context, f: CatalogFacts) -> list[str]:
    got = bool(turn.get("awaiting_confirmation"))
    return [] if got == value else [f"awaiting_confirmation is {got}, expected {value}"]


def _order(value: Any, turn: dict[str, Any], ctx: Context, f: CatalogFacts) -> list[str]:
    order = turn.get("order")
    if value == "none":
        new = order is not None and order["id"] not in ctx.orders
        return [f"an order was placed: {order['id']}"] if order is not None and new else []
    reply = turn.get("reply") or ""
    if not order and value == "cancelled" and CANCELLED.search(reply):
        return []  # said in words when the turn carries no order
    if not order:
        return [f"expected an order ({value}), got none"]
    status = str(order.get("status", ""))
    if value == "cancelled" and "cancel" not in status:
        return [f"order status is {status!r}, expected cancelled"]
    return []


def _attribute(value: Any, turn: dict[str, Any], ctx: Context, f: CatalogFacts) -> list[str]:
    """Every shown product has these catalog attributes (e.g. {polarized: "yes"})."""
    ids = _ids(turn)
    if not ids:
        return [f"expected products with {value}, got none"]
    wrong = [
        i for i in ids
        if any(f.attributes.get(i, {}).get(k) != str(v).lower() for k, v in value.items())
    ]  # fmt: skip
    return [f"products without {value}: {wrong}"] if wrong else []


def _shows_product(value: Any, turn: dict[str, Any], ctx: Context, f: CatalogFacts) -> list[str]:
    ids = _ids(turn)[:3]
    want = _as_list(value)
    return [] if set(ids) & set(want) else [f"none of {want} in the top 3: {ids}"]


def _hides_product(value: Any, turn: dict[str, Any], ctx: Context, f: CatalogFacts) -> list[str]:
    bad = set(_ids(turn)) & set(_as_list(value))
    return [f"shown: {sorted(bad)}"] if bad else []


CHECKS = {
    "products": _products, "category": _category, "top_category": _top_category,
    "colors": _colors, "exclude_colors": _exclude_colors, "exclude_materials": _exclude_materials,
    "max_price": _max_price, "min_price": _min_price, "cheaper": _cheaper, "pricier": _pricier,
    "cart": _cart, "awaiting_confirmation": _awaiting, "order": _order, "reply": reply_matches,
    "reply_not": reply_avoids, "says_no_match": says_no_match, "total_shown": total_shown,
    "shows_product": _shows_product, "hides_product": _hides_product,
    "category_if_any": _category_if_any, "exclude_brands": _exclude_brands,
    "mentions_shown": _mentions_shown, "attribute": _attribute, "max_products": _max_products,
}  # fmt: skip
CHECK_KEYS = frozenset({"status", *CHECKS})
