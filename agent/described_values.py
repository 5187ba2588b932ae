"""A follow-up on a list that names an attribute value of the listed products in other words is
read in the record's word, so the list narrows rather than searching for the words said:
- a related word for a recorded value: "any quiet ones" after keyboards whose switches are
  "silent" asks for the silent ones (the related words of agent/related_properties.py);
- a comparative with an example of the value: "longer ones like maxi", "something warmer, like
  wool" asks for the value named as the example, the comparative only says why.
Only values the listed products record count; a word of a listed product's title, kind or
material is left as said (a "Quiet Comfort" title means that product).
"""

from __future__ import annotations

import re

from agent.related_properties import meaning_the_same
from catalog.model import Product
from catalog.payload import product_words
from catalog.sparse import stem

_EXAMPLE = re.compile(
    r"^(?P<lead>(?:any|some|got\s+any|do\s+you\s+have(?:\s+any)?|maybe|what\s+about)\s+)?"
    r"(?:(?:a\s+)?(?:bit|little|lot)\s+)?(?:\w+er|more\s+\w+)\s+(?:ones?|something|kind)?\s*,?\s*"
    r"(?:like|such\s+as|e\.?g\.?|say)\s+(?:an?\s+|the\s+)?(?P<value>[a-z-]+)"
    r"(?:\s+(?:ones?|kind|style|length))?\s*(?P<end>[?!.]*)\s*$",
    re.I,
)
"""A comparative with an example after it: "longer ones like maxi", "any quieter, like silent"."""
_WORD = re.compile(r"[a-z][a-z-]*", re.I)


def values_as_recorded(text: str, listed: list[Product]) -> str:
    """The message with a listed value said in other words written as recorded."""
    values = _values(listed)
    if not values:
        return text
    example = _EXAMPLE.match(text.strip())
    if example and example["value"].lower() in values:
        return f"{example['lead'] or ''}{example['value'].lower()} ones{example['end']}"
    named = {word for product in listed for word in product_words(product)}

    def recorded(match: re.Match[str]) -> str:
        word = match[0]
        if word.lower() in values or stem(word.lower()) in named:
            return word
        same = [w for w in meaning_the_same(word) if w in values]
        return same[0] if len(same) == 1 else word

    return _WORD.sub(recorded, text)


def _values(listed: list[Product]) -> set[str]:
    """The one-word attribute values the listed products record ("silent", "maxi")."""
    return {
        str(value).lower()
        for product in listed
        for value in product.attributes.values()
        if re.fullmatch(r"[a-z][a-z-]*", str(value).lower())
        and str(value).lower() not in {"yes", "no"}
    }
