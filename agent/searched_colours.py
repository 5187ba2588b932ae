"""The colour said with a search, kept for "add the first one" or "add those": "pima tee olive"
then "add 3 of the first one in L" is the olive one, since "olive" after the kind is a colour to
the shopper even where the catalog also sells olive oil; "turquoise hike sport sandals" then "add
those" is the turquoise pair, not a question between turquoise and navy (both blue)."""

from __future__ import annotations

import re
from typing import Any

from agent.understanding import Intent, Understanding
from catalog.colors import FAMILIES, color_family


def keep_searched_colour(understanding: Understanding, before: Understanding, search: Any) -> None:
    """An add by place or by "it" that names no colour takes the one the search said, when the
    product comes in it (a product without it is asked about as before)."""
    slots, refs = understanding.slots, understanding.references
    if understanding.intent is not Intent.ADD or slots.colors or slots.color_words:
        return
    if before.intent not in {Intent.SEARCH, Intent.REFINE} or len(before.slots.color_words) != 1:
        return
    if not (refs.ordinals or refs.pronoun) or len(refs.product_ids) != 1:
        return
    product = search.get(refs.product_ids[0])
    said = before.slots.color_words[0]
    offered = (
        {str(v.options.get("color", "")).lower() for v in product.variants} if product else set()
    )
    if said.lower() not in offered:
        said = _one_near_shade(said.lower(), offered) or ""
    if said:
        slots.color_words, slots.colors = [said], [color_family(said) or said]


def _one_near_shade(said: str, offered: set[str]) -> str | None:
    """ "light blue" said, the product comes in sky blue and navy: the sky blue, the one shade of
    the family sharing a word with what was said; None when no one shade does."""
    family, words = color_family(said), set(said.split())
    near = [c for c in offered if color_family(c) == family and words & set(c.split())]
    return near[0] if family and len(near) == 1 else None


_THAT_COLOUR = re.compile(r"\b(?:that|this|the same|same)\s+(?:colou?r|shade|colou?rway)\b")


def read_that_colour(understanding: Understanding, before: Understanding) -> None:
    """ "do you have the bath sheet in that colour?": the colour said the turn before."""
    slots = understanding.slots
    if slots.colors or slots.color_words or not before.slots.color_words:
        return
    if not _THAT_COLOUR.search(understanding.text.lower()):
        return
    said = before.slots.color_words
    shaded = {color_family(w) for w in said if w.lower() not in FAMILIES}
    said = [w for w in said if w.lower() not in FAMILIES or w.lower() not in shaded]  # "sage green"
    slots.color_words, slots.colors = list(said), list(before.slots.colors)
