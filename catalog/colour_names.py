"""Colour words that are part of what a product is called, not a colour it comes in.

"green tea" asks for the Jasmine Green Tea, not for anything green; "white wine", "red velvet",
"black coffee" the same. A colour word and the word after it, written so in a title or a
category name of products none of which come in that colour, name a kind: the query parser
reads them as words to match, never as a colour filter. So does a colour word and the word
before it ("Earl Grey Lavender Tea": "earl grey tea" asks for nothing grey), unless that word
is itself a colour ("olive green") or a stopword ("Hoodie in Grey"). A title whose products do
come in the colour ("White Canvas Sneaker" in white) keeps it a colour.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from itertools import pairwise

from catalog.colors import color_family
from catalog.sparse import STOPWORDS, stem

_WORD = re.compile(r"[a-z][a-z'-]*")


def phrase_key(colour: str, word: str) -> str:
    """How a colour phrase is looked up: the colour's family and the stem of the next word."""
    return f"{color_family(colour) or colour.lower()} {stem(word.lower())}"


def after_key(word: str, colour: str) -> str:
    """How a colour said after a word is looked up: the word's stem and the colour's family."""
    return f"{stem(word.lower())} {color_family(colour) or colour.lower()}"


class ColourNames:
    """Colour phrases of titles and categories, and whether their products come in the colour."""

    def __init__(self) -> None:
        self._named: set[str] = set()
        self._worn: set[str] = set()

    def add(self, names: Iterable[str], families: Iterable[str]) -> None:
        """One product: its title and category names, and the colour families it comes in."""
        families = set(families)
        for name in names:
            said = _WORD.findall(name.lower())
            for colour, word in pairwise(said):
                family = color_family(colour)
                if family is None:
                    continue
                key = phrase_key(colour, word)
                (self._worn if family in families else self._named).add(key)
            for word, colour in pairwise(said):
                family = color_family(colour)
                if family is None or word in STOPWORDS or color_family(word) is not None:
                    continue
                key = after_key(word, colour)  # "earl grey"
                (self._worn if family in families else self._named).add(key)

    def phrases(self) -> frozenset[str]:
        """Phrase keys that only ever name a product, never a colour it comes in."""
        return frozenset(self._named - self._worn)
