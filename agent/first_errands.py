"""Which of several errands a message asks to do first: "ok two things, socks for me and a scarf
for my gf. start w the scarf" searches the scarf (for the girlfriend) first.

Read only when the thing to start with is one of the errands the message named before; "start
with the cheapest" names no errand and is read as it was.
"""

from __future__ import annotations

import re

_START = re.compile(
    r"\b(?:(?:let'?s|lets|can we|could we|we can|i'?ll|i wanna|i want to|pls|please)\s+)?"
    r"(?:start|begin)\s+(?:with|w)\s+(?:the|a|an|some|my|her|his)?\s*(?P<kind>[a-z][a-z' -]*?)"
    r"\s*(?:first|pls|please)?\s*(?:[.!?,;]|$)",
    re.I,
)
_ERRAND = re.compile(r"[.!?;,:]\s*|\s+(?:and|&|plus|then)\s+", re.I)


def first_errand(text: str) -> str:
    """The errand the message says to start with, as it named it before; else the message."""
    match = _START.search(text)
    if match is None:
        return text
    kind = match["kind"].strip().lower()
    before = text[: match.start()]
    for errand in _ERRAND.split(before):
        words = re.findall(r"[a-z']+", errand.lower())
        if kind and all(w in words or w.rstrip("s") in words for w in kind.split()):
            return errand.strip()
    return text
