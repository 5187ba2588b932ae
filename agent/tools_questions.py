"""Tools for questions about one product and for changing a cart line's variant."""

from __future__ import annotations

from typing import Any

from agent.answers import answer
from agent.attribute_values import catalog_values, value_answer
from agent.cart_lines import cart_line_of
from agent.kinds import title_head
from agent.named_colours import colour_names_of, names_only
from agent.outcome import Outcome, ToolRun, money_text, shown_product
from agent.state import products_of
from agent.tools_cart import cart_summary, cart_text
from agent.variants import (
    choose_variants,
    offered,
    size_said,
    spelled_options,
    variant_label,
    why_unchanged,
)
from catalog.model import Product
from catalog.sparse import tokenize
from commerce.errors import CommerceError

_TITLE_SHARE = 0.6


def answer_question(
    run: ToolRun, product_id: str, question: str, also: list[str] | None = None
) -> Outcome:
    """Answer from the product's own record; a product named but not yet shown is looked up.
    `also`: the other listed products asked about ("do they come bigger?"), answered in turn."""
    if also:
        each = _answer_each(run, [product_id, *also])
        if each.ok or (run.state.photo or {}).get("closest") != product_id:
            return each  # a photo's closest match with no answer for its runner-up: its own
    product = run.ctx.search.get(product_id) if product_id else _named_in_catalog(run, question)
    if product is None and not product_id and not run.state.shown:
        from agent.tools_catalog import search_products

        return search_products(run, question)
    if product is None:
        return Outcome(False, "Which product do you mean?", {"which": True})
    from agent.tools_catalog import product_facts

    facts = product_facts(product)
    reply = _answer(run, product)
    ordinal = next((p["ordinal"] for p in run.state.shown if p["id"] == product.id), 0)
    update = {"focus": product.id, "turn_products": [shown_product(product, ordinal)]}
    data = {"product": facts, "answer": reply}
    return Outcome(True, reply or f"Facts about {product.title}.", data, update)


def _answer(run: ToolRun, product: Product) -> str:
    """The record's answer; where it can't say whether the product is what was asked, the value
    the catalog keeps that under ("stability shoe?": its support)."""
    understanding = run.state.understanding
    reply = answer(product, understanding, money_text)
    if not reply.startswith("The catalog doesn't say"):
        return reply
    slots = understanding.slots
    asked = [*slots.asked, *slots.options_asked]
    values = catalog_values(run.ctx.search)
    return value_answer(product, asked, values, either=bool(slots.options_asked)) or reply


def _answer_each(run: ToolRun, product_ids: list[str]) -> Outcome:
    """One answer per listed product; the list stays as it is, with no one product in focus."""
    products = products_of(run.ctx.search, product_ids)
    replies = [_answer(run, p) for p in products]
    if not products or not all(replies):
        return Outcome(False, "Which product do you mean?", {"which": True})
    from agent.tools_catalog import product_facts

    reply = " ".join(replies)
    if (run.state.photo or {}).get("closest") == products[0].id:  # unclear which one it shows
        reply = f"I can't tell for sure which of these your photo shows, so for both: {reply}"
    listed = {p["id"]: p["ordinal"] for p in run.state.shown}
    shown = [shown_product(p, listed.get(p.id, 0)) for p in products]
    data = {"product": product_facts(products[0]), "answer": reply}
    return Outcome(True, reply, data, {"turn_products": shown})


def _named_in_catalog(run: ToolRun, question: str) -> Product | None:
    """ "Is the French roast whole bean or ground?": the product most of whose title is quoted."""
    result = run.ctx.search.search(question, limit=3)
    said = set(tokenize(question))
    for hit in result.hits:
        title = set(tokenize(hit.product.title))
        if title and len(title & said) / len(title) >= _TITLE_SHARE and len(title & said) >= 2:
            return hit.product
    return None


def _share(terms: set[str], product: Product) -> float:
    """How much of what the shopper named a product's title (then its category) holds."""
    title = set(tokenize(product.title))
    kind = {t for name in product.category for t in tokenize(name)}
    return (len(terms & title) + 0.5 * len(terms & (kind - title))) / len(terms)


def change_variant(
    run: ToolRun,
    product_id: str,
    size: str | None = None,
    color: str | None = None,
    moved: int | None = None,
) -> Outcome:
    """Swap a cart line to another size or colour of the same product, keeping its quantity; with
    `moved` fewer than the line holds ("one of them in navy"), only those, the rest staying."""
    words = str((run.state.intent or {}).get("text", ""))
    new = frozenset(v.lower() for v in (size, color) if v)
    cart, line = cart_line_of(run, product_id, words=words, new=new)
    if cart is None:
        return Outcome(False, "Your cart is empty.")
    commerce = run.ctx.commerce
    product = run.ctx.search.get(product_id)
    several = [li for li in cart.lines if li.product_id == product_id]
    if line is None and product is not None and len(several) > 1:
        which = " or ".join(li.variant_title or li.title for li in several)
        return Outcome(False, f"You have {product.title} in {which}. Which one should I change?")
    if line is None or product is None:
        return Outcome(False, "That item is not in your cart.")
    current = next((v for v in product.variants if v.id == line.variant_id), None)
    if size and not any(v.size for v in product.variants):  # a mug's next size up: "16 oz"
        words, size = f"{words} {size}", None
    keep_size = size or (current.size if current and not color else None) or None
    keep_color = color or (current.color if current and not size else None)
    if size and current and current.color and not color:
        keep_color = current.color
    if color and current and current.size and not size:
        keep_size = current.size
    colors = [keep_color.lower()] if keep_color else []
    others = {k: v for k, v in spelled_options(product, words).items() if k != "size"}
    if others and current is not None:  # "the 32 oz one instead": same colour and size
        keep_size = size or current.size
        colors = colors or ([current.color.lower()] if current.color else [])
    kept = {**_other_options(current), **others}  # a sage 16 oz mug in sky blue: the 16 oz
    candidates: list[Any] = []
    for held in dict.fromkeys([tuple(kept.items()), tuple(others.items())]):
        found, _ = choose_variants(product, keep_size, colors, others=dict(held))
        candidates = candidates or [v for v in found if v.id != line.variant_id and v.in_stock]
    if not candidates:
        asked = [color.lower()] if color else []
        return Outcome(False, why_unchanged(product, current, size, asked))
    variant = candidates[0]
    splits = moved is not None and moved < line.quantity
    try:
        commerce.add_to_cart(cart.id, product.id, variant.id, moved if splits else line.quantity)
        if splits:
            cart = commerce.set_quantity(cart.id, line.id, line.quantity - (moved or 0))
        else:
            cart = commerce.remove_line(cart.id, line.id)
    except CommerceError as exc:
        return Outcome(False, f"Could not change {product.title}: {exc}.")
    label = variant_label(variant)
    data = {"product": product.title, "variant": label, "cart": cart_summary(cart)}
    if splits:
        data["moved"] = moved
    text = f"Changed {product.title} to {label}. {cart_text(cart)}"
    was = {"product_id": str(product.id), "variant": line.variant_title or ""}
    return Outcome(True, text, data, {"focus": product.id, "changed_from": was})


def _other_options(current: Any) -> dict[str, str]:
    """The line's values of options other than colour and size ("capacity": "16 oz"), which a
    change of colour or size keeps when the product comes in them."""
    if current is None:
        return {}
    return {k: v for k, v in current.options.items() if k not in {"color", "size"} and v}


def add_by_name(
    run: ToolRun,
    query: str,
    size: str | None = None,
    color: str | None = None,
    quantity: int = 1,
    cheapest: bool = False,
) -> Outcome:
    """ "Add 3 socks in black" with no socks listed: add the product the words clearly name,
    else list the candidates so the shopper can pick. "The cheapest yoga mat, in lavender": the
    cheapest of the kind that has the colour and size in stock."""
    from agent.tools_cart import add_to_cart
    from agent.tools_catalog import on_topic, search_products

    if color and names_only(query, color, colour_names_of(run.ctx.search)):
        color = None  # "add an orange juice": the juice called so, not a juice in orange
    result = run.ctx.search.search(query, limit=10 if cheapest else 5)
    hits = on_topic(result.hits, result.query.text)
    if cheapest and (low := _cheapest(hits, result.query.text, size, color)) is not None:
        return add_to_cart(run, low.id, size, color, quantity)
    terms = set(tokenize(result.query.text))
    if hits and terms:
        shares = [_share(terms, h.product) for h in hits]
        top = max(shares)
        tied = [h.product for h, share in zip(hits, shares, strict=True) if share == top]
        chosen = _one_of(tied, size, color)
        if top >= _TITLE_SHARE and chosen is not None:
            return add_to_cart(run, chosen.id, size, color, quantity)
    if size is None and hits:  # "… in my cart, charcoal M": the size as the nearest one has it
        size = size_said(hits[0].product, str((run.state.intent or {}).get("text", "")))
    said: dict[str, Any] = {k: v for k, v in (("size", size), ("color", color)) if v}
    return search_products(run, query, **said)  # kept for "add the first one"


def _cheapest(hits: list[Any], asked: str, size: str | None, color: str | None) -> Product | None:
    """The cheapest hit of the kind asked for ("kettle" is no Kettle Chips) with the colour and
    size in stock."""
    terms = set(tokenize(asked))
    colors = [color.lower()] if color else []
    stocked = [
        h.product
        for h in hits
        if set(tokenize(title_head(h.product.title) or "")) & terms
        and offered(h.product, size, colors, stocked=True)
    ]
    if not stocked:
        return None
    return min(stocked, key=lambda p: min(v.price.amount for v in p.variants))


def _one_of(tied: list[Product], size: str | None, color: str | None) -> Product | None:
    """The one product the words name: the only best match, else the only one of equally named
    products that has the size and colour in stock, else the first of products titled alike
    (the shopper cannot tell those apart; the add then says what is in stock)."""
    if len(tied) == 1:
        return tied[0]
    colors = [color.lower()] if color else []
    stocked = [p for p in tied if offered(p, size, colors, stocked=True)]
    if len(stocked) == 1:
        return stocked[0]
    if len({p.title.lower() for p in tied}) == 1:
        return (stocked or tied)[0]
    return None
