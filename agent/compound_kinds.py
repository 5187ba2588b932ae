"""A compound whose first word makes it another thing than the catalog's kind of its head.

An "ironing board" is no cutting board and a "sleeping bag" no duffel, though the store sells
boards and bags; "wine glasses" are no sunglasses. The head alone cannot tell, the word before
it decides. A purpose said as a gerund ("ironing", "sleeping", "punching") that none of the
head's products mention (title, description, attributes) names a kind of its own, unless the
phrase is as close as a synonym to one of the catalog's own compounds of that head ("chopping
board" is a cutting board). A closed compound of the catalog ("sunglasses") is another kind
than the shopper's open one with another first word ("wine glasses", "reading glasses").
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING

from catalog.sparse import stem

if TYPE_CHECKING:
    from agent.kinds import Head, KindIndex

PURPOSE_SYNONYM = 0.72
"""A purpose compound at least this close (MiniLM cosine) to one of the catalog's compounds of
its head is that kind ("chopping board"~"cutting board" 0.76, "hiking boots"~"hiker boot" 0.76;
"sleeping bag"~"duffel bag" 0.69, "ironing board"~"cutting board" 0.59)."""
COMPOUND_PART = 3
"""The shortest first part of a closed compound ("sun" of sunglasses)."""
_NOT_PURPOSES = frozenset({
    "morning", "evening", "spring", "string", "sterling", "something", "anything", "everything",
    "nothing", "thing", "king", "ring", "pudding", "ceiling", "clothing",
    "shopping", "travelling", "traveling", "walking", "working", "lounging", "layering",
    "commuting", "everyday", "matching",
})  # fmt: skip
"""Words ending in -ing that name a time, a material or a thing, or an everyday use any product
of the kind may serve ("shopping bag", "walking shoes"), not what makes it another thing."""


def modifier(head: Head) -> str | None:
    """The word the shopper wrote right before the head noun ("ironing" of "ironing board")."""
    words = head.phrase.split()
    return words[-2] if len(words) >= 2 else None


def names_other_kind(
    head: Head, kinds: KindIndex, closeness: Callable[[str, Iterable[str]], float]
) -> bool:
    """Whether the phrase names a kind of its own though its head is a kind the store sells:
    a purpose none of the head's products mention ("ironing board", "sleeping bag")."""
    word = modifier(head)
    told = kinds.told.get(head.term)
    if word is None or not told or not _is_purpose(word):
        return False
    root = _root(word)
    if any(w.startswith(root) for w in told):  # "running shoes", "camping mug", "cutting board"
        return False
    named = kinds.named.get(head.term) or set()
    return not named or closeness(head.phrase, named) < PURPOSE_SYNONYM


def another_compound(kind: str, head: Head) -> bool:
    """Whether a product's kind is a closed compound of the head with another first part than
    the one said ("sunglasses" for "wine glasses"); "glasses" alone leaves it open."""
    term, asked = stem(kind), head.term
    part = term[: -len(asked)] if term != asked and term.endswith(asked) else ""
    said = modifier(head)
    return len(part) >= COMPOUND_PART and said is not None and stem(said) != part


def _is_purpose(word: str) -> bool:
    return len(word) >= 6 and word.endswith("ing") and word not in _NOT_PURPOSES


def _root(gerund: str) -> str:
    """ "ironing" -> iron, "running" -> run, "hiking" -> hik (hike, hiker, hiking)."""
    root = gerund[:-3]
    return root[:-1] if len(root) >= 4 and root[-1] == root[-2] else root
