"""A doubt that a product comes in only the colours just named: "only navy? no pink?", "just
black and white?". The answer says yes or no to the "only", names every colour the record
offers when there are more, and says a colour asked after ("no pink?") is not offered."""

from __future__ import annotations

import re

from agent.british_spellings import american_colour
from agent.understanding import Understanding
from catalog.colors import color_family
from catalog.model import Product

_ONLY = re.compile(r"^\W*(?:(?:so|and|wait|hmm+|oh|really)\W+)*(?:only|just)\b[^?]*\?")
"""A question opening on "only"/"just": "only navy?", "so just black and white?"."""


def only_colours_answer(product: Product, understanding: Understanding) -> str | None:
    """Yes or no to "only <colours>?" of the product, with the colours it lacks said."""
    said = understanding.slots.color_words or understanding.slots.colors
    if not _ONLY.match(understanding.text.lower()) or not said:
        return None
    offered = list(dict.fromkeys(v.color for v in product.variants if v.color))
    if not offered:
        return None
    title = product.title
    if others := [c for c in offered if not any(_same(c, s) for s in said)]:
        return f"No, {title} also comes in {', '.join(others)}: colours {', '.join(offered)}."
    lacks = [
        c for c in understanding.negations.colors if not any(_same(o, c) for o in offered)
    ]  # "no pink?": asked after, not ruled out
    missing = f" It doesn't come in {' or '.join(lacks)}." if lacks else ""
    return f"Yes, {title} only comes in {', '.join(offered)}.{missing}"


def _same(offered: str, colour: str) -> bool:
    """The offered colour is the one said, or of its family ("navy" of "blue")."""
    mine, said = american_colour(offered.lower()), american_colour(colour.lower())
    return mine == said or (color_family(mine) or mine) == (color_family(said) or said)
