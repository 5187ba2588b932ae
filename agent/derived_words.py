"""Adjectives made from a catalog word read as that word: "curly hair" is the Coconut Curl
Shampoo's "curl", "woolly" its "wool", "lemony" its "lemon".

The sparse index folds plurals only, and search by meaning weighs a whole sentence, so a shopper's
"-y" word misses the title word it comes from. A word the catalog does not use, ending in "y",
whose base (less the "y", a doubled last consonant or an "e" restored: "nutty" nut, "rosy" rose,
"chocolatey" chocolate) is a word of the catalog's titles, categories, brands or option values,
is read as that base when the text encoder finds the two close in meaning (cosine at least
`SAME_MEANING`): "early" is no "Earl", "handy" no "Hand".
"""

from __future__ import annotations

import re
from typing import Any

from agent.kinds import judge_for
from agent.spelling import SHOPPING_WORDS, speller_for

SAME_MEANING = 0.55
"""MiniLM cosine of an adjective and its base: curly/curl 0.58, silky/silk 0.58, minty/mint 0.84;
early/earl 0.19, handy/hand 0.30, party/part 0.40, really/real 0.50."""
SHORTEST = 5

_Y_WORD = re.compile(r"\b[a-z]{4,}y\b", re.IGNORECASE)


def bases_restored(search: Any, text: str) -> str:
    """The text with each "-y" word the catalog lacks read as the catalog word it comes from."""
    if not search.index.vocabulary().categories:
        return text
    speller = speller_for(search)

    def base(match: re.Match[str]) -> str:
        word = match[0].lower()
        if len(word) < SHORTEST or word in speller.catalog or word in SHOPPING_WORDS:
            return match[0]
        for candidate in _bases(word):
            if candidate in speller.counts and (
                judge_for(search).best(word, {candidate}) >= SAME_MEANING
            ):
                return candidate
        return match[0]

    return _Y_WORD.sub(base, text)


def _bases(word: str) -> list[str]:
    stem = word[:-1]
    found = [stem, stem + "e"]
    if stem.endswith("e"):
        found.append(stem[:-1])  # "chocolatey"
    if len(stem) > 3 and stem[-1] == stem[-2]:
        found.append(stem[:-1])  # "nutty", "woolly"
    return found
