"""Keyboard mashing that no word list knows: "hjkl;", "sdkfj qwrtz", "zxcvb". Such a message is
unclear, never a search for a thing the store does not carry ("we don't carry hjkl")."""

from __future__ import annotations

import re
from collections.abc import Collection

_ROWS = ("qwertyuiop", "asdfghjkl", "zxcvbnm")
_VOWELS = re.compile(r"[aeiouy]")
_CONSONANT_RUN = re.compile(r"[^aeiouy]{5,}")


def _mashed(word: str) -> bool:
    """A word of four or more letters with no vowel, five consonants in a row, or four keys of
    one keyboard row in order ("asdf", "lkjh")."""
    if len(word) < 4:
        return False
    if not _VOWELS.search(word) or _CONSONANT_RUN.search(word):
        return True
    return any(
        word[i : i + 4] in row or word[i : i + 4] in row[::-1]
        for row in _ROWS
        for i in range(len(word) - 3)
    )


def is_gibberish(text: str, known: Collection[str] = frozenset()) -> bool:
    """Every word of three or more letters is mashed and none is a word the store knows."""
    words = [w for w in re.findall(r"[a-z]+", text.lower()) if len(w) >= 3]
    if not words or re.search(r"\d", text) or any(w in known for w in words):
        return False
    return all(_mashed(w) for w in words)
