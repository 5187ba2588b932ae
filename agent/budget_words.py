"""Words that ask for a low price without naming one: "cheap", "budget", "affordable".

"a budget backpack for school" asks for the cheaper backpacks, not for products that say
"budget"; a shop assistant would show the least expensive first. These words order a new search
by price (lowest first) and are taken out of the words searched, where they match nothing the
catalog says or, worse, pull in whatever mentions them.
"""

from __future__ import annotations

import re

from agent.understanding import Understanding
from catalog.query_price import find_sort

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


def cheapest_first(understanding: Understanding) -> bool:
    """A search asking for a low price in words lists the cheapest first, without those words;
    whether it asks so ("the cheapest thing you sell?" is shopping, not a question for help)."""
    slots = understanding.slots
    said = slots.category or understanding.text
    asks_cheapest = find_sort(said.lower())[0] == "price_asc"
    if wants_it_cheap(said):
        slots.sort = "price_asc"
        slots.category = without_cheap_words(slots.category) if slots.category else ""
    if asks_cheapest and slots.category and _names_nothing(slots.category):
        slots.category = (
            "cheapest"  # "the cheapest thing you sell?": the whole store, cheapest first
        )
    return asks_cheapest


_ANY_THING_TEXT = """
the a an what what's whats is are's thing things stuff item items product products you u guys sell
have got carry stock here in store shop your of all cheapest least most lowest expensive price
priced prices cost
"""
_ANY_THING = frozenset(_ANY_THING_TEXT.split())
"""Words of "the cheapest thing you sell?" that name no kind of product."""


def _names_nothing(text: str) -> bool:
    return all(w in _ANY_THING for w in re.findall(r"[a-z][a-z']*", text.lower()))
