"""What a shopper asks together with a photo: "add this", "this but cheaper", the kind it shows.

`analyze_photo` (agent/tools_catalog.py) reads the photo; these helpers decide what "this" is
among its look-alikes, keep the list to the kind the look-alikes agree on, look for the same
kind at a lower (or higher) price than the photographed item, and add "this" to the cart.
"""

from __future__ import annotations

import re
from typing import Any

from agent.outcome import Outcome, ToolRun, shown_product
from agent.photo_turns import look_alike_offering
from agent.photo_words import asked_limits, companion_head, of_kind_in_colour, other_kind, without
from agent.photos import KIND_QUORUM
from agent.state import listed_products, remember_shown
from agent.tools_photo_sizes import size_up
from agent.variants import choose_variants, spelled_value
from catalog.colors import color_family
from catalog.filters import SearchFilters
from catalog.model import Product
from catalog.query import ParsedQuery

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


TOP_UP_BELOW = 3
"""Fewer look-alikes than this left within the shopper's limits: others of the kind are added."""


def within_limits(run: ToolRun, products: list[Product], kind: str | None) -> list[Product]:
    """The look-alikes within the price said and without what is ruled out ("like this but not
    leather", "these but not from Auralis"); when few are left, more of the photo's kind that
    meet them, so the list keeps to the kind instead of going empty."""
    limits = asked_limits(run.state.understanding)
    if limits.is_empty():
        return products
    low, high = limits.price_min, limits.price_max
    fits = [
        p for p in without(products, run.state.understanding)
        if (low or 0) <= p.min_price.amount <= (p.min_price.amount if high is None else high)
    ]  # fmt: skip
    if len(fits) >= TOP_UP_BELOW or not kind:
        return fits
    limits.categories = [kind]
    hits = run.ctx.search.search(kind, limits, limit=PRICED_LIMIT * 2).hits
    known = {p.id for p in fits}
    more = without([h.product for h in hits if h.product.id not in known], run.state.understanding)
    return [*fits, *more][:PRICED_LIMIT]


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

    filters: dict[str, Any] = run.state.filters or {}
    sizes = filters.get("sizes") or []
    listed_size = sizes[0] if len(sizes) == 1 else None  # "do they come in a 9?", then "add them"
    product_id = run.state.focus if run.state.photo else None
    if product_id:  # "the grey is fine, add it in L": the look-alike that comes so, if one
        product_id, named = look_alike_offering(
            run.state, run.state.understanding, run.ctx.search, product_id
        )
        color = named or color
    picked = None if product_id else family_pick(run, size or listed_size, color)
    product_id = product_id or picked
    if not product_id:
        return Outcome(
            False,
            "Which one do you mean? The photo matches several products.",
            {"ask_which": True},
        )
    product = run.ctx.search.get(product_id)
    said = spelled_value(product, "size", str(run.state.understanding.text)) if product else None
    with_unit = said if said and re.search(r"\d", said) and re.search(r"[^\W\d_]", said) else None
    added = add_to_cart(
        run,
        product_id,
        size=size or with_unit or listed_size,  # "in 15 lb"
        color=color,
        quantity=quantity,
    )
    if picked:  # the reply says it is the closest match, so a wrong guess is easy to correct
        added.update["photo"] = {**(run.state.photo or {}), "closest": picked}
    return added


def family_pick(run: ToolRun, size: str | None, color: str | None) -> str | None:
    """The look-alike "this" means when none leads and they differ in kind, but most are of one
    family (running shoes and sneakers are footwear): the best one of that family that comes in
    the size and colour asked, in the photo's colour when it can. None when they agree on
    nothing."""
    photo = run.state.photo or {}
    if photo.get("kind") != "item" or photo.get("unsure_kind"):
        return None  # the kind itself is unclear: "which one?" rather than a guess
    found = (run.ctx.search.get(str(i)) for i in photo.get("ids") or [])
    products = [p for p in found if p is not None and len(p.category) > 1]
    families = [tuple(p.category[:-1]) for p in products]
    if not families or sum(f == families[0] for f in families) < KIND_QUORUM:
        return None
    family = [p for p in products if tuple(p.category[:-1]) == families[0]]
    seen = photo.get("colour")
    tries = [[color.lower()]] if color else ([[str(seen).lower()], []] if seen else [[]])
    for colours in tries:
        for product in family:
            variants, _ = choose_variants(product, size, colours)
            if any(v.in_stock for v in variants):
                return product.id
    return None


def follow_words(
    run: ToolRun,
    data: dict[str, Any],
    update: dict[str, Any],
    known: str | None,
    colour: str | None,
    asked: dict[str, list[str]],
) -> None:
    """What the words with the photo ask instead of its look-alikes: another kind to match
    ("towels in the same colour as this pillow"), or the same kind cheaper or pricier than the
    photographed item (than every look-alike when it is unclear which one the photo shows)."""
    u = run.state.understanding
    search = run.ctx.search
    look_alikes = listed_products(search, update["shown"])
    own_kind = data.get("look_alike_kind") or next((p.category[-1] for p in look_alikes[:1]
                                                   if p.category), None)  # fmt: skip
    leaves = other_kind(search, u.text, own_kind) if data.get("kind") == "item" else []
    head = companion_head(u.text)
    if leaves and head is not None:
        found = without(of_kind_in_colour(search, head.phrase, leaves, colour), u)
        if found:
            data["matching"] = {"kind": head.phrase, "colour": colour}
            _show(run, data, update, found, query=head.phrase)
            return
    if (u.slots.bigger or u.slots.smaller) and look_alikes:  # "this but bigger"
        sure = known or (update.get("focus") if data.get("look_alike_kind") else None)
        anchor = search.get(sure) if sure else None
        if anchor is not None and (sized := size_up(run, data, anchor)) is not None:
            _show(run, data, update, sized, query=data["sized_kind"])
            update["focus"] = anchor.id if [p.id for p in sized] == [anchor.id] else None
        return
    if not (u.slots.cheaper or u.slots.pricier) or not look_alikes:
        return
    if (u.slots.price_max if u.slots.cheaper else u.slots.price_min) is not None:
        return  # "like this but cheaper, under 150": the price said is the limit, already kept
    anchors = [search.get(known)] if known else []
    if not anchors:  # unclear which look-alike it is: cheaper than all of them, else than most
        anchors = sorted(look_alikes, key=lambda p: p.min_price.amount, reverse=u.slots.pricier)
    candidates = [a for a in anchors[:2] if a is not None and a.category]
    if not candidates:
        return
    anchor, priced = candidates[0], []
    for candidate in candidates:  # "like this but cheaper": the same kind, priced below it
        kind = candidate.category[-1]
        colors = asked.get("colors") or []
        priced = priced_like(run, candidate, kind, cheaper=u.slots.cheaper, colors=colors)
        if priced:
            anchor = candidate
            break
    data |= {"priced": "cheaper" if u.slots.cheaper else "pricier"}
    data["anchor"] = {
        "title": anchor.title,
        "price": anchor.min_price.model_dump(),
        "unsure": "" if known else ("all" if anchor is candidates[0] else "most"),
    }
    _show(run, data, update, without(priced, u), query=anchor.category[-1])
    update["focus"] = None


def _show(
    run: ToolRun, data: dict[str, Any], update: dict[str, Any], products: list[Product], query: str
) -> None:
    shown = [shown_product(p, i + 1) for i, p in enumerate(products[:PRICED_LIMIT])]
    data["products"] = shown
    update |= {"shown": shown, "turn_products": shown, "query": query}
    update["seen"] = remember_shown(run.state.seen, shown)


def look_alikes_asked(run: ToolRun, refined: ParsedQuery, said: SearchFilters) -> Any:
    """ "Do they come in a size 9?" while the photo's look-alikes are the list: those of them
    that do, in the photo's order (None when the list is not the photo's, the message asks more
    than a size or colour, or none of them has it)."""
    photo = run.state.photo or {}
    ids = [str(i) for i in photo.get("ids") or []]
    listed = {p["id"] for p in run.state.shown}
    if photo.get("kind") != "item" or not listed or not listed <= set(ids):
        return None
    asks_more = said.categories or said.brands or said.price_min or said.price_max
    if not (said.sizes or said.colors) or asks_more:
        return None
    scope: dict[str, Any] = {"product_ids": [i for i in ids if i in listed], "categories": []}
    own_colour = refined.filters.colors and not said.colors
    tries = [scope, scope | {"colors": []}] if own_colour else [scope]
    for limits in tries:  # the photo's own colour only while some of them come in it
        within = refined.model_copy(update={"filters": refined.filters.model_copy(update=limits)})
        result = run.ctx.search.search(within, limit=len(ids))
        if result.hits:
            result.hits.sort(key=lambda h: ids.index(h.product.id))
            return result
    return None
