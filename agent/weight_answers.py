"""How heavy a product is, read from its record: a weight attribute, a net weight, or the
weights its options come in ("5 lb, 10 lb, 15 lb, 20 lb"); else the catalog doesn't say."""

from __future__ import annotations

import re

from agent.list_superlatives import amount_of
from catalog.model import Product

_KEYS = ("weight", "net_weight", "item_weight")
_OPTION_KEYS = ("weight", "size")
_ASKS = re.compile(r"\b(?:weigh\w*|weight|heavy|heavier|lightweight|how light)\b")


def asks_weight(text: str) -> bool:
    """ "How heavy is it?", "what does it weigh?" (not "light gray")."""
    return bool(_ASKS.search(text.lower()))


def weight_answer(product: Product) -> str:
    """ "The Hex Rubber Dumbbell comes in 5 lb, 10 lb, 15 lb and 20 lb." """
    title = product.title
    for key in _KEYS:
        value = product.attributes.get(key)
        found = amount_of(str(value), key) if value is not None else None
        if found is not None and found[0] == "mass":
            return f"{title} weighs {found[2]}."
    weights = [
        value
        for v in product.variants
        for key, value in v.options.items()
        if key in _OPTION_KEYS and (found := amount_of(value, key)) and found[0] == "mass"
    ]
    weights = list(dict.fromkeys(weights))
    if len(weights) == 1:
        return f"{title} weighs {weights[0]}."
    if weights:
        return f"{title} comes in {', '.join(weights[:-1])} and {weights[-1]}."
    return f"The catalog doesn't list the weight of {title}."
