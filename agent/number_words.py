"""Prices said in words read as numbers ("no more than a hundred", "budget's like 120", "100ish").

The catalog's price parser (catalog/query_price.py) reads digits beside a price word or marker;
shoppers also write "a hundred", "fifty bucks", "two hundred" and "my budget's like 120". Those are
rewritten to the parser's words before a search is parsed; nothing else in the text changes.
"""

from __future__ import annotations

import re

_UNITS = {
    "ten": 10, "fifteen": 15, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50,
    "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
}  # fmt: skip
_HUNDREDS = {"a": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5}
_HUNDRED = re.compile(
    rf"\b({'|'.join(_HUNDREDS)})\s+hundred\b(?:\s+(?:and\s+)?({'|'.join(_UNITS)}))?"
)
_TENS = re.compile(rf"\b({'|'.join(_UNITS)})\s+(bucks|dollars?|quid|euros?)\b")
_ONES = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9,
}  # fmt: skip
_CUES = r"under|below|over|above|than|max|around|about|budget"
"""Words that put a price after them; each reader below adds its own few."""
_CUED_TENS = re.compile(
    rf"\b((?:{_CUES}|up\s+to|until|till|budget\s+is)\s+)"
    rf"({'|'.join(_UNITS)})(?:[\s-]({'|'.join(_ONES)}))?\b(?!\s+hundred)"
)
"""A tens amount after a price word ("under forty", "around sixty-five")."""
_CUED_SPOKEN = re.compile(
    rf"\b((?:{_CUES}|up\s+to|until|till|budget\s+is)\s+)({'|'.join(_ONES)})\s+"
    rf"({'|'.join(_UNITS)})(?:[\s-]({'|'.join(_ONES)}))?\b(?!\s+(?:hundred|thousand))"
)
"""A price said as its spoken digits after a price word ("under one fifty", "around two
twenty-five"): hundreds then tens, the way prices are read out."""
_PRICE_CUE = re.compile(rf"\b(?:{_CUES}|spend|pay|to|like)\s+$")
_ISH = re.compile(
    r"\b(?:(?:around|about|roughly)\s+)?\$?(\d+(?:\.\d+)?)\s*-?\s*ish\b"
    r"(?!\s*(?:inch|in\b|cm|mm|m\b|ft|feet|foot|oz|ml|l\b|lit|lbs?|kg|g\b|gb|tb|people|person"
    r"|years?|months?|pack|pcs|pieces?|count|ct\b|\\?\"|%))"
)
"""A rough amount: "100ish", "around 60-ish" is "around $100" (not "12ish inches")."""
_BUDGET_LIKE = re.compile(r"\bbudget(?:'s|\s+is)?\s+(?:like|maybe|roughly|approx)\s+(?=\$?\d)")


def prices_in_digits(text: str) -> str:
    """The text with price amounts said in words written in digits."""
    lowered = text.lower()

    def hundred(match: re.Match[str]) -> str:
        amount = 100 * _HUNDREDS[match[1]] + (_UNITS[match[2]] if match[2] else 0)
        before = lowered[: match.start()]
        return str(amount) if _PRICE_CUE.search(before) or match[1] != "a" else match[0]

    lowered = _HUNDRED.sub(hundred, lowered)
    lowered = _TENS.sub(lambda m: f"{_UNITS[m[1]]} {m[2]}", lowered)
    lowered = _CUED_SPOKEN.sub(
        lambda m: f"{m[1]}{100 * _ONES[m[2]] + _UNITS[m[3]] + (_ONES[m[4]] if m[4] else 0)}",
        lowered,
    )
    lowered = _CUED_TENS.sub(
        lambda m: f"{m[1]}{_UNITS[m[2]] + (_ONES[m[3]] if m[3] else 0)}", lowered
    )
    lowered = _ISH.sub(r"around $\1", lowered)
    lowered = _BUDGET_LIKE.sub("budget under ", lowered)
    return text if lowered == text.lower() else lowered
