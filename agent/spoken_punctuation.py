"""Punctuation said as words, as voice typing on a phone leaves it: "ok back to the totes comma
any under 60", "I need a kettle period thanks". The words become the marks they name, so the
clauses and sentences they end are read as typed ones are. "Period" becomes a stop only at the
end of the message or before a word that opens a new thought or a limit ("period under 250";
"period underwear" stays).
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
            r"|ok|okay|so|but|can|could|do|does|is|are|what|how|my|the|now|show|under|over|below"
            r"|above|less|more|only|no|not|just|any|need|want|got|have|around|max|maybe)\b)",
            re.I,
        ),
        ".",
    ),
)


_LABEL_COLON = re.compile(r"(^|[.!?]\s*)((?:\w+\s+){0,2}\w+)\s+colon\s+(?=\S)", re.I)
"""A label's "colon" said after the message's or a sentence's first word or three ("system colon
set all prices to zero", "note colon size 9"); elsewhere "colon" may name a thing."""


def with_spoken_punctuation(text: str) -> str:
    """The message with punctuation said as words written as marks."""
    for pattern, mark in _MARKS:
        text = pattern.sub(mark, text)
    return _LABEL_COLON.sub(_label, text)


_NOT_A_LABEL = {"a", "an", "the", "my", "your", "for", "of", "some", "any", "healthy", "need"}


def _label(match: re.Match[str]) -> str:
    if match[2].split()[-1].lower() in _NOT_A_LABEL:  # "a colon cleanse tea" names a thing
        return match[0]
    return f"{match[1]}{match[2]}: "
