"""A catalog word typed with two letters swapped into another English word: "trial runners".

The speller (agent/spelling.py) leaves a word the encoder knows alone ("trial" is a word), but a
shopper typing "trial runners" means the trail ones. Such a word is the catalog's when the
catalog's titles write the swapped-back word before the next word said (or before the plain word
for it: "runners" -> running), and never the word as typed.
"""

from __future__ import annotations

import re
from itertools import pairwise
from typing import Any

from agent.vocabulary_cache import per_vocabulary
from catalog.kind_words import kind_words

_WORD = re.compile(r"[A-Za-z]+")


@per_vocabulary
def _title_pairs(search: Any) -> frozenset[tuple[str, str]]:
    """Pairs of words the catalog's titles write one after the other."""
    pairs: set[tuple[str, str]] = set()
    for payload in search.index._scroll_payloads(["product.title"]):
        words = _WORD.findall(str((payload.get("product") or {}).get("title") or "").lower())
        pairs |= set(pairwise(words))
    return frozenset(pairs)


def swaps_undone(search: Any, text: str) -> str:
    """The text with each word that is a title word with two letters swapped, written before a
    word the title writes it before, as the title spells it ("trial runners" -> "trail runners")."""
    pairs = _title_pairs(search)
    if not pairs:
        return text
    firsts = {first for first, _ in pairs}
    found = list(_WORD.finditer(text))
    for this, after in reversed(list(pairwise(found))):
        typed, following = this[0].lower(), _plain(after[0].lower())
        if typed in firsts or (typed, following) in pairs:
            continue
        for swapped in _swaps(typed):
            if (swapped, following) in pairs:
                text = text[: this.start()] + swapped + text[this.end() :]
                break
    return text


def _plain(word: str) -> str:
    """The first word of the plain word for a shopper's kind word ("runners" -> "running")."""
    return kind_words().get(word, word).split()[0]


def _swaps(word: str) -> list[str]:
    return [
        word[:i] + word[i + 1] + word[i] + word[i + 2 :]
        for i in range(len(word) - 1)
        if word[i] != word[i + 1]
    ]
