"""A model number said in words ("the longhaul seven", "airstep two") written as the catalog's
titles write it ("Longhaul 7", "Airstep 2"), so the product is named, not searched for."""

from __future__ import annotations

import itertools
import re
from typing import Any

from agent.vocabulary_cache import per_vocabulary

_DIGITS = {
    "one": "1", "two": "2", "three": "3", "four": "4", "five": "5", "six": "6", "seven": "7",
    "eight": "8", "nine": "9", "ten": "10", "eleven": "11", "twelve": "12",
}  # fmt: skip
_NO_NAMES = frozenset({
    "and", "the", "for", "with", "pack", "set", "size", "all", "per", "from", "into", "onto",
    "over", "under", "than", "only", "just",
})  # fmt: skip
"""Words that name no model, though titles write a number after them ("3 in 1", "Pack of 2"):
"an all in one pc" keeps its words (it was read "all in 1" and not carried)."""
_SAID = re.compile(rf"\b([a-z][a-z-]+)\s+({'|'.join(_DIGITS)})\b", re.I)


@per_vocabulary
def _numbered(search: Any) -> frozenset[tuple[str, str]]:
    """Every (word, number) pair a catalog title writes one after the other ("longhaul", "7")."""
    pairs: set[tuple[str, str]] = set()
    for payload in search.index._scroll_payloads(["product.title"]):
        words = re.findall(
            r"[a-z0-9]+", str((payload.get("product") or {}).get("title") or "").lower()
        )
        pairs |= {(a, b) for a, b in itertools.pairwise(words) if b.isdigit() and not a.isdigit()}
    return frozenset(pairs)


def titles_in_digits(text: str, search: Any) -> str:
    """The text with a number word after a title's word in the title's digits."""
    if getattr(search, "index", None) is None or not _SAID.search(text):
        return text
    pairs = _numbered(search)

    def digits(match: re.Match[str]) -> str:
        word, number = match[1].lower(), _DIGITS[match[2].lower()]
        named = len(word) > 2 and word not in _NO_NAMES and (word, number) in pairs
        return f"{match[1]} {number}" if named else match[0]

    return _SAID.sub(digits, text)
