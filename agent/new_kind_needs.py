"""A requirement said with a new kind after a list is a new search: "and then mugs — they have
to survive the dishwasher" after coffee asks for dishwasher-safe mugs, not which coffee is.

"they" there is the kind just named; only when that kind is sold and none of the listed
products is of it does the requirement stop being a question about the list.
"""

from __future__ import annotations

from typing import Any

from agent.intents import CONFIDENT
from agent.kinds import judge_for, request_head
from agent.state import ShownProduct
from agent.understanding import Intent, Understanding
from catalog.sparse import tokenize


def read_new_kind_need(
    understanding: Understanding, shown: list[ShownProduct], search: Any
) -> None:
    """A refinement by a requirement that names a sold kind the list does not hold: a search."""
    if understanding.intent is not Intent.REFINE or not understanding.slots.required or not shown:
        return
    if getattr(search, "index", None) is None:
        return
    head = request_head(understanding.text)
    if head is None or judge_for(search).carried(head) is not True:
        return
    listed = {w for item in shown for w in tokenize(_words_of(item, search))}
    if head.term in listed or head.word in listed:
        return
    understanding.intent, understanding.confidence = Intent.SEARCH, CONFIDENT


def _words_of(item: ShownProduct, search: Any) -> str:
    product = search.get(item["id"])
    if product is None:
        return str(item.get("title", ""))
    return " ".join([product.title, *product.category])
