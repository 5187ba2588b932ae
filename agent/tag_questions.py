"""A yes/no attribute asked to be confirmed of the product just discussed, in a statement with a
tag: "WP means waterproof, yeah?", "so they're polarised, right? need them for driving". The
record answers it; it is no search for the other words."""

from __future__ import annotations

import re
from typing import Any

from agent.question_follow_ups import named_before
from agent.understanding import Intent, Understanding
from agent.words import asked_about

_TAG = re.compile(
    r"\b(?:yeah|yes|yep|yea|ya|right|correct|true|innit|surely|no|"
    r"(?:is|are|does|do|do|can|will)n'?t (?:it|they|that|those|these))\s*\?"
    r"|\b(?:means?|stands? for|short for)\b",
)
_YES_NO = {"yes", "no", "true", "false"}


def asks_to_confirm_attribute(
    understanding: Understanding, before: Understanding, shown: list[Any], product: Any
) -> bool:
    """Point the message at `product` (the one the last turn was about) when it asks to confirm
    one of its yes/no attributes by name; True when it did."""
    text = understanding.text.lower()
    if (
        product is None
        or understanding.intent not in {Intent.SEARCH, Intent.REFINE}
        or understanding.references.ordinals
        or not _TAG.search(text)
        or not named_before(before, product.id, shown)
    ):
        return False
    said = set(re.findall(r"[a-z]+", text.replace("-", "")))
    keys = [
        key
        for key, value in product.attributes.items()
        if str(value).strip().lower() in _YES_NO and set(key.lower().split("_")) <= said
    ]
    if not keys:
        return False
    understanding.intent = Intent.PRODUCT_QUESTION
    understanding.references.product_ids = [product.id]
    understanding.slots.category = ""
    understanding.slots.required = []
    understanding.slots.asked = asked_about(keys[0].replace("_", " "))
    return True
