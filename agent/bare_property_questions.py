"""A property asked in a word or two right after a question about one product: "field 38 watch,
what's the case size?", then "water resistant?" asks the same watch, as a shop assistant hears
it, when the watch's own record speaks of it ("100 m water resistance"); it is no search for a
kind called "water resistant". A search that named the product whole is asked the same way
("low profile 75 keyboard", then "switches?" or "how thick"), a question word standing in for
the question mark."""

from __future__ import annotations

import re
from typing import Any

from agent.question_follow_ups import named_before
from agent.understanding import Intent, Understanding
from agent.words import asked_about, is_nutrient

_WORD = re.compile(r"[a-z]+")
_MOST_WORDS = 3
_LEADS = frozenset({"and", "also", "so", "then", "what", "about", "how", "which", "whats"})
_OTHER = re.compile(r"\b(?:what|how) about\b")
_ASKS = re.compile(r"^\W*(?:(?:and|so|ok(?:ay)?|also)\W+)?(?:how|what(?:'s|s)?|which)\b")


def asks_property_of_it(
    understanding: Understanding, before: Understanding, shown: list[Any], product: Any
) -> bool:
    """Point a bare "<property>?" at `product`, the one the last question was about, when every
    word of it is in that product's record; True when it did."""
    text = understanding.text.lower().strip()
    words = _WORD.findall(text)
    if (
        product is None
        or understanding.intent is not Intent.SEARCH
        or not (text.endswith("?") or _ASKS.match(text))
        or not 0 < len(words) <= _MOST_WORDS
        or understanding.references.ordinals
        or not named_before(before, product.id, shown)
    ):
        return False
    record = " ".join(
        [product.description or "", *(f"{k} {v}" for k, v in product.attributes.items())]
    ).lower()
    stems = set(_WORD.findall(record.replace("_", " ")))
    if before.intent is Intent.SEARCH and _OTHER.search(text):
        return False  # "what about wool?" after a search asks for wool ones
    words = [w for w in words if w not in _LEADS]  # "and fibre?": the "and" asks nothing
    if not words or set(words) & set(_WORD.findall(product.title.lower())):
        return False  # "jackets?" after a jacket asks for the kind, not of this one
    if getattr(product, "nutrition", None) is not None:  # "fibre?" of a cereal's figures,
        words = [w for w in words if not is_nutrient(w)]  # however its text spells it
    if not all(any(s.startswith(w[:-2] if len(w) > 5 else w) for s in stems) for w in words):
        return False
    understanding.intent = Intent.PRODUCT_QUESTION
    understanding.references.product_ids = [product.id]
    understanding.slots.category = ""
    understanding.slots.required = []
    understanding.slots.asked = asked_about(text)
    return True
