"""A product called by the short name shoppers use: "the Rolltop backpack" (Rolltop 28L
Backpack), "the Santoku knife", "a black Wool Beanie", "3 boxes of the Earl Grey", "the white
no-show socks".

A title's name words are its words without digits ("28L", "5mm" are dropped). The short name is
said when all of them (of three letters or more) are, or when the title's first two words are
said side by side; either only when no other hit's title holds the same words.
"""

from __future__ import annotations

from itertools import pairwise
from typing import Any

from catalog.sparse import tokenize


def name_terms(title: str, shortest: int = 3) -> list[str]:
    """The title's terms that name it, in order: no numbers, units or single letters."""
    terms = [t for t in tokenize(title) if t.isalpha() and len(t) >= shortest]
    return list(dict.fromkeys(terms))


def _side_by_side(pair: list[str], said: list[str]) -> bool:
    return len(pair) == 2 and any([a, b] == pair for a, b in pairwise(said))


def _calls(title: str, said: list[str]) -> bool:
    terms = name_terms(title)
    if len(terms) >= 2 and set(terms) <= set(said):
        return True
    return _side_by_side(name_terms(title, 2)[:2], said) or _side_by_side(_model(title), said)


def _model(title: str) -> list[str]:
    """A title's name and model number, when it opens with them ("Rolltop 28L Backpack":
    "the Rolltop 28L")."""
    first = tokenize(title)[:2]
    return first if len(first) == 2 and first[0].isalpha() and first[1].isdigit() else []


def _also_holds(title: str, said: list[str], other: str) -> bool:
    """Another title holds the words said of this one."""
    terms = name_terms(title)
    if len(terms) >= 2 and set(terms) <= set(said):
        return set(terms) <= set(name_terms(other))
    return _side_by_side(name_terms(title, 2)[:2], name_terms(other, 2))


def short_named(text: str, hits: list[Any]) -> Any:
    """The one product among the search hits the words call by its short name, or None."""
    said = list(tokenize(text))
    called = [h.product for h in hits if _calls(h.product.title, said)]
    if len(called) != 1:
        return None
    product = called[0]
    others = [h.product.title for h in hits if h.product.id != product.id]
    if any(_also_holds(product.title, said, other) for other in others):
        return None
    return product
