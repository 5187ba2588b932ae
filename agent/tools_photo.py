"""What a shopper asks together with a photo: "add this", "this but cheaper", the kind it shows.

`analyze_photo` (agent/tools_catalog.py) reads the photo; these helpers decide what "this" is
among its look-alikes, keep the list to the kind the look-alikes agree on, look for the same
kind at a lower (or higher) price than the photographed item, and add "this" to the cart.
"""

from __future__ import annotations

import re
from typing import Any

from agent.outcome import Outcome, ToolRun
from agent.variants import spelled_value
from catalog.colors import color_family
from catalog.filters import SearchFilters
from catalog.model import Product

PRICED_LIMIT = 5


def of_agreed_kind(products: list[Product], kind: str | None) -> list[Product]:
    """Only the look-alikes of the kind most of them share (a hoodie photo lists no tee); all of
    them when they agree on none."""
    if not kind:
        return products
    return [p for p in products if p.category and p.category[-1] == kind] or products


def in_photo_colour(products: list[Product], colour: str | None) -> Product | None:
    """The first look-alike that comes in the photo's colour: a pink pair of headphones is not
    the silver one ranked above it."""
    family = color_family(colour) if colour else None
    if family is None:
        return None
    for product in products:
        if any(color_family(v.color) == family for v in product.variants if v.color):
            return product
    return None


def priced_like(
    run: ToolRun, anchor: Product, kind: str, *, cheaper: bool, colors: list[str]
) -> list[Product]:
    """Products of the photographed kind below (or above) the photographed item's price,
    nearest price first ("something like this but cheaper")."""
    price = anchor.min_price.amount
    low, high = (None, price - 1) if cheaper else (price + 1, None)
    found: list[Product] = []
    for colour_filter in [colors, []] if colors else [[]]:  # the colour only if it leaves any
        filters = SearchFilters(
            categories=[kind], colors=colour_filter, price_min=low, price_max=high
        )
        hits = run.ctx.search.search(kind, filters, limit=20).hits
        found = [h.product for h in hits if h.product.id != anchor.id]
        if found:
            break
    found.sort(key=lambda p: abs(p.min_price.amount - price))
    return found[:PRICED_LIMIT]


def add_photo_match(
    run: ToolRun,
    size: str | None = None,
    color: str | None = None,
    quantity: int = 1,
) -> Outcome:
    """Add what the photo just read shows ("add 2 of these in 15 lb"); ask when unsure."""
    from agent.tools_cart import add_to_cart

    product_id = run.state.focus if run.state.photo else None
    if not product_id:
        return Outcome(
            False,
            "Which one do you mean? The photo matches several products.",
            {"ask_which": True},
        )
    filters: dict[str, Any] = run.state.filters or {}
    sizes = filters.get("sizes") or []
    product = run.ctx.search.get(product_id)
    said = spelled_value(product, "size", str(run.state.understanding.text)) if product else None
    with_unit = said if said and re.search(r"\d", said) and re.search(r"[^\W\d_]", said) else None
    return add_to_cart(
        run,
        product_id,
        size=size or with_unit or (sizes[0] if len(sizes) == 1 else None),  # "in 15 lb"
        color=color,
        quantity=quantity,
    )
