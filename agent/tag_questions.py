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


_SAID_BACK_FILLER = frozenset({
    "and", "so", "the", "it", "its", "it's", "they", "they're", "theyre", "is", "are", "was",
    "what", "what's", "whats", "how", "about", "that", "that's", "thats", "this", "those",
    "these", "then", "again", "exactly", "remind", "me", "of", "on", "their", "ok",
    "okay", "yeah", "yes", "yep", "yea", "ya", "right", "correct", "true", "no", "innit",
    "isn't", "isnt", "aren't", "arent", "surely", "just", "price", "cost", "costs", "bucks",
    "dollars", "usd", "mm", "cm", "in", "inch", "inches", "oz", "g", "kg", "lb", "lbs", "ml",
    "l", "h", "hours", "hrs",
})  # fmt: skip
_PRICE_SAID = re.compile(
    r"\$\s?\d|\b\d+\.\d\d\b|\b\d+(?:\.\d+)?\s*(?:bucks|dollars|usd)\b"
    r"|\b(?:price|cost|costs|priced)\b.*\d|\d.*\b(?:price|cost|costs)\b"
    r"|\b(?:they'?re|they are|it'?s|it is|that'?s|that is)\s+(?P<bare>\d+(?:\.\d+)?)\b"
)
_SAYS_ITS_PRICE = re.compile(
    r"\b(?:they'?re|they are|it'?s|it is|that'?s|that is|is it|are they|price|priced|costs?)\b"
)
_QUESTION_END = re.compile(r"\?\s*$")


def asks_back_a_value(
    understanding: Understanding, before: Understanding, shown: list[Any], product: Any
) -> bool:
    """Point the message at `product` (the one the last turn was about) when it names only one
    of its attributes, maybe with a value to check ("and the drop, 4mm?", "what's the drop?"),
    or says a price back ("and they're 49.99 yeah?"); True when it did. The record answers it;
    the words are no search."""
    text = understanding.text.lower()
    slots = understanding.slots
    if (
        product is None
        or understanding.intent not in {Intent.SEARCH, Intent.REFINE}
        or understanding.references.ordinals
        or slots.size
        or slots.price_min is not None
        or slots.price_max is not None
        or not (_QUESTION_END.search(text) or _TAG.search(text))
        or not named_before(before, product.id, shown)
    ):
        return False
    words = [w for w in re.findall(r"[a-z][a-z']*", text) if w not in _SAID_BACK_FILLER]
    price = _PRICE_SAID.search(text)
    sizes = {str(v.size).lower() for v in product.variants if v.size}
    if (
        not words
        and price
        and (price["bare"] or "") not in sizes  # "they're 10?" of size 10s
        and (_TAG.search(text) or _SAYS_ITS_PRICE.search(text))  # "and $50?" may be a limit
    ):
        asked = ["price"]
    else:
        keys = [
            key for key in product.attributes if words and set(words) <= set(key.lower().split("_"))
        ]
        if not keys:
            return False
        asked = asked_about(keys[0].replace("_", " "))
    understanding.intent = Intent.PRODUCT_QUESTION
    understanding.references.product_ids = [product.id]
    slots.category = ""
    slots.required = []
    slots.asked = asked
    return True
