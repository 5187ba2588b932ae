"""Which "X-free" phrases a catalog itself uses ("gluten-free", "oil-free"): those are properties.

A shopper's "peanut-free granola bars" rules peanut out: bars with peanut in their name must not
be listed. But a catalog that sells "Gluten-Free Oat Bars" or an "oil-free moisturizer" names the
property in its own words, and excluding every product holding "gluten" or "oil" would hide exactly
those. The rule: "X-free" (or "X free") is a negation of X unless the catalog's titles, attributes
or descriptions say "X-free" / "X free" (or "no Xs") themselves; then it stays in the search
words, which rank the products that say it first.
"""

from __future__ import annotations

import re
from typing import Any

from agent.free_features import free_of_said
from agent.vocabulary_cache import per_vocabulary

FREE_OF = re.compile(r"\b([a-z][a-z']{2,})(?:-|\s+)free\b")
"""A word before "free": "peanut-free", "sugar free"."""


@per_vocabulary
def catalog_free_words(search: Any) -> frozenset[str]:
    """The X of every "X-free" / "X free" the catalog's own text says."""
    fields = ["product.title", "product.attributes", "product.description"]
    found: set[str] = set()
    for payload in search.index._scroll_payloads(fields):
        product = payload.get("product") or {}
        attributes = product.get("attributes") or {}
        texts = [str(product.get("title") or ""), str(product.get("description") or "")]
        texts += [f"{k.replace('_', ' ')} {v}" for k, v in attributes.items()]
        for text in texts:
            found |= {m[1] for m in FREE_OF.finditer(text.lower())}
            found |= {w.removesuffix("-free") for w in free_of_said(text.lower())}  # "no sulfates"
    return frozenset(found)


def free_words_of(search: Any) -> frozenset[str]:
    """`catalog_free_words`, or none for a search without a scrollable index (test doubles)."""
    index = getattr(search, "index", None)
    if index is None or not hasattr(index, "_scroll_payloads"):
        return frozenset()
    return catalog_free_words(search)
