"""Tools that change or read the cart; commerce errors become actionable messages."""

from __future__ import annotations

import re
from collections.abc import Mapping
from contextlib import suppress
from typing import Any

from agent.add_asides import shipping_after_add
from agent.cart_budget import budget_answer, budget_asked, counts_extras
from agent.cart_lines import cart_line_of
from agent.cart_money import totals_text
from agent.conditional_adds import asks_stock_then_adds
from agent.free_shipping_gap import asks_free_shipping_gap, free_shipping_gap_text
from agent.kind_colours import nearest_colour
from agent.outcome import Outcome, ToolRun, in_size_order, shown_product
from agent.size_extremes import extreme_size
from agent.slots import colors_in
from agent.split_costs import split_text, split_ways
from agent.tools_checkout import buyer_models, checkout_summary
from agent.understanding import Intent
from agent.variants import (
    any_color,
    available,
    choose_variants,
    not_offered,
    offered,
    pick_color,
    size_said,
    spelled_options,
    spelled_value,
    variant_label,
)
from catalog.colors import color_family
from catalog.filters import SearchFilters
from catalog.model import Product
from commerce.errors import CommerceError, OutOfStock
from commerce.models import Cart, Order

_SIZED = ("size", "capacity", "volume")
"""Options that are a size: "the big bottle" is the largest of them."""


def add_to_cart(
    run: ToolRun,
    product_id: str,
    size: str | None = None,
    color: str | None = None,
    quantity: int = 1,
    words: str = "",
) -> Outcome:
    """Pick the one variant the shopper means; ask (listing what exists) when that is unclear.
    `words` are the shopper's words about this item when a message names several."""
    product = run.ctx.search.get(product_id)
    if product is None:
        return Outcome(False, f"Product {product_id} is not in the catalog.")
    outcome = _add_variant(run, product, size, color, quantity, words)
    if (run.state.intent or {}).get("references", {}).get("unasked_order"):
        # named, not asked for ("party snacks: tortilla lime chips"): the shopper sees what it is
        outcome.update["turn_products"] = [shown_product(product, _ordinal(run, product.id))]
    return outcome


def _add_variant(
    run: ToolRun,
    product: Product,
    size: str | None,
    color: str | None,
    quantity: int,
    words: str,
) -> Outcome:
    active = SearchFilters.model_validate(run.state.filters or {})
    words = words or str((run.state.intent or {}).get("text", ""))
    said = spelled_value(product, "color", words)
    if color and said and color_family(said) == color_family(color):
        color = said  # "heather gray" was said: not any gray (charcoal is gray too)
    if color and _title_word(product, color):
        color = None  # "Earl Grey Lavender Tea" in grey does not exist: "grey" names the tea
    if color and any_color(words) and not colors_in(words):
        color = None  # after "not in red": "never mind the colour, any is fine" lets red go
    size = size or spelled_value(product, "size", words, after="size")  # "size EU 42"
    size = size or size_said(product, words)  # "ringer tee black medium", "heather gray, M too"
    pending = run.state.awaiting or {}
    others = dict(pending.get("others") or {}) if pending.get("product_id") == product.id else {}
    others |= _searched_options(run, product) | spelled_options(product, words)  # "16 oz"
    size = size or others.pop("size", None)
    others.pop("size", None)
    colors = [color.lower()] if color else []
    candidates, missing = choose_variants(
        product, size, colors, preferred=active.colors, avoided=active.exclude_colors,
        others=others,
    )  # fmt: skip
    if not candidates and others and (rest := _other_option_left(product, size, colors, others)):
        options, given, gone = rest  # "lavender, 20 oz": the 32 oz in lavender is offered
        asked = _ask(product, options, given, quantity, unavailable=gone, sold_out=True)
        asked.update["awaiting"]["sold_out"] = gone  # "what about coral?" then asks, not adds
        return asked
    if not candidates:
        return _ask_again(product, size, colors, quantity)
    if missing and (kept := _same_as_in_cart(run, product, words, missing)):
        size = size or kept.get("size")  # "and the same belt in tan": the size already chosen
        colors = colors or ([kept["color"].lower()] if kept.get("color") else [])
        candidates, missing = choose_variants(product, size, colors, others=others)
    if "color" in missing and (seen := _photo_colour(run, product.id)):
        closest = nearest_colour(seen, available(candidates, "color"))  # "add this" after a photo
        if closest:
            candidates, missing = choose_variants(product, size, [closest.lower()])
    picked = ""
    if "color" in missing and any_color(words):  # "any colour is fine": choose, and say so
        candidates = pick_color(candidates)
        missing = [slot for slot in missing if slot != "color"]
        picked = str(candidates[0].options.get("color", ""))
    for slot in [s for s in missing if s in _SIZED]:
        if extreme := extreme_size(words, available(candidates, slot)):  # "the big bottle"
            size = extreme if slot == "size" else size
            others = others if slot == "size" else others | {slot: extreme}
            candidates, missing = choose_variants(product, size, colors, others=others)
    if missing:
        options = {slot: available(candidates, slot) for slot in missing}
        chosen: dict[str, str | None] = {"size": size, "color": color or picked or None}
        return _ask(product, options, chosen, quantity, others=others)
    variant = candidates[0]
    cart_id = run.state.cart_id or run.ctx.commerce.cart_for_thread(run.thread_id).id
    try:
        cart = run.ctx.commerce.add_to_cart(cart_id, product.id, variant.id, quantity)
    except OutOfStock as exc:
        # a product made one way has no variant label: no double space
        label = " ".join(f"{product.title} {variant_label(variant)}".split())
        text = f"Sorry, {label} is out of stock."
        if exc.available:
            text = (
                f"Sorry, only {exc.available} of {label} left, so I couldn't add "
                f'{quantity}. Say "add {exc.available}" to take what\'s left.'
            )
        left = {"slots": ["quantity"], "product_id": product.id, "quantity": exc.available}
        left |= {"size": variant.size, "color": variant.color, "others": others}
        # the product stays in focus: "is it in stock?", "any similar?" ask about it
        return Outcome(
            False, text, {"product": product.title}, {"awaiting": left, "focus": product.id}
        )
    except CommerceError as exc:
        return Outcome(False, f"Could not add {product.title}: {exc}.", {"product": product.title})
    data = {
        "product": product.title,
        "variant": variant_label(variant),
        "quantity": quantity,
        "unit_price": variant.price.model_dump(),
        "cart": cart_summary(cart),
    }
    if picked:
        data["picked_color"] = picked
    if shipping := shipping_after_add(_as_said(run), run.ctx.commerce.rules, cart):
        data["shipping_answer"] = shipping  # "add the socks too. does that get me free shipping?"
    if asks_stock_then_adds(_as_said(run)):
        data["stock_answer"] = f"Yes, the {product.title} is in stock."  # "in stock? I'll take 2"
    text = f"Added {quantity} × {product.title} {data['variant']} at {variant.price.format()}."
    update = {"cart_id": cart.id, "focus": product.id, "awaiting": None}
    return _reconfirm(run, cart, Outcome(True, text, data, update))  # an add at the confirmation


def _searched_options(run: ToolRun, product: Product) -> dict[str, str]:
    """Options the search for a listed product named ("the mustard diner mug, 16 oz", then "add
    it"): the 16 oz one, unless this message says another."""
    if run.state.awaiting or product.id not in {p["id"] for p in run.state.shown}:
        return {}
    return spelled_options(product, run.state.query or "")


def _title_word(product: Product, color: str) -> bool:
    """The colour word is part of the product's title and no variant comes in that colour."""
    title = f" {product.title.lower()} "
    if not re.search(rf"(?<![\w-]){re.escape(color.lower())}(?![\w-])", title):
        return False
    return not choose_variants(product, None, [color.lower()])[0]


_SAME = re.compile(r"\b(?:same|another|one more|again|as well|too)\b", re.I)


def _same_as_in_cart(
    run: ToolRun, product: Product, words: str, missing: list[str]
) -> dict[str, str]:
    """ "The same belt in tan", "another one in 36", "the L as well": the options not said now
    are those of the product's line already in the cart."""
    if not _SAME.search(words) or not run.state.cart_id:
        return {}
    lines = run.ctx.commerce.get_cart(run.state.cart_id).lines
    line = next((li for li in reversed(lines) if li.product_id == product.id), None)  # the latest
    variant = next((v for v in product.variants if line and v.id == line.variant_id), None)
    if variant is None:
        return {}
    return {slot: str(variant.options[slot]) for slot in missing if variant.options.get(slot)}


def _photo_colour(run: ToolRun, product_id: str) -> str | None:
    """The colour of the item in the shopper's photo, when this product is one of its
    look-alikes: "add this" means the shade nearest to it, not a question."""
    photo = run.state.photo or {}
    if photo.get("kind") != "item" or product_id not in (photo.get("ids") or []):
        return None
    colour = photo.get("colour")
    return str(colour) if colour else None


def _ask(
    product: Product,
    options: dict[str, list[str]],
    given: Mapping[str, str | None],
    quantity: int,
    unavailable: str = "",
    *,
    sold_out: bool = False,
    others: dict[str, str] | None = None,
) -> Outcome:
    """A question for the missing option; the pending add keeps every slot already given."""
    awaiting = {
        "slots": list(options),
        "product_id": product.id,
        "quantity": quantity,
        "size": given.get("size"),
        "color": given.get("color"),
        "others": others or {},
        "options": options,
    }
    data: dict[str, Any] = {"product": product.title, "ask": options}
    text = f"Which {' and '.join(options)}? {options}"
    if unavailable:
        data["unavailable"], data["sold_out"] = unavailable, sold_out
        gone = "is out of stock in" if sold_out else "is not available in"
        text = f"{product.title} {gone} {unavailable}. {text}"
    return Outcome(False, text, data, {"awaiting": awaiting})


def _other_option_left(
    product: Product, size: str | None, colors: list[str], others: dict[str, str]
) -> tuple[dict[str, list[str]], dict[str, str | None], str] | None:
    """The colour and size said are in stock, only not with the other option said ("lavender,
    20 oz"): that option is asked again among what is left in them, keeping colour and size."""
    if not offered(product, None, colors, stocked=False) or not any(
        all(v.options.get(key) == value for key, value in others.items()) for v in product.variants
    ):
        return None  # a value the product never comes in: asked as before
    left, _ = choose_variants(product, size, colors)
    left = [v for v in left if v.in_stock]
    options = {key: available(left, key) for key in others}
    if not left or not all(options.values()):
        return None
    said = ", ".join(filter(None, ["/".join(colors), f"size {size}" if size else None]))
    unavailable = ", ".join(filter(None, [said, *others.values()]))
    return options, {"size": size, "color": colors[0] if colors else None}, unavailable


def _ask_again(product: Product, size: str | None, colors: list[str], quantity: int) -> Outcome:
    """Nothing matches what was asked for: say so and offer what is in stock instead.

    The pending add keeps both values asked for, so "ok XL then" after "no red XXL" is red XL.
    """
    _, options = not_offered(product, size, colors)
    wanted = ", ".join(filter(None, ["/".join(colors), f"size {size}" if size else None]))
    sold_out = offered(product, size, colors, stocked=False)  # it exists, with none left
    if options:
        asked = {"size": size, "color": colors[0] if colors else None}
        return _ask(product, options, asked, quantity, unavailable=wanted, sold_out=sold_out)
    sizes = in_size_order(
        list(dict.fromkeys(v.size for v in product.variants if v.size and v.in_stock))
    )
    gone = "is out of stock in" if sold_out else "has none in stock in"
    text = f"{product.title} {gone} {wanted}."
    if sizes:
        text += f" Sizes in stock: {', '.join(sizes)}."
    return Outcome(False, text, {"product": product.title, "sizes": sizes})


def view_cart(run: ToolRun, totals: bool = False) -> Outcome:
    if not run.state.cart_id:
        if totals:  # "what do i owe so far" before any add
            text = "Your cart is empty, so there's nothing to pay yet. What can I find for you?"
            return Outcome(True, text, {"cart": None})
        return Outcome(True, "The cart is empty.", {"cart": None})
    cart = run.ctx.commerce.get_cart(run.state.cart_id)
    text = cart_text(cart)
    if totals and cart.lines:  # "what do i owe so far", "and with tax?"
        text += "\n" + totals_text(run.ctx.commerce.rules, cart)
        said = run.state.understanding.text
        if asked := budget_asked(said, cart.subtotal.currency):  # "am i still under $50?"
            amounts = {t.type: t.amount for t in run.ctx.commerce.rules.totals(cart.lines)}
            extras = counts_extras(said)
            weighed = amounts["total"] if extras else cart.subtotal
            text = budget_answer(asked, weighed, extras) + "\n" + text
        if asks_free_shipping_gap(said):  # "how far am i from free shipping"
            text = free_shipping_gap_text(run.ctx.commerce.rules, cart) + "\n" + text
        if ways := split_ways(run.state.understanding.text.lower()):  # "split it 3 ways"
            amounts = {t.type: t.amount for t in run.ctx.commerce.rules.totals(cart.lines)}
            text += "\n" + split_text(ways, cart.subtotal, amounts["total"])
    return Outcome(True, text, {"cart": cart_summary(cart)})


def change_cart_line(
    run: ToolRun, product_id: str, quantity: int, by: int = 0,
    color: str | None = None, size: str | None = None,
) -> Outcome:  # fmt: skip
    """Set a line's quantity, or change it `by` so many ("take one off"); zero removes it.

    Of two lines of one product ("drop the olive one"), the colour or size said picks one."""
    cart, line = cart_line_of(run, product_id, color, size)
    if cart is None or not cart.lines:
        return _nothing_to_change(run, cart)
    commerce = run.ctx.commerce
    refs = run.state.understanding.references
    if line is None and not product_id and len(cart.lines) == 1 and quantity and refs.pronoun:
        line = cart.lines[0]  # "oh wait, make it 3 bags actually": "it" is the only line
    if line is None:
        text = f"I'm not sure which item you mean. Your cart has:\n{cart_text(cart)}"
        return Outcome(False, text, {"cart": cart_summary(cart)})
    if by:
        quantity = max(0, line.quantity + by)
    try:
        if quantity <= 0:
            cart = commerce.remove_line(cart.id, line.id)
        else:
            cart = commerce.set_quantity(cart.id, line.id, quantity)
    except CommerceError as exc:
        return Outcome(False, f"Could not change {line.title}: {exc}.")
    data = {"product": line.title, "quantity": quantity, "cart": cart_summary(cart)}
    done = f"Removed {line.title}." if quantity <= 0 else f"{line.title} is now × {quantity}."
    rest = f"Your cart now has:\n{cart_text(cart)}" if cart.lines else "Your cart is now empty."
    changed = {"focus": line.product_id} if quantity > 0 else {}  # "take one off" means it next
    return _reconfirm(run, cart, Outcome(True, f"{done} {rest}", data, changed))


_SWAP_WORDS = re.compile(r"\b(?:swap|switch|exchange|replace|instead of|trade)\b", re.I)


def _nothing_to_change(run: ToolRun, cart: Cart | None) -> Outcome:
    """ "Take the jacket out" or "swap that for the first one" with an empty cart: say so, and
    offer the product the message names, kept in focus so "add it" takes it."""
    u = run.state.understanding
    verb = "swap" if _SWAP_WORDS.search(u.text) else "remove" if u.intent is Intent.REMOVE else ""
    text = f"Your cart is empty, so there's nothing to {verb or 'change'} yet."
    if placed := _placed_order(run):  # "can i change the size to large" after ordering
        text = (
            f"Order {placed.id} is already placed, so I can't change what's in it. If you'd like"
            ' something different, say "cancel my order" and I\'ll cancel it; then we can put'
            " what you want in a new cart."
        )
    data: dict[str, Any] = {"cart": cart_summary(cart) if cart else None, "empty": True}
    update: dict[str, Any] = {}
    named = u.references.product_ids[:1] if u.references.ordinals or verb == "swap" else []
    product = run.ctx.search.get(named[0]) if named else None
    if product is not None:
        text += f' Want the {product.title}? Say "add it" and I\'ll put it in your cart.'
        update["focus"] = product.id
    return Outcome(False, text, data, update)


def _placed_order(run: ToolRun) -> Order | None:
    """The conversation's last order, while it is placed (not cancelled)."""
    if not run.state.last_order_id:
        return None
    try:
        order = run.ctx.commerce.get_order(run.state.last_order_id)
    except CommerceError:
        return None
    return order if order.status == "placed" else None


def _reconfirm(run: ToolRun, cart: Cart, outcome: Outcome) -> Outcome:
    """A cart changed at the confirmation ("make it 2 before I pay") gets a fresh summary to
    approve, for the new total; an emptied cart ends the checkout. Never charges anything."""
    pending = run.state.pending_checkout
    if not pending:
        return outcome
    commerce = run.ctx.commerce
    with suppress(CommerceError):  # already completed or canceled: nothing is pending
        commerce.cancel_checkout(pending["session_id"])
    if not cart.lines:
        outcome.update |= {"pending_checkout": None, "awaiting": None}
        return outcome
    buyer, address = buyer_models(run.state.buyer)
    session = commerce.create_checkout(cart.id, buyer=buyer, shipping_address=address)
    summary = checkout_summary(session)
    outcome.data |= {"checkout": summary, "reconfirm": True}
    outcome.update |= {"pending_checkout": summary}
    return outcome


def cart_summary(cart: Cart) -> dict[str, Any]:
    return {
        "id": cart.id,
        "lines": [
            {
                "id": li.id,
                "product_id": li.product_id,
                "variant_id": li.variant_id,
                "title": li.title,
                "variant_title": li.variant_title,
                "quantity": li.quantity,
                "unit_price": li.unit_price.model_dump(),
                "subtotal": li.subtotal.model_dump(),
            }
            for li in cart.lines
        ],
        "subtotal": cart.subtotal.model_dump(),
    }


def cart_text(cart: Cart) -> str:
    if not cart.lines:
        return "The cart is empty."
    lines = [
        f"- {li.quantity} × {li.title}{f' ({li.variant_title})' if li.variant_title else ''}: "
        f"{li.subtotal.format()}"
        for li in cart.lines
    ]
    return "\n".join([*lines, f"Subtotal: {cart.subtotal.format()}"])


def _as_said(run: ToolRun) -> str:
    """The shopper's own words this turn: the understanding's text may be rewritten for the
    add ("first one in stock? if so add 3" read as "add 3 of the first one")."""
    said = next((m for m in reversed(run.state.messages) if m.type == "human"), None)
    content = said.content if said is not None else None
    return content if isinstance(content, str) else run.state.understanding.text


def _ordinal(run: ToolRun, product_id: str) -> int:
    return next((p["ordinal"] for p in run.state.shown if p["id"] == product_id), 0)
