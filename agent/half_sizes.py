"""Halves said in words ("an 8 and a half", "size nine and a half", "ten-and-a-half") read as
decimals ("8.5", "9.5", "10.5"), so shoe sizes and amounts said the long way are the same number
to every reader: a size, a quantity of litres, a length.
"""

from __future__ import annotations

import re

_WORDS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
    "fifteen": 15, "sixteen": 16,
}  # fmt: skip
_HALF = re.compile(
    rf"\b(\d{{1,2}}|{'|'.join(_WORDS)})(?:\s+|-)and(?:\s+|-)a(?:\s+|-)half\b", re.IGNORECASE
)


def halves_in_digits(text: str) -> str:
    """The text with "N and a half" written "N.5" (N in digits or a word up to sixteen)."""

    def decimal(match: re.Match[str]) -> str:
        said = match.group(1)
        whole = int(said) if said.isdigit() else _WORDS[said.lower()]
        return f"{whole}.5"

    return _HALF.sub(decimal, text)
