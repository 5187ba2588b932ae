"""A brand remembered by its first word: "from Kettle and something", "by Hollow-something",
"brand was Marlowe or something". The one brand that begins with that word is meant, said in
full after "by" so it reads as the brand ("by Kettle & Leaf"), never as a kind ("kettle")."""

from __future__ import annotations

import re
from collections.abc import Collection

_HALF = re.compile(
    r"\b(?P<lead>from|by|made by|brand(?: was| is|:)?|(?:it was|i think it was))\s+"
    r"(?P<word>[a-z][a-z'-]*?)"
    r"(?P<rest>(?:\s*(?:-|and|&|\+)\s*|\s+or\s+|\s*-?)something(?:\s+or\s+other)?\b)",
    re.IGNORECASE,
)


def brand_in_full(text: str, brands: Collection[str]) -> str:
    """The text with a brand half said ("from Kettle and something") as the one brand whose
    first word it is; unchanged when no brand, or several, begin with that word."""

    def whole(match: re.Match[str]) -> str:
        first = match["word"].lower()
        named = [b for b in brands if b.lower().split()[:1] == [first] and " " in b.strip()]
        return f"by {named[0]}" if len(named) == 1 else match[0]

    return _HALF.sub(whole, text)
