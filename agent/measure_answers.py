"""How big a product is, read from its record: its dimensions, or what stands for them on its
kind (a backpack's capacity, a skillet's diameter); else the catalog doesn't say. "How big is
the rolltop backpack?" is answered "capacity 28 L", never "doesn't say whether it is
dimensions"; a packaged food's size is its net weight ("how big is the box?": NET WT 18 OZ)."""

from __future__ import annotations

import re

from catalog.model import Product

_KEYS = (
    "dimensions", "size", "capacity", "volume", "length", "width", "height", "depth", "diameter",
)  # fmt: skip


def measures(key: str) -> bool:
    """The attribute is a measure of size ("capacity", "case_size")."""
    return bool(set(key.lower().split("_")) & set(_KEYS))


def measure_answer(product: Product) -> str:
    """ "Rolltop 28L Backpack: capacity 28 L." from the record's measures, in its own words."""
    title = product.title
    found = [
        f"{key.replace('_', ' ')} {value}"
        for key, value in product.attributes.items()
        if measures(key)
    ]
    if found:
        return f"{title}: {', '.join(found)}."
    if net := product.attributes.get("net_weight"):  # "how big is the bag of coffee?"
        return f"{title}: net weight {net}."
    for key in _option_measures(product):  # a bottle's capacity is an option: "20 oz, 32 oz"
        values = list(
            dict.fromkeys(str(v.options[key]) for v in product.variants if key in v.options)
        )
        if key != "size" and values:
            return f"{title}: {key.replace('_', ' ')} {' or '.join(values)}."
        if len(values) == 1 and _MEASURED.match(values[0]):
            return f"{title} comes in {values[0]}."  # one size that is a measure: "3 fl oz"
        if len(values) > 1:
            return (
                f"The catalog doesn't give the dimensions of {title}; it comes in"
                f" {', '.join(values)}."
            )
    return f"The catalog doesn't give the dimensions of {title}."


_MEASURED = re.compile(
    r"\d+(?:\.\d+)?\s*(?:fl\.?\s*oz|oz|ml|cl|l|liters?|litres?|in|inch(?:es)?|cm|mm|m|qt|pt"
    r"|lbs?|g|kg|ft|gal)\b",
    re.I,
)
"""A size that is a measure ("3 fl oz", "12 in"), not a letter or "One Size"."""


def _option_measures(product: Product) -> list[str]:
    """The option names that measure the product ("capacity", "size"), a measure before a size:
    a bottle in "20 oz" and "32 oz" is answered by its capacity."""
    keys = dict.fromkeys(k for v in product.variants for k in v.options if measures(k))
    return sorted(keys, key=lambda k: k == "size")
