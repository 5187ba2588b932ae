"""A pick by place past the end of what was shown ("the second one, x2" when one product was
shown): the shopper is told how many were shown and asked which one, never given another."""

from __future__ import annotations

from agent.state import ShoppingState
from agent.understanding import Understanding


def picks_past_list(understanding: Understanding) -> bool:
    """A place was said ("the 2nd") but no shown product stands there."""
    refs = understanding.references
    return bool(refs.ordinals) and not refs.product_ids and not refs.names_product


def past_list_text(state: ShoppingState) -> str:
    """How many were shown, and the question which one."""
    titles = {p["id"]: p["title"] for p in [*state.seen, *state.shown]}
    if state.shown:
        shown = [p["title"] for p in state.shown]
        if len(shown) == 1:
            return f"I only showed one product, the {shown[0]}. Is that the one you mean?"
        named = ", ".join(f"{n}. {title}" for n, title in enumerate(shown, 1))
        return f"I only showed {len(shown)} products ({named}); which one do you mean?"
    if state.focus:
        title = titles.get(state.focus)
        one = f"the {title}" if title else "one product"
        return f"I only showed you {one}. Is that the one you mean?"
    return "There's no list to pick from yet. What are you looking for?"
