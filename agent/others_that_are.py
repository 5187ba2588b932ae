"""Which others have it: "are the aviator ones polarized?", "No, …", then "which ones are then?".

A shop assistant who just said one product lacks a yes/no property hears "which ones are?" as a
search of that product's kind for the ones that have it; the property is not said again, and
there is no "one" to point at.
"""

from __future__ import annotations

import re
from typing import Any

from agent.intents import CONFIDENT
from agent.understanding import Intent, Understanding

_WHICH_ARE = re.compile(
    r"^\W*(?:(?:ok(?:ay)?|oh|so|hmm+|and|well|right|then)\W+)*"
    r"(?:which|what|any|do you have any|got any|are there any)\s+"
    r"(?:(?:ones?|of them|others?|models?|pairs?|kinds?)\s+)?"
    r"(?:(?:that|which)\s+)?(?:are|is|do|does)"
    r"(?:\s+(?:then|they|it|instead))*\W*$"
)
_YES_OR_NO = frozenset({"yes", "no"})


def asks_which_others_are(
    understanding: Understanding, before: Understanding, product: Any
) -> bool:
    """Make "which ones are?" after a yes/no question about `product` a search of its kind for
    the property asked; True when it did."""
    if (
        product is None
        or before.intent is not Intent.PRODUCT_QUESTION
        or before.references.product_ids != [product.id]
        or not _WHICH_ARE.match(understanding.text.lower())
        or not (key := _yes_no_key_asked(before.slots.asked, product))
    ):
        return False
    understanding.intent, understanding.confidence = Intent.SEARCH, CONFIDENT
    understanding.references.product_ids = []
    understanding.references.ordinals = []
    understanding.slots.category = product.category[-1].lower()
    understanding.slots.required = [key.split("_")[0]]
    understanding.slots.asked = []
    return True


def _yes_no_key_asked(asked: list[str], product: Any) -> str:
    """The product's yes/no attribute the last question asked about ("waterproof"), or ''."""
    for key, value in product.attributes.items():
        if str(value).strip().lower() not in _YES_OR_NO:
            continue
        words = key.split("_")
        if any(a.replace(" ", "_") == key or a in words for a in asked):
            return str(key)
    return ""
