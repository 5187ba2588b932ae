"""A follow-up that narrows the list by a word some listed titles hold: "oh wait he's off
caffeine now, decaf only" after coffees keeps the decaf coffee, never a new search for sneakers.
It names no kind the store sells, so it cannot be a request for another kind."""

from __future__ import annotations

from typing import Any

from agent.intents import CONFIDENT
from agent.kinds import judge_for
from agent.understanding import Intent, Understanding
from catalog.sparse import tokenize


def narrows_by_listed_word(understanding: Understanding, shown: list[Any], search: Any) -> bool:
    """Whether a message read as a new search picks, by a title word, some of the list shown."""
    if (
        understanding.intent is not Intent.SEARCH
        or len(shown) < 2
        or understanding.slots.interest
        or understanding.confidence >= CONFIDENT  # read as a search on purpose (a gift, a need)
        or getattr(search, "index", None) is None
    ):
        return False
    said = set(tokenize(understanding.text))
    kinds = judge_for(search).index()
    if any(t in kinds.heads or t in kinds.kinds for t in said):
        return False
    holding = [p for p in shown if said & set(tokenize(str(p.get("title") or "")))]
    return 0 < len(holding) < len(shown)
