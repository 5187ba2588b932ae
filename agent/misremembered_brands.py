"""A product asked for under the wrong brand: "the Northpine hoodie with the fluffy sherpa
lining" when the Sherpa Lined Hoodie is Loomhouse's. When none of the brand's products holds
the words that name the one meant and another brand's does, that one is shown first: a shop
assistant hears the product, not the slip of the brand."""

from __future__ import annotations

from typing import Any

from agent.kinds import request_terms
from catalog.sparse import tokenize

FEWEST_NAMING = 2
"""The other brand's product holds at least this many of the words said (kind and name)."""


def of_other_brand(search: Any, result: Any, pool: int) -> Any | None:
    """The hit of another brand whose title holds more of the request's words than any hit of
    the brand said; None when the brand's own products hold as many."""
    if not result.filters.brands or not result.hits:
        return None
    terms = set(request_terms(result.query.text))
    best_branded = max(len(terms & set(tokenize(h.product.title))) for h in result.hits)
    unbranded = result.query.model_copy(
        update={"filters": result.filters.model_copy(update={"brands": []})}
    )
    for hit in search.search(unbranded, limit=pool, parse=False).hits[:3]:
        held = len(terms & set(tokenize(hit.product.title)))
        if held >= FEWEST_NAMING and held > best_branded:
            return hit
    return None
