"""Punctuation said as words, as voice typing on a phone leaves it: "ok back to the totes comma
any under 60", "I need a kettle period thanks". The words become the marks they name, so the
clauses and sentences they end are read as typed ones are. "Period" becomes a stop only at the
end of the message or before a word that opens a new thought ("period underwear" stays).
"""

from __future__ import annotations

import re

_MARKS = (
    (re.compile(r"\s*\bcomma\b", re.I), ","),
    (re.compile(r"\s*\b(?:question mark)\b", re.I), "?"),
    (re.compile(r"\s*\b(?:exclamation (?:mark|point))\b", re.I), "!"),
    (re.compile(r"\s*\b(?:full stop)\b", re.I), "."),
    (
        re.compile(
            r"\s*\bperiod\b(?=\s*$|\s+(?:i|we|it|they|and|also|then|please|pls|thanks|thank"
            r"|ok|okay|so|but|can|could|do|does|is|are|what|how|my|the)\b)",
            re.I,
        ),
        ".",
    ),
)


def with_spoken_punctuation(text: str) -> str:
    """The message with punctuation said as words written as marks."""
    for pattern, mark in _MARKS:
        text = pattern.sub(mark, text)
    return text
