"""A title's closed compound typed as two words: "the roll top backpack" is the Rolltop one, a
"day pack" a Daypack, "back pack" a backpack.

A shopper remembering a name writes it as it sounds. The two words are the catalog's one word
when the titles write that word and never write the two side by side.
"""

from __future__ import annotations

import re
from itertools import pairwise
from typing import Any

from agent.vocabulary_cache import per_vocabulary

SHORTEST_PART = 3
"""Each part has at least this many letters ("a line" is never "aline")."""
_WORD = re.compile(r"[A-Za-z]+")
_ENGLISH_APART = frozenset({
    ("every", "day"), ("every", "one"), ("any", "one"), ("some", "one"), ("any", "way"),
    ("any", "time"), ("some", "time"), ("any", "more"), ("for", "ever"), ("all", "ready"),
})  # fmt: skip
"""Pairs English writes apart as often as together: "wears it every day" names no Everyday Tee."""


@per_vocabulary
def _title_words(search: Any) -> tuple[frozenset[str], frozenset[tuple[str, str]]]:
    """The words the catalog's titles write, and the pairs they write one after the other."""
    words: set[str] = set()
    pairs: set[tuple[str, str]] = set()
    for payload in search.index._scroll_payloads(["product.title"]):
        said = _WORD.findall(str((payload.get("product") or {}).get("title") or "").lower())
        words |= set(said)
        pairs |= set(pairwise(said))
    return frozenset(words), frozenset(pairs)


def words_joined(search: Any, text: str) -> str:
    """The text with each two words that are one title word written apart joined as the title
    writes it ("roll top backpack" -> "rolltop backpack")."""
    words, pairs = _title_words(search)
    if not words:
        return text
    found = list(_WORD.finditer(text))
    joined_at = len(found)
    for at in reversed(range(len(found) - 1)):
        first, second = found[at], found[at + 1]
        one, two = first[0].lower(), second[0].lower()
        apart = (one, two) in pairs or (one, two) in _ENGLISH_APART
        if at + 1 == joined_at or min(len(one), len(two)) < SHORTEST_PART or apart:
            continue
        gap, joined = text[first.end() : second.start()], one + two
        if gap in {" ", "-"} and (joined in words or joined.removesuffix("s") in words):
            text, joined_at = text[: first.start()] + joined + text[second.end() :], at
    return text
