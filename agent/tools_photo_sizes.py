"""The photo's side of "this but bigger": the words with a photo (`analyze_photo`) or the turn
right after it (`photo_size_up`) measured on the photographed item (`agent.photo_sizes`)."""

from __future__ import annotations

from typing import Any

from agent.outcome import Outcome, ToolRun, shown_product
from agent.photo_sizes import sized_like
from agent.state import remember_shown
from catalog.model import Product


def size_up(run: ToolRun, data: dict[str, Any], anchor: Product) -> list[Product] | None:
    """ "This but bigger" (or smaller) about the photographed item: the products to list (its
    other sizes, bigger ones of its kind), or None when its record gives no size, said in
    `data` above the look-alikes."""
    bigger = run.state.understanding.slots.bigger
    sized = sized_like(run.ctx.search, anchor, bigger)
    kind = anchor.category[-1] if anchor.category else anchor.title
    data["sized_kind"] = kind.lower()
    if sized is None:
        word = "bigger" if bigger else "smaller"
        data["sized"] = (
            f"The catalog doesn't give sizes for {kind.lower()}, so I can't tell which is {word}."
        )
        data["sized_apart"] = True  # the look-alikes stay listed below it
        return None
    data["sized"] = sized.text
    return sized.products


def photo_size_up(run: ToolRun, bigger: bool = True) -> Outcome:
    """ "A bigger version of this?" right after a photo: about the item it showed (its best
    look-alike when the look-alikes agreed on a kind); else a refinement of the list."""
    photo = run.state.photo or {}
    listed = [str(p["id"]) for p in run.state.shown]
    focus = run.state.focus if run.state.focus in listed else None
    sure = focus or (listed[0] if listed and photo.get("look_alike_kind") else None)
    anchor = run.ctx.search.get(sure) if sure else None
    if anchor is None:
        from agent.tools_catalog import search_products

        return search_products(run, run.state.query, refine=True)
    data: dict[str, Any] = {}
    products = size_up(run, data, anchor)
    if products is None:
        return Outcome(True, data["sized"], {"products": []}, {"focus": anchor.id})
    shown = [shown_product(p, i + 1) for i, p in enumerate(products)]
    update = {
        "shown": shown,
        "turn_products": shown,
        "query": data["sized_kind"],
        "seen": remember_shown(run.state.seen, shown),
        "focus": anchor.id if [p.id for p in products] == [anchor.id] else None,
    }
    return Outcome(True, data["sized"], {"products": shown}, update)
