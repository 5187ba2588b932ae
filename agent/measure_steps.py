""" "Anything bigger?" after 12–40 L backpacks, "something smaller" after chef's knives: the
products of the list's kind that measure more (or less) than the middle of the list shown, by
the one measure their records give (a capacity, a case size, a length in the title)."""

from __future__ import annotations

import re
from statistics import median
from typing import Any

_UNITS = {
    "l": "l", "litre": "l", "liter": "l", "litres": "l", "liters": "l", "ml": "ml",
    "in": "in", "inch": "in", "inches": "in", '"': "in", "cm": "cm", "mm": "mm",
    "qt": "qt", "quart": "qt", "oz": "oz", "ft": "ft", "person": "p", "p": "p",
}  # fmt: skip
_MEASURE = re.compile(
    r"(\d+(?:\.\d+)?)\s*-?\s*(litres?|liters?|ml|l|inch(?:es)?|in|\"|cm|mm|qt|quart|oz|ft"
    r"|person|p)\b",
    re.I,
)
_SIZE_ATTRIBUTES = ("capacity", "case_size", "length", "size", "volume")


def measure(product: Any) -> tuple[str, float] | None:
    """The product's own size as (unit, number): its capacity or case size, else a measure in
    its title ("Paring 3.5in Knife", "Mini City 12L Backpack"); None when it gives none."""
    attributes = getattr(product, "attributes", None) or {}
    said = [str(attributes[k]) for k in _SIZE_ATTRIBUTES if attributes.get(k)]
    for text in [*said, str(getattr(product, "title", ""))]:
        if found := _MEASURE.search(text):
            return _unit(found[2]), float(found[1])
    return None


def _unit(word: str) -> str:
    lowered = word.lower()
    return _UNITS.get(lowered) or _UNITS.get(lowered.rstrip("s")) or lowered


def beyond_shown(hits: list[Any], shown: list[Any], bigger: bool) -> list[Any] | None:
    """The hits measuring past the middle of the shown products' measures, in their order;
    None when the list shown gives no measure to go by (the hits stand as they are)."""
    measured = [m for p in shown if p is not None and (m := measure(p)) is not None]
    if not measured:
        return None
    unit = max({u for u, _ in measured}, key=lambda u: sum(1 for v, _ in measured if v == u))
    middle = median(n for u, n in measured if u == unit)
    kept = []
    for hit in hits:
        m = measure(hit.product)
        if m is not None and m[0] == unit and (m[1] > middle if bigger else m[1] < middle):
            kept.append(hit)
    return kept
