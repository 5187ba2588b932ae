"""A product whose title uses the asked kind's word only to say which of another kind it is.

Asked for "a wristwatch for my husband", a shop assistant shows watches, never the Ribbed Watch
Cap Hat: there "watch" says which cap it is. Such a hit is left out when the request's head noun
heads other titles, and the hit is filed under none of those titles' categories (a "Dad Cap
Washed Hat" filed beside the caps stays a cap), and only when the best hit is headed by it.
"""

from __future__ import annotations

from typing import Any

from agent.kinds import request_head, title_head
from catalog.sparse import tokenize


def without_modifier_kinds(hits: list[Any], text: str) -> list[Any]:
    """The hits less those naming the asked kind only as a modifier of another kind's head."""
    head = request_head(text)
    term = tokenize(head.word) if head is not None else []
    if len(term) != 1:
        return hits
    headed = [h for h in hits if tokenize(title_head(h.product.title) or "") == term]
    leaves = {h.product.category[-1] for h in headed if h.product.category}
    if not headed or hits[0] is not headed[0]:  # the best hit a "Swivel Barstool Accent Chair"
        return hits  # asked as barstools: the ranking reads the word as the kind, so it stays

    def modifies(hit: Any) -> bool:
        path = hit.product.category
        return (
            hit not in headed
            and term[0] in tokenize(hit.product.title)
            and bool(path)
            and path[-1] not in leaves
        )

    return [h for h in hits if not modifies(h)]
