"""Products that share one title ("two Everyday Crew Tees?"), asked about together.

A catalog may sell two products under one title from different brands. A question naming that
title ("you have two Everyday Crew Tees? what's the difference") is about both, so they are
compared side by side, each called by its brand, instead of asking which one was meant.
"""

from __future__ import annotations

import re
from typing import Any

from agent.understanding import Intent, Understanding
from catalog.sparse import tokenize

_MAY_ASK_BOTH = {Intent.COMPARE, Intent.PRODUCT_QUESTION, Intent.SEARCH, Intent.UNCLEAR}
_BOTH_WORDS = re.compile(
    r"\b(?:two|2|both|differen(?:ce|t)|differ|diff|vs\.?|versus|compare|which)\b"
)


def products_sharing_title(text: str, search: Any) -> list[Any]:
    """The products whose one shared title the text says whole ("insulated steel water
    bottles" for two Insulated Steel Water Bottles); [] when no such title is said."""
    said = set(tokenize(text))
    by_title: dict[str, list[Any]] = {}
    for hit in search.search(text, limit=10, parse=False).hits:
        by_title.setdefault(hit.product.title.lower(), []).append(hit.product)
    for title, products in by_title.items():
        words = set(tokenize(title))
        if len(products) >= 2 and words and words <= said:
            return products
    return []


def asks_both_of_one_title(understanding: Understanding, search: Any) -> bool:
    """Compare the products sharing the title the question names; True when it did."""
    text = understanding.text.lower()
    if (
        understanding.intent not in _MAY_ASK_BOTH
        or understanding.references.ordinals
        or len(understanding.references.product_ids) >= 2
        or not _BOTH_WORDS.search(text)
    ):
        return False
    products = products_sharing_title(text, search)
    if not products:
        return False
    understanding.intent = Intent.COMPARE
    understanding.references.product_ids = [p.id for p in products]
    understanding.references.names_product = True
    understanding.slots.category = ""
    understanding.slots.quantity = None
    return True
