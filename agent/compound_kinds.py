"""A compound whose first word makes it another thing than the catalog's kind of its head.

An "ironing board" is no cutting board and a "sleeping bag" no duffel, though the store sells
boards and bags; "wine glasses" are no sunglasses. The head alone cannot tell, the word before
it decides. A purpose said as a gerund ("ironing", "sleeping", "punching") that none of the
head's products mention (title, description, attributes) names a kind of its own, unless the
phrase is as close as a synonym to one of the catalog's own compounds of that head ("chopping
board" is a cutting board). A closed compound of the catalog ("sunglasses") is another kind
than the shopper's open one with another first word ("wine glasses", "reading glasses"); the
same first part written apart or hyphened is the same compound ("anti perspirant").

A gerund that is part of an adjective is a quality of the product, not a purpose: hyphened
("anti-aging masks", "quick-drying towel") or after a word that qualifies it ("long lasting
perfume", "naturally cooling sheets"). ChatShop's goals ask this way, and a "we don't carry"
there is a false no.
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
_QUALIFIERS = frozenset({
    "long", "fast", "quick", "slow", "easy", "hard", "high", "low", "deep", "well", "ever",
    "self", "anti", "non", "good", "sweet", "fresh", "smooth", "soft", "light", "heavy", "free",
    "best", "great", "nice", "all", "super", "ultra", "extra", "moisture", "sweat", "odor",
    "odour", "stain", "wrinkle", "fade", "shock", "water", "fire", "heat", "rust", "tangle",
})  # fmt: skip
"""Words that make a following gerund an adjective ("long lasting", "fast drying", "moisture
wicking", "anti aging"): the product does it, the shopper does not do it with the product."""


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
    if word is None or not told or not _is_purpose(word) or _qualified(head):
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
    if len(part) < COMPOUND_PART or said is None:
        return False
    return stem(said) != part and _letters(said) != _letters(part)  # "anti perspirant"


def written_apart(head: Head, kinds: KindIndex) -> bool:
    """Whether the last two words said are one of the catalog's kinds written apart ("anti
    perspirant" for Anti-Perspirant, "sun glasses" for sunglasses)."""
    said = modifier(head)
    if said is None or not said.isalpha():
        return False
    return any(stem(f"{said}{sep}{head.word}") in kinds.kinds for sep in ("-", ""))


def _letters(word: str) -> str:
    return "".join(c for c in word if c.isalpha())


def _is_purpose(word: str) -> bool:
    """A gerund written alone ("ironing"); a hyphened one is an adjective ("anti-aging")."""
    return len(word) >= 6 and word.endswith("ing") and word.isalpha() and word not in _NOT_PURPOSES


def _qualified(head: Head) -> bool:
    """Whether the word before the gerund makes it an adjective ("long lasting perfume")."""
    words = head.phrase.split()
    before = words[-3] if len(words) >= 3 else ""
    return before in _QUALIFIERS or (len(before) > 4 and before.endswith("ly"))


def _root(gerund: str) -> str:
    """ "ironing" -> iron, "running" -> run, "hiking" -> hik (hike, hiker, hiking)."""
    root = gerund[:-3]
    return root[:-1] if len(root) >= 4 and root[-1] == root[-2] else root
