""" "something smaller, for peeling apples", "any in pink? she loves pink", "under 80 if
possible": a comparative, a colour or a budget said right after a list, amid words that name
nothing the catalog sells, narrows that list; the rest is the shopper's talk, not a search."""

from __future__ import annotations

from typing import Any

from agent.kinds import judge_for
from agent.reader_talk import names_sold_kind
from agent.understanding import Intent, Understanding
from agent.words import new_words
from catalog.sparse import tokenize


def limits_the_list(understanding: Understanding, shown: list[Any], ctx: Any) -> bool:
    """Whether a search read from the message is a limit on the list shown (see above)."""
    slots = understanding.slots
    limit = (
        slots.bigger
        or slots.smaller
        or slots.cheaper
        or slots.pricier
        or bool(slots.colors)
        or slots.price_max is not None
        or slots.price_min is not None
    )
    if understanding.intent is not Intent.SEARCH or not shown or not limit:
        return False
    if understanding.references.ordinals:  # "the second one in pink" picks from the list
        return False
    if getattr(ctx.search, "index", None) is None:
        return False
    kinds = judge_for(ctx.search).index()
    said = tokenize(" ".join(new_words(understanding.text)))
    if any(word in kinds.heads or word in kinds.kinds for word in said):
        return False  # "back to the totes, any under 60" names its kind, whatever clause holds it
    text = understanding.text.lower()
    for clause in [slots.needs or "", *slots.reasons]:  # "for peeling apples": a use; "apple"
        text = text.replace(clause.lower(), " ") if clause else text  # of apple juice is no kind
    return not names_sold_kind(" ".join(new_words(text)), ctx)  # "black beanie" still is one
