"""What a search shows when its plain hits would mislead: another kind sharing a word, a
colour the kind does not come in, nothing within the shopper's limits."""

from __future__ import annotations

from typing import Any

from agent.carried import NEAREST, POOL, asked_kind, kind_sold
from agent.kind_colours import colour_fallback
from agent.outcome import Outcome, ToolRun, numbered, shown_product
from agent.state import remember_shown
from catalog.payload import product_words
from catalog.query import ParsedQuery

SHOW_LIMIT = 5


def of_the_kind_asked(run: ToolRun, hits: list[Any], text: str) -> list[Any]:
    """ "Insulated winter jacket under 80": only jackets, never the insulated mugs that share a
    word, when the store sells the kind named; [] when none of that kind is within the limits
    (the caller then offers the kind beyond them)."""
    head = asked_kind(text)
    if head is None or not hits:
        return hits
    kind = [h for h in hits if head.term in set(product_words(h.product))]
    if len(kind) == len(hits) or not kind_sold(run, text):  # cheap case first: all of it
        return hits
    return kind


def searched(result: Any) -> dict[str, Any]:
    """The search stays active (its limits too), so "ok, under 100 then?" refines it."""
    return {"query": result.query.text, "filters": result.filters.model_dump(), "compared": []}


def nearest_beyond(run: ToolRun, result: Any, beyond: list[Any], update: dict[str, Any]) -> Outcome:
    """Nothing within the price/colour/size limits: the kind's nearest products beyond them."""
    nearest = [shown_product(h.product, i + 1) for i, h in enumerate(beyond[:NEAREST])]
    data = {"unmet": True, "products": nearest, "wanted": result.query.text,
            "filters": result.filters.model_dump()}  # fmt: skip
    update = update | {"shown": nearest, "turn_products": nearest}
    update["seen"] = remember_shown(run.state.seen, nearest)
    return Outcome(True, "Nothing within those limits; nearest: " + numbered(nearest), data, update)


def colour_not_in_kind(
    run: ToolRun, parsed: ParsedQuery, kind: list[str], colours: list[str]
) -> Outcome:
    """None of the kind comes in the colour: say so, and list the kind in its nearest colours
    (the active search without the colour), never another kind that does."""
    hits, nearest = colour_fallback(run.ctx.search, parsed, kind, colours, POOL)
    hits = sorted(hits, key=lambda h: not buyable(h))[:SHOW_LIMIT]
    shown = [shown_product(h.product, i + 1) for i, h in enumerate(hits)]
    filters = parsed.filters.model_copy(update={"colors": [], "categories": kind})
    data = {
        "products": shown,
        "refine": True,
        "colour_missing": {"kind": kind[0].lower(), "colors": colours, "nearest": nearest},
    }
    update: dict[str, Any] = {
        "query": parsed.text,
        "filters": filters.model_dump(),
        "shown": shown or run.state.shown,
        "seen": remember_shown(run.state.seen, shown),
        "compared": [],
        "focus": None,
        "turn_products": shown,
    }
    text = f"No {kind[0].lower()} in {'/'.join(colours)}; nearest colours: {', '.join(nearest)}."
    return Outcome(True, text, data, update)


def buyable(hit: Any) -> bool:
    """A variant that matched the shopper's filters can be bought now."""
    ids = set(hit.variant_ids)
    return any(v.in_stock for v in hit.product.variants if not ids or v.id in ids)
