"""A price level asked of the list shown, in the shopper's own words: "got anything more high
end?", "cheaper, more stocking filler level". The comparative refines the list; the words around
it describe the price, not a kind, so a message naming no kind the store sells is no new search.
"""

from __future__ import annotations

from typing import Any

from agent.intents import CONFIDENT
from agent.kinds import judge_for
from agent.understanding import Intent, Understanding
from catalog.sparse import tokenize


def prices_the_list(understanding: Understanding, has_shown: bool, search: Any) -> bool:
    """Whether a message read as a new search only asks the list shown for cheaper or pricier."""
    slots = understanding.slots
    if not (
        has_shown
        and understanding.intent is Intent.SEARCH
        and (slots.cheaper or slots.pricier)
        and not slots.interest
        and understanding.confidence < CONFIDENT  # read as a search on purpose (a gift, a need)
        and getattr(search, "index", None) is not None
    ):
        return False
    kinds = judge_for(search).index()  # a title's head or a category's word: "cheaper socks?"
    return not any(t in kinds.heads or t in kinds.kinds for t in tokenize(understanding.text))
