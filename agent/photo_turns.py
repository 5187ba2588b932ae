"""The turns right after a photo that are about the photographed item rather than a new search:
"a bigger version of this?", "what's it made of?" when the best look-alike is only the
closest, and "add it in L" when only another look-alike has it."""

from __future__ import annotations

import re
from typing import Any

from agent.state import ShoppingState, listed_products
from agent.understanding import Intent, Understanding
from agent.variants import offered
from catalog.payload import normalise_size


def photo_runner_up(state: ShoppingState, u: Understanding) -> list[str]:
    """ "What's it made of?" after a photo whose best look-alike is only the closest: the next
    look-alike is answered for too, so a wrong guess does not pass for a fact."""
    photo, refs = state.photo or {}, u.references
    closest = photo.get("closest")
    if not closest or refs.product_ids != [closest] or refs.ordinals or refs.names_product:
        return []
    if photo.get("kind") != "item" or state.focus != closest:
        return []
    return [str(i) for i in photo.get("ids") or [] if i != closest][:1]


_SIZES_OF = {Intent.SEARCH, Intent.REFINE, Intent.PRODUCT_QUESTION}


def sizes_the_photographed(state: ShoppingState, u: Understanding) -> bool:
    """ "This but bigger", "got a smaller one?" while the photo's look-alikes are still the list:
    about the photographed item, not a new search; a colour, price or product named is not."""
    slots, refs, photo = u.slots, u.references, state.photo or {}
    if u.intent not in _SIZES_OF or not (slots.bigger or slots.smaller) or slots.size:
        return False
    if refs.ordinals or refs.photo or photo.get("kind") != "item":
        return False
    if refs.product_ids and refs.product_ids != [state.focus]:  # "this" is the photo's item
        return False
    if slots.colors or slots.price_min is not None or slots.price_max is not None:
        return False
    listed = {p["id"] for p in state.shown}
    return bool(listed) and listed <= set(photo.get("ids") or [])


def look_alike_offering(
    state: ShoppingState, u: Understanding, search: Any, meant: str
) -> tuple[str, str | None]:
    """ "Add it in L" (grey, as the photo is) after look-alikes none of which is surely the
    photographed one: when the one "it" fell on has no such variant in stock and exactly one
    other look-alike listed does, that one is the shopper's, with the colour it has by the name
    said ("heather gray"); else the one meant."""
    slots, photo = u.slots, state.photo or {}
    if not (slots.size or slots.colors) or u.references.ordinals or u.references.names_product:
        return meant, None
    listed = {p["id"] for p in state.shown}
    if photo.get("kind") != "item" or meant not in listed:
        return meant, None
    if not listed <= set(photo.get("ids") or []):
        return meant, None
    colours = slots.colors or slots.color_words
    having = [
        p
        for p in listed_products(search, state.shown)
        if offered(p, slots.size, colours, stocked=True)
    ]
    words = [_GREY.sub("gray", w.lower()) for w in slots.color_words]
    named = [p for p in having if _offers_named(p, slots.size, words)]
    having = named or having  # "grey" is the heather gray one, not the charcoal one
    if len(having) != 1 or having[0].id == meant:
        return meant, None
    said = [str(v.color) for v in having[0].variants if named and _names(v.color, words)]
    return having[0].id, (said[0] if len(set(said)) == 1 else None)


_GREY = re.compile(r"\bgrey\b")


def _offers_named(product: Any, size: str | None, words: list[str]) -> bool:
    """In stock in the size in a colour whose name holds a word said."""
    wanted = normalise_size(size) if size else None
    return any(
        v.in_stock
        and _names(v.color, words)
        and (wanted is None or (v.size is not None and normalise_size(v.size) == wanted))
        for v in product.variants
    )


def _names(colour: str | None, words: list[str]) -> bool:
    """Whether a variant's colour name holds a colour word said ("heather gray": "grey")."""
    name = _GREY.sub("gray", (colour or "").lower())
    return any(re.search(rf"\b{re.escape(w)}\b", name) for w in words)
