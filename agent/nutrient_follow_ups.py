"""A nutrition question about one product continued in a word or two: "the honey oat clusters
one - how much protein per serving?", then "and fibre?" asks the same product's fibre, not for a
product called fibre."""

from __future__ import annotations

import re

from agent.understanding import Intent, Understanding
from agent.words import asked_about

_GOES_ON = {Intent.SEARCH, Intent.REFINE, Intent.UNCLEAR, Intent.PRODUCT_QUESTION}
_NUTRIENT = re.compile(
    r"^\W*(?:(?:and|also|ok(?:ay)?|so|what about|how about|how much|how many|whats?|what's"
    r"|what is|the|any|much|grams? of|g of)\W+)*"
    r"(?:calories|cals|kcal|protein|sugars?|carbs?|carbohydrates?|(?:saturated |sat )?fat"
    r"|sodium|salt|fib(?:er|re)|cholesterol)"
    r"(?:\W+(?:content|then|too|in it|per serving))*\W*$"
)


def continues_nutrition_question(
    understanding: Understanding, before: Understanding, focus: str | None
) -> bool:
    """Make a bare nutrient said right after a nutrition question about the product in focus
    the same question about it; True when it did."""
    text = understanding.text.lower()
    if (
        focus is None
        or before.intent is not Intent.PRODUCT_QUESTION
        or "nutrition" not in before.slots.asked
        or understanding.intent not in _GOES_ON
        or not _NUTRIENT.match(text)
    ):
        return False
    understanding.intent = Intent.PRODUCT_QUESTION
    understanding.references.product_ids = [focus]
    understanding.slots.category = ""
    understanding.slots.asked = list(dict.fromkeys(["nutrition", *asked_about(text)]))
    return True
