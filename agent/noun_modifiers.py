"""A sold kind named by a part it comes in: "tea bags" asks for tea, not for a tote bag.

A noun said before the head ("tea" of "tea bags") that is itself a kind the store sells, when
that kind's products speak of the head ("compostable tea bags", "40 TEA BAGS") and the head's
own products never mention it (no tote bag says "tea"), names the thing asked for; the head is
only what it comes in. "Coffee mug" stays a mug: the mugs speak of coffee.
"""

from __future__ import annotations

from agent.kinds import Head, KindIndex
from catalog.sparse import stem


def as_modified_kind(head: Head, kinds: KindIndex) -> Head:
    """The modifier as the head when the phrase names that kind by a part it comes in."""
    words = head.phrase.split()
    if len(words) < 2:
        return head
    modifier = words[-2]
    term = stem(modifier)
    if term == head.term or term not in kinds.heads or head.term not in kinds.heads:
        return head
    if _mentions(kinds.told.get(head.term), term):  # the mugs speak of coffee
        return head
    if not _mentions(kinds.told.get(term), head.term):  # the teas never speak of bags
        return head
    return Head(phrase=" ".join(words[:-1]), word=modifier)


def _mentions(words: set[str] | None, term: str) -> bool:
    return bool(words) and any(stem(w) == term for w in words or ())
