"""Which brand names are also everyday words in this catalog: "Apple" beside "apple juice".

Query understanding filters by such a brand only when the shopper marks it as one ("by Apple").
Read from titles and categories during the vocabulary's one scroll; memory grows with the
catalog's distinct words and names, not with its number of products.
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import lru_cache

from catalog.query_mentions import words

# "Charger for Apple iPhone", "compatible with Apple": the brand named as a brand, not a word.
_NAMES_A_BRAND_AFTER = frozenset({("for",), ("fits",), ("compatible", "with"), ("works", "with")})
_POINTING_WORDS = frozenset(phrase[-1] for phrase in _NAMES_A_BRAND_AFTER)

Key = tuple[str, ...]


class EverydayWords:
    """Words products use in their titles and categories, other than as a brand's name."""

    def __init__(self) -> None:
        self._words: set[str] = set()

    def add(self, title: str, category: Iterable[str], brand: str | None) -> None:
        own = _brand_key(brand or "")
        self._words |= _everyday(words(title), own)
        for name in category:
            self._words |= _category_words(name, own)

    def ambiguous(self, brands: Iterable[str]) -> frozenset[str]:
        """Brands whose name is a word other products use ("Apple" for "apple juice").

        Only one-word names are checked: a name of several words typed in full is taken as
        the brand, and checking phrases would need every title's word n-grams in memory.
        """
        found = set()
        for brand in brands:
            key = _brand_key(brand)
            if len(key) == 1 and key[0] in self._words:
                found.add(brand)
        return frozenset(found)


# Brand and category names repeat across products: tokenised once each.
@lru_cache(maxsize=8192)
def _brand_key(name: str) -> Key:
    return tuple(words(name))


@lru_cache(maxsize=8192)
def _category_words(name: str, own: Key) -> frozenset[str]:
    return frozenset(_everyday(words(name), own))


def _everyday(tokens: list[str], own: Key) -> set[str]:
    """The words used as words: not the product's own brand name ("Apple & Eve Apple Juice"
    keeps the second "apple") nor a brand named as one ("Charger for Apple iPhone")."""
    used = set(tokens)
    first = own[0] if own else None
    if first not in used and _POINTING_WORDS.isdisjoint(used):
        return used
    skipped: set[int] = set()
    for i in [i for i, word in enumerate(tokens) if word == first or word in _POINTING_WORDS]:
        if own and tuple(tokens[i : i + len(own)]) == own:
            skipped.update(range(i, i + len(own)))
        elif _points(tokens, i):
            skipped.add(i + 1)
    named = {tokens[i] for i in skipped if i < len(tokens)}
    kept = {word for i, word in enumerate(tokens) if word in named and i not in skipped}
    return (used - named) | kept


def _points(tokens: list[str], i: int) -> bool:
    """Whether the phrase ending at word i points at a brand: "for", "compatible with"."""
    return (tokens[i],) in _NAMES_A_BRAND_AFTER or (
        i >= 1 and (tokens[i - 1], tokens[i]) in _NAMES_A_BRAND_AFTER
    )
