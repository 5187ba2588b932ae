"""A kind's noun typed with one letter changed into another word, right after the word the
catalog writes before it: "running shies" are running shoes.

The speller (agent/spelling.py) never changes a letter in a short word ("shies" is also a word,
and "itch" is not "inch"), so alone such a typo stays as typed and the store answers that it does
not carry it. After its modifier it is no guess: the catalog's titles and categories write
"running" before "shoe", and nothing before "shies". The word is read as the catalog's only when
the catalog never writes it, one letter differs (the first kept) and the pair is the catalog's.
"""

from __future__ import annotations

import re
from itertools import pairwise
from typing import Any

from agent.vocabulary_cache import per_vocabulary

SHORTEST = 4
"""Shorter words are left alone ("tee", "cap"): too many neighbours to guess."""
_WORD = re.compile(r"[A-Za-z]+")


@per_vocabulary
def _kind_pairs(search: Any) -> tuple[frozenset[tuple[str, str]], frozenset[str]]:
    """Pairs of words the catalog's titles and categories write one after the other, and every
    word they write."""
    pairs: set[tuple[str, str]] = set()
    words: set[str] = set()
    for payload in search.index._scroll_payloads(["product.title", "product.category"]):
        product = payload.get("product") or {}
        for name in [str(product.get("title") or ""), *map(str, product.get("category") or [])]:
            said = _WORD.findall(name.lower())
            pairs |= set(pairwise(said))
            words |= set(said)
    return frozenset(pairs), frozenset(words)


def letters_restored(search: Any, text: str) -> str:
    """The text with each word one changed letter from the word the catalog writes after the
    word before it, as the catalog spells it ("running shies" -> "running shoes")."""
    pairs, written = _kind_pairs(search)
    if not pairs:
        return text
    found = list(_WORD.finditer(text))
    for before, this in reversed(list(pairwise(found))):
        first, typed = before[0].lower(), this[0].lower()
        if len(typed) < SHORTEST or typed in written or (first, typed) in pairs:
            continue
        meant = _meant(first, typed, pairs, written)
        if meant:
            text = text[: this.start()] + meant + text[this.end() :]
    return text


def _meant(
    first: str, typed: str, pairs: frozenset[tuple[str, str]], written: frozenset[str]
) -> str:
    """The one word the catalog writes after `first` that `typed` is with one letter changed
    (a plural "s" kept: "shies" -> "shoes" after "running shoe")."""
    found = {
        second + plural
        for stem_, plural in (
            (typed, ""),
            (typed[:-1], "s") if typed.endswith("s") else (typed, ""),
        )
        for one, second in pairs
        if one == first and _one_changed(stem_, second)
    }
    found = {w for w in found if w in written or w[:-1] in written}
    return found.pop() if len(found) == 1 else ""


def _one_changed(typed: str, word: str) -> bool:
    """Same length, same first letter, exactly one other letter different."""
    if len(typed) != len(word) or typed[:1] != word[:1]:
        return False
    return sum(a != b for a, b in zip(typed, word, strict=True)) == 1
