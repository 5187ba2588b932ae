"""Words that ask for a low price without naming one: "cheap", "budget", "affordable".

"a budget backpack for school" asks for the cheaper backpacks, not for products that say
"budget"; a shop assistant would show the least expensive first. These words order a new search
by price (lowest first) and are taken out of the words searched, where they match nothing the
catalog says or, worse, pull in whatever mentions them.
"""

from __future__ import annotations

import re

from agent.understanding import Understanding

_CHEAP = re.compile(
    r"\b(?:(?:as |really |super |very |pretty |fairly |quite |kinda )?cheap(?:o|ie)?"
    r"(?: ones?| stuff)?(?: as possible)?"
    r"|budget(?:[- ]friendly)?(?=\s+[a-z])(?!\s+(?:is|of|for|around|about|under|below|max|tops"
    r"|limit|up|to|was|isn'?t|'s|range)\b)|budget[- ]friendly|on a (?:tight |small )?budget"
    r"|(?:more |very |reasonably )?(?:affordable|inexpensive|economical)|low[- ](?:cost|priced?)"
    r"|bargains?|wallet[- ]friendly|on the cheap|for cheap"
    r"|not (?:too|that|very|super|crazy|overly) (?:expensive|pricey|spendy|dear|costly)"
    r"|(?:does ?n'?t|dont|won'?t|will not|does not) (?:cost (?:a lot|much|a fortune|the earth)"
    r"|break the bank))\b",
    re.I,
)


def wants_it_cheap(text: str) -> bool:
    """The message asks for a low price in words ("cheap", "budget", "affordable")."""
    return bool(_CHEAP.search(text))


def without_cheap_words(text: str) -> str:
    """The request without those words ("budget backpack for school" -> "backpack for school")."""
    out = _CHEAP.sub(" ", text)
    out = re.sub(r"\s+([,.!?])", r"\1", out)
    out = re.sub(r"\b(?:and|but|or)\s*([,.!?]|$)", r"\1", " ".join(out.split()))
    return out.strip(" ,;") or text


def cheapest_first(understanding: Understanding) -> None:
    """A search asking for a low price in words lists the cheapest first, without those words."""
    slots = understanding.slots
    if not wants_it_cheap(slots.category or understanding.text):
        return
    slots.sort = "price_asc"
    if slots.category:
        slots.category = without_cheap_words(slots.category)
