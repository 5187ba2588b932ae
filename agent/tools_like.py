"""The `search_like` tool: others of a listed product's kind, within the limits said ("anything
similar to the third one but cheaper", "more like the 2nd one", "like that but for kids").

The anchor's title ranks the kind by likeness; "cheaper"/"pricier" are measured against the
anchor's own price, not the list's; words the shopper adds ("kids", "waterproof") keep the
products whose record holds them, when some do. The anchor itself is not listed again.
"""

from __future__ import annotations

from typing import Any

from agent.carried import POOL
from agent.kind_scope import feature_wants, with_features
from agent.kinds import request_terms
from agent.outcome import Outcome, ToolRun, money_text, shown_product
from agent.search_kind import SHOW_LIMIT, in_stock_first
from agent.shades import in_shades_said
from agent.state import remember_shown
from catalog.filters import SearchFilters
from catalog.model import Product
from catalog.payload import product_words
from catalog.query_variants import size_key


def search_like(run: ToolRun, product_id: str, words: str = "") -> Outcome:
    """Products like the anchor, of its kind, within the limits said."""
    search = run.ctx.search
    anchor = search.get(product_id)
    if anchor is None or not anchor.category:
        from agent.tools_catalog import search_products

        return search_products(run, words or run.state.query, refine=True)
    limits = _limits(run, anchor)
    query = " ".join([words, anchor.title]).strip()
    hits, other_colours = _like(search, query, limits, anchor), ""
    if not hits and limits.colors and not run.state.understanding.slots.colors:
        # A colour carried from the list or read off a photo ("probably silver"), not said now,
        # only if it leaves any: "anything cheaper like it" shows the cheaper ones in any colour.
        other_colours = f" (none in {' or '.join(limits.colors)}, so in other colours)"
        limits = limits.model_copy(update={"colors": []})
        hits = _like(search, query, limits, anchor)
    said = run.state.understanding
    hits = in_shades_said(hits, said.slots.color_words, said.text)  # "but in navy": not teal
    hits = _holding(hits, words)
    hits = with_features(hits, feature_wants(words, limits.exclude_words, hits))
    hits = in_stock_first(hits, query)[:SHOW_LIMIT]
    wanted = _wanted_text(run, anchor, words)
    if not hits:
        return Outcome(
            True,
            f"I couldn't find anything like the {anchor.title}{wanted}. Shall I widen the search?",
            {"products": [], "like": anchor.id},
            {"focus": anchor.id},
        )
    shown = [shown_product(h.product, i + 1, h.variant_ids) for i, h in enumerate(hits)]
    lines = [f"Like the {anchor.title}{wanted}{other_colours}:"]
    lines += [
        f"{p['ordinal']}. {p['title']} — {money_text(p['price'])}"
        + ("" if p["in_stock"] else " — out of stock")
        for p in shown
    ]
    lines.append('Ask about any of them, or say "add the first one".')
    update: dict[str, Any] = {
        "query": anchor.category[-1].lower(),
        "filters": limits.model_dump(),
        "shown": shown,
        "seen": remember_shown(run.state.seen, shown),
        "compared": [],
        "focus": None,
        "turn_products": shown,
    }
    data = {"products": shown, "refine": True, "like": anchor.id}
    return Outcome(True, "\n".join(lines), data, update)


def _like(search: Any, query: str, limits: SearchFilters, anchor: Product) -> list[Any]:
    hits = search.search(query, limits, limit=POOL).hits
    return [h for h in hits if h.product.id != anchor.id]


def _limits(run: ToolRun, anchor: Product) -> SearchFilters:
    """The anchor's kind, with the list's limits and those said now; "cheaper" is below the
    anchor's price, "pricier" above it, unless a price is said."""
    u = run.state.understanding
    slots, neg = u.slots, u.negations
    active = SearchFilters.model_validate(run.state.filters or {})
    limits = active.model_copy(update={"categories": [anchor.category[-1]], "product_ids": []})
    price = anchor.min_price.amount
    if slots.cheaper:
        limits.price_min, limits.price_max = None, max(price - 1, 0)
    elif slots.pricier:
        limits.price_min, limits.price_max = price + 1, None
    if slots.price_min is not None or slots.price_max is not None:
        limits.price_min, limits.price_max = slots.price_min, slots.price_max
    if slots.colors:
        limits.colors = list(slots.colors)
    stocked = {size_key(s): s for s in run.ctx.search.index.vocabulary().sizes}
    if slots.size and (size := stocked.get(size_key(slots.size))):
        limits.sizes = [size]
    limits.exclude_colors = list(dict.fromkeys([*limits.exclude_colors, *neg.colors]))
    limits.exclude_brands = list(dict.fromkeys([*limits.exclude_brands, *neg.brands]))
    ruled_out = [*limits.exclude_words, *neg.materials, *neg.words]
    limits.exclude_words = list(dict.fromkeys(ruled_out))
    return limits


def _holding(hits: list[Any], words: str) -> list[Any]:
    """The hits whose record holds the shopper's own words ("kids"), when some do."""
    terms = set(request_terms(words))
    held = [h for h in hits if terms & set(product_words(h.product))]
    return held or hits


def _wanted_text(run: ToolRun, anchor: Product, words: str) -> str:
    """ "but cheaper than its $188.99 (kids)": what the list was asked to be."""
    slots = run.state.understanding.slots
    price = money_text(anchor.min_price.model_dump())
    said_price = slots.price_min is not None or slots.price_max is not None
    bits = []
    if slots.cheaper and not said_price:
        bits.append(f"but cheaper than its {price}")
    elif slots.pricier and not said_price:
        bits.append(f"but pricier than its {price}")
    if words:
        bits.append(f"({words})")
    return (" " + " ".join(bits)) if bits else ""
