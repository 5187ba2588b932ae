"""A kind of the list in view to look at first: "cool, the mats first - anything under 45?"
after mats and bottles were listed together. "First" there orders the shopper's errands, it
points at no first product; the message is about that kind ("the mats, anything under 45?")."""

from __future__ import annotations

import re

from agent.list_superlatives import listed_words
from catalog.model import Product
from catalog.sparse import tokenize

_KIND_FIRST = re.compile(
    r"^\W*(?:(?:ok(?:ay)?|cool|great|nice|so|right|alright|and|then)\b\W*)*"
    r"(?:let'?s (?:do|see|start with) )?(?:the )?(?P<kind>[a-z][a-z -]{1,30}?)\s+first\b"
    r"(?!\s+(?:one|ones|of|two|three)\b)\s*[-–—,:;.!]*\s*(?P<rest>.*)$",
    re.I | re.S,
)
_NOT_A_KIND = frozenset({"one", "ones", "it", "that", "this", "those", "these", "them"})


def kind_first(text: str, listed: list[Product]) -> str:
    """The message about the kind it says to look at first, when the list in view holds several
    kinds and that is one of them; else the message as it was."""
    match = _KIND_FIRST.match(text)
    if match is None or len({p.category[-1] for p in listed if p.category}) < 2:
        return text
    kind = match["kind"].strip()
    terms = set(tokenize(kind))
    if not terms or set(kind.lower().split()) & _NOT_A_KIND:
        return text
    of_kind = [p for p in listed if terms <= listed_words([p])]
    if not of_kind or len(of_kind) == len(listed):
        return text
    rest = match["rest"].strip()
    return f"the {kind}, {rest}" if rest else f"the {kind}"
