"""Whether the material of the product just named is the real thing: "real leather or fake",
"genuine or faux?", "fake or real leather".

A shop assistant hears this right after naming a product as a question about that product's
material, answered from its record, not as a wish for a narrower list of leather or fake things.
"""

from __future__ import annotations

import re
from typing import Any

from agent.question_follow_ups import named_before
from agent.understanding import Intent, Understanding

_REAL = r"(?:real|genuine|authentic|proper|true)"
_FAKE = r"(?:fake|faux|synthetic|imitation|artificial|pu|vegan|pleather|man[- ]made)"
_REAL_OR_FAKE = re.compile(
    rf"\b{_REAL}\s+(?:[a-z]+\s+)?or\s+(?:a\s+)?{_FAKE}\b"
    rf"|\b{_FAKE}\s+(?:[a-z]+\s+)?or\s+(?:the\s+)?{_REAL}\b"
)
_MATERIAL_TALK = {Intent.REFINE, Intent.SEARCH, Intent.PRODUCT_QUESTION}


def asks_real_or_fake(
    understanding: Understanding, before: Understanding, shown: list[Any], product: Any
) -> bool:
    """Make "real leather or fake" about the product named last a question of its material;
    True when it did."""
    if (
        product is None
        or not _REAL_OR_FAKE.search(understanding.text.lower())
        or understanding.intent not in _MATERIAL_TALK
        or understanding.references.ordinals
        or not named_before(before, product.id, shown)
    ):
        return False
    understanding.intent = Intent.PRODUCT_QUESTION
    understanding.references.product_ids = [product.id]
    understanding.slots.category = ""
    understanding.slots.required = []
    understanding.slots.asked = ["material"]
    return True
