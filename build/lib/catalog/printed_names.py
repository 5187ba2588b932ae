"""Products whose name is printed on a package, read from noisy OCR text.

OCR of a shopper's photo spells the big print on a box ("Honey\\nOat\\nClusters") among stray
marks from the picture ("ered' wt Sa ee"); a search with that text finds whatever the noise
resembles. Here each catalog title is checked word by word against the words read: a title
counts as printed when most of its words are there, allowing one wrong letter in a long word
("Satted" for "Salted"). A printed brand is reported too, for ranking look-alikes.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

_WORD = re.compile(r"[^\W\d_]{3,}")
_SKIP = frozenset({"and", "the", "for", "with"})
FUZZY_FROM = 5  # words this long may differ by one letter (OCR slips)
MIN_WORDS = 2
MIN_SHARE = 0.6
"""A title is printed when at least MIN_WORDS of its words, and MIN_SHARE of them, are read.

On the 60 sample shopper photos this finds 4 of the 6 photographed packages by name and names
no product on the 54 others (`python -m bench.photo_kinds`)."""


@dataclass(frozen=True)
class PrintedName:
    product_id: str
    share: float  # of the title's words read on the photo
    words: int  # how many were read


@dataclass
class PrintedNames:
    """The catalog's titles and brands, ready to be looked for in OCR text."""

    titles: dict[str, frozenset[str]]
    brands: dict[str, frozenset[str]]  # brand -> its words

    @classmethod
    def build(cls, products: Iterable[tuple[str, str, str | None]]) -> PrintedNames:
        """From (product id, title, brand) of every product."""
        titles: dict[str, frozenset[str]] = {}
        brands: dict[str, frozenset[str]] = {}
        for product_id, title, brand in products:
            titles[product_id] = frozenset(words_of(title))
            if brand and words_of(brand):
                brands[brand] = frozenset(words_of(brand))
        return cls(titles, brands)

    def named_in(self, text: str) -> list[PrintedName]:
        """Titles printed in the text, most completely read first."""
        read = _Read(words_of(text))
        found = []
        for product_id, words in self.titles.items():
            hits = sum(read.has(w) for w in words)
            if hits >= MIN_WORDS and words and hits / len(words) >= MIN_SHARE:
                found.append(PrintedName(product_id, round(hits / len(words), 4), hits))
        return sorted(found, key=lambda n: (n.share, n.words), reverse=True)

    def brand_in(self, text: str) -> str | None:
        """A brand whose every word is printed (the longest such brand)."""
        read = _Read(words_of(text))
        printed = [b for b, words in self.brands.items() if all(read.has(w) for w in words)]
        return max(printed, key=lambda b: len(self.brands[b]), default=None)


def words_of(text: str) -> list[str]:
    return [w for w in _WORD.findall(text.lower()) if w not in _SKIP]


class _Read:
    """The words read, and each long word with one letter dropped, for one-slip matches."""

    def __init__(self, words: Iterable[str]) -> None:
        self.words = set(words)
        self.dropped = {d for w in self.words if len(w) >= FUZZY_FROM for d in _drops(w)}

    def has(self, word: str) -> bool:
        if word in self.words:
            return True
        if len(word) < FUZZY_FROM:
            return False
        # a letter misread, added or lost: the two words share a one-letter drop (or are one)
        return any(d in self.dropped for d in _drops(word))


def _drops(word: str) -> set[str]:
    return {word[:i] + word[i + 1 :] for i in range(len(word))} | {word}
