"""The turns right after a photo that are about the photographed item rather than a new search:
"a bigger version of this?" and "what's it made of?" when the best look-alike is only the
closest."""

from __future__ import annotations

from agent.state import ShoppingState
from agent.understanding import Intent, Understanding


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
