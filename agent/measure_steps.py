""" "Anything bigger?" after 12–40 L backpacks, "something smaller" after chef's knives: the
products of the list's kind that measure more (or less) than the middle of the list shown, by
the one measure their records give (a capacity, a case size, a length in the title)."""

from __future__ import annotations

from statistics import median
from typing import Any

from agent.list_superlatives import amount_of, size_amounts
from catalog.model import Product


def measure(product: Product) -> tuple[str, float] | None:
    """The product's own size as (kind of measure, amount in base units): its capacity or case
    size (`size_amounts`), else a measure in its title ("Paring 3.5in Knife", "Mini City 12L
    Backpack"); None when it gives none. In base units, 500 ml and 1 L compare."""
    amounts = size_amounts(product)
    found = amounts[0] if amounts else amount_of(product.title, "title")
    return None if found is None else (found[0], found[1])


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
