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


_ASKS_HALVES = re.compile(r"\bhalf[- ]?sizes?\b|\bhalves\b|\bin (?:a )?half\b", re.IGNORECASE)
_NUMBER = re.compile(r"\d{1,2}(?:\.\d)?")


def half_size_answer(title: str, sizes: list[str], text: str) -> str | None:
    """ "Do they come in half sizes? I'm an 8.5": yes with the halves it comes in, or no, whole
    sizes only, with the range, from the sizes it is sold in; None when not asked, or when
    its sizes are not numbers (S, M, L have no halves)."""
    if not _ASKS_HALVES.search(halves_in_digits(text)):
        return None
    numbers = [s for s in dict.fromkeys(sizes) if _NUMBER.fullmatch(s.strip())]
    if not numbers or len(numbers) < len(set(sizes)):
        return None
    ordered = sorted(numbers, key=float)
    halves = [s for s in ordered if not float(s).is_integer()]
    if halves:
        return f"Yes, {title} comes in half sizes: {', '.join(ordered)}."
    return f"No, {title} comes in whole sizes only: {', '.join(ordered)}."
